import type { Page } from '@playwright/test';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Harness, HarnessOptions } from '../harness/harness';
import { expect, test } from '../harness/fixtures';

const SEC = 1000;
const MIN = 60 * SEC;
/** Monday 23 Nov 2026, 10:00 in the test process's zone. */
const START = new Date(2026, 10, 23, 10, 0).getTime();
/** The routine window's size in the app (main/shell/windowOptions.ts). */
const ROUTINE_WINDOW = { width: 760, height: 640 };
const SETTINGS = JSON.stringify({
  ...defaultSettings(),
  safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
});

/**
 * Plays the quick seated reset 23 s in (the second armrest hold, 7 s left),
 * pauses there, and crashes: main is gone without recording anything.
 * Returns the folder the next start uses.
 */
async function crashMidRoutine(start: (o?: HarnessOptions) => Promise<Harness>): Promise<string> {
  const first = await start({ startTime: START, settingsFileText: SETTINGS });
  first.core.trayAction('start-default');
  const page = await first.waitForWindow('routine');
  await page.getByRole('button', { name: 'Start routine' }).click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  await first.advance(23 * SEC);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await first.crash();
  return first.userDataDir;
}

/** The app started again on that folder three minutes later: the routine window asks. */
async function restart(
  start: (o?: HarnessOptions) => Promise<Harness>,
  userDataDir: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ harness: Harness; page: Page }> {
  const harness = await start({ userDataDir, startTime: START + 23 * SEC + 3 * MIN, colorScheme });
  const page = await harness.waitForWindow('routine');
  await page.setViewportSize(ROUTINE_WINDOW);
  await expect(page.getByRole('heading', { name: 'Resume where you left off?' })).toBeFocused();
  return { harness, page };
}

const history = (h: Harness) => h.core.history.readAll().events.map((e) => e.type);

test.describe('after a crash mid-routine', () => {
  test('the window asks, shows where it stopped, and Resume carries on from that second (keyboard only)', async ({
    start,
  }) => {
    const dir = await crashMidRoutine(start);
    const { harness, page } = await restart(start, dir);

    const where = page.getByTestId('resume-point');
    await expect(where).toContainText('Step 1 of 3: Armrest lift');
    await expect(where.getByRole('listitem')).toHaveText(['Hold', 'Set 2 of 3', '0:07 left']);
    await expect(where).toContainText('1:34 left in the routine');
    await expect(page.getByText('Decompress closed unexpectedly at 10:00')).toBeVisible();
    const tray = harness.record.trayModels.at(-1);
    expect(tray?.tooltip).toBe(
      'Decompress: Quick seated reset was interrupted. Resume where you left off?',
    );
    expect(tray?.items).toContainEqual(
      expect.objectContaining({ action: 'resume-routine', label: 'Resume where you left off…' }),
    );

    // Tab order from the heading: Resume, Start over, Not now, each with a visible focus ring.
    const reached: { label: string; outline: string }[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { label: el.innerText.trim(), outline: getComputedStyle(el).outlineStyle };
        }),
      );
    }
    expect(reached.map((r) => r.label)).toEqual(['Resume', 'Start over', 'Not now']);
    expect(reached.every((r) => r.outline !== 'none')).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Armrest lift');
    await expect(page.getByText('Set 2 of 3')).toBeVisible();
    await expect(page.getByTestId('countdown')).toHaveText('7');
    await harness.advance(7 * SEC);
    await expect(page.getByText('Rest', { exact: true })).toBeVisible();
    expect(history(harness)).toEqual(['started']);
    expect(harness.record.trayModels.at(-1)?.tooltip).not.toContain('interrupted');
  });

  test('Start over opens a fresh check-in; the cut-off run is recorded as interrupted', async ({
    start,
  }) => {
    const dir = await crashMidRoutine(start);
    const { harness, page } = await restart(start, dir);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { name: 'Quick seated reset' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Start routine' })).toBeVisible();
    expect(history(harness)).toEqual(['started', 'interrupted', 'started']);
  });

  test('Not now closes the window and records it as interrupted', async ({ start }) => {
    const dir = await crashMidRoutine(start);
    const { harness, page } = await restart(start, dir);
    await page.getByRole('button', { name: 'Not now' }).click();
    await harness.closed(page);
    expect(history(harness)).toEqual(['started', 'interrupted']);
    expect(harness.core.routines.session()).toBeNull();
    expect(harness.record.trayModels.at(-1)?.tooltip).not.toContain('interrupted');
  });

  test('more than 10 minutes later nothing is asked; history says it was interrupted', async ({
    start,
  }) => {
    const dir = await crashMidRoutine(start);
    const harness = await start({ userDataDir: dir, startTime: START + 23 * SEC + 11 * MIN });
    expect(harness.record.windowsOpened).toEqual([]);
    expect(harness.core.history.readAll().events.at(-1)).toMatchObject({
      type: 'interrupted',
      at: START + 23 * SEC,
      routineId: 'quick-seated-reset',
    });
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the resume question in the ${colorScheme} theme`, async ({ start }) => {
    const dir = await crashMidRoutine(start);
    const { harness, page } = await restart(start, dir, colorScheme);
    const fits = await page.evaluate(
      () =>
        document.documentElement.scrollHeight <= window.innerHeight &&
        document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(fits, 'the question fits the routine window').toBe(true);
    await harness.screenshot(page, `routine-resume-${colorScheme}`);
    await page.keyboard.press('Tab');
    await harness.screenshot(page, `routine-resume-focus-${colorScheme}`);
  });
}
