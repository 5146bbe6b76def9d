import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SETTINGS_FILE_NAME } from '../../main/core/settings/settingsStore';
import { formatClock } from '../../shared/reminders/timeWords';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Settings } from '../../shared/settings/schema';
import { MINUTE_MS } from '../../shared/time';
import type { Harness } from '../harness/harness';
import { pressClosingKey } from '../harness/closingKey';
import { expect, test } from '../harness/fixtures';

/** The welcome window's own size (main/shell/windowOptions.ts). */
const WINDOW = { width: 720, height: 620 };

async function openWelcome(harness: Harness): Promise<Page> {
  const page = await harness.waitForWindow('welcome');
  await page.setViewportSize(WINDOW);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  return page;
}

function settingsOnDisk(harness: Harness): Settings {
  return JSON.parse(
    readFileSync(join(harness.userDataDir, SETTINGS_FILE_NAME), 'utf8'),
  ) as Settings;
}

/**
 * Saves the whole step as it reads when scrolled through: the window is
 * made as tall as the page for the shot, so the sticky footer sits at the
 * bottom instead of across the middle of a full-page capture.
 */
async function shoot(harness: Harness, page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: WINDOW.width, height: Math.max(WINDOW.height, height) });
  await harness.screenshot(page, name);
  await page.setViewportSize(WINDOW);
}

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

test.describe('first-run welcome', () => {
  test('opens on the very first launch, saves every choice, and never opens again by itself', async ({
    harness,
    start,
  }) => {
    expect(harness.firstRun).toBe(true);
    const page = await openWelcome(harness);

    // Step 1: what it does and where the tray icon lives on this OS.
    await expect(heading(page, 'Welcome to Decompress')).toBeFocused();
    await expect(page.getByTestId('tray-location')).toContainText(
      'Decompress lives in the top bar or system tray, depending on your desktop.',
    );
    await expect(page.getByRole('img', { name: /desk chair/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: the safety list, acknowledged through the safety channel.
    await expect(heading(page, 'Before your first routine')).toBeFocused();
    const understand = page.getByRole('button', { name: 'I understand, continue' });
    await expect(understand).toBeDisabled();
    await page.getByLabel('None of these apply to me, and I will stop at pain.').check();
    await understand.click();

    // Step 3: quick setup, every choice saved at once.
    await expect(heading(page, 'Set up your day')).toBeFocused();
    const acknowledgedAt = harness.core.settings.get().safetyAcknowledgedAt;
    expect(acknowledgedAt).toBe(new Date(harness.clock.now()).toISOString());

    await page.getByRole('radio', { name: 'Weekdays, my own hours' }).check();
    await page.getByLabel('From').fill('08:00');
    await page.getByLabel('to', { exact: true }).fill('16:30');
    await expect(page.getByRole('status').filter({ hasText: 'Office hours saved' })).toHaveText(
      'Office hours saved: weekdays 08:00 to 16:30.',
    );
    await page.getByRole('radio', { name: '30 min' }).check();
    await page.getByRole('radio', { name: /^Strict/ }).check();
    await page.getByRole('checkbox', { name: /Morning session/ }).check();
    await page.getByLabel('Morning session time').fill('07:45');
    await page.getByLabel('Morning session routine').selectOption('seated-decompression');
    await page.getByRole('checkbox', { name: /Evening session/ }).check();
    await page.getByRole('checkbox', { name: /Start Decompress when I log in/ }).check();
    await expect(page.getByRole('status').filter({ hasText: 'log in' })).toHaveText(
      'Decompress will start when you log in.',
    );
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 4: when the first reminder comes, from the planner.
    await expect(heading(page, "You're all set")).toBeFocused();
    const due = harness.clock.now() + 30 * MINUTE_MS;
    expect(harness.core.reminders.status().nextReminderAt).toBe(due);
    await expect(page.getByTestId('first-reminder')).toContainText(
      `Next reminder at ${formatClock(due)}`,
    );
    await page.getByRole('button', { name: 'Finish' }).click();
    await harness.closed(page);

    const expected = {
      officeHours: {
        mon: [{ start: '08:00', end: '16:30' }],
        tue: [{ start: '08:00', end: '16:30' }],
        wed: [{ start: '08:00', end: '16:30' }],
        thu: [{ start: '08:00', end: '16:30' }],
        fri: [{ start: '08:00', end: '16:30' }],
        sat: [],
        sun: [],
      },
      intervalMinutes: 30,
      nagLevel: 'strict',
      launchAtLogin: true,
      safetyAcknowledgedAt: acknowledgedAt,
      welcomeCompleted: true,
      sessions: [
        {
          ...defaultSettings().sessions[0],
          time: '07:45',
          routineId: 'seated-decompression',
          enabled: true,
        },
        { ...defaultSettings().sessions[1], enabled: true },
      ],
    };
    expect(harness.core.settings.get()).toMatchObject(expected);
    expect(settingsOnDisk(harness)).toMatchObject(expected);
    // Everything the welcome did not ask about kept its default.
    expect(settingsOnDisk(harness)).toEqual({ ...defaultSettings(), ...expected });
    expect(harness.record.loginItem).toEqual([true]);

    // A second launch on the same files: no welcome.
    const userDataDir = harness.userDataDir;
    await harness.close();
    const again = await start({ userDataDir });
    expect(again.firstRun).toBe(false);
    expect(again.core.settings.get()).toMatchObject(expected);
    expect(again.record.windowsOpened.map((w) => w.route)).not.toContain('welcome');
    expect(again.pageFor('welcome')).toBeUndefined();
  });
});

/**
 * What a keyboard user sees of the focused element: its focus ring, and
 * whether any of it hides under the sticky footer or above the top.
 */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return null;
    // A radio or checkbox may show its ring on the whole choice around it instead.
    const ringed = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    const box = el.getBoundingClientRect();
    const footer = document.querySelector('.welcome__footer')?.getBoundingClientRect();
    const inFooter = Boolean(el.closest('.welcome__footer'));
    return {
      ring: ringed(el) || (el.matches('label input') && ringed(el.closest('label'))),
      unobscured: inFooter || (box.top >= 0 && (!footer || box.bottom <= footer.top)),
    };
  });
}

/** Presses Tab and checks that focus lands on `target` with a visible, unobscured ring. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  expect(await focusState(page)).toEqual({ ring: true, unobscured: true });
}

/**
 * Tabs out of a time box to `target`. Tab walks the box's own segments
 * first (hours, minutes, and AM/PM in this harness's 12-hour Chromium), as
 * it does for anyone using a keyboard; at most three presses stay inside.
 */
async function tabOutOfTimeTo(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
  for (let presses = 0; presses < 4; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('time');
  }
  await expect(target).toBeFocused();
  expect(await focusState(page)).toEqual({ ring: true, unobscured: true });
}

test.describe('keyboard only', () => {
  test('the whole welcome with Tab, arrows, Space and Enter, ending in the quick reset', async ({
    harness,
  }) => {
    const page = await openWelcome(harness);
    const next = page.getByRole('button', { name: 'Next' });

    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Before your first routine')).toBeFocused();

    await tabTo(page, page.getByRole('checkbox', { name: /None of these apply/ }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'I understand, continue' }));
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Set up your day')).toBeFocused();
    expect(harness.core.settings.get().safetyAcknowledgedAt).not.toBeNull();

    await tabTo(page, page.getByRole('radio', { name: 'Weekdays, 09:00 to 17:30' }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Weekdays, my own hours' })).toBeChecked();
    await tabTo(page, page.getByLabel('From'));
    await page.keyboard.type('0815AM');
    await tabOutOfTimeTo(page, page.getByLabel('to', { exact: true }));
    await page.keyboard.type('0445PM');
    await expect(page.getByRole('status').filter({ hasText: 'Office hours' })).toHaveText(
      'Office hours saved: weekdays 08:15 to 16:45.',
    );

    await tabOutOfTimeTo(page, page.getByRole('radio', { name: '45 min' }));
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: '30 min' })).toBeChecked();
    // "Standing desk?" sits between the interval and the nag level; No stays chosen.
    await tabTo(page, page.getByRole('radio', { name: /^No/ }));
    await expect(page.getByRole('radio', { name: /^No/ })).toBeChecked();
    await tabTo(page, page.getByRole('radio', { name: /^Persistent/ }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /^Strict/ })).toBeChecked();

    await tabTo(page, page.getByRole('checkbox', { name: /Morning session/ }));
    await page.keyboard.press('Space');
    const morningTime = page.getByLabel('Morning session time');
    await expect(morningTime).toBeEnabled();
    await tabTo(page, morningTime);
    await page.keyboard.type('0645AM');
    const morningRoutine = page.getByLabel('Morning session routine');
    await tabOutOfTimeTo(page, morningRoutine);
    // A closed select steps through its options with the arrow keys.
    await page.keyboard.press('ArrowDown');
    await expect(morningRoutine).toHaveValue('floor-decompression');
    await tabTo(page, page.getByRole('checkbox', { name: /Evening session/ }));
    await tabTo(page, page.getByRole('checkbox', { name: /Start Decompress when I log in/ }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'log in' })).toHaveText(
      'Decompress will start when you log in.',
    );
    await shoot(harness, page, 'welcome-keyboard-focus');
    await tabTo(page, page.getByRole('button', { name: 'Back' }));
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await expect(heading(page, "You're all set")).toBeFocused();
    const due = harness.clock.now() + 30 * MINUTE_MS;
    await expect(page.getByTestId('first-reminder')).toContainText(
      `Next reminder at ${formatClock(due)}`,
    );
    const tryNow = page.getByRole('button', { name: 'Try the 2-minute quick seated reset now' });
    await tabTo(page, tryNow);
    await pressClosingKey(page, 'Enter');
    await harness.closed(page);

    // The routine starts at once: the welcome's acknowledgement counts.
    const routine = await harness.waitForWindow('routine');
    expect(routine.isClosed()).toBe(false);
    expect(harness.core.routines.session()).toMatchObject({
      routineId: 'quick-seated-reset',
      source: 'welcome',
    });
    expect(harness.record.windowsOpened.map((w) => w.route)).not.toContain('safety');

    expect(settingsOnDisk(harness)).toMatchObject({
      officeHours: { mon: [{ start: '08:15', end: '16:45' }], sat: [] },
      intervalMinutes: 30,
      nagLevel: 'strict',
      launchAtLogin: true,
      welcomeCompleted: true,
      sessions: [
        { id: 'morning', enabled: true, time: '06:45', routineId: 'floor-decompression' },
        { id: 'evening', enabled: false },
      ],
    });
  });
});

test.describe('leaving and coming back', () => {
  test('Esc on the first step closes the welcome and keeps the defaults', async ({ harness }) => {
    const page = await openWelcome(harness);
    await pressClosingKey(page, 'Escape');
    await harness.closed(page);
    const expected = { ...defaultSettings(), welcomeCompleted: true };
    expect(harness.core.settings.get()).toEqual(expected);
    expect(settingsOnDisk(harness)).toEqual(expected);
  });

  test('"Not for me", then Esc half way: nothing acknowledged, what was chosen is kept', async ({
    harness,
  }) => {
    const page = await openWelcome(harness);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Not for me' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'skip the routines' })).toContainText(
      'Decompress will show this list again before any routine starts.',
    );
    await shoot(harness, page, 'welcome-2-safety-not-for-me-light');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(heading(page, 'Set up your day')).toBeFocused();
    await page.getByRole('radio', { name: '60 min' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Reminder every' })).toHaveText(
      'Reminder every 60 minutes.',
    );
    await pressClosingKey(page, 'Escape');
    await harness.closed(page);
    expect(settingsOnDisk(harness)).toEqual({
      ...defaultSettings(),
      intervalMinutes: 60,
      welcomeCompleted: true,
    });
    // Skipped, so the player will still ask before the first routine.
    expect(harness.core.settings.get().safetyAcknowledgedAt).toBeNull();
  });

  test('a refused value shows next to its field and changes nothing', async ({ harness }) => {
    const page = await openWelcome(harness);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('radio', { name: 'Weekdays, my own hours' }).check();
    await page.getByLabel('to', { exact: true }).fill('08:00');
    const office = page.getByRole('group', { name: 'Office hours' });
    await expect(office.getByRole('alert')).toHaveText(
      'The end time must be later than the start time.',
    );
    await expect(office.getByLabel('to', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(harness.core.settings.get().officeHours).toEqual(defaultSettings().officeHours);
    expect(settingsOnDisk(harness).officeHours).toEqual(defaultSettings().officeHours);

    await page.getByLabel('to', { exact: true }).fill('15:00');
    await expect(office.getByRole('alert')).toHaveCount(0);
    expect(harness.core.settings.get().officeHours.fri).toEqual([{ start: '09:00', end: '15:00' }]);
  });

  test('"Show welcome" in the tray opens it again, showing what is saved and overwriting nothing', async ({
    harness,
    start,
  }) => {
    const first = await openWelcome(harness);
    await pressClosingKey(first, 'Escape');
    await harness.closed(first);
    const ownHours = {
      ...defaultSettings().officeHours,
      fri: [{ start: '09:00', end: '13:00' }],
      sat: [{ start: '10:00', end: '12:00' }],
    };
    harness.core.settings.update({ intervalMinutes: 50, officeHours: ownHours });
    const userDataDir = harness.userDataDir;
    await harness.close();

    const again = await start({ userDataDir });
    expect(again.record.windowsOpened.map((w) => w.route)).not.toContain('welcome');
    again.core.trayAction('welcome');
    const page = await openWelcome(again);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByRole('radio', { name: 'Keep the hours set in Settings' })).toBeChecked();
    // An interval the presets do not have is offered as it is, not silently replaced.
    await expect(page.getByRole('radio', { name: '50 min' })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await again.closed(page);
    expect(again.core.settings.get()).toMatchObject({ intervalMinutes: 50, officeHours: ownHours });
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`welcome screenshots (${colorScheme})`, () => {
    test.use({ harnessOptions: { colorScheme } });

    test(`every step in the ${colorScheme} theme`, async ({ harness }) => {
      const page = await openWelcome(harness);
      await shoot(harness, page, `welcome-1-intro-${colorScheme}`);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(heading(page, 'Before your first routine')).toBeFocused();
      await shoot(harness, page, `welcome-2-safety-${colorScheme}`);
      await page.getByLabel('None of these apply to me, and I will stop at pain.').check();
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      await expect(heading(page, 'Set up your day')).toBeFocused();
      await shoot(harness, page, `welcome-3-setup-${colorScheme}`);
      await page.getByRole('radio', { name: 'Weekdays, my own hours' }).check();
      await page.getByRole('checkbox', { name: /Morning session/ }).check();
      await page.getByLabel('From').fill('18:00');
      await expect(page.getByText('The end time must be later than the start time.')).toBeVisible();
      await shoot(harness, page, `welcome-3-setup-custom-${colorScheme}`);
      await page.getByLabel('From').fill('08:30');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(heading(page, "You're all set")).toBeFocused();
      await expect(page.getByTestId('first-reminder')).toContainText('Next reminder at');
      await shoot(harness, page, `welcome-4-finish-${colorScheme}`);
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(heading(page, 'Before your first routine')).toBeFocused();
      await shoot(harness, page, `welcome-2-safety-done-${colorScheme}`);
    });
  });
}
