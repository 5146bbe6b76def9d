import type { Page } from '@playwright/test';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Settings } from '../../shared/settings/schema';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';
import { pressClosingKey } from '../harness/closingKey';
import { QUIET_PROMPT, duePromptAt, expectToFit } from '../harness/promptWindow';

const MIN = 60_000;
/** Monday 23 Nov 2026, 09:00 in the test process's zone: inside default office hours. */
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime();
/** The first reminder (09:45) and the prompt it opens. */
const duePrompt = (harness: Harness): Promise<Page> => duePromptAt(harness, MONDAY_9AM + 45 * MIN);
/** The escalated prompt's window in the app (main/shell/windowOptions.ts). */
const RAISED = { width: 560, height: 340 };

function settingsText(patch: Partial<Settings> = {}): string {
  // Safety acknowledged, so Start goes straight to the routine.
  return JSON.stringify({
    ...defaultSettings(),
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  });
}

/** The reminders' own history: the posture cue at 09:20 (on by default) is e2e/specs/cue.spec.ts's business. */
const historyTypes = (harness: Harness) =>
  harness.core.history
    .readAll()
    .events.filter((e) => e.type !== 'cue')
    .map((e) => e.type);

test.describe('reminders: the prompt', () => {
  test.use({ harnessOptions: { startTime: MONDAY_9AM, settingsFileText: settingsText() } });

  test('a due reminder opens the prompt; Snooze, then Start, reach history', async ({
    harness,
  }) => {
    await harness.advance(44 * MIN + 30_000);
    expect(harness.record.notifications.map((n) => n.title)).toEqual(['Break in 30 seconds']);
    expect(harness.record.windowsOpened.some((w) => w.route === 'prompt')).toBe(false);

    const page = await duePrompt(harness);
    await expect(page.getByRole('heading', { name: 'Time for a break' })).toBeVisible();
    await expect(page.getByTestId('since-last-break')).toHaveText('Working for 45 min');
    await expect(page.getByText('Quick seated reset · about 2 min')).toBeVisible();
    const tray = harness.record.trayModels.at(-1);
    expect(tray?.icon).toBe('due');
    expect(tray?.tooltip).toBe('Decompress: Time for a break');

    await page.getByRole('button', { name: 'Snooze (3 left)' }).click();
    await harness.closed(page);
    expect(historyTypes(harness)).toEqual(['prompted', 'snoozed']);
    expect(harness.record.trayModels.at(-1)?.tooltip).toBe('Decompress: Snoozed until 09:50');

    await harness.advance(5 * MIN);
    const again = await harness.waitForWindow('prompt');
    await expect(again.getByRole('button', { name: 'Snooze (2 left)' })).toBeVisible();
    await again.getByRole('button', { name: 'Start' }).click();
    await harness.closed(again);
    await harness.waitForWindow('routine');

    const events = harness.core.history.readAll().events.filter((e) => e.type !== 'cue');
    expect(events.map((e) => e.type)).toEqual(['prompted', 'snoozed', 'prompted', 'started']);
    expect(events[1]).toMatchObject({ snoozeCount: 1, until: MONDAY_9AM + 50 * MIN });
    expect(events[3]).toMatchObject({ routineId: 'quick-seated-reset', source: 'prompt' });
  });

  test('the prompt never takes focus; once in it, Esc snoozes and Enter starts', async ({
    harness,
  }) => {
    const page = await duePrompt(harness);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await pressClosingKey(page, 'Escape');
    await harness.closed(page);
    await harness.advance(5 * MIN);
    const again = await harness.waitForWindow('prompt');
    await expect(again.getByRole('button', { name: 'Start' })).toBeVisible();
    await pressClosingKey(again, 'Enter');
    await harness.closed(again);
    await harness.waitForWindow('routine');
    expect(historyTypes(harness)).toEqual(['prompted', 'snoozed', 'prompted', 'started']);
  });

  test('a reloaded prompt shows the same state: main owns it', async ({ harness }) => {
    const page = await duePrompt(harness);
    await harness.advance(2 * MIN);
    await expect(page.locator('[data-escalation="1"]')).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-escalation="1"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Snooze (3 left)' })).toBeVisible();
  });
});

test.describe('reminders: a skipped break comes back once', () => {
  test.use({
    harnessOptions: {
      startTime: MONDAY_9AM,
      settingsFileText: settingsText({
        posture: { ...defaultSettings().posture, cues: false },
      }),
    },
  });

  test('skipped at 09:45, it returns at 10:30 and says so; skipped again, 11:15 is an ordinary break', async ({
    harness,
  }) => {
    const first = await duePrompt(harness);
    await expect(first.getByRole('heading', { name: 'Time for a break' })).toBeVisible();
    await first.getByRole('button', { name: 'Skip' }).click();
    await harness.closed(first);

    const returned = await duePromptAt(harness, MONDAY_9AM + 90 * MIN);
    await expect(
      returned.getByRole('heading', { name: 'The break you skipped earlier' }),
    ).toBeVisible();
    await expectToFit(returned);
    await harness.screenshot(returned, 'prompt-returned-light');
    await returned.getByRole('button', { name: 'Skip' }).click();
    await harness.closed(returned);

    const next = await duePromptAt(harness, MONDAY_9AM + 135 * MIN);
    await expect(next.getByRole('heading', { name: 'Time for a break' })).toBeVisible();
    const prompted = harness.core.history.readAll().events.filter((e) => e.type === 'prompted');
    expect(prompted).toMatchObject([
      { at: MONDAY_9AM + 45 * MIN },
      { at: MONDAY_9AM + 90 * MIN, returned: true },
      { at: MONDAY_9AM + 135 * MIN },
    ]);
    expect(prompted[2]).not.toHaveProperty('returned');
  });
});

test.describe('reminders: strict mode', () => {
  test.use({
    harnessOptions: {
      startTime: MONDAY_9AM,
      settingsFileText: settingsText({ nagLevel: 'strict' }),
    },
  });

  test('no Skip, and one snooze only', async ({ harness }) => {
    const page = await duePrompt(harness);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skip' })).toHaveCount(0);
    await expectToFit(page);
    await harness.screenshot(page, 'prompt-strict-light');
    await page.getByRole('button', { name: 'Snooze (1 left)' }).click();
    await harness.closed(page);
    await harness.advance(5 * MIN);
    const again = await harness.waitForWindow('prompt');
    await again.setViewportSize(QUIET_PROMPT);
    await expect(again.getByRole('button', { name: 'No snoozes left' })).toBeDisabled();
    await again.keyboard.press('Escape');
    // A round trip through the core, behind any call the key could have made.
    await again.evaluate(() => window.decompress.getPromptState());
    expect(again.isClosed()).toBe(false);
    expect(historyTypes(harness)).toEqual(['prompted', 'snoozed', 'prompted']);
    await harness.screenshot(again, 'prompt-strict-no-snoozes-light');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`reminders: escalation levels (${scheme})`, () => {
    test.use({
      harnessOptions: {
        startTime: MONDAY_9AM,
        settingsFileText: settingsText(),
        colorScheme: scheme,
      },
    });

    test('quiet, raised, insistent', async ({ harness }) => {
      const page = await duePrompt(harness);
      await expect(page.locator('[data-escalation="0"]')).toBeVisible();
      await expectToFit(page);
      await harness.screenshot(page, `prompt-level0-${scheme}`);

      await harness.advance(2 * MIN);
      await page.setViewportSize(RAISED);
      await expect(page.locator('[data-escalation="1"]')).toBeVisible();
      await expect(page.getByText('Enter starts, Esc snoozes for 5 min.')).toBeVisible();
      await expectToFit(page);
      await harness.screenshot(page, `prompt-level1-${scheme}`);

      await harness.advance(2 * MIN);
      await expect(page.locator('[data-escalation="2"]')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your back is still waiting' })).toBeVisible();
      await expectToFit(page);
      await harness.screenshot(page, `prompt-level2-${scheme}`);

      const escalated = harness.record.windowsOpened.filter((w) => w.route === 'prompt');
      expect(escalated.map((w) => w.escalated)).toEqual([false, true, true]);
    });
  });
}

test.describe('reminders: a session prompt', () => {
  // The default morning session, switched on.
  const sessions = defaultSettings().sessions.map((s) => ({ ...s, enabled: s.id === 'morning' }));
  test.use({
    harnessOptions: {
      startTime: new Date(2026, 10, 23, 7, 0).getTime(),
      settingsFileText: settingsText({ sessions }),
    },
  });

  test('fires from the cron task with its own routine', async ({ harness }) => {
    expect(harness.record.trayModels.at(-1)?.tooltip).toBe(
      'Decompress: Outside office hours: next session Morning at 07:30',
    );
    const task = harness.cronTasks.find((t) => !t.stopped);
    expect(task?.expression).toBe('30 7 * * 1,2,3,4,5');
    await harness.advance(30 * MIN);
    task?.task();
    const page = await harness.waitForWindow('prompt');
    await page.setViewportSize(QUIET_PROMPT);
    await expect(page.getByRole('heading', { name: 'Morning session' })).toBeVisible();
    await expect(page.getByText('Morning mobility · about 8 min')).toBeVisible();
    // Outside office hours nothing was counted: no "working for" line.
    await expect(page.getByTestId('since-last-break')).toHaveCount(0);
    await expectToFit(page);
    await harness.screenshot(page, 'prompt-session-light');
    await page.getByRole('button', { name: 'Start' }).click();
    await harness.closed(page);
    await harness.waitForWindow('routine');
    const events = harness.core.history.readAll().events;
    expect(events.at(-1)).toMatchObject({
      type: 'started',
      routineId: 'morning-mobility',
      source: 'session',
    });
  });
});
