import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ICS_OK } from '../../../main/core/calendar/testing/feedServer';
import { startPrivateBus } from '../../../main/desktop/dbus/testing/privateBus';
import { exportStandInService } from '../../../main/desktop/dbus/testing/standInService';
import { NETWORK_MANAGER } from '../../../main/desktop/network/networkReturn';
import { addFileFeedInSettings } from '../support/calendarFeed';
import { launchApp } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

test.describe('the built app: the network coming back, and D-Bus at quit (Linux)', () => {
  test('a network return re-reads the calendar; with the live sources’ bus open too, the app quits with exit code 0 and lets go of every socket', async () => {
    const bus = await startPrivateBus();
    // The private daemon plays both buses: NetworkManager (system) and gnome-session (session).
    const networkManager = await exportStandInService(bus.address, {
      ...NETWORK_MANAGER,
      properties: { State: { signature: 'u', value: 70 } },
      methods: { GetDevices: { outSignature: 'ao', handler: () => [] } },
      signals: { StateChanged: 'u' },
    });
    let presentationAsked: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (presentationAsked = resolve));
    const sessionManager = await exportStandInService(bus.address, {
      name: 'org.gnome.SessionManager',
      path: '/org/gnome/SessionManager',
      interface: 'org.gnome.SessionManager',
      methods: {
        IsInhibited: {
          inSignature: 'u',
          outSignature: 'b',
          handler: () => {
            presentationAsked();
            return false;
          },
        },
        GetInhibitors: { outSignature: 'ao', handler: () => [] },
      },
    });
    const feedDir = mkdtempSync(join(tmpdir(), 'decompress-feed-'));
    const feedFile = join(feedDir, 'work.ics');
    writeFileSync(feedFile, ICS_OK);
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings(),
      env: { DBUS_SESSION_BUS_ADDRESS: bus.address, DBUS_SYSTEM_BUS_ADDRESS: bus.address },
    });
    try {
      await run.ready();
      const log = () => readFileSync(join(run.userDataDir, 'logs', 'main.log'), 'utf8');
      await addFileFeedInSettings(run, feedFile);
      // A feed exists: the app watches NetworkManager on the system bus.
      await expect.poll(log).toMatch(/network: watching for the network to come back/);
      expect(log()).not.toMatch(/calendar: re-read a file feed/);

      // Two minutes on, the network drops and comes back: the feed is read again (unchanged).
      await run.tick(2 * MINUTE);
      networkManager.emit('StateChanged', 20);
      networkManager.emit('StateChanged', 70);
      await expect.poll(log).toMatch(/calendar: re-read a file feed/);

      // The heads-up at 09:44:30 (30 s before the 45-minute reminder) asks the live sources, and
      // the lazy session bus opens. Time stops there: a connection made inside a long tick would
      // see its 1.5 s fake-clock timeout pass before the real socket could answer.
      await run.tick(42 * MINUTE + 29_000);
      await run.tick(1_000);
      await asked;

      const quitLine = run.stderrLine(/^standin: quit/);
      await run.desktop((d) => d.tray.click('Quit Decompress'));
      expect(await quitLine).toMatch(/^standin: quit \(exit code 0\)/);
      expect(await run.exited).toBe(0);
      // The stand-in waits for the app to let go; an open D-Bus socket would be named here.
      expect(run.stderr()).not.toMatch(/still holds the process/);
    } finally {
      await run.app.close().catch(() => undefined);
      networkManager.close();
      sessionManager.close();
      await bus.stop();
    }
  });
});
