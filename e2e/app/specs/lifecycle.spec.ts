import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

test.describe('the built app: lifecycle', () => {
  test('a second launch hands over to the first, which opens Settings', async () => {
    const run = await launchApp({ settings: settledSettings() });
    await run.ready();
    expect((await run.launchAgain()).code).toBe(0);
    const settings = await run.window('settings');
    await expect(settings.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await run.app.close();
  });

  test('a call from a page that is not the app is refused by the app itself', async () => {
    const server = createServer((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>elsewhere</title><p>not the app</p>');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const run = await launchApp({ settings: settledSettings() });
    await run.ready();
    await run.desktop((d) => d.tray.click('Settings…'));
    const page = await run.window('settings');
    // The window is steered to a foreign page (as a compromised link or redirect would);
    // the real preload runs there too, so the sender check in main is what must refuse.
    await run.app.evaluate(
      ({ BrowserWindow }, to) => BrowserWindow.getAllWindows()[0]?.loadURL(to),
      url,
    );
    await expect(page.locator('p')).toHaveText('not the app');
    // Refusals cross the bridge as data (an IpcResult), in main's own terms.
    const answer = await page.evaluate(() =>
      (
        window as unknown as { decompress: { getSettings(): Promise<unknown> } }
      ).decompress.getSettings(),
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'forbidden-sender',
        message: 'Calls are only accepted from Decompress windows',
      },
    });
    await run.app.close();
    server.close();
  });

  test('a start where a desktop step fails still answers its windows and logs why', async () => {
    // Launch at login on, and a file where the autostart folder should be: the entry cannot be written.
    const run = await launchApp({
      settings: settledSettings({ launchAtLogin: true }),
      prepareHome: (home) => writeFileSync(join(home, '.config', 'autostart'), 'not a folder'),
    });
    await run.ready();
    expect((await run.launchAgain()).code).toBe(0);
    const settings = await run.window('settings');
    await expect(settings.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const answer = await settings.evaluate(() =>
      (
        window as unknown as {
          decompress: {
            getSettings(): Promise<{ ok: boolean; value?: { launchAtLogin: boolean } }>;
          };
        }
      ).decompress.getSettings(),
    );
    const launchAtLogin = answer.ok ? answer.value?.launchAtLogin : 'refused';
    expect(launchAtLogin).toBe(true);
    expect(await run.desktop((d) => d.tray.exists())).toBe(true);
    await run.app.close();
    const log = readFileSync(join(run.userDataDir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('app: login item failed; carrying on without it');
    expect(log).toContain('ENOTDIR');
  });

  test('Quit from the tray stops every timer, closes its files and ends the process by itself', async () => {
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings({
        sessions: settledSettings().sessions.map((s) => ({ ...s, enabled: true })),
      }),
    });
    await run.ready();
    await run.desktop((d) => d.tray.click('History…'));
    await run.window('history');
    const quitLine = run.stderrLine(/^standin: quit/);
    await run.desktop((d) => d.tray.click('Quit Decompress'));
    expect(await quitLine).toBe(
      'standin: quit (exit code 0); app timers pending: 0; userData files open: none',
    );
    expect(await run.exited).toBe(0);
    expect(run.stderr()).not.toMatch(/still holds the process/);
  });
});
