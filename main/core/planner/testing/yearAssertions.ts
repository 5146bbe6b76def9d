import { expect } from 'vitest';
import type { YearResult } from './yearSimulation';

/** Timer callbacks in the whole process over a DST night, planner and node-cron together. */
export const MAX_WAKE_UPS_OVER_A_DST_NIGHT = 24;

/** What every zone's simulated year must show; prints the counts for the record when asked. */
export function expectAYearDoneRight(year: YearResult): void {
  if (process.env.REPORT_YEAR) {
    const { history, ...rest } = year;
    console.info(JSON.stringify({ ...rest, history: `${history.length} events` }, null, 1));
  }
  expect(year.days).toBe(365);
  for (const [id, tally] of Object.entries(year.sessions)) {
    expect({ id, wrongDays: tally.wrongDays, wrongTimes: tally.wrongTimes }).toEqual({
      id,
      wrongDays: [],
      wrongTimes: [],
    });
    expect({ id, disagreements: tally.disagreements }).toEqual({ id, disagreements: [] });
    expect(tally.fired).toBe(tally.due);
    // node-cron fires all but the few the planner takes near an offset change.
    expect(tally.byNodeCron).toBeGreaterThanOrEqual(tally.due - 4);
  }
  expect(year.sessions.morning?.due).toBe(year.workdays);
  expect(year.sessions['night-0230']?.due).toBe(year.days);
  expect(year.missedSessions).toBe(0);
  expect(year.warnings).toEqual([]);
  expect(year.wakeUpsOverNight.springForward).toBeLessThanOrEqual(MAX_WAKE_UPS_OVER_A_DST_NIGHT);
  expect(year.wakeUpsOverNight.fallBack).toBeLessThanOrEqual(MAX_WAKE_UPS_OVER_A_DST_NIGHT);
  expect(year.intervalPrompts).toBeGreaterThan(year.workdays * 5);
  expect(year.intervalPromptsOutsideOfficeHours).toBe(0);
  expect(year.shortestGapMinutes).toBeGreaterThanOrEqual(45);
  // Lunch is the only natural break; the 4.5-minute pause each morning is not one.
  expect(year.naturalBreaks).toBe(year.workdays);
  // 14 for the reminders alone; posture cues (on by default) add about one an
  // hour (their mark folds the idle sample; their close is one more): see the bench.
  expect(year.wakeUpsPerOfficeHour).toBeLessThanOrEqual(16);
  expect(year.wakeUpsPerOtherHour).toBeLessThanOrEqual(4);
}
