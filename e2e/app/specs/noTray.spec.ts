import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPrivateBus, type PrivateBus } from '../../../main/desktop/dbus/testing/privateBus';
import type { StandInService } from '../../../main/desktop/dbus/testing/standInService';
import { launchApp, type RunningApp } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';
import { exportTrayWatcher } from '../../../main/desktop/testing/standInTrayWatcher';

/*
 * Stock GNOME has no StatusNotifierItem host, so Electron's tray icon shows
 * nowhere. The built app asks a private session bus (the real dbus-daemon)
 * for org.kde.StatusNotifierWatcher; the stand-in watcher below exports it as
 * Plasma's kded or GNOME's AppIndicator extension does.
 */

const NO_TRAY_TITLE = 'There is no tray for Decompress’s icon on this desktop';
/** GNOME on Xorg: no XEmbed tray either, so a missing watcher means no icon at all. */
const GNOME = { XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'x11' };

/** The watcher with a panel that draws its items registered (IsStatusNotifierHostRegistered). */
const exportWatcher = (bus: PrivateBus): Promise<StandInService> => exportTrayWatcher(bus.address);

/** Resolves once main.log records the tray-host answer `status` (the watch's own log line). */
async function trayHostLogged(run: RunningApp, status: string): Promise<void> {
  const log = join(run.userDataDir, 'logs', 'main.log');
  const pattern = new RegExp(`tray host \\{ status: '${status}'`);
  await expect.poll(() => readFileSync(log, 'utf8')).toMatch(pattern);
}

function noTrayNote(page: Page) {
  return page.getByRole('region', { name: NO_TRAY_TITLE });
}

test.describe('the built app on a desktop without a tray (a private session bus)', () => {
  let bus: PrivateBus;
  const services: StandInService[] = [];
  test.beforeEach(async () => {
    bus = await startPrivateBus();
  });
  test.afterEach(async () => {
    for (const service of services.splice(0)) service.close();
    await bus.stop();
  });

  test('the welcome says where Decompress lives, and the note goes once a watcher takes the name', async () => {
    const run = await launchApp({ env: { ...GNOME, DBUS_SESSION_BUS_ADDRESS: bus.address } });
    try {
      const welcome = await run.window('welcome');
      await expect(noTrayNote(welcome)).toBeVisible();
      await expect(welcome.getByTestId('tray-location')).toContainText(
        'Decompress lives in your app menu on this desktop.',
      );
      // The GNOME steps, folded behind their summary in the welcome's small window.
      await welcome.getByText('How to add a tray').click();
      await expect(
        welcome.getByText(/^GNOME shows tray icons only with the “AppIndicator/),
      ).toBeVisible();
      await trayHostLogged(run, 'absent');

      // The AppIndicator extension is switched on: it takes the name and its host registers.
      const watcher = await exportWatcher(bus);
      services.push(watcher);
      watcher.emit('StatusNotifierHostRegistered');
      await trayHostLogged(run, 'present');
      await expect(noTrayNote(welcome)).toHaveCount(0);
      await expect(welcome.getByTestId('tray-location')).toContainText(
        'Decompress lives in the top bar or system tray',
      );
    } finally {
      await run.app.close();
    }
  });

  test('the app menu entry opens Settings, which carries the tray’s actions, and they work', async () => {
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings(),
      env: { ...GNOME, DBUS_SESSION_BUS_ADDRESS: bus.address },
    });
    try {
      await run.ready();
      await trayHostLogged(run, 'absent');
      // The menu entry of a running app is a second launch with no command.
      expect((await run.launchAgain()).code).toBe(0);
      const settings = await run.window('settings');
      await expect(noTrayNote(settings)).toBeVisible();
      await expect(settings.getByText(/^GNOME shows tray icons only with/)).toBeVisible();

      await settings.getByRole('button', { name: 'Show the tray’s actions here' }).click();
      await expect(
        settings.getByRole('heading', { level: 2, name: 'Updates & keys' }),
      ).toBeVisible();
      // The status line the tray's first item shows.
      await expect(settings.getByRole('status').filter({ hasText: /reminder/i })).toBeVisible();

      await settings.getByRole('button', { name: '30 minutes' }).click();
      await expect(
        settings.getByRole('status').filter({ hasText: /Paused until 09:30/ }),
      ).toBeVisible();
      await expect
        .poll(() => run.desktop((d) => d.tray.tooltip()))
        .toBe('Decompress: Paused until 09:30');
      await settings.getByRole('button', { name: 'Resume reminders' }).click();
      await expect(settings.getByRole('button', { name: 'Resume reminders' })).toHaveCount(0);
      await expect.poll(() => run.desktop((d) => d.tray.tooltip())).not.toMatch(/Paused/);

      await settings.getByRole('button', { name: 'Start Quick seated reset now' }).click();
      const routine = await run.window('routine');
      await expect(routine.getByText(/Quick seated reset/).first()).toBeVisible();

      // A panel with a tray starts late (login): the note leaves the open window.
      const watcher = await exportWatcher(bus);
      services.push(watcher);
      watcher.emit('StatusNotifierHostRegistered');
      await trayHostLogged(run, 'present');
      await expect(noTrayNote(settings)).toHaveCount(0);
    } finally {
      await run.app.close();
    }
  });

  test('opened from the app menu when not running, it shows Settings; a login start opens nothing', async () => {
    const env = { ...GNOME, DBUS_SESSION_BUS_ADDRESS: bus.address };
    const plain = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings(), env });
    try {
      await plain.ready();
      await trayHostLogged(plain, 'absent');
      const settings = await plain.window('settings');
      await expect(noTrayNote(settings)).toBeVisible();
    } finally {
      await plain.app.close();
    }

    // The autostart entry's command line carries --autostart (main/core/cli/autostartSwitch.ts).
    const atLogin = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings(),
      env,
      args: ['--autostart'],
    });
    try {
      await atLogin.ready();
      await trayHostLogged(atLogin, 'absent');
      // Settings would have opened in the same step that logged the answer.
      expect(await atLogin.desktop((d) => d.windows().length)).toBe(0);
    } finally {
      await atLogin.app.close();
    }
  });

  test('the first reminder’s prompt says where Decompress lives; the snoozed one back later does not', async () => {
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings(),
      env: { ...GNOME, DBUS_SESSION_BUS_ADDRESS: bus.address },
      // Started at login, as on a working day: no Settings window of its own.
      args: ['--autostart'],
    });
    try {
      await run.ready();
      await trayHostLogged(run, 'absent');
      await run.tick(45 * MINUTE);
      const prompt = await run.window('prompt');
      await expect(prompt.getByTestId('where-decompress-lives')).toHaveText(
        'Decompress lives in your app menu on this desktop: open it there for Settings and pauses.',
      );
      await prompt.getByRole('button', { name: /^Snooze/ }).click();
      await expect.poll(() => run.desktop((d) => d.windows().length)).toBe(0);

      await run.tick(5 * MINUTE);
      const again = await run.window('prompt');
      await expect(again.getByRole('button', { name: /^Snooze \(2 left\)/ })).toBeVisible();
      await expect(again.getByTestId('where-decompress-lives')).toHaveCount(0);
    } finally {
      await run.app.close();
    }
  });

  test('with the watcher there from the start, neither the welcome nor Settings shows the note', async () => {
    services.push(await exportWatcher(bus));
    const run = await launchApp({ env: { ...GNOME, DBUS_SESSION_BUS_ADDRESS: bus.address } });
    try {
      const welcome = await run.window('welcome');
      await trayHostLogged(run, 'present');
      await expect(welcome.getByTestId('tray-location')).toContainText(
        'Decompress lives in the top bar or system tray',
      );
      await expect(noTrayNote(welcome)).toHaveCount(0);

      expect((await run.launchAgain('--settings')).code).toBe(0);
      const settings = await run.window('settings');
      await expect(settings.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect(noTrayNote(settings)).toHaveCount(0);
      await expect(
        settings.getByRole('button', { name: 'Show the tray’s actions here' }),
      ).toHaveCount(0);
    } finally {
      await run.app.close();
    }
  });
});
