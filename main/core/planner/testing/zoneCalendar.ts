/**
 * Expectations for the year tests from an independent source: each zone's
 * 2027 UTC offsets written out by hand (from the tz database's rules, checked
 * against Intl below), and Intl.DateTimeFormat to read instants back as local
 * time. Nothing here uses the planner's own local-time code.
 */

const MINUTE = 60_000;

export interface ZoneYear {
  zone: string;
  year: number;
  /** UTC offset in minutes before the first change, and each change after it. */
  offsets: { from: number; minutes: number }[];
  /** The spring-forward day and the fall-back day, as local dates. */
  springForward: string;
  fallBack: string;
}

export const ZONES_2027 = {
  'Europe/Berlin': {
    zone: 'Europe/Berlin',
    year: 2027,
    offsets: [
      { from: -Infinity, minutes: 60 },
      { from: Date.parse('2027-03-28T01:00:00Z'), minutes: 120 },
      { from: Date.parse('2027-10-31T01:00:00Z'), minutes: 60 },
    ],
    springForward: '2027-03-28',
    fallBack: '2027-10-31',
  },
  'Australia/Sydney': {
    zone: 'Australia/Sydney',
    year: 2027,
    offsets: [
      { from: -Infinity, minutes: 660 },
      { from: Date.parse('2027-04-03T16:00:00Z'), minutes: 600 },
      { from: Date.parse('2027-10-02T16:00:00Z'), minutes: 660 },
    ],
    springForward: '2027-10-03',
    fallBack: '2027-04-04',
  },
  'America/New_York': {
    zone: 'America/New_York',
    year: 2027,
    offsets: [
      { from: -Infinity, minutes: -300 },
      { from: Date.parse('2027-03-14T07:00:00Z'), minutes: -240 },
      { from: Date.parse('2027-11-07T06:00:00Z'), minutes: -300 },
    ],
    springForward: '2027-03-14',
    fallBack: '2027-11-07',
  },
} satisfies Record<string, ZoneYear>;

function offsetAt(z: ZoneYear, at: number): number {
  let minutes = z.offsets[0]?.minutes ?? 0;
  for (const o of z.offsets) if (at >= o.from) minutes = o.minutes;
  return minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Local date and time of an instant in the zone, as Intl reads it. */
export function readLocal(
  zone: string,
  at: number,
): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday,
  };
}

/**
 * When "HH:MM on this local date" happens: the first of two instants on a
 * fall-back day, the moment the clocks jump for a time inside the gap.
 */
export function expectedInstant(z: ZoneYear, date: string, hhmm: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, min = 0] = hhmm.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  const readsBack = [...new Set(z.offsets.map((o) => o.minutes))]
    .map((minutes) => ({ minutes, at: wall - minutes * MINUTE }))
    .filter((c) => offsetAt(z, c.at) === c.minutes)
    .map((c) => c.at)
    .sort((a, b) => a - b);
  const first = readsBack[0];
  if (first !== undefined) return first;
  // In the gap: the change itself is the first valid minute after it.
  const change = z.offsets.find(
    (o) => o.from > wall - 24 * 60 * MINUTE && o.from < wall + 24 * 60 * MINUTE,
  );
  if (!change) throw new Error(`${hhmm} on ${date} neither exists nor lies in a gap`);
  return change.from;
}

/** Every local date of the year, in order. */
export function datesOfYear(year: number): string[] {
  const dates: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 24 * 60 * MINUTE) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/** Weekday of a date, 0 = Sunday, by calendar arithmetic. */
export function weekdayOfDate(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Inside default office hours (Monday to Friday, 09:00-17:30), read with Intl. */
export function inDefaultOfficeHours(zone: string, at: number): boolean {
  const local = readLocal(zone, at);
  return local.weekday >= 1 && local.weekday <= 5 && local.time >= '09:00' && local.time < '17:30';
}
