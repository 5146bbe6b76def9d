import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryEvent } from '../../shared/history/events';
import { generateHistory } from '../../main/core/history/testing/generateHistory';
import { HISTORY_FILE_NAME } from '../../main/core/history/historyLog';
import { expect, test } from '../harness/fixtures';

// Monday 23 November 2026, 17:00 in the test process's zone (the core's and Chromium's).
const NOW = new Date(2026, 10, 23, 17, 0).getTime();

/** A month of history in a fresh profile, with a rest day four days ago to end the streak there. */
function profileWithMonth(seed = 11): { dir: string; events: HistoryEvent[] } {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-e2e-history-'));
  const events = generateHistory({ endAt: NOW, days: 31, seed, restDays: [4] });
  writeFileSync(join(dir, HISTORY_FILE_NAME), events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  return { dir, events };
}

const localDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Completed routines per local day, counted here independently of the app's summary. */
function completedPerDay(events: readonly HistoryEvent[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const e of events)
    if (e.type === 'completed') days.set(localDate(e.at), (days.get(localDate(e.at)) ?? 0) + 1);
  return days;
}

/**
 * Office days in a row with a completed routine, ending today (or the day
 * before when today has none yet). The harness runs on the default office
 * hours, Monday to Friday: a Saturday or Sunday neither breaks nor extends
 * the run, whatever it holds.
 */
function expectedStreak(events: readonly HistoryEvent[]): number {
  const days = completedPerDay(events);
  const isOfficeDay = (d: Date) => d.getDay() !== 0 && d.getDay() !== 6;
  const cursor = new Date(NOW);
  if (!days.has(localDate(cursor.getTime()))) cursor.setDate(cursor.getDate() - 1);
  let streak = 0;
  for (let i = 0; i < 60; i++) {
    if (isOfficeDay(cursor)) {
      if (!days.has(localDate(cursor.getTime()))) break;
      streak++;
    }
    cursor.setDate(cursor.getDate() - 1);
  }
  return streak;
}

test.describe('history window', () => {
  test('shows a generated month: the streak, 28 bars that match the log, and the pain trend', async ({
    start,
  }) => {
    const { dir, events } = profileWithMonth();
    const harness = await start({ userDataDir: dir, startTime: NOW });
    const page = await harness.openWindow('history');

    const streak = expectedStreak(events);
    expect(streak).toBeGreaterThan(0);
    expect(streak).toBeLessThanOrEqual(4);
    await expect(page.getByTestId('streak-days')).toHaveText(String(streak));

    const bars = page.getByTestId('bar');
    await expect(bars).toHaveCount(28);
    const perDay = completedPerDay(events);
    const drawn = await bars.evaluateAll((rects) =>
      rects.map(
        (r) => [r.getAttribute('data-date'), Number(r.getAttribute('data-count'))] as const,
      ),
    );
    expect(drawn[27]?.[0]).toBe(localDate(NOW));
    for (const [date, count] of drawn) expect(count, date ?? '').toBe(perDay.get(date ?? '') ?? 0);
    // The rest day is an empty bar.
    const restDay = new Date(NOW);
    restDay.setDate(restDay.getDate() - 4);
    expect(drawn.find(([date]) => date === localDate(restDay.getTime()))?.[1]).toBe(0);

    const today = events.filter(
      (e) => e.type === 'completed' && localDate(e.at) === localDate(NOW),
    );
    await expect(page.getByTestId('today').locator('.stat__number')).toContainText(
      String(today.length),
    );
    await expect(page.getByTestId('pain-chart').getByTestId('pain-after').first()).toBeVisible();
    await expect(page.getByTestId('recent-events').locator('tbody tr')).toHaveCount(12);
    await page.getByRole('button', { name: 'Show all 40' }).click();
    await expect(page.getByTestId('recent-events').locator('tbody tr')).toHaveCount(40);
  });

  test('exports the whole history as CSV through the save dialog', async ({ start }) => {
    const { dir, events } = profileWithMonth(12);
    const harness = await start({ userDataDir: dir, startTime: NOW });
    const page = await harness.openWindow('history');
    const target = join(dir, 'my-history.csv');
    harness.dialogs.savePath = target;
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await expect(page.getByText(`Saved ${events.length} events to my-history.csv.`)).toBeVisible();
    const lines = readFileSync(target, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'date,time,event,routine,detail,duration_minutes,pain_before,pain_after,utc',
    );
    expect(lines).toHaveLength(events.length + 1);
  });

  test('updates while open when the core records an event', async ({ harness }) => {
    const page = await harness.openWindow('history');
    await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
    harness.core.history.append({
      type: 'completed',
      at: harness.clock.now(),
      routineId: 'standing-desk-reset',
      startedAt: harness.clock.now() - 180_000,
      painBefore: 4,
      painAfter: 2,
      skippedSteps: 0,
    });
    await expect(page.getByTestId('streak-days')).toHaveText('1');
    await expect(page.getByTestId('recent-events')).toContainText('Standing desk reset');
    await expect(page.getByTestId('recent-events')).toContainText('pain 4 → 2');
  });

  test('says so, once, when the log ended with a torn line, and keeps what came before', async ({
    start,
  }) => {
    const { dir, events } = profileWithMonth(13);
    writeFileSync(
      join(dir, HISTORY_FILE_NAME),
      `${readFileSync(join(dir, HISTORY_FILE_NAME), 'utf8')}{"type":"comp`,
    );
    const harness = await start({ userDataDir: dir, startTime: NOW });
    const page = await harness.openWindow('history');
    await expect(page.getByTestId('notice-history-torn-line')).toContainText('interrupted');
    await expect(page.getByText(`${events.length} events recorded`)).toBeVisible();
  });
});

test.describe('history window screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a month of history in ${colorScheme}`, async ({ start }) => {
      const { dir } = profileWithMonth();
      const harness = await start({ userDataDir: dir, startTime: NOW, colorScheme });
      const page = await harness.openWindow('history');
      await expect(page.getByTestId('bar')).toHaveCount(28);
      await harness.screenshot(page, `history-month-${colorScheme}`);
    });

    test(`an empty history in ${colorScheme}`, async ({ start }) => {
      const harness = await start({ startTime: NOW, colorScheme });
      const page = await harness.openWindow('history');
      await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
      await harness.screenshot(page, `history-empty-${colorScheme}`);
    });
  }
});
