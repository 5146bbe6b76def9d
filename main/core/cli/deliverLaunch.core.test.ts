import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import { startTestCore, type TestCore } from '../settings/fixtures/testCore';
import { SETTINGS_FILE_NAME } from '../settings/settingsStore';
import { deliverLaunch, launchActionsFromTray } from './deliverLaunch';
import { launchData, secondInstanceArguments } from './launchArguments';
import { parseLaunchArguments } from './parseLaunch';

/** A second launch as Electron hands it to the first instance, carried into the real core. */
function secondLaunch(t: TestCore, args: string[]): void {
  const argv = ['/opt/Decompress/decompress', ...args];
  const received = secondInstanceArguments(argv, launchData(args), { defaultApp: false });
  deliverLaunch(
    parseLaunchArguments(received),
    'second-instance',
    launchActionsFromTray(t.core.trayAction),
    t.log,
  );
}

describe('a second launch reaches the real core', () => {
  let dir: string;
  let t: TestCore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decompress-launch-'));
    // An install past its welcome (a first run would open the welcome first).
    writeFileSync(
      join(dir, SETTINGS_FILE_NAME),
      JSON.stringify({ ...defaultSettings(), welcomeCompleted: true }),
    );
    // Monday 23 November 2026, 10:00 in Berlin: inside default office hours.
    t = startTestCore(dir, Date.UTC(2026, 10, 23, 9, 0));
  });
  afterEach(() => {
    t.core.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--pause 1h pauses reminders until 11:00, --resume resumes them', () => {
    secondLaunch(t, ['--pause', '1h']);
    const paused = t.core.reminders.status();
    expect(paused.paused).toBe(true);
    expect(paused.pausedUntil).toBe(Date.UTC(2026, 10, 23, 10, 0));
    secondLaunch(t, ['--resume']);
    expect(t.core.reminders.status().paused).toBe(false);
  });

  it('--start opens the routine, behind the safety screen the first time', () => {
    secondLaunch(t, ['--start', 'standing-desk-reset']);
    expect(t.record.windowsOpened).toEqual(['safety']);
    expect(t.core.routines.running()).toBe(false);
  });

  it('--settings, --history and a plain second launch open their windows', () => {
    secondLaunch(t, ['--history']);
    secondLaunch(t, []);
    secondLaunch(t, ['--no-sandbox']);
    expect(t.record.windowsOpened).toEqual(['history', 'settings', 'settings']);
  });

  it('an unknown routine id changes nothing but opens Settings', () => {
    secondLaunch(t, ['decompress://start/not-a-routine']);
    expect(t.record.windowsOpened).toEqual(['settings']);
    expect(t.core.reminders.status().paused).toBe(false);
    expect(t.log.entries.some((e) => e.message.includes('there is no routine called'))).toBe(true);
  });
});
