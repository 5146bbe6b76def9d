import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../../shared/settings/defaults';
import { settingsSchema, type Settings } from '../../shared/settings/schema';
import { expect, test } from '../harness/fixtures';

/** What the settings file on disk says now, checked against the schema. */
function onDisk(userDataDir: string): Settings {
  return settingsSchema.parse(JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')));
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

test.describe('settings window', () => {
  test('office hours and a session, changed in the window, survive a reload and a restart', async ({
    harness,
    start,
  }) => {
    const page = await harness.openWindow('settings');

    // Monday: a morning range, a lunch break, an afternoon range; then copy it to every weekday.
    await page.getByLabel('Monday range 1 ends').fill('12:00');
    await page.getByRole('button', { name: 'Add a range on Monday' }).click();
    await page.getByLabel('Monday range 2 starts').fill('13:00');
    await page.getByLabel('Monday range 2 ends').fill('17:00');
    await page.getByLabel(/then copy it to Monday to Friday/).selectOption({ label: 'Monday' });
    await page.getByRole('button', { name: 'Copy to all weekdays from Monday' }).click();
    await page.getByRole('button', { name: 'Remove Friday range 13:00 to 17:00' }).click();
    await expectSaved(page);

    await openSection(page, 'Sessions');
    const morning = page.getByTestId('session-morning');
    await morning.getByRole('switch').check();
    await morning.getByLabel('Time').fill('07:45');
    await morning.getByLabel('Routine').selectOption({ label: 'Seated decompression' });
    await morning.getByRole('button', { name: 'Sat', exact: true }).click();
    await page.getByRole('button', { name: 'Add a session' }).click();
    const custom = page.getByTestId('session-custom-1');
    await custom.getByLabel('Name').fill('Lunch walk');
    await custom.getByLabel('Name').blur();
    await expect(custom.getByRole('heading', { name: 'Lunch walk' })).toBeVisible();
    await expectSaved(page);

    const split = [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    const expectedHours = {
      mon: split,
      tue: split,
      wed: split,
      thu: split,
      fri: [{ start: '09:00', end: '12:00' }],
      sat: [],
      sun: [],
    };
    await harness.settingsWhere((s) => s.sessions.some((x) => x.name === 'Lunch walk'));
    const saved = onDisk(harness.userDataDir);
    expect(saved.officeHours).toEqual(expectedHours);
    expect(saved.sessions.find((s) => s.id === 'morning')).toEqual({
      id: 'morning',
      name: 'Morning',
      time: '07:45',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      routineId: 'seated-decompression',
      enabled: true,
    });
    expect(saved.sessions.find((s) => s.id === 'custom-1')?.name).toBe('Lunch walk');
    await harness.screenshot(page, 'settings-sessions-edited-light');

    // A reload of the window reads everything back from main.
    await page.reload();
    await expect(page.getByLabel('Wednesday range 2 starts')).toHaveValue('13:00');
    await openSection(page, 'Sessions');
    await expect(page.getByTestId('session-morning').getByLabel('Time')).toHaveValue('07:45');

    // A restart of the app reads it back from disk.
    await harness.close();
    const again = await start({ userDataDir: harness.userDataDir });
    const relaunched = await again.openWindow('settings');
    await expect(relaunched.getByLabel('Thursday range 2 ends')).toHaveValue('17:00');
    await expect(relaunched.getByLabel('Friday range 1 ends')).toHaveValue('12:00');
    await openSection(relaunched, 'Sessions');
    await expect(relaunched.getByTestId('session-custom-1').getByLabel('Name')).toHaveValue(
      'Lunch walk',
    );
    await expect(
      relaunched.getByTestId('session-morning').getByRole('button', { name: 'Sat', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('a refused edit shows why next to the field, stays on screen, and saves nothing', async ({
    harness,
  }) => {
    const page = await harness.openWindow('settings');
    const before = readFileSync(join(harness.userDataDir, 'settings.json'), 'utf8');
    await page.getByLabel('Tuesday range 1 ends').fill('08:00');
    const tuesday = page.getByTestId('office-hours-tue');
    await expect(tuesday.getByRole('alert')).toHaveText(
      'The end time must be later than the start time.',
    );
    await expect(page.getByLabel('Tuesday range 1 ends')).toHaveValue('08:00');
    await expect(page.getByRole('status').filter({ hasText: 'not saved' })).toBeVisible();
    expect(readFileSync(join(harness.userDataDir, 'settings.json'), 'utf8')).toBe(before);

    // Fixing it clears the message and saves.
    await page.getByLabel('Tuesday range 1 ends').fill('16:00');
    await expect(tuesday.getByRole('alert')).toHaveCount(0);
    await harness.settingsWhere((s) => s.officeHours.tue[0]?.end === '16:00');
    expect(onDisk(harness.userDataDir).officeHours.tue).toEqual([{ start: '09:00', end: '16:00' }]);

    await openSection(page, 'Breaks');
    const interval = page.getByTestId('setting-intervalMinutes');
    await interval.getByRole('spinbutton').fill('5');
    await interval.getByRole('spinbutton').press('Enter');
    await expect(interval.getByRole('alert')).toHaveText('Use 10 or more.');
    expect(onDisk(harness.userDataDir).intervalMinutes).toBe(45);
    await interval.getByRole('spinbutton').fill('30');
    await interval.getByRole('spinbutton').press('Enter');
    await harness.settingsWhere((s) => s.intervalMinutes === 30);
    expect(onDisk(harness.userDataDir).intervalMinutes).toBe(30);
    await expect(interval.getByRole('alert')).toHaveCount(0);
  });

  test('importing a bad file says which field is wrong and why, and changes nothing', async ({
    harness,
  }) => {
    const page = await harness.openWindow('settings');
    const bad = join(harness.userDataDir, 'from-a-friend.json');
    writeFileSync(bad, JSON.stringify({ ...defaultSettings(), snoozeMinutes: 600, theme: 'dark' }));
    harness.dialogs.openPath = bad;
    const before = readFileSync(join(harness.userDataDir, 'settings.json'), 'utf8');

    await openSection(page, 'Backup');
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByTestId('backup-outcome')).toHaveText(
      'Nothing was changed. Snooze length (snoozeMinutes): Use 60 or less.',
    );
    expect(readFileSync(join(harness.userDataDir, 'settings.json'), 'utf8')).toBe(before);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
    await harness.screenshot(page, 'settings-import-error-light');

    // A good file imports, and the window shows it at once.
    writeFileSync(bad, JSON.stringify({ ...defaultSettings(), snoozeMinutes: 15 }));
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByTestId('backup-outcome')).toHaveText(
      'Imported from from-a-friend.json.',
    );
    await openSection(page, 'Breaks');
    await expect(page.getByTestId('setting-snoozeMinutes').getByRole('spinbutton')).toHaveValue(
      '15',
    );
  });

  test('reset asks first, then puts every setting back to its default', async ({ harness }) => {
    await harness.core.router.call(
      'updateSettings',
      { intervalMinutes: 25, theme: 'light' },
      { route: 'settings', windowId: 99 },
    );
    const page = await harness.openWindow('settings');
    await openSection(page, 'Backup');
    await page.getByRole('button', { name: 'Reset…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(harness.core.settings.get().intervalMinutes).toBe(25);
    await expect(page.getByRole('button', { name: 'Reset…' })).toBeFocused();

    await page.getByRole('button', { name: 'Reset…' }).click();
    await page.getByRole('button', { name: 'Reset everything' }).click();
    await expect(page.getByTestId('backup-outcome')).toContainText('back to its default');
    expect(onDisk(harness.userDataDir)).toEqual(defaultSettings());
  });

  test('theme, launch at login and the safety screen apply as soon as they change', async ({
    harness,
  }) => {
    await harness.core.router.call(
      'updateSettings',
      { safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z' },
      { route: 'settings', windowId: 99 },
    );
    const page = await harness.openWindow('settings');
    await openSection(page, 'General');
    await page.getByRole('radio', { name: /Dark/ }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('switch', { name: 'Launch at login' }).check();
    await harness.settingsWhere((s) => s.launchAtLogin);
    expect(harness.record.loginItem).toEqual([true]);
    await page.getByRole('button', { name: 'Show it again' }).click();
    await expect(page.getByText('The safety screen comes before your next routine')).toBeVisible();
    expect(harness.core.settings.get().safetyAcknowledgedAt).toBeNull();
    await harness.screenshot(page, 'settings-general-dark-chosen');
  });

  test('without a speech voice (headless Chromium has none), spoken cues are not offered, and it says why', async ({
    harness,
  }) => {
    const page = await harness.openWindow('settings');
    await openSection(page, 'Sound');
    const cues = page.getByRole('switch', { name: 'Spoken cues' });
    await expect(cues).toBeDisabled();
    await expect(cues).not.toBeChecked();
    await expect(cues).toHaveAccessibleDescription(/^No voice is installed on this computer/);
    await expect(page.getByText(/No voice is installed/)).toContainText('speech-dispatcher');
    await expect(page.getByRole('button', { name: 'Test spoken cue' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Test sound' })).toBeEnabled();
    await harness.screenshot(page, 'settings-sound-no-voice-light');
  });

  test('the section list works from the keyboard', async ({ harness }) => {
    const page = await harness.openWindow('settings');
    await page.getByRole('tab', { name: /^Office hours/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('tab', { name: /^Breaks/ })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Breaks' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: /^Backup/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('a repaired settings file is reported in the window until dismissed', async ({ start }) => {
    const h = await start({ settingsFileText: '{"version": 2, "intervalMinutes": 30, "thh' });
    const page = await h.openWindow('settings');
    const notice = page.getByTestId('notice-settings-recovered');
    await expect(notice).toContainText('cut short');
    await expect(notice).toContainText('settings.corrupt-');
    expect(h.core.settings.get().intervalMinutes).toBe(30);
    await h.screenshot(page, 'settings-recovered-notice-light');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    expect(h.core.notices.list()).toEqual([]);
  });
});

test.describe('settings window screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ harnessOptions: { colorScheme } });

      test(`every section in ${colorScheme}`, async ({ harness }) => {
        const page = await harness.openWindow('settings');
        await harness.screenshot(page, `settings-office-hours-${colorScheme}`);
        for (const [name, file] of [
          ['Breaks', 'breaks'],
          ['Sessions', 'sessions'],
          ['Sound', 'sound'],
          ['General', 'general'],
          ['Backup', 'backup'],
        ] as const) {
          await openSection(page, name);
          await harness.screenshot(page, `settings-${file}-${colorScheme}`);
        }
      });
    });
  }
});
