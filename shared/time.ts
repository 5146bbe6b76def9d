/** Weekday keys in JavaScript's Date#getDay order (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Weekdays in the order people read a week in settings (Monday first). */
export const WEEKDAYS_MONDAY_FIRST: readonly Weekday[] = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** Matches a 24-hour local time "HH:MM" from 00:00 to 23:59. */
export const HHMM_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight for a valid "HH:MM"; throws on anything else. */
export function minutesOfDay(hhmm: string): number {
  const match = HHMM_PATTERN.exec(hhmm);
  if (!match) throw new Error(`"${hhmm}" is not a time of day (expected HH:MM, 00:00-23:59)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "HH:MM" for a count of minutes after midnight (0-1439). */
export function formatMinutesOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/**
 * A local calendar day, "YYYY-MM-DD", in the process's time zone: the one
 * date type of the app (history days, session days, office days).
 */
export type LocalDate = string;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant. */
export function localDateOf(epochMs: number): LocalDate {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** Year, month (1-12) and day of a LocalDate; throws on anything that is not one. */
export function partsOfLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`"${date}" is not a local date (expected YYYY-MM-DD)`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The LocalDate of a year, month (1-12) and day; pure calendar maths, days may overflow. */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
