import type { Page } from '@playwright/test';
import type { CueState } from '../../shared/posture/cueState';
import { DESK_CUES, POSTURE_CUES } from '../../shared/posture/postureCues';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Settings } from '../../shared/settings/schema';
import type { Harness } from '../harness/harness';
import { pressClosingKey } from '../harness/closingKey';
import { expect, test } from '../harness/fixtures';

const MIN = 60_000;
/** Monday 23 Nov 2026, 09:00 in the test process's zone: inside default office hours. */
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime();
/** The cue's window in the app (main/shell/windowOptions.ts). */
const CUE_WINDOW = { width: 360, height: 172 };

function settingsText(patch: Partial<Settings> = {}): string {
  return JSON.stringify({
    ...defaultSettings(),
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  });
}

async function cueAt(harness: Harness, at: number): Promise<Page> {
  await harness.setTo(at);
  const page = await harness.waitForWindow('cue');
  await page.setViewportSize(CUE_WINDOW);
  return page;
}

/** Nothing is cut off or needs scrolling in the cue's window. */
async function fits(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const root = document.documentElement;
    const main = document.querySelector('main');
    const inside = main ? main.scrollHeight <= main.clientHeight : false;
    return (
      inside && root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth
    );
  });
}

const cueEvents = (harness: Harness) =>
  harness.core.history.readAll().events.filter((e) => e.type === 'cue');

/** Shows `cue` in the open cue window the way main pushes one (the cueState event). */
async function pushCue(
  page: Page,
  cue: Pick<CueState & { status: 'open' }, 'kind' | 'cueId' | 'title' | 'body' | 'poseId'>,
  shownAt: number,
  sentAt: number,
): Promise<void> {
  const state: CueState = {
    status: 'open',
    ...cue,
    shownAt,
    closesAt: shownAt + 20_000,
    sound: false,
    sentAt,
  };
  await page.evaluate((s) => {
    const emit = (window as unknown as Record<string, (e: string, p: unknown) => void>)
      .__decompressEmit;
    emit?.('cueState', s);
  }, state);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the posture cue (${colorScheme})`, () => {
    test.use({
      harnessOptions: { startTime: MONDAY_9AM, settingsFileText: settingsText(), colorScheme },
    });

    test('after 20 min of active time a quiet cue opens, takes no focus, and closes by itself after 20 s', async ({
      harness,
    }) => {
      const page = await cueAt(harness, MONDAY_9AM + 20 * MIN);
      await expect(page.getByRole('heading', { name: 'Sit tall' })).toBeVisible();
      await expect(page.getByText('Feet flat, shoulders down and back, chin level.')).toBeVisible();
      await expect(page.getByText('General information, not medical advice.')).toBeVisible();
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await expect(page.getByTestId('cue-time').locator('div')).toHaveAttribute(
        'data-share',
        '1.00',
      );
      await expect.poll(() => fits(page)).toBe(true);
      await harness.screenshot(page, `cue-posture-${colorScheme}`);

      // Halfway, the bar shows half: it follows main's clock, not the page's own.
      await harness.advance(10_000);
      await expect(page.getByTestId('cue-time').locator('div')).toHaveAttribute(
        'data-share',
        '0.50',
      );
      await harness.advance(10_000);
      await harness.closed(page);
      expect(cueEvents(harness)).toMatchObject([{ kind: 'posture', outcome: 'expired' }]);
    });

    test('a cue with a drawing; once clicked into, Esc dismisses it', async ({ start }) => {
      // Every 10 minutes, so the second cue (the first with a drawing) comes at 09:20, well before the 09:45 break.
      const harness = await start({
        startTime: MONDAY_9AM,
        colorScheme,
        settingsFileText: settingsText({
          posture: { ...defaultSettings().posture, everyMinutes: 10 },
        }),
      });
      const first = await cueAt(harness, MONDAY_9AM + 10 * MIN);
      await harness.advance(20_000);
      await harness.closed(first);
      const page = await cueAt(harness, MONDAY_9AM + 20 * MIN);
      await expect(page.getByRole('heading', { name: 'Find the middle' })).toBeVisible();
      await expect(page.locator('svg[data-pose="seated-pelvic-tilt"]')).toBeVisible();
      await expect.poll(() => fits(page)).toBe(true);
      await harness.screenshot(page, `cue-posture-drawing-${colorScheme}`);
      await page.getByRole('heading').click();
      await pressClosingKey(page, 'Escape');
      await harness.closed(page);
      expect(cueEvents(harness).at(-1)).toMatchObject({
        cueId: 'pelvic-rock',
        outcome: 'dismissed',
      });
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the sit-stand rhythm (${colorScheme})`, () => {
    test.use({
      harnessOptions: {
        startTime: MONDAY_9AM,
        colorScheme,
        settingsFileText: settingsText({
          posture: { ...defaultSettings().posture, cues: false },
          standingDesk: { enabled: true, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
        }),
      },
    });

    test('"Time to stand up" after 20 min sitting, the break after 8 standing, then "Time to sit down"', async ({
      harness,
    }) => {
      const stand = await cueAt(harness, MONDAY_9AM + 20 * MIN);
      await expect(stand.getByRole('heading', { name: 'Time to stand up' })).toBeVisible();
      await expect(stand.locator('main')).toHaveAttribute('data-kind', 'stand');
      expect(await stand.evaluate(() => document.activeElement === document.body)).toBe(true);
      await expect.poll(() => fits(stand)).toBe(true);
      await harness.screenshot(stand, `cue-stand-${colorScheme}`);
      await stand.getByRole('button', { name: 'Done' }).click();
      await harness.closed(stand);

      // Sit 20 + stand 8: the break comes at 09:28, not after the 45-minute interval.
      await harness.setTo(MONDAY_9AM + 28 * MIN);
      const prompt = await harness.waitForWindow('prompt');
      await prompt.getByRole('button', { name: 'Skip' }).click();
      await harness.closed(prompt);

      const sit = await harness.waitForWindow('cue');
      await sit.setViewportSize(CUE_WINDOW);
      await expect(sit.getByRole('heading', { name: 'Time to sit down' })).toBeVisible();
      await expect(sit.locator('main')).toHaveAttribute('data-kind', 'sit');
      await expect.poll(() => fits(sit)).toBe(true);
      await harness.screenshot(sit, `cue-sit-${colorScheme}`);
      const history = harness.core.history.readAll().events;
      expect(history.filter((e) => e.type === 'standing')).toMatchObject([
        { startedAt: MONDAY_9AM + 20 * MIN, at: MONDAY_9AM + 28 * MIN },
      ]);
    });
  });
}

test.describe('the cue window', () => {
  test.use({ harnessOptions: { startTime: MONDAY_9AM, settingsFileText: settingsText() } });

  test('Done is recorded as done, and keyboard focus on it is visible', async ({ harness }) => {
    const page = await cueAt(harness, MONDAY_9AM + 20 * MIN);
    await page.getByRole('heading').click();
    await page.keyboard.press('Tab');
    const done = page.getByRole('button', { name: 'Done' });
    await expect(done).toBeFocused();
    await harness.screenshot(page, 'cue-posture-focus-light');
    await pressClosingKey(page, 'Enter');
    await harness.closed(page);
    expect(cueEvents(harness)).toMatchObject([{ cueId: 'sit-tall', outcome: 'done' }]);
  });

  test('every cue text, posture and desk, fits the window without clipping, with and without a drawing', async ({
    harness,
  }) => {
    const page = await cueAt(harness, MONDAY_9AM + 20 * MIN);
    await expect(page.getByRole('heading', { name: 'Sit tall' })).toBeVisible();
    const shownAt = harness.clock.now();
    // Each text is pushed to the open window the way main pushes a cue (the
    // cueState event): the core shows them one per 20 minutes, and this
    // checks the layout of all of them, in both themes' fonts alike.
    const texts = [...POSTURE_CUES, DESK_CUES.stand, DESK_CUES.sit];
    for (const [i, cue] of texts.entries()) {
      await pushCue(
        page,
        { kind: 'posture', cueId: cue.id, title: cue.title, body: cue.body, poseId: cue.poseId },
        shownAt,
        shownAt + i + 1,
      );
      await expect(page.getByRole('heading', { name: cue.title })).toBeVisible();
      expect({ cue: cue.id, fits: await fits(page) }).toEqual({ cue: cue.id, fits: true });
    }
  });
});
