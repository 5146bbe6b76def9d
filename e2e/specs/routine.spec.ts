import type { Page } from '@playwright/test';
import { getRoutine } from '../../shared/routines/catalogue';
import { expand, timelineDurationMs } from '../../shared/routines/timeline';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Settings } from '../../shared/settings/schema';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';

const SEC = 1000;
/** Monday 23 Nov 2026, 10:00 in Berlin. */
const START = Date.UTC(2026, 10, 23, 9, 0);
/** The routine window's size in the app (main/shell/windowOptions.ts). */
const ROUTINE_WINDOW = { width: 760, height: 640 };
const SAFETY_WINDOW = { width: 640, height: 640 };

const QUICK = expand(getRoutine('quick-seated-reset'));
const QUICK_MS = timelineDurationMs(QUICK);

function settingsText(patch: Partial<Settings> = {}): string {
  return JSON.stringify({
    ...defaultSettings(),
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  });
}

/**
 * Starts a routine from the tray and returns its window on the check-in.
 * The page opens on the core's time with its clock paused (the harness does
 * that for every page): both move only through harness.advance().
 */
async function openRoutine(harness: Harness, action = 'start-default'): Promise<Page> {
  harness.core.trayAction(action);
  const page = await harness.waitForWindow('routine');
  await page.setViewportSize(ROUTINE_WINDOW);
  await expect(page.getByRole('button', { name: 'Start routine' })).toBeVisible();
  return page;
}

/** Answers the check-in (with a rating, or skipping it) so the routine starts. */
async function startPlaying(page: Page, pain: number | null): Promise<void> {
  if (pain !== null) await page.getByRole('radio', { name: String(pain), exact: true }).check();
  await page.getByRole('button', { name: 'Start routine' }).click();
  await expect(page.getByTestId('countdown')).toBeVisible();
}

const countdown = (page: Page) => page.getByTestId('countdown');
const stepTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const historyOf = (harness: Harness) => harness.core.history.readAll().events;

test.describe('routine player', () => {
  test.use({
    harnessOptions: { startTime: START, settingsFileText: settingsText() },
  });

  test('the quick seated reset plays end to end and ends on the finish screen', async ({
    harness,
  }) => {
    const page = await openRoutine(harness);
    await expect(page.getByRole('heading', { name: 'Quick seated reset' })).toBeVisible();
    await startPlaying(page, 4);
    const startedAt = harness.clock.now();

    await expect(stepTitle(page)).toHaveText('Armrest lift');
    await expect(page.getByText('Get ready', { exact: true })).toBeVisible();
    await expect(countdown(page)).toHaveText('5');
    await expect(page.getByText('Next: Seated pelvic tilts')).toBeVisible();

    await harness.advance(5 * SEC);
    await expect(page.getByText('Hold', { exact: true })).toBeVisible();
    await expect(page.getByText('Set 1 of 3')).toBeVisible();
    await expect(countdown(page)).toHaveText('10');
    await harness.advance(3 * SEC);
    await expect(countdown(page)).toHaveText('7');

    // Pelvic tilts: reps start 50 s in (45 s of armrest lifts, 5 s to get ready).
    await harness.advance(42 * SEC + 9 * SEC);
    await expect(stepTitle(page)).toHaveText('Seated pelvic tilts');
    await expect(page.getByTestId('rep-counter')).toHaveText('Rep 3 of 8');
    await expect(page.getByText('Step 2 of 3', { exact: true })).toBeVisible();

    await harness.advance(QUICK_MS - 59 * SEC);
    await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
    await page.getByRole('radio', { name: '2', exact: true }).check();
    await page.getByRole('button', { name: 'Finish' }).click();

    await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
    const summary = page.locator('.rt-summary');
    await expect(summary).toContainText('Time1:57');
    await expect(summary).toContainText('Steps3 of 3');
    await expect(summary).toContainText('4 → 2');
    await expect(summary).toContainText('1 office day in a row');
    expect(historyOf(harness).map((e) => e.type)).toEqual(['started', 'completed']);
    expect(historyOf(harness)[1]).toMatchObject({
      routineId: 'quick-seated-reset',
      startedAt,
      at: startedAt + QUICK_MS,
      painBefore: 4,
      painAfter: 2,
      skippedSteps: 0,
    });

    // Left alone, the finish screen closes itself and the session is let go.
    await harness.advance(20 * SEC);
    await harness.closed(page);
    expect(harness.core.routines.session()).toBeNull();
  });

  test('pause holds the countdown; resume carries on from the same second', async ({ harness }) => {
    const page = await openRoutine(harness);
    await startPlaying(page, null);
    await harness.advance(8 * SEC);
    await expect(countdown(page)).toHaveText('7');

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByText('Paused', { exact: true })).toBeVisible();
    await harness.advance(90 * SEC);
    await expect(countdown(page)).toHaveText('7');
    await expect(page.getByText('Set 1 of 3')).toBeVisible();

    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await harness.advance(6 * SEC);
    await expect(countdown(page)).toHaveText('1');
    await harness.advance(1 * SEC);
    await expect(page.getByText('Rest', { exact: true })).toBeVisible();
    expect(harness.core.routines.session()?.clock?.pauses).toHaveLength(1);
  });

  test('"Stop, this hurts" ends the routine, records it and says what to do', async ({
    harness,
  }) => {
    const page = await openRoutine(harness);
    await startPlaying(page, 3);
    await harness.advance(20 * SEC);
    await page.getByRole('button', { name: 'Stop, this hurts' }).click();

    await expect(page.getByRole('heading', { name: 'Stop here' })).toBeVisible();
    await expect(
      page.getByText('Stop the routine now. Come out of the position slowly.'),
    ).toBeVisible();
    await expect(page.getByText('If the pain spreads into a leg', { exact: false })).toBeVisible();
    await expect(page.getByText('General information, not medical advice.')).toBeVisible();
    expect(historyOf(harness).at(-1)).toMatchObject({
      type: 'stopped',
      reason: 'hurts',
      painBefore: 3,
      painAfter: null,
    });

    await page.getByRole('button', { name: 'Close' }).click();
    await harness.closed(page);
    expect(harness.core.routines.session()).toBeNull();
  });

  test('a reloaded window lands on the same step and second', async ({ harness }) => {
    const page = await openRoutine(harness);
    await startPlaying(page, null);
    // 23 s in: the second armrest hold (20-30 s), 7 s left.
    await harness.advance(23 * SEC);
    await expect(page.getByText('Set 2 of 3')).toBeVisible();
    await expect(countdown(page)).toHaveText('7');

    // The reloaded document replays the paused clock: it is at the same instant.
    await page.reload();
    await expect(stepTitle(page)).toHaveText('Armrest lift');
    await expect(page.getByText('Set 2 of 3')).toBeVisible();
    await expect(countdown(page)).toHaveText('7');
    await harness.advance(2 * SEC);
    await expect(countdown(page)).toHaveText('5');
  });

  test('the whole routine runs from the keyboard alone', async ({ harness }) => {
    const page = await openRoutine(harness);
    // Check-in: focus starts on its heading; Tab into the scale, arrows pick a number.
    await expect(page.getByRole('heading', { name: 'Quick seated reset' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '2', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Start routine' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(countdown(page)).toHaveText('5');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Hold', { exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await harness.advance(4 * SEC);
    await page.keyboard.press('ArrowLeft');
    await expect(countdown(page)).toHaveText('10');

    // Every control is reachable with Tab, in reading order, and shows where focus is.
    // Each step is polled: the check reads what the person would see once the
    // key has been handled, and a failure names the control and its ring.
    const focusedControl = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLElement && el !== document.body
          ? {
              label: el.innerText.split('\n')[0]?.trim() ?? '',
              ring: getComputedStyle(el).outlineStyle !== 'none',
            }
          : { label: `(nothing: ${el?.nodeName ?? 'null'})`, ring: false };
      });
    for (const label of ['Stop, this hurts', 'Back', 'Pause', 'Skip', 'Stop']) {
      await page.keyboard.press('Tab');
      await expect.poll(focusedControl, { message: `Tab to "${label}"` }).toEqual({
        label,
        ring: true,
      });
    }
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await page.keyboard.press('Escape');
    const dialog = page.getByRole('alertdialog', { name: 'Stop this routine?' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Stop routine' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'You stopped the routine' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '1', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Finish' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Routine stopped' })).toBeVisible();
    expect(historyOf(harness).at(-1)).toMatchObject({
      type: 'stopped',
      reason: 'user',
      painBefore: 2,
      painAfter: 1,
    });
  });
});

test.describe('safety screen', () => {
  test.use({
    harnessOptions: {
      startTime: START,
      settingsFileText: settingsText({ safetyAcknowledgedAt: null }),
    },
  });

  test('the first routine waits for the safety list to be acknowledged', async ({ harness }) => {
    harness.core.trayAction('start-default');
    const safety = await harness.waitForWindow('safety');
    await safety.setViewportSize(SAFETY_WINDOW);
    await expect(safety.getByRole('heading', { name: 'Before you start' })).toBeVisible();
    await expect(safety.getByText('Back surgery in the last six months')).toBeVisible();
    const ack = safety.getByRole('button', { name: 'I understand' });
    await expect(ack).toBeDisabled();
    expect(harness.record.windowsOpened.map((w) => w.route)).toEqual(['safety']);

    await safety.getByRole('checkbox').check();
    await ack.click();
    await harness.closed(safety);
    const routine = await harness.waitForWindow('routine');
    await expect(routine.getByRole('heading', { name: 'Quick seated reset' })).toBeVisible();
    expect(harness.core.settings.get().safetyAcknowledgedAt).not.toBeNull();
  });

  test('partner traction asks again, with the partner checks', async ({ harness }) => {
    harness.core.trayAction('start:partner-traction');
    const safety = await harness.waitForWindow('safety');
    await safety.setViewportSize(SAFETY_WINDOW);
    await expect(safety.getByText('Step 1 of 2')).toBeVisible();
    await safety.getByRole('checkbox').check();
    await safety.getByRole('button', { name: 'I understand, next' }).click();

    await expect(
      safety.getByRole('heading', { name: 'Partner traction: check together' }),
    ).toBeVisible();
    const ready = safety.getByRole('button', { name: 'We are ready' });
    const boxes = safety.getByRole('checkbox');
    await expect(boxes).toHaveCount(4);
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await expect(ready).toBeDisabled();
    await boxes.nth(3).check();
    await ready.click();
    const routine = await harness.waitForWindow('routine');
    await expect(routine.getByRole('heading', { name: 'Partner traction' })).toBeVisible();
    expect(harness.core.settings.get().partnerSafetyAcknowledgedAt).not.toBeNull();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`screens in the ${colorScheme} theme`, () => {
    test.use({
      harnessOptions: {
        startTime: START,
        colorScheme,
        settingsFileText: settingsText(),
      },
    });
    /** Saves a screenshot, after checking the screen fits the app's window without scrolling. */
    async function shot(harness: Harness, page: Page, name: string): Promise<void> {
      const fits = await page.evaluate(
        () =>
          document.documentElement.scrollHeight <= window.innerHeight &&
          document.documentElement.scrollWidth <= window.innerWidth,
      );
      expect(fits, `${name} fits the window`).toBe(true);
      await harness.screenshot(page, `routine-${name}-${colorScheme}`);
    }

    test('check-in, get ready, hold, reps, paused, stop confirm, after check-in, finish', async ({
      harness,
    }) => {
      const page = await openRoutine(harness);
      await page.getByRole('radio', { name: '5', exact: true }).check();
      await shot(harness, page, 'checkin');
      await startPlaying(page, null);
      await harness.advance(2 * SEC);
      await shot(harness, page, 'get-ready');
      await harness.advance(9 * SEC);
      await shot(harness, page, 'hold');
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await expect(page.getByText('Paused', { exact: true })).toBeVisible();
      await shot(harness, page, 'paused');
      await page.getByRole('button', { name: 'Resume', exact: true }).click();
      await harness.advance(48 * SEC);
      await expect(page.getByTestId('rep-counter')).toBeVisible();
      await shot(harness, page, 'reps');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await shot(harness, page, 'stop-confirm');
      await page.getByRole('button', { name: 'Keep going' }).click();
      await harness.advance(QUICK_MS);
      await page.getByRole('radio', { name: '3', exact: true }).check();
      await shot(harness, page, 'after-checkin');
      await page.getByRole('button', { name: 'Finish' }).click();
      await expect(page.getByText('1 office day in a row')).toBeVisible();
      await shot(harness, page, 'finish');
    });

    test('right side, mirrored, and "this hurts"', async ({ harness }) => {
      const page = await openRoutine(harness, 'start:seated-decompression');
      await startPlaying(page, null);
      const timeline = expand(getRoutine('seated-decompression'));
      const right = timeline.findIndex((s) => s.side === 'right' && s.kind === 'hold');
      for (let i = 0; i < right; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByText('Right side', { exact: true })).toBeVisible();
      await harness.advance(12 * SEC);
      await expect(page.locator('.pose-figure g[transform]')).toHaveCount(1);
      await shot(harness, page, 'right-side');
      await page.getByRole('button', { name: 'Stop, this hurts' }).click();
      await expect(page.getByRole('heading', { name: 'Stop here' })).toBeVisible();
      await shot(harness, page, 'hurts');
    });

    test('a long timer: mat rest', async ({ harness }) => {
      const page = await openRoutine(harness, 'start:mat-rest');
      await startPlaying(page, null);
      await harness.advance(75 * SEC);
      await expect(stepTitle(page)).toHaveText('Slow breathing');
      await expect(countdown(page)).toHaveText('3:00');
      await shot(harness, page, 'mat-rest');
    });

    test('safety screens', async ({ start }) => {
      const harness = await start({
        startTime: START,
        colorScheme,
        settingsFileText: settingsText({ safetyAcknowledgedAt: null }),
      });
      harness.core.trayAction('start:partner-traction');
      const page = await harness.waitForWindow('safety');
      await page.setViewportSize(SAFETY_WINDOW);
      await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
      await harness.screenshot(page, `routine-safety-${colorScheme}`);
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'I understand, next' }).click();
      await page.getByRole('checkbox').first().check();
      await harness.screenshot(page, `routine-safety-partner-${colorScheme}`);
    });
  });
}
