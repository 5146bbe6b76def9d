import { expect } from 'vitest';
import type { Settings } from '../../../../shared/settings/schema';
import { WEEKDAYS } from '../../../../shared/time';
import { createRig } from './engineRig';
import type { YearResult } from './yearSimulation';

/** What every zone's simulated year must show; prints the counts for the record when asked. */
export function expectAYearDoneRight(year: YearResult, zone: string): void {
  if (process.env.REPORT_YEAR) {
    console.info(
      zone,
      JSON.stringify({ ...year, history: `${year.history.length} events` }, null, 1),
    );
  }
  expect(new Date(2026, 5, 1).getTimezoneOffset()).not.toBe(
    new Date(2026, 0, 1).getTimezoneOffset(),
  );
  for (const [id, tally] of Object.entries(year.sessions)) {
    expect({ id, wrongDays: tally.wrongDays }).toEqual({ id, wrongDays: [] });
    expect(tally.fired).toBe(tally.due);
  }
  expect(year.sessions.morning?.due).toBe(year.workdays);
  expect(year.sessions['small-hours-b']?.due).toBe(year.days);
  // The 02:30 session meets the spring-forward gap once a year and fires at its end.
  expect(year.shiftedFirings).toHaveLength(1);
  for (const f of year.shiftedFirings) expect(f.firedAt).toBe(f.expectedAt);
  expect(year.missedSessions).toBe(0);
  expect(year.intervalPrompts).toBeGreaterThan(year.workdays * 5);
  expect(year.intervalPromptsOutsideOfficeHours).toBe(0);
  expect(year.shortestGapMinutes).toBeGreaterThanOrEqual(45);
  // Lunch is the only natural break; the 4.5-minute pause each morning is not one.
  expect(year.naturalBreaks).toBe(year.workdays);
  expect(year.wakeUpsPerOfficeHour).toBeLessThanOrEqual(14);
  expect(year.wakeUpsPerOtherHour).toBeLessThanOrEqual(4);
}

/** A local date as [year, month 1-12, day]. */
type Ymd = [number, number, number];

const sessionAt = (time: string): Partial<Settings> => ({
  sessions: [
    {
      id: 'night',
      name: 'Night',
      time,
      weekdays: [...WEEKDAYS],
      routineId: 'mat-rest',
      enabled: true,
    },
  ],
});

/**
 * Spring-forward: node-cron skips the missing minute, the planner fires the
 * session at the first valid minute after it. Fall-back: even a scheduler
 * firing at both occurrences of the repeated minute yields one session.
 */
export function expectDstRules(
  spring: { date: Ymd; time: string; firesAt: string },
  fall: { date: Ymd; time: string },
): void {
  const [sy, sm, sd] = spring.date;
  const gap = createRig({
    start: new Date(sy, sm - 1, sd - 1).getTime(),
    settings: sessionAt(spring.time),
  });
  gap.clock.setTo(new Date(sy, sm - 1, sd + 1).getTime());
  const onTheDay = (t: number) => new Date(t).getDate() === sd;
  expect(gap.cron.tasks[0]?.fired.filter(onTheDay)).toEqual([]);
  const [fh, fm] = spring.firesAt.split(':').map(Number);
  expect(
    gap
      .events('prompted')
      .filter((e) => onTheDay(e.at))
      .map((e) => e.at),
  ).toEqual([new Date(sy, sm - 1, sd, fh, fm).getTime()]);

  const [fy, fmo, fd] = fall.date;
  const twice = createRig({
    start: new Date(fy, fmo - 1, fd - 1).getTime(),
    settings: sessionAt(fall.time),
    fallBack: 'twice',
  });
  twice.clock.setTo(new Date(fy, fmo - 1, fd + 1).getTime());
  const onFallDay = (t: number) => new Date(t).getDate() === fd;
  const fired = twice.cron.tasks[0]?.fired.filter(onFallDay) ?? [];
  expect(fired).toHaveLength(2);
  expect(fired[1]).toBe((fired[0] ?? 0) + 60 * 60_000);
  expect(twice.events('prompted').filter((e) => onFallDay(e.at))).toHaveLength(1);
}
