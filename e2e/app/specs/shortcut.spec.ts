import { expect, test, type Page } from '@playwright/test';
import { launchApp, type RunningApp } from '../support/launch';
import { MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

/*
 * The global shortcut through the built app: Settings' key recorder, the
 * shell's globalShortcut module and the stand-in's globalShortcut, which
 * answers register() as Electron documents it (false when another app holds
 * the key). The stand-in records what is registered and can "press" it.
 */

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

const registered = (run: RunningApp) => run.desktop((d) => d.records().shortcuts);

async function record(settings: Page, keys: string): Promise<void> {
  await settings.getByRole('button', { name: /^Record (a shortcut|another)$/ }).click();
  await settings.keyboard.press(keys);
}

test.describe('the built app: the global shortcut', () => {
  test('a saved shortcut is registered at start and starts the default break', async () => {
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings({ startBreakShortcut: 'Ctrl+Alt+B' }),
    });
    await run.ready();
    await expect.poll(() => registered(run)).toEqual(['Ctrl+Alt+B']);

    expect(await run.desktop((d) => d.pressShortcut('Ctrl+Alt+B'))).toBe(true);
    const routine = await run.window('routine');
    await expect(routine.getByText(/Quick seated reset/).first()).toBeVisible();
    await run.app.close();
    expect(run.stderr()).not.toMatch(/unhandled promise rejection/);
  });

  test('a key another app holds is said plainly and not kept; another key then works', async () => {
    const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
    await run.ready();
    expect(await registered(run)).toEqual([]);
    await run.desktop((d) => d.takeShortcut('Ctrl+Alt+B'));

    await run.desktop((d) => d.tray.click('Settings…'));
    const settings = await run.window('settings');
    await openSection(settings, 'Updates & keys');
    await record(settings, 'Control+Alt+KeyB');
    await expect(
      settings.getByText(
        'Ctrl+Alt+B is already taken by another app or by the system. Choose another shortcut.',
      ),
    ).toBeVisible();
    expect(await registered(run)).toEqual([]);

    await record(settings, 'Control+Shift+KeyJ');
    await expect(settings.getByText('Ctrl+Shift+J starts a break from any app.')).toBeVisible();
    expect(await registered(run)).toEqual(['Ctrl+Shift+J']);
    await settings.screenshot({ path: test.info().outputPath('shortcut-active.png') });

    expect(await run.desktop((d) => d.pressShortcut('Ctrl+Shift+J'))).toBe(true);
    await run.window('routine');
    await run.app.close();
  });
});
