import { beforeEach, describe, expect, it } from 'vitest';
import type { UpdateMode } from '../../../shared/settings/schema';
import { memoryLogger } from '../logger';
import { createManualClock, type ManualClock } from '../testing/manualClock';
import type { PackageKind } from './packageKind';
import { createScriptedUpdater, type ScriptedUpdater } from './testing/scriptedUpdater';
import { createUpdateController, type UpdateController } from './updateController';
import type { UpdateAnnouncement, UpdateView } from './updateView';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2026, 10, 23, 8, 0);

interface Rig {
  clock: ManualClock;
  updater: ScriptedUpdater;
  controller: UpdateController;
  views: UpdateView[];
  announced: UpdateAnnouncement[];
  pagesOpened: number;
  world: { mode: UpdateMode; routine: boolean; busy: boolean };
  lastView(): UpdateView;
}

function rig(kind: PackageKind = 'appimage', mode: UpdateMode = 'automatic'): Rig {
  const clock = createManualClock(START);
  const updater = createScriptedUpdater();
  const world = { mode, routine: false, busy: false };
  const views: UpdateView[] = [];
  const announced: UpdateAnnouncement[] = [];
  const r: Rig = {
    clock,
    updater,
    views,
    announced,
    pagesOpened: 0,
    world,
    lastView: () => views.at(-1) ?? r.controller.view(),
    controller: createUpdateController({
      clock,
      updater,
      kind,
      currentVersion: '0.1.0',
      log: memoryLogger(),
      mode: () => world.mode,
      isRoutineRunning: () => world.routine,
      isBusy: () => world.busy,
      onChange: (view) => views.push(view),
      announce: (a) => announced.push(a),
      openReleasePage: () => {
        r.pagesOpened += 1;
      },
    }),
  };
  return r;
}

const checks = (r: Rig) => r.updater.calls.filter((c) => c === 'check').length;

/** The feed's answer to the check just made: nothing new. */
function upToDate(r: Rig): void {
  r.updater.emit({ type: 'checking' });
  r.updater.emit({ type: 'not-available', version: '0.1.0' });
}

describe('when updates are checked', () => {
  let r: Rig;
  beforeEach(() => {
    r = rig();
  });

  it('first two minutes after start, then every 24 h, on one timer', () => {
    r.controller.start();
    expect(r.clock.pendingTimers()).toBe(1);
    r.clock.advance(2 * MINUTE - 1);
    expect(checks(r)).toBe(0);
    r.clock.advance(1);
    expect(checks(r)).toBe(1);
    upToDate(r);
    expect(r.clock.pendingTimers()).toBe(1);
    r.clock.advance(24 * HOUR - 1);
    expect(checks(r)).toBe(1);
    r.clock.advance(1);
    expect(checks(r)).toBe(2);
    upToDate(r);
    r.clock.advance(24 * HOUR);
    expect(checks(r)).toBe(3);
    expect(r.clock.pendingTimers()).toBe(1);
  });

  it('never while a routine plays: held, then made as soon as it ends', () => {
    r.controller.start();
    r.world.routine = true;
    r.clock.advance(2 * MINUTE);
    expect(checks(r)).toBe(0);
    r.clock.advance(10 * MINUTE);
    r.world.routine = false;
    r.controller.wake();
    expect(checks(r)).toBe(1);
    upToDate(r);
    // The next one is 24 h after the check that was made, not after the one that was due.
    r.clock.advance(24 * HOUR - 1);
    expect(checks(r)).toBe(1);
    r.clock.advance(1);
    expect(checks(r)).toBe(2);
  });

  it('never during a meeting: held, and tried again every 15 minutes without a wake', () => {
    r.controller.start();
    r.world.busy = true;
    r.clock.advance(2 * MINUTE);
    r.clock.advance(15 * MINUTE);
    expect(checks(r)).toBe(0);
    r.world.busy = false;
    r.clock.advance(15 * MINUTE);
    expect(checks(r)).toBe(1);
    expect(r.clock.pendingTimers()).toBe(1);
  });

  it('not at all in "never" mode, until the person asks or changes the mode', () => {
    r.world.mode = 'never';
    r.controller.start();
    r.clock.advance(30 * 24 * HOUR);
    expect(checks(r)).toBe(0);
    expect(r.clock.pendingTimers()).toBe(0);
    r.controller.act('update:check');
    expect(checks(r)).toBe(1);
    upToDate(r);
    r.world.mode = 'notify';
    r.controller.modeChanged();
    r.clock.advance(2 * MINUTE);
    expect(checks(r)).toBe(2);
  });

  it('stops checking when switched to "never"', () => {
    r.controller.start();
    r.world.mode = 'never';
    r.controller.modeChanged();
    r.clock.advance(48 * HOUR);
    expect(checks(r)).toBe(0);
    expect(r.clock.pendingTimers()).toBe(0);
  });

  it('not in a development run or a snap, and the tray has no update item', () => {
    for (const kind of ['unpackaged', 'snap'] as const) {
      const dev = rig(kind);
      dev.controller.start();
      dev.clock.advance(48 * HOUR);
      dev.controller.act('update:check');
      expect(checks(dev)).toBe(0);
      expect(dev.controller.view().trayItem).toBeNull();
    }
  });

  it('stops on stop(): no timer left behind', () => {
    r.controller.start();
    r.controller.stop();
    expect(r.clock.pendingTimers()).toBe(0);
  });
});

describe('automatic mode on a self-updating package', () => {
  it('downloads in the background and offers "Restart to update to 0.3.0", said once', () => {
    const r = rig('appimage', 'automatic');
    r.controller.start();
    expect(r.updater.options).toEqual({ autoDownload: true, installOnQuit: true });
    expect(r.controller.view().trayItem).toEqual({
      label: 'Check for updates…',
      action: 'update:check',
    });
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'checking' });
    expect(r.lastView().trayItem).toEqual({ label: 'Checking for updates…', action: null });
    r.updater.emit({ type: 'available', version: '0.3.0' });
    expect(r.lastView().trayItem).toEqual({ label: 'Downloading Decompress 0.3.0…', action: null });
    expect(r.announced).toEqual([]);
    r.updater.emit({ type: 'progress', percent: 41.6 });
    expect(r.lastView().trayItem?.label).toBe('Downloading Decompress 0.3.0… 42%');
    r.updater.emit({ type: 'downloaded', version: '0.3.0' });
    expect(r.lastView().trayItem).toEqual({
      label: 'Restart to update to 0.3.0',
      action: 'update:install',
    });
    expect(r.announced).toEqual([
      {
        key: 'downloaded:0.3.0',
        title: 'Decompress 0.3.0 is ready',
        body: 'It installs the next time Decompress quits. To install it now, choose “Restart to update to 0.3.0” in the tray menu.',
        actions: [{ id: 'update:install', label: 'Restart now' }],
      },
    ]);
    // Nothing more to look for until the restart.
    r.clock.advance(72 * HOUR);
    expect(checks(r)).toBe(1);
    r.controller.act('update:install');
    expect(r.updater.calls).toEqual(['check', 'installNow']);
  });

  it('holds the "ready" notice back while a routine plays', () => {
    const r = rig('nsis', 'automatic');
    r.controller.start();
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    r.world.routine = true;
    r.updater.emit({ type: 'downloaded', version: '0.3.0' });
    expect(r.announced).toEqual([]);
    r.world.routine = false;
    r.controller.wake();
    expect(r.announced.map((a) => a.key)).toEqual(['downloaded:0.3.0']);
    r.controller.wake();
    expect(r.announced).toHaveLength(1);
  });

  it('tries a held notice again after 15 minutes when nobody wakes it', () => {
    const r = rig('appimage', 'automatic');
    r.controller.start();
    r.clock.advance(2 * MINUTE);
    r.world.busy = true;
    r.updater.emit({ type: 'available', version: '0.3.0' });
    r.updater.emit({ type: 'downloaded', version: '0.3.0' });
    r.clock.advance(15 * MINUTE);
    expect(r.announced).toEqual([]);
    r.world.busy = false;
    r.clock.advance(15 * MINUTE - 1);
    expect(r.announced).toEqual([]);
    r.clock.advance(1);
    expect(r.announced.map((a) => a.key)).toEqual(['downloaded:0.3.0']);
    expect(r.clock.pendingTimers()).toBe(0);
  });

  it('ignores "install" before anything was downloaded', () => {
    const r = rig();
    r.controller.act('update:install');
    expect(r.updater.calls).toEqual([]);
  });
});

describe('"tell me" mode', () => {
  it('says a version is out once, and downloads only when the person chooses to', async () => {
    const r = rig('dmg', 'notify');
    r.controller.start();
    expect(r.updater.options).toEqual({ autoDownload: false, installOnQuit: true });
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    expect(r.lastView().trayItem).toEqual({
      label: 'Download Decompress 0.3.0',
      action: 'update:download',
    });
    expect(r.announced.map((a) => [a.title, a.actions])).toEqual([
      ['Decompress 0.3.0 is available', [{ id: 'update:download', label: 'Download' }]],
    ]);
    await Promise.resolve();
    // The next day's check finds the same version: not said again.
    r.clock.advance(24 * HOUR);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    expect(r.announced).toHaveLength(1);
    r.controller.act('update:download');
    expect(r.updater.calls.at(-1)).toBe('download');
    expect(r.lastView().trayItem).toEqual({ label: 'Downloading Decompress 0.3.0…', action: null });
    r.updater.emit({ type: 'downloaded', version: '0.3.0' });
    expect(r.lastView().trayItem?.label).toBe('Restart to update to 0.3.0');
    expect(r.announced.map((a) => a.key)).toEqual(['available:0.3.0', 'downloaded:0.3.0']);
  });
});

describe('a package that cannot update itself', () => {
  it.each([
    ['deb', 'This copy was installed from a .deb package, which does not update itself.'],
    ['tarball', 'This copy was unpacked from a .tar.gz archive, which does not update itself.'],
    ['rpm', 'This copy was installed from an .rpm package, which does not update itself.'],
  ] as const)('%s: is told where to get the new version, and nothing downloads', (kind, words) => {
    const r = rig(kind, 'automatic');
    r.controller.start();
    expect(r.updater.options).toEqual({ autoDownload: false, installOnQuit: false });
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    expect(r.lastView().trayItem).toEqual({
      label: 'Update available: get 0.3.0 from the releases page…',
      action: 'update:open-page',
    });
    const [notice] = r.announced;
    expect(notice?.title).toBe('Decompress 0.3.0 is available');
    expect(notice?.body.startsWith(words)).toBe(true);
    expect(notice?.actions).toEqual([{ id: 'update:open-page', label: 'Open the releases page' }]);
    r.controller.act('update:download');
    expect(r.updater.calls).toEqual(['check']);
    r.controller.act('update:open-page');
    expect(r.pagesOpened).toBe(1);
  });
});

describe('answers to a check', () => {
  it('"up to date" is said only when the person asked', async () => {
    const r = rig();
    r.controller.start();
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'checking' });
    r.updater.emit({ type: 'not-available', version: '0.1.0' });
    expect(r.announced).toEqual([]);
    expect(r.lastView().statusLine).toBe('Decompress 0.1.0 is the latest version.');
    await Promise.resolve();
    r.controller.act('update:check');
    r.updater.emit({ type: 'checking' });
    r.updater.emit({ type: 'not-available', version: '0.1.0' });
    expect(r.announced.map((a) => [a.title, a.body])).toEqual([
      ['Decompress is up to date', 'You have the latest version, 0.1.0.'],
    ]);
  });

  it('a failed automatic check stays quiet; a failed manual one says why, without the server text', async () => {
    const r = rig();
    r.controller.start();
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'error', failure: { code: null, statusCode: 500 } });
    expect(r.announced).toEqual([]);
    expect(r.lastView().trayItem).toEqual({ label: 'Check for updates…', action: 'update:check' });
    expect(r.lastView().statusLine).toBe(
      'The update check failed: the update server had a problem (HTTP 500); Decompress will try again later.',
    );
    await Promise.resolve();
    r.controller.act('update:check');
    r.updater.emit({
      type: 'error',
      failure: { code: 'ERR_UPDATER_INVALID_UPDATE_INFO', statusCode: null },
    });
    expect(r.announced.map((a) => [a.title, a.body])).toEqual([
      ['Could not check for updates', 'The update information on the server could not be read.'],
    ]);
    await Promise.resolve();
    // Asked again, answered again: a manual check always gets its answer.
    r.controller.act('update:check');
    r.updater.emit({
      type: 'error',
      failure: { code: 'ERR_UPDATER_INVALID_UPDATE_INFO', statusCode: null },
    });
    expect(r.announced).toHaveLength(2);
  });

  it('a failed download says so in Settings and offers a new check', () => {
    const r = rig();
    r.controller.start();
    r.clock.advance(2 * MINUTE);
    r.updater.emit({ type: 'available', version: '0.3.0' });
    r.updater.emit({ type: 'error', failure: { code: 'ERR_CHECKSUM_MISMATCH', statusCode: null } });
    expect(r.lastView().statusLine).toBe(
      'The update download failed: the downloaded update did not match what the server promised, so it was thrown away.',
    );
    expect(r.lastView().trayItem?.action).toBe('update:check');
  });
});
