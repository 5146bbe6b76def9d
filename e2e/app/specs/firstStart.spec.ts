import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';

function settingsOnDisk(userDataDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

test.describe('the built app: first start and restart', () => {
  test('the welcome opens, its choices land in settings.json through electron-store, and a restart keeps them', async () => {
    const first = await launchApp();
    const welcome = await first.window('welcome');
    await expect(
      welcome.getByRole('heading', { level: 1, name: 'Welcome to Decompress' }),
    ).toBeVisible();
    await welcome.getByRole('button', { name: 'Next' }).click();
    // The safety step, acknowledged through the same channel as the routine's.
    await welcome.getByLabel('None of these apply to me, and I will stop at pain.').check();
    await welcome.getByRole('button', { name: 'I understand, continue' }).click();
    // Quick set-up: a 30-minute interval, strict nags, start at login.
    await expect(welcome.getByRole('heading', { level: 1, name: 'Set up your day' })).toBeVisible();
    await welcome.getByRole('radio', { name: '30 min' }).check();
    await welcome.getByRole('radio', { name: /^Strict/ }).check();
    await welcome.getByRole('checkbox', { name: /Start Decompress when I log in/ }).check();
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => settingsOnDisk(first.userDataDir).welcomeCompleted).toBe(true);

    const saved = settingsOnDisk(first.userDataDir);
    expect(saved).toMatchObject({ intervalMinutes: 30, nagLevel: 'strict', launchAtLogin: true });
    expect(typeof saved.safetyAcknowledgedAt).toBe('string');
    // Launch at login on Linux is an XDG autostart entry the app wrote itself.
    const autostart = join(first.homeDir, '.config', 'autostart', 'decompress.desktop');
    expect(readFileSync(autostart, 'utf8')).toContain('Exec=');
    // electron-store wrote the file the app reads, not its default config.json.
    expect(existsSync(join(first.userDataDir, 'config.json'))).toBe(false);
    await first.app.close();

    const second = await launchApp({ userDataDir: first.userDataDir });
    await second.ready();
    // Nothing opens by itself on a later start; the tray carries on with the saved interval.
    await expect.poll(() => second.desktop((d) => d.tray.exists())).toBe(true);
    expect(await second.desktop((d) => d.windows().length)).toBe(0);
    expect(settingsOnDisk(second.userDataDir)).toMatchObject({
      intervalMinutes: 30,
      nagLevel: 'strict',
    });
    await expect
      .poll(() => second.desktop((d) => d.tray.menu()[0]?.label ?? ''))
      .toMatch(/reminder|Outside office hours/);
    await second.app.close();
  });

  test('a damaged settings file is set aside, reported, and the app starts on defaults', async () => {
    const run = await launchApp({ settings: '{"version": 2, "intervalMinutes": 4' });
    await run.ready();
    await expect
      .poll(() => run.desktop((d) => d.notifications.list().map((n) => n.title)))
      .toContain('Decompress repaired its settings');
    const copies = readdirSync(run.userDataDir).filter((n) =>
      /^settings\.corrupt-.*\.json$/.test(n),
    );
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(run.userDataDir, copies[0] ?? ''), 'utf8')).toBe(
      '{"version": 2, "intervalMinutes": 4',
    );
    expect(settingsOnDisk(run.userDataDir).intervalMinutes).toBe(45);
    await run.app.close();
  });
});
