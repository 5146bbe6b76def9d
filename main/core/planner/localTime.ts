import {
  WEEKDAYS,
  localDateFromParts,
  localDateOf,
  partsOfLocalDate,
  type LocalDate,
  type Weekday,
} from '../../../shared/time';

/**
 * Local calendar arithmetic in the process's time zone. Office hours and
 * session times are wall-clock times, so every conversion to an instant goes
 * through here, where the DST rules live.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The date `days` calendar days later (or earlier); pure calendar maths, no DST involved. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = partsOfLocalDate(date);
  return localDateFromParts(year, month, day + days);
}

export function weekdayOf(date: LocalDate): Weekday {
  const { year, month, day } = partsOfLocalDate(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  if (!weekday) throw new Error('unreachable: getUTCDay is 0-6');
  return weekday;
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
  const { year, month, day } = partsOfLocalDate(date);
  // Date resolves repeated times to the earlier instant, and gap times
  // forward by the gap's length (02:30 -> 03:30), which is too far.
  const naive = new Date(year, month - 1, day, 0, minutesOfDay).getTime();
  if (localDateOf(naive) === date && localMinutesOfDay(naive) === minutesOfDay) {
    return { at: naive, shifted: false };
  }
  let at = naive;
  // Walk back to the end of the gap: the first minute that reads later than asked.
  for (let i = 0; i < 180; i++) {
    const before = at - MINUTE;
    if (localDateOf(before) !== date || localMinutesOfDay(before) <= minutesOfDay) break;
    at = before;
  }
  return { at, shifted: true };
}

/** Local midnight at the start of the day after the one `epochMs` falls in. */
export function startOfNextLocalDay(epochMs: number): number {
  return atLocalTime(addDays(localDateOf(epochMs), 1), 0).at;
}

/** The UTC offset in minutes at an instant (east positive). */
function offsetAt(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset();
}

/** Far enough either side of an instant to hold any DST change near it (they shift by 1 h or less). */
export const OFFSET_CHANGE_MARGIN_MS = 3 * HOUR;

/** True when the zone's UTC offset is the same from `marginMs` before `epochMs` to `marginMs` after. */
export function offsetSteadyAround(epochMs: number, marginMs = OFFSET_CHANGE_MARGIN_MS): boolean {
  return offsetAt(epochMs - marginMs) === offsetAt(epochMs + marginMs);
}

/**
 * The first instant after `epochMs` that is steady again (see
 * {@link offsetSteadyAround}), for an instant that is not: the offset change
 * near it, found to the minute, plus the margin.
 */
export function endOfOffsetChange(epochMs: number): number {
  let lo = epochMs - OFFSET_CHANGE_MARGIN_MS;
  let hi = epochMs + OFFSET_CHANGE_MARGIN_MS;
  const before = offsetAt(lo);
  if (offsetAt(hi) === before) return epochMs;
  while (hi - lo > MINUTE) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi + OFFSET_CHANGE_MARGIN_MS;
}
