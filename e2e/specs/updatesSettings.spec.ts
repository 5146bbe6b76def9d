import type { Page } from '@playwright/test';
import { createDesktopFacts } from '../../main/core/desktopFacts';
import { createScriptedUpdater } from '../../main/core/updates/testing/scriptedUpdater';
import { trayAdvice } from '../../main/desktop/trayHostAdvice';
import type { ShortcutStatusView } from '../../shared/ipc/desktopChannels';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';

/*
 * Settings → Updates, Shortcut and Quick actions on the real core and
 * renderer. The updater is the core's scripted port (electron-updater itself
 * runs against a feed in main/shell/updater.test.ts and e2e/app/specs/updates.spec.ts);
 * the shortcut's and the tray host's answers are what the shell would report.
 */

const MONDAY_9AM = Date.parse('2026-11-23T08:00:00Z');
const settled = JSON.stringify({
  ...defaultSettings(),
  welcomeCompleted: true,
  safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
});

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** The OS as the shell would see it: Ctrl+Alt+B belongs to another app. */
function osShortcutAnswer(accelerator: string | null): ShortcutStatusView {
  if (accelerator === null) return { state: 'off' };
  if (accelerator === 'Ctrl+Alt+B') {
    return {
      state: 'taken',
      accelerator,
      message:
        'Ctrl+Alt+B is already used by another app or by your desktop. Choose another combination.',
    };
  }
  return { state: 'active', accelerator, note: null };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Updates: Check now, its progress and a downloaded update, in ${colorScheme}`, async ({
    start,
  }) => {
    const updater = createScriptedUpdater();
    const harness = await start({
      startTime: MONDAY_9AM,
      settingsFileText: settled,
      colorScheme,
      integrations: { updates: { updater, kind: 'appimage' } },
    });
    const page = await harness.openWindow('settings');
    await openSection(page, 'Updates & keys');
    await expect(page.getByText('You have Decompress 0.0.0-harness.')).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Automatic/ })).toBeChecked();

    await page.getByRole('button', { name: 'Check now' }).click();
    expect(updater.calls).toEqual(['check']);
    updater.emit({ type: 'checking' });
    await expect(
      page.getByRole('status').filter({ hasText: 'Checking for updates…' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check now' })).toBeDisabled();
    updater.emit({ type: 'available', version: '0.3.0' });
    updater.emit({ type: 'progress', percent: 40 });
    await expect(page.getByRole('progressbar', { name: 'Download progress' })).toHaveAttribute(
      'value',
      '40',
    );
    updater.emit({ type: 'downloaded', version: '0.3.0' });
    await expect(page.getByText(/^Decompress 0\.3\.0 is ready\. It installs when/)).toBeVisible();
    // The notice the core posted shows at the top of every section.
    await expect(
      page.getByText(/^Decompress 0\.3\.0 is ready\. It installs the next time/),
    ).toBeVisible();
    await harness.screenshot(page, `settings-updates-${colorScheme}`);

    await page.getByRole('button', { name: 'Restart to update to 0.3.0' }).click();
    await expect.poll(() => updater.calls).toEqual(['check', 'installNow']);
  });

  test(`Shortcut: the key recorder, a refusal and a taken combination, in ${colorScheme}`, async ({
    start,
  }) => {
    let harness: Harness | null = null;
    harness = await start({
      startTime: MONDAY_9AM,
      settingsFileText: settled,
      colorScheme,
      integrations: {
        desktop: createDesktopFacts(
          () => osShortcutAnswer(harness?.core.settings.get().startBreakShortcut ?? null),
          () => undefined,
        ),
      },
    });
    const page = await harness.openWindow('settings');
    await openSection(page, 'Updates & keys');
    await expect(page.getByRole('button', { name: /^Shortcut None/ })).toBeVisible();

    // A plain letter would take over typing: refused in words, nothing saved.
    await page.getByRole('button', { name: 'Record a shortcut' }).click();
    await page.keyboard.press('KeyB');
    await expect(page.getByText(/^B needs Ctrl, Alt, Super or Command with the key/)).toBeVisible();
    expect(harness.core.settings.get().startBreakShortcut).toBeNull();

    // Escape stops recording and leaves the window open.
    await page.getByRole('button', { name: 'Record a shortcut' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Shortcut None/ })).toBeVisible();

    await page.getByRole('button', { name: 'Record a shortcut' }).click();
    await page.keyboard.press('Control+Alt+KeyB');
    await harness.settingsWhere((s) => s.startBreakShortcut === 'Ctrl+Alt+B');
    await expect(page.getByText(/^Ctrl\+Alt\+B is already used by another app/)).toBeVisible();
    await harness.screenshot(page, `settings-shortcut-taken-${colorScheme}`);

    await page.getByRole('button', { name: 'Record another' }).click();
    await page.keyboard.press('Control+Shift+KeyJ');
    await harness.settingsWhere((s) => s.startBreakShortcut === 'Ctrl+Shift+J');
    await expect(page.getByText('Ctrl+Shift+J starts a break from any app.')).toBeVisible();

    await page.getByRole('button', { name: 'Clear' }).click();
    await harness.settingsWhere((s) => s.startBreakShortcut === null);
    await expect(page.getByRole('button', { name: /^Shortcut None/ })).toBeVisible();
  });

  test(`no tray (GNOME): Settings says how to get one and carries the tray's actions, in ${colorScheme}`, async ({
    start,
  }) => {
    const desktop = createDesktopFacts(
      () => ({ state: 'off' }),
      () => undefined,
    );
    desktop.setTrayHost({ status: 'absent', advice: trayAdvice('gnome') });
    const harness = await start({
      startTime: MONDAY_9AM,
      settingsFileText: settled,
      colorScheme,
      integrations: { desktop },
    });
    const page = await harness.openWindow('settings');
    const note = page.getByRole('region', { name: trayAdvice('gnome').title });
    await expect(note).toBeVisible();
    await expect(note.getByRole('listitem').first()).toHaveText(trayAdvice('gnome').steps[0] ?? '');
    await note.getByRole('button', { name: 'Show the tray’s actions here' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Updates & keys' })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: /reminder/i });
    await expect(status).toHaveText(harness.core.reminders.status().statusLine);
    await harness.screenshot(page, `settings-no-tray-${colorScheme}`);

    await page.getByRole('button', { name: '1 hour' }).click();
    const paused = page.getByRole('status').filter({ hasText: /^Paused until/ });
    await expect(paused).toHaveText(harness.core.reminders.status().statusLine);
    expect(harness.core.reminders.status().paused).toBe(true);
    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await expect(paused).toHaveCount(0);
    expect(harness.core.reminders.status().paused).toBe(false);
    await page.getByRole('button', { name: 'Start Quick seated reset now' }).click();
    await harness.waitForWindow('routine');
  });
}

test('no tray: the welcome says Decompress lives in the app menu, and how to add a tray', async ({
  start,
}) => {
  const desktop = createDesktopFacts(
    () => ({ state: 'off' }),
    () => undefined,
  );
  desktop.setTrayHost({ status: 'absent', advice: trayAdvice('ubuntu-gnome') });
  const harness = await start({ startTime: MONDAY_9AM, integrations: { desktop } });
  const page = await harness.waitForWindow('welcome');
  await expect(page.getByTestId('tray-location')).toContainText(
    'Decompress lives in your app menu on this desktop.',
  );
  const note = page.getByRole('region', { name: trayAdvice('ubuntu-gnome').title });
  await expect(note).toBeVisible();
  await harness.screenshot(page, 'welcome-no-tray-light');
  await note.getByText('How to add a tray').click();
  await expect(note.getByRole('listitem').first()).toHaveText(
    trayAdvice('ubuntu-gnome').steps[0] ?? '',
  );
});
