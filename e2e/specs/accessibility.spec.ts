import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateHistory } from '../../main/core/history/testing/generateHistory';
import { HISTORY_FILE_NAME } from '../../main/core/history/historyLog';
import { WINDOW_TITLES, type Route } from '../../shared/routes';
import { defaultSettings } from '../../shared/settings/defaults';
import { pressClosingKey } from '../harness/closingKey';
import { expect, test } from '../harness/fixtures';
import { contrastOf, inEachTheme } from '../harness/pageColours';
import { contrast, parseColor } from '../../renderer/testing/contrast';

/**
 * WCAG 2.2 AA checks that axe cannot make alone: window titles, Esc, the
 * Reset dialog and the chart tables from the keyboard, and the contrast axe
 * marks "needs review" (SVG chart labels, the countdown ring, field
 * borders), measured here from the computed colours in both themes.
 */

// Monday 23 November 2026, 17:00 in the test process's zone.
const NOW = new Date(2026, 10, 23, 17, 0).getTime();

function profileWithMonth(): string {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-e2e-a11y-'));
  const events = generateHistory({ endAt: NOW, days: 31, seed: 11, restDays: [4] });
  writeFileSync(join(dir, HISTORY_FILE_NAME), events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  return dir;
}

const acknowledged = JSON.stringify({
  ...defaultSettings(),
  welcomeCompleted: true,
  safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
});

test.describe('every window has its own title (2.4.2)', () => {
  test.use({ harnessOptions: { settingsFileText: acknowledged } });

  for (const route of [
    'prompt',
    'routine',
    'settings',
    'history',
    'safety',
    'welcome',
  ] as Route[]) {
    test(`${route}: "${WINDOW_TITLES[route]}", the same as its window`, async ({ harness }) => {
      const page = await harness.openWindow(route);
      await expect(page).toHaveTitle(WINDOW_TITLES[route]);
    });
  }
});

test.describe('Esc, the same in every window, and said where it applies', () => {
  test.use({ harnessOptions: { settingsFileText: acknowledged } });

  for (const route of ['settings', 'history', 'safety'] as const) {
    test(`${route}: says "Esc closes this window", and does`, async ({ harness }) => {
      const page = await harness.openWindow(route);
      await expect(page.locator('.esc-hint')).toHaveText('Esc closes this window');
      // Only the key going down: the window is gone before the key comes up.
      await pressClosingKey(page, 'Escape');
      await expect.poll(() => page.isClosed()).toBe(true);
    });
  }

  test('routine window with nothing playing: says it, and Esc closes', async ({ harness }) => {
    const page = await harness.openWindow('routine');
    await expect(page.getByRole('heading', { name: 'No routine is playing' })).toBeVisible();
    await expect(page.locator('.esc-hint')).toHaveText('Esc closes');
    await pressClosingKey(page, 'Escape');
    await expect.poll(() => page.isClosed()).toBe(true);
  });

  test('Esc in an open dialog closes the dialog, not the window', async ({ harness }) => {
    const page = await harness.openWindow('settings');
    await page.getByRole('tab', { name: /^Backup/ }).click();
    await page.getByRole('button', { name: 'Reset…' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reset…' })).toBeFocused();
    expect(page.isClosed()).toBe(false);
  });
});

test.describe('Settings', () => {
  test('the section is inside the main landmark, as a tab panel', async ({ harness }) => {
    const page = await harness.openWindow('settings');
    const main = page.getByRole('main');
    await expect(main).toHaveCount(1);
    await expect(main.getByRole('tabpanel', { name: /^Office hours/ })).toBeVisible();
  });

  test('Reset: focus starts on Cancel and stays in the dialog; Enter twice resets nothing', async ({
    harness,
  }) => {
    await harness.core.router.call(
      'updateSettings',
      { intervalMinutes: 25 },
      { route: 'settings', windowId: 99 },
    );
    const page = await harness.openWindow('settings');
    await page.getByRole('tab', { name: /^Backup/ }).click();
    const reset = page.getByRole('button', { name: 'Reset…' });
    await reset.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Reset every setting?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Reset everything' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await harness.screenshot(page, 'settings-reset-dialog');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(reset).toBeFocused();
    expect(harness.core.settings.get().intervalMinutes).toBe(25);
  });

  test('text boxes and selects are outlined at 3:1 or more, in both themes (1.4.11)', async ({
    harness,
  }) => {
    const page = await harness.openWindow('settings');
    const checkFields = async (where: string) => {
      await inEachTheme(page, async (theme) => {
        const fields = page.locator(
          'input:not([type=checkbox]):not([type=radio]):not([type=range]), select',
        );
        const count = await fields.count();
        expect(count, where).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          await expect
            .poll(() => contrastOf(fields.nth(i), 'border-top-color'), {
              message: `${where}, field ${i + 1}, ${theme}`,
            })
            .toBeGreaterThanOrEqual(3);
        }
      });
    };
    await checkFields('Office hours');
    await page.getByRole('tab', { name: /^Sessions/ }).click();
    await checkFields('Sessions');
    await page.getByRole('tab', { name: /^Breaks/ }).click();
    await checkFields('Breaks');
  });
});

test.describe('History', () => {
  test('each chart has its numbers as a table, reached and opened from the keyboard', async ({
    start,
  }) => {
    const harness = await start({ userDataDir: profileWithMonth(), startTime: NOW });
    const page = await harness.openWindow('history');
    await expect(page.getByTestId('bar')).toHaveCount(28);
    const toggles = page.getByRole('button', { name: 'Show the numbers' });
    await expect(toggles).toHaveCount(2);

    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press('Tab');
      if (await toggles.first().evaluate((el) => el === document.activeElement)) break;
    }
    await expect(toggles.first()).toBeFocused();
    await page.keyboard.press('Enter');
    const completed = page.getByRole('table', {
      name: 'Completed routines, time in meetings and time standing, last 4 weeks',
    });
    await expect(completed).toBeVisible();
    await expect(completed.getByRole('row')).toHaveCount(29);
    await expect(page.getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // Each bar's count is in the table, day by day, as the chart draws it.
    const counts = await page
      .getByTestId('bar')
      .evaluateAll((bars) => bars.map((b) => b.getAttribute('data-count')));
    await expect(completed.getByRole('columnheader')).toHaveText([
      'Day',
      'Completed',
      'In meetings',
      'Standing',
    ]);
    const cells = await completed.locator('tbody tr td:nth-of-type(1)').allTextContents();
    expect(cells).toEqual(counts);

    await page.getByRole('button', { name: 'Show the numbers' }).click();
    const pain = page.getByRole('table', { name: 'Average pain before and after, per day' });
    await expect(pain.getByRole('columnheader')).toHaveText([
      'Day',
      'Before',
      'After',
      'Rated routines',
    ]);
    await harness.screenshot(page, 'history-tables-open');
  });

  test('chart labels are 4.5:1 on the card and its weekend bands, in both themes', async ({
    start,
  }) => {
    const harness = await start({ userDataDir: profileWithMonth(), startTime: NOW });
    const page = await harness.openWindow('history');
    await expect(page.getByTestId('bar')).toHaveCount(28);
    await inEachTheme(page, async (theme) => {
      // One read of every label's colour and the two surfaces behind them.
      const drawn = await page.evaluate(() => {
        const card = document.querySelector('.chart-card');
        const band = document.querySelector('.chart__weekend');
        if (!card || !band) throw new Error('no chart card or weekend band');
        return {
          card: getComputedStyle(card).backgroundColor,
          band: getComputedStyle(band).fill,
          labels: [...document.querySelectorAll('.chart text')].map((t) => ({
            text: t.textContent ?? '',
            fill: getComputedStyle(t).fill,
          })),
        };
      });
      expect(drawn.labels.length).toBeGreaterThan(10);
      for (const label of drawn.labels) {
        for (const [surface, colour] of [
          ['card', drawn.card],
          ['weekend band', drawn.band],
        ] as const) {
          expect(
            contrast(parseColor(label.fill), parseColor(colour)),
            `label "${label.text}" on the ${surface} (${theme})`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  });
});

/** Starts the default routine from the tray and answers the check-in, so the player shows. */
async function playing(harness: import('../harness/harness').Harness): Promise<Page> {
  harness.core.trayAction('start-default');
  const page = await harness.waitForWindow('routine');
  await page.getByRole('button', { name: 'Start routine' }).click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  return page;
}

test.describe('Routine player', () => {
  test.use({ harnessOptions: { settingsFileText: acknowledged } });

  test('the countdown ring and its number stand out from the page, running and paused', async ({
    harness,
  }) => {
    const page = await playing(harness);
    const measure = async (state: string) => {
      await inEachTheme(page, async (theme) => {
        const where = `${state}, ${theme}`;
        const ring = page.locator('.rt-ring');
        await expect
          .poll(() => contrastOf(page.locator('.rt-ring__arc'), 'stroke', ring), {
            message: `arc ${where}`,
          })
          .toBeGreaterThanOrEqual(3);
        await expect
          .poll(() => contrastOf(page.getByTestId('countdown'), 'color', ring), {
            message: `number ${where}`,
          })
          .toBeGreaterThanOrEqual(4.5);
        await expect
          .poll(() => contrastOf(page.locator('.rt-ring__unit'), 'color', ring), {
            message: `unit ${where}`,
          })
          .toBeGreaterThanOrEqual(4.5);
      });
    };
    await measure('running');
    await page.getByRole('button', { name: /^Pause/ }).click();
    await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
    await measure('paused');
  });

  test('the key hints on the controls read at 4.5:1, Space on the primary button too', async ({
    harness,
  }) => {
    const page = await playing(harness);
    await inEachTheme(page, async (theme) => {
      const hints = page.locator('.rt-control kbd');
      const count = await hints.count();
      expect(count).toBe(4);
      for (let i = 0; i < count; i++) {
        const hint = hints.nth(i);
        const button = hint.locator('xpath=ancestor::button[1]');
        const label = `${await hint.textContent()} (${theme})`;
        await expect
          .poll(() => contrastOf(hint, 'color', button), { message: label })
          .toBeGreaterThanOrEqual(4.5);
      }
    });
  });
});

test.describe('Welcome', () => {
  test('a done step’s ✓ stands out from its dot at 3:1, in both themes', async ({ harness }) => {
    const page = await harness.waitForWindow('welcome');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Before your first routine' }),
    ).toBeFocused();
    const dot = page.locator('.welcome-steps__item--done .welcome-steps__dot');
    await inEachTheme(page, async (theme) => {
      await expect
        .poll(() => contrastOf(dot, 'color'), { message: theme })
        .toBeGreaterThanOrEqual(3);
    });
  });
});
