import type { LocalDate } from '../../../shared/time';

const DAY_MS = 86_400_000;

/**
 * A local calendar day as a whole number (days since 1970-01-01 in local
 * terms). Counting whole numbers sidesteps DST: a 23- or 25-hour day is
 * still one step.
 */
export type DayNumber = number;

/** The local calendar day of an instant, in the process time zone. */
export function dayNumberOf(epochMs: number): DayNumber {
  const d = new Date(epochMs);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** The local date ("YYYY-MM-DD") of a day number. */
export function dateOfDayNumber(day: DayNumber): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week that holds `day` (weeks start on Monday). */
export function mondayOf(day: DayNumber): DayNumber {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 when Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return day - weekday;
}

/**
 * Maps instants to day numbers, remembering the last day's bounds: events
 * come in time order, so nearly every lookup in a pass over the log is a
 * comparison instead of a Date.
 */
export function createDayIndexer(): (epochMs: number) => DayNumber {
  let lo = 1;
  let hi = 0;
  let cached = 0;
  return (epochMs) => {
    if (epochMs >= lo && epochMs < hi) return cached;
    const d = new Date(epochMs);
    lo = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    hi = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    cached = Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
    return cached;
  };
}
