import type { Page } from '@playwright/test';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Settings } from '../../shared/settings/schema';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';
import { duePromptAt, expectToFit } from '../harness/promptWindow';

const MIN = 60_000;
/** Monday 23 Nov 2026, 09:00 in the test process's zone: inside default office hours. */
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime();
/** The first reminder (09:45) and the prompt it opens. */
const duePrompt = (harness: Harness): Promise<Page> => duePromptAt(harness, MONDAY_9AM + 45 * MIN);

function settingsText(patch: Partial<Settings> = {}): string {
  // A 5-minute routine by default, so a shorter one (the 2-minute reset) can be offered.
  return JSON.stringify({
    ...defaultSettings(),
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    defaultRoutineId: 'seated-decompression',
    ...patch,
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`snooze can offer less (${colorScheme})`, () => {
    test.use({
      harnessOptions: { startTime: MONDAY_9AM, settingsFileText: settingsText(), colorScheme },
    });

    test('the prompt offers the 2-minute reset; after a snooze it offers it once more for 15 s, then closes', async ({
      harness,
    }) => {
      const page = await duePrompt(harness);
      await expect(page.getByText('Seated decompression · about 5 min')).toBeVisible();
      await expect(page.getByRole('button', { name: 'or the 2-minute reset' })).toBeVisible();
      await expectToFit(page);
      await harness.screenshot(page, `prompt-shortest-${colorScheme}`);

      await page.getByRole('button', { name: /^Snooze/ }).click();
      await expect(
        page.getByRole('heading', { name: 'Not now? A 2-minute quick seated reset instead' }),
      ).toBeVisible();
      await expect(page.getByText('Snoozed until 09:50. This closes by itself.')).toBeVisible();
      expect((await page.getByRole('button').allTextContents()).map((t) => t.trim())).toEqual([
        'Start it',
      ]);
      await expectToFit(page);
      await harness.screenshot(page, `prompt-snooze-offer-${colorScheme}`);
      expect(harness.core.history.readAll().events.map((e) => e.type)).toEqual([
        'cue',
        'prompted',
        'snoozed',
      ]);

      await harness.advance(15_000);
      await harness.closed(page);
    });
  });
}

test.describe('snooze can offer less: one click', () => {
  test.use({ harnessOptions: { startTime: MONDAY_9AM, settingsFileText: settingsText() } });

  test('"Start it" on the offer starts the shorter routine; the snooze already counted', async ({
    harness,
  }) => {
    const page = await duePrompt(harness);
    await page.getByRole('button', { name: /^Snooze/ }).click();
    await page.getByRole('button', { name: 'Start it' }).click();
    await harness.closed(page);
    await harness.waitForWindow('routine');
    const events = harness.core.history.readAll().events.filter((e) => e.type !== 'cue');
    expect(events.map((e) => e.type)).toEqual(['prompted', 'snoozed', 'started']);
    expect(events[2]).toMatchObject({ routineId: 'quick-seated-reset', source: 'prompt' });
  });
});
