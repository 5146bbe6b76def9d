import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HISTORY_FILE_NAME, readHistoryFile } from '../../../main/core/history/historyLog';
import { startPrivateBus } from '../../../main/desktop/dbus/testing/privateBus';
import { exportStandInService } from '../../../main/desktop/dbus/testing/standInService';
import { launchApp } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

test.describe('the built app: a locked screen on Linux', () => {
  test('GNOME says the screen locked over D-Bus, and ten minutes later the unlock is a natural break', async () => {
    const bus = await startPrivateBus();
    const screenSaver = await exportStandInService(bus.address, {
      name: 'org.gnome.ScreenSaver',
      path: '/org/gnome/ScreenSaver',
      interface: 'org.gnome.ScreenSaver',
      methods: { GetActive: { outSignature: 'b', handler: () => false } },
      signals: { ActiveChanged: 'b' },
    });
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings(),
      env: { DBUS_SESSION_BUS_ADDRESS: bus.address, DBUS_SYSTEM_BUS_ADDRESS: bus.address },
    });
    try {
      await run.ready();
      const log = join(run.userDataDir, 'logs', 'main.log');
      await expect.poll(() => readFileSync(log, 'utf8')).toMatch(/screen lock: watching/);

      await run.tick(10 * MINUTE);
      screenSaver.emit('ActiveChanged', true);
      await expect.poll(() => run.desktop((d) => d.tray.tooltip())).toMatch(/away|locked/i);
      await run.tick(10 * MINUTE);
      screenSaver.emit('ActiveChanged', false);
      await expect
        // The app's own reader: it passes over a line the app is still appending.
        .poll(() =>
          readHistoryFile(join(run.userDataDir, HISTORY_FILE_NAME)).events.filter(
            (e) => e.type === 'naturalBreak',
          ),
        )
        .toEqual([expect.objectContaining({ type: 'naturalBreak', cause: 'lock' })]);
    } finally {
      await run.app.close();
      screenSaver.close();
      await bus.stop();
    }
  });
});
