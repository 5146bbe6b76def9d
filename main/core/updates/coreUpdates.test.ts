import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/ipc/appChannels';
import type { UpdateStatus } from '../../../shared/ipc/updatesChannels';
import { defaultSettings } from '../../../shared/settings/defaults';
import type { UpdateMode } from '../../../shared/settings/schema';
import { createCore, type Core } from '../createCore';
import { openHistoryLog } from '../history/historyLog';
import type { CallContext } from '../ipc/router';
import { memoryLogger } from '../logger';
import type { NotificationRequest, ShellPorts } from '../ports';
import { startTestCore } from '../settings/fixtures/testCore';
import { memorySettingsStore } from '../settings/memorySettingsStore';
import { createManualClock, type ManualClock } from '../testing/manualClock';
import type { MenuItemModel, TrayModel } from '../tray/trayMenu';
import type { PackageKind } from './packageKind';
import { createScriptedUpdater, type ScriptedUpdater } from './testing/scriptedUpdater';

/*
 * Updates inside the real core: the scripted updater stands for
 * electron-updater (which main/shell/updater.test.ts runs for real against
 * a feed); the timer, the tray, notices and the routine hold are the core's own.
 */

const START = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;
const SETTINGS_WINDOW: CallContext = { route: 'settings', windowId: 1 };

interface Rig {
  core: Core;
  clock: ManualClock;
  updater: ScriptedUpdater;
  trays: TrayModel[];
  notifications: { request: NotificationRequest; onAction: (a: string) => void }[];
  broadcasts: { event: string; payload: unknown }[];
  opened: string[];
  links: string[];
  busy: { now: boolean };
  call(channel: string, payload?: unknown): ReturnType<Core['router']['call']>;
}

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function rig(kind: PackageKind = 'appimage', mode: UpdateMode = 'automatic'): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-core-updates-'));
  dirs.push(dir);
  const clock = createManualClock(START);
  const updater = createScriptedUpdater();
  const open = new Set<string>();
  const r: Omit<Rig, 'core' | 'call'> = {
    clock,
    updater,
    trays: [],
    notifications: [],
    broadcasts: [],
    opened: [],
    links: [],
    busy: { now: false },
  };
  const shell: ShellPorts = {
    windows: {
      open(route) {
        open.add(route);
        r.opened.push(route);
      },
      close: (route) => void open.delete(route),
      closeWindow: () => undefined,
      isOpen: (route) => open.has(route),
      broadcast: (event, payload) => void r.broadcasts.push({ event, payload }),
    },
    tray: { update: (model) => void r.trays.push(model) },
    notifier: { notify: (request, onAction) => void r.notifications.push({ request, onAction }) },
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    links: { open: (url) => void r.links.push(url) },
    loginItem: { setEnabled: () => undefined },
    app: {
      info: { name: 'Decompress', version: '0.2.0', platform: 'linux', trayLocation: 'tray' },
      quit: () => undefined,
      openLogFolder: () => undefined,
    },
    cron: { schedule: () => ({ stop: () => undefined }) },
    idle: { idleSeconds: () => 0 },
  };
  const core = createCore({
    clock,
    log: memoryLogger(),
    shell,
    settingsStore: memorySettingsStore(join(dir, 'settings.json')),
    initialSettings: {
      ...defaultSettings(),
      safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
      updateMode: mode,
    },
    history: openHistoryLog(join(dir, 'history.jsonl')),
    version: '0.2.0',
    updates: { updater, kind, isBusy: () => r.busy.now },
  });
  cores.push(core);
  return {
    ...r,
    core,
    call: (channel, payload) => core.router.call(channel, payload, SETTINGS_WINDOW),
  };
}

/** Every item in the tray's menu, submenus flattened. */
function allItems(model: TrayModel | undefined): MenuItemModel[] {
  const walk = (items: MenuItemModel[]): MenuItemModel[] =>
    items.flatMap((i) => (i.kind === 'submenu' ? [i, ...walk(i.items)] : [i]));
  return walk(model?.items ?? []);
}

function labels(r: Rig): string[] {
  return allItems(r.trays.at(-1)).flatMap((i) => ('label' in i ? [i.label] : []));
}

/** The update's notifications (the planner's break reminders come through the same port). */
function updateTitles(r: Rig): string[] {
  return r.notifications.map((n) => n.request.title).filter((t) => !t.startsWith('Break'));
}

function notices(r: Rig): Notice[] {
  return r.broadcasts.filter((b) => b.event === 'notice').map((b) => b.payload as Notice);
}

describe('updates in the core', () => {
  it('checks two minutes after start, then every 24 hours, on one timer', () => {
    const r = rig();
    expect(labels(r)).toContain('Check for updates…');
    r.clock.advance(2 * MIN - 1);
    expect(r.updater.calls).toEqual([]);
    r.clock.advance(1);
    expect(r.updater.calls).toEqual(['check']);
    r.updater.emit({ type: 'checking' });
    r.updater.emit({ type: 'not-available', version: '0.2.0' });
    r.clock.advance(24 * 60 * MIN - 1);
    expect(r.updater.calls).toEqual(['check']);
    r.clock.advance(1);
    expect(r.updater.calls).toEqual(['check', 'check']);
    // A timer's "nothing new" says nothing.
    expect(updateTitles(r)).toEqual([]);
  });

  it('a newer version: "Restart to update to 0.3.0" in the tray, a notification and a notice; the item installs', () => {
    const r = rig();
    r.clock.advance(2 * MIN);
    r.updater.emit({ type: 'checking' });
    expect(labels(r)).toContain('Checking for updates…');
    r.updater.emit({ type: 'available', version: '0.3.0' });
    r.updater.emit({ type: 'progress', percent: 41.6 });
    expect(labels(r)).toContain('Downloading Decompress 0.3.0… 42%');
    r.updater.emit({ type: 'downloaded', version: '0.3.0' });
    expect(labels(r)).toContain('Restart to update to 0.3.0');
    expect(updateTitles(r)).toEqual(['Decompress 0.3.0 is ready']);
    expect(notices(r)).toEqual([
      expect.objectContaining({
        id: 'update',
        message: expect.stringMatching(
          /^Decompress 0\.3\.0 is ready\. It installs the next time Decompress quits/,
        ),
      }),
    ]);
    expect(r.broadcasts.filter((b) => b.event === 'updateChanged').at(-1)?.payload).toEqual({
      currentVersion: '0.2.0',
      canCheck: true,
      working: false,
      percent: null,
      statusLine:
        'Decompress 0.3.0 is ready. It installs when Decompress quits, or now with “Restart to update to 0.3.0”.',
      next: { action: 'update:install', label: 'Restart to update to 0.3.0' },
    } satisfies UpdateStatus);

    r.core.trayAction('update:install');
    expect(r.updater.calls).toEqual(['check', 'installNow']);
  });

  it('the notification button acts; a click on its body opens Settings', () => {
    const r = rig('appimage', 'notify');
    r.clock.advance(2 * MIN);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    const shown = r.notifications.find((n) => n.request.title === 'Decompress 0.3.0 is available');
    expect(shown?.request.actions).toEqual([{ id: 'update:download', label: 'Download' }]);
    shown?.onAction('click');
    expect(r.opened).toEqual(['settings']);
    shown?.onAction('update:download');
    expect(r.updater.calls).toEqual(['check', 'download']);
  });

  it('a .deb is told: "Update available" in the tray opens the releases page', () => {
    const r = rig('deb');
    r.clock.advance(2 * MIN);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    expect(labels(r)).toContain('Update available: get 0.3.0 from the releases page…');
    r.core.trayAction('update:open-page');
    expect(r.links).toEqual(['https://github.com/decompress-app/decompress/releases/latest']);
    expect(r.updater.calls).toEqual(['check']);
  });

  it('never checks while a routine plays; the held check goes when it ends', async () => {
    const r = rig();
    r.core.trayAction('start-default');
    expect(r.core.routines.running()).toBe(true);
    r.clock.advance(30 * MIN);
    expect(r.updater.calls).toEqual([]);
    await r.call('controlRoutine', { action: 'stop' });
    expect(r.core.routines.running()).toBe(false);
    expect(r.updater.calls).toEqual(['check']);
  });

  it('never checks in a meeting: the busy predicate holds it back until it says free', () => {
    const r = rig();
    r.busy.now = true;
    r.clock.advance(2 * MIN);
    expect(r.updater.calls).toEqual([]);
    r.busy.now = false;
    r.clock.advance(15 * MIN);
    expect(r.updater.calls).toEqual(['check']);
  });

  it('"never": no check of its own; Check now in Settings still asks and answers in words', async () => {
    const r = rig('appimage', 'never');
    r.clock.advance(3 * 24 * 60 * MIN);
    expect(r.updater.calls).toEqual([]);
    expect(await r.call('checkForUpdates')).toMatchObject({ ok: true });
    expect(r.updater.calls).toEqual(['check']);
    r.updater.emit({ type: 'checking' });
    expect(await r.call('getUpdateStatus')).toMatchObject({
      value: { working: true, statusLine: 'Checking for updates…' },
    });
    r.updater.emit({ type: 'not-available', version: '0.2.0' });
    expect(await r.call('getUpdateStatus')).toMatchObject({
      value: { working: false, statusLine: 'Decompress 0.2.0 is the latest version.' },
    });
    expect(updateTitles(r)).toEqual(['Decompress is up to date']);
  });

  it('switching the mode in Settings to "never" cancels the pending check', async () => {
    const r = rig();
    expect(await r.call('updateSettings', { updateMode: 'never' })).toMatchObject({ ok: true });
    r.clock.advance(3 * 24 * 60 * MIN);
    expect(r.updater.calls).toEqual([]);
  });

  it('refuses a step it does not know, and changes nothing', async () => {
    const r = rig();
    expect(await r.call('runUpdateStep', { action: 'update:rm-rf' })).toMatchObject({ ok: false });
    expect(r.updater.calls).toEqual([]);
  });

  it('a core without an updater (a development run) offers no check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decompress-core-no-updates-'));
    dirs.push(dir);
    const t = startTestCore(dir);
    cores.push(t.core);
    expect(await t.call('checkForUpdates')).toEqual({
      ok: true,
      value: {
        currentVersion: '0.0.0-test',
        canCheck: false,
        working: false,
        percent: null,
        statusLine: 'This is a development build; it does not look for updates.',
        next: null,
      },
    });
  });
});
