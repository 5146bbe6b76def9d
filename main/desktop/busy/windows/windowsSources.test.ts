import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../core/logger';
import { guardSource } from '../guardedSource';
import { SignalUnavailableError, type SignalAnswer } from '../signalDetector';
import { windowsCapabilitySource } from './capabilitySource';
import { devicesInUse } from './consentStore';
import { parseRegQueryOutput } from './regQueryOutput';
import type { ShellStateReading } from './shellState';
import { koffiShellStateProbe, type KoffiLoader } from './shellStateProbe';
import { windowsDoNotDisturbSource, windowsPresentationSource } from './shellStateSources';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'windows', name), 'utf8');
const OUR_EXE = 'C:\\Users\\ana\\AppData\\Local\\Programs\\Decompress\\Decompress.exe';

describe('Windows camera and microphone, from reg.exe output', () => {
  it('parses reg query /s output with CRLF line ends, keys and typed values', () => {
    const keys = parseRegQueryOutput(fixture('reg-webcam-teams-call.txt'));
    expect(keys).toHaveLength(5);
    expect(keys[2]).toEqual({
      path: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam\\MSTeams_8wekyb3d8bbwe',
      values: [
        { name: 'Value', type: 'REG_SZ', data: 'Allow' },
        { name: 'LastUsedTimeStart', type: 'REG_QWORD', data: '0x1db4a7e53c0d9e0' },
        { name: 'LastUsedTimeStop', type: 'REG_QWORD', data: '0x0' },
      ],
    });
  });

  it('a packaged app with LastUsedTimeStop 0 is using the camera', () => {
    expect(devicesInUse(fixture('reg-webcam-teams-call.txt'), OUR_EXE)).toEqual([
      { app: 'MSTeams_8wekyb3d8bbwe', packaged: true },
    ]);
    expect(devicesInUse(fixture('reg-webcam-idle.txt'), OUR_EXE)).toEqual([]);
  });

  it('a desktop app under NonPackaged is found by its path, and our own exe is left out', () => {
    expect(devicesInUse(fixture('reg-microphone-zoom-call.txt'), OUR_EXE)).toEqual([
      { app: 'C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe', packaged: false },
    ]);
    // Without knowing our own path, our entry would count too.
    expect(devicesInUse(fixture('reg-microphone-zoom-call.txt'), null)).toHaveLength(2);
  });

  it('the sources run reg query on the consent store key and answer from it', async () => {
    const asked: string[] = [];
    const query = async (key: string) => {
      asked.push(key);
      return key.endsWith('\\webcam')
        ? fixture('reg-webcam-teams-call.txt')
        : fixture('reg-microphone-zoom-call.txt');
    };
    const camera = windowsCapabilitySource({ capability: 'webcam', query, ownExecutable: OUR_EXE });
    const mic = windowsCapabilitySource({
      capability: 'microphone',
      query,
      ownExecutable: OUR_EXE,
    });
    expect(await camera.check()).toEqual({
      busy: true,
      until: null,
      because: 'in use by another app',
      title: 'MSTeams',
    });
    expect((await mic.check()).busy).toBe(true);
    expect(asked).toEqual([
      'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam',
      'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\microphone',
    ]);
  });

  it('a missing key (reg.exe exits 1) says it cannot be seen; other failures are errors', async () => {
    const missing = windowsCapabilitySource({
      capability: 'webcam',
      query: async () => {
        throw Object.assign(new Error(fixture('reg-missing-key.stderr.txt')), { code: 1 });
      },
    });
    await expect(missing.check()).rejects.toBeInstanceOf(SignalUnavailableError);
    const log = memoryLogger();
    const broken = guardSource(
      windowsCapabilitySource({
        capability: 'microphone',
        query: async () => {
          throw Object.assign(new Error('spawn reg.exe ENOENT'), { code: 'ENOENT' });
        },
      }),
      { isEnabled: () => true, log },
    );
    expect(await broken.ask(0)).toMatchObject({ state: 'unavailable', sourceId: 'microphone' });
    expect(log.entries.map((e) => e.level)).toEqual(['warn']);
  });
});

interface Recorded extends ShellStateReading {
  situation: string;
  expect: { presentation: string | null; doNotDisturb: string | null };
}

/** QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN and QUNS_APP are a fullscreen app; 4 is presentation mode. */
const FULLSCREEN_STATES = new Set([2, 3, 7]);

function expected(words: string | null, state?: number | null): SignalAnswer {
  if (words === null) return { busy: false };
  return state !== undefined && state !== null && FULLSCREEN_STATES.has(state)
    ? { busy: true, until: null, because: words, reasonKind: 'fullscreen' }
    : { busy: true, until: null, because: words };
}

describe('Windows fullscreen, presentation and Focus assist, from recorded shell readings', () => {
  const recorded = (JSON.parse(fixture('shell-states.json')) as { readings: Recorded[] }).readings;

  it.each(recorded.map((r) => [r.situation, r] as const))('%s', async (_situation, reading) => {
    const probe = async () => reading;
    const presentation = windowsPresentationSource(probe);
    const dnd = windowsDoNotDisturbSource(probe);
    if (reading.expect.presentation === 'error') {
      await expect(presentation.check()).rejects.toThrow(/HRESULT 0x80004005/);
    } else {
      expect(await presentation.check()).toEqual(
        expected(reading.expect.presentation, reading.notificationState.state),
      );
    }
    if (reading.expect.doNotDisturb === 'error') {
      await expect(dnd.check()).rejects.toThrow(/NTSTATUS 0xc0000034/);
    } else {
      expect(await dnd.check()).toEqual(expected(reading.expect.doNotDisturb));
    }
  });
});

describe('the koffi probe where koffi cannot be loaded', () => {
  it('fails the check with a clear error instead of crashing, so the guard can log it once', async () => {
    const log = memoryLogger();
    // koffi is installed here: importing a package that is not stands in
    // for a build that left it (or its binary) out.
    const notInstalled = 'koffi-left-out-of-this-build';
    const probe = koffiShellStateProbe({
      loadKoffi: () => import(notInstalled) as Promise<KoffiLoader>,
    });
    const presentation = guardSource(windowsPresentationSource(probe), {
      isEnabled: () => true,
      log,
    });
    for (let i = 0; i < 2; i += 1) {
      expect(await presentation.ask(0)).toMatchObject({
        state: 'unavailable',
        sourceId: 'presentation',
      });
    }
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]?.fields?.error).toMatch(/^koffi could not be loaded: .*koffi-left-out/);
  });
});
