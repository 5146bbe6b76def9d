import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../core/logger';
import { createLiveBusySources } from '../createLiveBusySources';
import type { GuardedSource } from '../guardedSource';
import { koffiShellStateProbe, type KoffiLoader, type KoffiProbeOptions } from './shellStateProbe';
import {
  buildStandInShellLibraries,
  type StandInShellLibraries,
} from './testing/standInShellLibraries';

// koffi is the real one throughout. What it calls is not: shell32.dll and
// ntdll.dll exist only on Windows, so two shared libraries compiled from
// testing/standInShell.c stand in for them, exporting the same two functions
// with the same signatures, and answer what each test sets.

const S_OK = 0;
const E_FAIL = -2147467259; // 0x80004005
const STATUS_SUCCESS = 0;
const STATUS_ACCESS_DENIED = -1073741790; // 0xC0000022
const QUNS_BUSY = 2;
const QUNS_RUNNING_D3D_FULL_SCREEN = 3;
const QUNS_PRESENTATION_MODE = 4;
const QUNS_ACCEPTS_NOTIFICATIONS = 5;
const AT_10_42 = new Date(2026, 11, 2, 10, 42).getTime();

let libs: StandInShellLibraries;
beforeAll(() => {
  libs = buildStandInShellLibraries();
});
afterAll(() => libs.remove());

/** The two Windows shell sources exactly as the app builds them on Windows, over the stand-ins. */
function windowsShellSources(probe: KoffiProbeOptions = {}) {
  const log = memoryLogger();
  const sources = createLiveBusySources({
    platform: 'win32',
    isEnabled: () => true,
    log,
    shellProbe: koffiShellStateProbe({ shell32: libs.shell32, ntdll: libs.ntdll, ...probe }),
  });
  const byKind = (kind: string): GuardedSource => {
    const source = sources.find((s) => s.kind === kind);
    if (!source) throw new Error(`no ${kind} source on Windows`);
    return source;
  };
  return { presentation: byKind('presentation'), focusAssist: byKind('doNotDisturb'), log };
}

describe('Windows fullscreen and presentation, through koffi', () => {
  it.each([
    [QUNS_PRESENTATION_MODE, 'presentation', 'presentation mode is on'],
    [QUNS_RUNNING_D3D_FULL_SCREEN, 'fullscreen', 'a fullscreen game or video is in front'],
    [QUNS_BUSY, 'fullscreen', 'a fullscreen app is in front'],
  ])('state %i holds reminders (%s)', async (state, kind, words) => {
    const { presentation } = windowsShellSources();
    libs.setNotificationState(S_OK, state);
    expect(await presentation.ask(AT_10_42)).toEqual({
      state: 'busy',
      sourceId: 'presentation',
      kind,
      until: null,
    });
    expect(presentation.status().text).toBe(`Fullscreen or presentation: ${words} at 10:42`);
  });

  it('a desktop that accepts notifications is free', async () => {
    const { presentation } = windowsShellSources();
    libs.setNotificationState(S_OK, QUNS_ACCEPTS_NOTIFICATIONS);
    expect(await presentation.ask(AT_10_42)).toEqual({ state: 'free', sourceId: 'presentation' });
    expect(presentation.status().text).toBe(
      'Fullscreen or presentation: nothing fullscreen at 10:42',
    );
  });

  it('an error HRESULT answers unavailable, logged once, and the source recovers', async () => {
    const { presentation, log } = windowsShellSources();
    libs.setNotificationState(E_FAIL, QUNS_BUSY);
    expect(await presentation.ask(AT_10_42)).toMatchObject({ state: 'unavailable' });
    expect(await presentation.ask(AT_10_42)).toMatchObject({ state: 'unavailable' });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]?.fields?.error).toMatch(/HRESULT 0x80004005/);
    expect(presentation.status().text).toBe(
      'Fullscreen or presentation: could not be read at 10:42, so it counts as not busy',
    );
    libs.setNotificationState(S_OK, QUNS_PRESENTATION_MODE);
    expect(await presentation.ask(AT_10_42)).toMatchObject({ state: 'busy' });
  });
});

describe('Windows Focus assist, through koffi', () => {
  it.each([
    [0, 'off', null],
    [1, 'priority only', 'Focus assist is on (priority only)'],
    [2, 'alarms only', 'Focus assist is on (alarms only)'],
  ])('profile %i (%s)', async (profile, _name, words) => {
    const { focusAssist } = windowsShellSources();
    libs.setFocusAssist(STATUS_SUCCESS, profile);
    const answer = await focusAssist.ask(AT_10_42);
    if (words === null) {
      expect(answer).toEqual({ state: 'free', sourceId: 'do-not-disturb' });
      expect(focusAssist.status().text).toBe('Focus assist: off at 10:42');
    } else {
      expect(answer).toEqual({
        state: 'busy',
        sourceId: 'do-not-disturb',
        kind: 'do-not-disturb',
        until: null,
      });
      expect(focusAssist.status().text).toBe(`Focus assist: ${words} at 10:42`);
    }
  });

  it('an error NTSTATUS answers unavailable and says which', async () => {
    const { focusAssist, log } = windowsShellSources();
    libs.setFocusAssist(STATUS_ACCESS_DENIED, 2);
    expect(await focusAssist.ask(AT_10_42)).toMatchObject({ state: 'unavailable' });
    expect(log.entries[0]?.fields?.error).toMatch(/NTSTATUS 0xc0000022/);
  });
});

describe('loading koffi and the libraries', () => {
  it('opens each library once, on the first check, and not again for later checks', async () => {
    const opened: string[] = [];
    let imports = 0;
    // The real koffi, with its load() watched.
    const loadKoffi = async (): Promise<KoffiLoader> => {
      imports += 1;
      const koffi = await import('koffi');
      return {
        load: (path) => {
          opened.push(path);
          return koffi.load(path);
        },
      };
    };
    const { presentation, focusAssist } = windowsShellSources({ loadKoffi });
    expect(imports).toBe(0);
    libs.setNotificationState(S_OK, QUNS_PRESENTATION_MODE);
    libs.setFocusAssist(STATUS_SUCCESS, 1);
    for (let i = 0; i < 3; i += 1) {
      expect(await presentation.ask(AT_10_42)).toMatchObject({ state: 'busy' });
      expect(await focusAssist.ask(AT_10_42)).toMatchObject({ state: 'busy' });
    }
    expect(imports).toBe(1);
    expect(opened).toEqual([libs.shell32, libs.ntdll]);
  });

  it('a library that is not there answers unavailable, naming it, and is tried once', async () => {
    const opened: string[] = [];
    const loadKoffi = async (): Promise<KoffiLoader> => {
      const koffi = await import('koffi');
      return { load: (path) => (opened.push(path), koffi.load(path)) };
    };
    const missing = join(libs.shell32, '..', 'no-shell32.so');
    const { presentation, focusAssist, log } = windowsShellSources({
      shell32: missing,
      loadKoffi,
    });
    expect(await presentation.ask(AT_10_42)).toMatchObject({ state: 'unavailable' });
    expect(await focusAssist.ask(AT_10_42)).toMatchObject({ state: 'unavailable' });
    expect(await presentation.ask(AT_10_42)).toMatchObject({ state: 'unavailable' });
    expect(opened).toEqual([missing]);
    // One line per source, naming the library koffi could not open.
    expect(log.entries.map((e) => e.fields?.source)).toEqual(['presentation', 'do-not-disturb']);
    expect(log.entries[0]?.fields?.error).toMatch(/^koffi could not open .*no-shell32\.so: /);
  });

  it('is not loaded until a Windows shell source is first asked', () => {
    // A fresh Node, so nothing another test loaded counts. koffi's binary
    // shows among the process's shared objects once it is loaded.
    const program = `
      import { createLiveBusySources } from ${JSON.stringify(join(import.meta.dirname, '..', 'createLiveBusySources.ts'))};
      import { koffiShellStateProbe } from ${JSON.stringify(join(import.meta.dirname, 'shellStateProbe.ts'))};
      const koffiLoaded = () => process.report.getReport().sharedObjects.some((f) => f.endsWith('koffi.node'));
      const log = { info() {}, warn() {}, error() {} };
      const linux = createLiveBusySources({ platform: 'linux', isEnabled: () => false, log, bus: async () => null });
      for (const source of linux) await source.ask(0);
      const windows = createLiveBusySources({
        platform: 'win32', isEnabled: () => true, log,
        shellProbe: koffiShellStateProbe({ shell32: ${JSON.stringify(libs.shell32)}, ntdll: ${JSON.stringify(libs.ntdll)} }),
      });
      const before = koffiLoaded();
      const answer = await windows.find((s) => s.kind === 'presentation').ask(0);
      console.log(JSON.stringify({ before, after: koffiLoaded(), state: answer.state }));
    `;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', program],
      {
        cwd: join(import.meta.dirname, '..', '..', '..', '..'),
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true, state: 'free' });
  });
});
