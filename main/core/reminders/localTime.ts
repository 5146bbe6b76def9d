import { WEEKDAYS, type Weekday } from '../../../shared/time';

/**
 * Local calendar arithmetic in the process's time zone. Office hours and
 * session times are wall-clock times, so every conversion to an instant goes
 * through here, where the DST rules live.
 */

/** A local calendar date; `month` is 0-11 as in Date. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE = 60_000;

export function localDateOf(epochMs: number): LocalDate {
  const d = new Date(epochMs);
  return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate() };
}

/** "2026-03-29": a stable key for "this session on this day". */
export function localDateKey(date: LocalDate): string {
  return `${date.year}-${String(date.month + 1).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The date `days` calendar days later (or earlier); pure calendar maths, no DST involved. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month, date.day)).getUTCDay()];
  if (!weekday) throw new Error('unreachable: getUTCDay is 0-6');
  return weekday;
}

function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Minutes after local midnight of an instant, 0-1439. */
export function localMinutesOfDay(epochMs: number): number {
  const d = new Date(epochMs);
  return d.getHours() * 60 + d.getMinutes();
}

export interface ResolvedLocalTime {
  at: number;
  /** True when the wall-clock time does not exist that day (DST spring-forward) and was moved later. */
  shifted: boolean;
}

/**
 * The instant a wall-clock time happens on a date. A time inside a
 * spring-forward gap resolves to the first valid minute after it (02:30 on a
 * 02:00 -> 03:00 day is 03:00); a time that happens twice on fall-back day
 * resolves to its first occurrence, so it happens once.
 */
export function atLocalTime(date: LocalDate, minutesOfDay: number): ResolvedLocalTime {
  // Date resolves repeated times to the earlier instant, and gap times
  // forward by the gap's length (02:30 -> 03:30), which is too far.
  const naive = new Date(date.year, date.month, date.day, 0, minutesOfDay).getTime();
  if (sameDate(localDateOf(naive), date) && localMinutesOfDay(naive) === minutesOfDay) {
    return { at: naive, shifted: false };
  }
  let at = naive;
  // Walk back to the end of the gap: the first minute that reads later than asked.
  for (let i = 0; i < 180; i++) {
    const before = at - MINUTE;
    if (!sameDate(localDateOf(before), date) || localMinutesOfDay(before) <= minutesOfDay) break;
    at = before;
  }
  return { at, shifted: true };
}

/** Local midnight at the start of the day after the one `epochMs` falls in. */
export function startOfNextLocalDay(epochMs: number): number {
  return atLocalTime(addDays(localDateOf(epochMs), 1), 0).at;
}
