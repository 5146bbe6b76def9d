// Over 300 lines on purpose: RFC 5545's RRULE expansion (FREQ, BYxxx, COUNT,
// UNTIL) is one algorithm whose steps depend on each other; it is kept whole
// so it can be read against the RFC's table of expansions and limits.
import { readJcalTime } from './jcal';
import { DAY_MS, fieldsFromWall, type WallMs } from './wallClock';

/**
 * RRULE expansion, written for a window rather than from DTSTART onwards.
 *
 * ical.js parses the rule; expanding it is done here because ical.js's
 * iterator steps from DTSTART one occurrence at a time (tens to hundreds of
 * microseconds each, so years of a weekly meeting cost milliseconds per
 * event), never returns for rules with no occurrence
 * (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), turns "February 30" into 2 March,
 * and mishandles BYWEEKNO. Here each period (year, month, week, day, hour,
 * minute, second) is built directly from the rule parts following the table
 * in RFC 5545 3.3.10, so only the periods that touch the window are visited,
 * dates that do not exist are never produced, and every loop is bounded.
 */

export type Frequency =
  'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** A BYDAY entry: weekday 0 = Sunday ... 6 = Saturday; nth 0 = every, 2 = second, -1 = last. */
export interface WeekdayNum {
  weekday: number;
  nth: number;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count: number | null;
  /** Inclusive. An instant when UNTIL was UTC; a wall time otherwise. */
  until: { kind: 'instant'; at: number } | { kind: 'wall'; wall: WallMs } | null;
  /** Week start, 0 = Sunday (RFC default Monday = 1). */
  wkst: number;
  byMonth: number[];
  byWeekNo: number[];
  byYearDay: number[];
  byMonthDay: number[];
  byDay: WeekdayNum[];
  byHour: number[];
  byMinute: number[];
  bySecond: number[];
  bySetPos: number[];
}

/** The rule needs more periods than any calendar does (FREQ=SECONDLY over days, a huge COUNT). */
export class RepetitionLimitError extends Error {
  constructor(readonly periods: number) {
    super(`a repetition rule needed more than ${periods} periods`);
  }
}

const FREQUENCIES = new Set<string>([
  'SECONDLY',
  'MINUTELY',
  'HOURLY',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'YEARLY',
]);
const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

function numberPart(value: unknown, min: number, max: number, zeroAllowed = false): number[] {
  return list(value)
    .map(Number)
    .filter(
      (n) =>
        Number.isInteger(n) && Math.abs(n) >= min && Math.abs(n) <= max && (zeroAllowed || n !== 0),
    );
}

function dayPart(value: unknown): WeekdayNum[] {
  const out: WeekdayNum[] = [];
  for (const raw of list(value)) {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/i.exec(String(raw).trim());
    const weekday = match ? WEEKDAYS[(match[2] ?? '').toUpperCase()] : undefined;
    if (!match || weekday === undefined) continue;
    const nth = match[1] ? Number(match[1]) : 0;
    if (Math.abs(nth) <= 53) out.push({ weekday, nth });
  }
  return out;
}

function weekStart(value: unknown): number {
  // ical.js writes WKST as a number from Sunday = 1; a raw "SU".."SA" is read too.
  if (typeof value === 'number' && value >= 1 && value <= 7) return value - 1;
  if (typeof value === 'string') return WEEKDAYS[value.toUpperCase()] ?? 1;
  return 1;
}

/**
 * Reads an RRULE as ical.js's parser leaves it in jCal (an object of
 * lower-case parts). `startIsDate`: DTSTART is a DATE (all-day). Throws for a
 * rule without a known FREQ; parts out of range are ignored.
 */
export function readRule(recur: Record<string, unknown>, startIsDate: boolean): RecurrenceRule {
  const freq = typeof recur.freq === 'string' ? recur.freq.toUpperCase() : '';
  if (!FREQUENCIES.has(freq)) throw new Error(`unknown FREQ ${freq.slice(0, 20)}`);
  let until: RecurrenceRule['until'] = null;
  const u = readJcalTime(recur.until);
  if (u?.utc) {
    until = { kind: 'instant', at: u.wall };
  } else if (u?.isDate) {
    // A DATE until with a timed start (common, though RFC 5545 asks for a
    // UTC DATE-TIME) includes that whole day.
    until = { kind: 'wall', wall: startIsDate ? u.wall : u.wall + DAY_MS - 1000 };
  } else if (u) {
    until = { kind: 'wall', wall: u.wall };
  }
  const interval = Number(recur.interval ?? 1);
  const count = Number(recur.count ?? 0);
  return {
    freq: freq as Frequency,
    interval: Number.isInteger(interval) && interval >= 1 ? interval : 1,
    count: Number.isInteger(count) && count > 0 ? count : null,
    until,
    wkst: weekStart(recur.wkst),
    byMonth: numberPart(recur.bymonth, 1, 12).filter((n) => n > 0),
    byWeekNo: numberPart(recur.byweekno, 1, 53),
    byYearDay: numberPart(recur.byyearday, 1, 366),
    byMonthDay: numberPart(recur.bymonthday, 1, 31),
    byDay: dayPart(recur.byday),
    byHour: numberPart(recur.byhour, 0, 23, true).filter((n) => n >= 0),
    byMinute: numberPart(recur.byminute, 0, 59, true).filter((n) => n >= 0),
    bySecond: numberPart(recur.bysecond, 0, 60, true).filter((n) => n >= 0 && n < 60),
    bySetPos: numberPart(recur.bysetpos, 1, 366),
  };
}

// --- calendar arithmetic on day numbers (days since 1970-01-01, a Thursday) ---

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const dayNumber = (wall: WallMs) => Math.floor(wall / DAY_MS);
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

interface DayFacts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  yearDay: number;
}

/** Civil date of a day number, without allocating a Date (H. Hinnant's days-to-civil). */
function factsOfDay(n: number): DayFacts {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day, weekday: weekdayOf(n), yearDay: n - dayOf(year, 1, 1) + 1 };
}

/** RFC 5545 week numbers: weeks start on `wkst`; week 1 has at least four days of the year. */
export function weekNumber(n: number, wkst: number): { week: number; weeksInYear: number } {
  const weekStart = n - ((weekdayOf(n) - wkst + 7) % 7);
  const weekYear = new Date((weekStart + 3) * DAY_MS).getUTCFullYear();
  const firstWeek = (year: number) => {
    const jan1 = dayOf(year, 1, 1);
    const lead = (weekdayOf(jan1) - wkst + 7) % 7;
    return jan1 - lead + (lead >= 4 ? 7 : 0);
  };
  const first = firstWeek(weekYear);
  return {
    week: Math.floor((weekStart - first) / 7) + 1,
    weeksInYear: (firstWeek(weekYear + 1) - first) / 7,
  };
}

const matchesSigned = (values: readonly number[], value: number, length: number) =>
  values.some((v) => (v > 0 ? v : length + 1 + v) === value);

/** The rule parts with the defaults RFC 5545 takes from DTSTART, and the parts that do not apply removed. */
interface EffectiveParts {
  byMonth: number[];
  byWeekNo: number[];
  byYearDay: number[];
  byMonthDay: number[];
  byDay: WeekdayNum[];
  hours: number[];
  minutes: number[];
  seconds: number[];
  /** Where a BYDAY ordinal counts: "2TU" is the second Tuesday of the month, or of the year. */
  ordinalScope: 'month' | 'year' | 'none';
}

function effectiveParts(rule: RecurrenceRule, start: WallMs, isDate: boolean): EffectiveParts {
  const s = fieldsFromWall(start);
  const startWeekday = weekdayOf(dayNumber(start));
  const f = rule.freq;
  const byWeekNo = f === 'YEARLY' ? rule.byWeekNo : [];
  const byYearDay = f === 'DAILY' || f === 'WEEKLY' || f === 'MONTHLY' ? [] : rule.byYearDay;
  const byMonthDay = f === 'WEEKLY' ? [] : rule.byMonthDay;
  let byMonth = rule.byMonth;
  let byDay = rule.byDay;
  let monthDays = byMonthDay;
  const noDayParts =
    byWeekNo.length === 0 &&
    byYearDay.length === 0 &&
    byMonthDay.length === 0 &&
    byDay.length === 0;
  if (f === 'YEARLY' && noDayParts) {
    monthDays = [s.day];
    if (byMonth.length === 0) byMonth = [s.month];
  } else if (
    f === 'YEARLY' &&
    byWeekNo.length > 0 &&
    byDay.length === 0 &&
    byYearDay.length === 0 &&
    byMonthDay.length === 0
  ) {
    byDay = [{ weekday: startWeekday, nth: 0 }];
  } else if (f === 'MONTHLY' && byMonthDay.length === 0 && byDay.length === 0) {
    monthDays = [s.day];
  } else if (f === 'WEEKLY' && byDay.length === 0) {
    byDay = [{ weekday: startWeekday, nth: 0 }];
  }
  const dayLevel = f === 'DAILY' || f === 'WEEKLY' || f === 'MONTHLY' || f === 'YEARLY';
  const time = (given: number[], fallback: number, expandsAt: boolean) =>
    isDate
      ? [0]
      : given.length > 0
        ? [...new Set(given)].sort((a, b) => a - b)
        : expandsAt
          ? [fallback]
          : [];
  return {
    byMonth,
    byWeekNo,
    byYearDay,
    byMonthDay: monthDays,
    byDay,
    // For sub-daily rules an empty list means "the period's own value" (a limit, not an expansion).
    hours: time(rule.byHour, s.hour, dayLevel),
    minutes: time(rule.byMinute, s.minute, dayLevel || f === 'HOURLY'),
    seconds: time(rule.bySecond, s.second, f !== 'SECONDLY'),
    ordinalScope:
      f === 'MONTHLY'
        ? 'month'
        : f === 'YEARLY'
          ? byWeekNo.length > 0
            ? 'none'
            : rule.byMonth.length > 0
              ? 'month'
              : 'year'
          : 'none',
  };
}

function dayMatches(n: number, p: EffectiveParts, wkst: number): boolean {
  const d = factsOfDay(n);
  if (p.byMonth.length > 0 && !p.byMonth.includes(d.month)) return false;
  if (p.byWeekNo.length > 0) {
    const { week, weeksInYear } = weekNumber(n, wkst);
    if (!matchesSigned(p.byWeekNo, week, weeksInYear)) return false;
  }
  if (p.byYearDay.length > 0 && !matchesSigned(p.byYearDay, d.yearDay, isLeap(d.year) ? 366 : 365))
    return false;
  if (p.byMonthDay.length > 0 && !matchesSigned(p.byMonthDay, d.day, daysInMonth(d.year, d.month)))
    return false;
  if (p.byDay.length > 0) {
    const ok = p.byDay.some(({ weekday, nth }) => {
      if (weekday !== d.weekday) return false;
      if (nth === 0 || p.ordinalScope === 'none') return true;
      const [position, length] =
        p.ordinalScope === 'month'
          ? [d.day, daysInMonth(d.year, d.month)]
          : [d.yearDay, isLeap(d.year) ? 366 : 365];
      return nth > 0
        ? Math.floor((position - 1) / 7) + 1 === nth
        : Math.floor((length - position) / 7) + 1 === -nth;
    });
    if (!ok) return false;
  }
  return true;
}

function withSetPos(candidates: number[], bySetPos: readonly number[]): number[] {
  if (bySetPos.length === 0) return candidates;
  const picked = new Set<number>();
  for (const pos of bySetPos) {
    const value = candidates[pos > 0 ? pos - 1 : candidates.length + pos];
    if (value !== undefined) picked.add(value);
  }
  return [...picked].sort((a, b) => a - b);
}

/** The day number Monday-or-whatever weeks start on, nearest after 1970-01-01 (a Thursday). */
const weekAnchor = (wkst: number) => (((wkst - 4) % 7) + 7) % 7;

/** The first day number and length in days of period `index` for day-level frequencies. */
function periodDays(freq: Frequency, index: number, wkst: number): { first: number; days: number } {
  if (freq === 'YEARLY') return { first: dayOf(index, 1, 1), days: isLeap(index) ? 366 : 365 };
  if (freq === 'MONTHLY') {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return { first: dayOf(year, month, 1), days: daysInMonth(year, month) };
  }
  if (freq === 'WEEKLY') return { first: weekAnchor(wkst) + index * 7, days: 7 };
  return { first: index, days: 1 };
}

const PERIOD_MS: Partial<Record<Frequency, number>> = {
  HOURLY: HOUR_MS,
  MINUTELY: MINUTE_MS,
  SECONDLY: 1000,
};

/** Which period a wall time falls in. Weekly periods are numbered by their first day / 7 after aligning to WKST. */
function periodIndex(freq: Frequency, wall: WallMs, wkst: number): number {
  const n = dayNumber(wall);
  if (freq === 'YEARLY') return new Date(wall).getUTCFullYear();
  if (freq === 'MONTHLY') {
    const d = new Date(wall);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  }
  if (freq === 'WEEKLY') return (n - ((weekdayOf(n) - wkst + 7) % 7) - weekAnchor(wkst)) / 7;
  if (freq === 'DAILY') return n;
  return Math.floor(wall / (PERIOD_MS[freq] ?? 1000));
}

/** The days of a period worth testing: a yearly rule with BYMONTH only looks at those months. */
function dayRanges(
  freq: Frequency,
  index: number,
  wkst: number,
  byMonth: readonly number[],
): [number, number][] {
  if (freq === 'YEARLY' && byMonth.length > 0) {
    return [...byMonth]
      .sort((a, b) => a - b)
      .map((m) => [dayOf(index, m, 1), daysInMonth(index, m)]);
  }
  const { first, days } = periodDays(freq, index, wkst);
  return [[first, days]];
}

/** The wall time a period starts at. */
function periodStart(freq: Frequency, index: number, wkst: number): WallMs {
  const period = PERIOD_MS[freq];
  return period === undefined ? periodDays(freq, index, wkst).first * DAY_MS : index * period;
}

/** Every occurrence the rule gives in one period, sorted, as wall times. */
function periodOccurrences(rule: RecurrenceRule, p: EffectiveParts, index: number): number[] {
  const out: number[] = [];
  const period = PERIOD_MS[rule.freq];
  if (period === undefined) {
    for (const [first, days] of dayRanges(rule.freq, index, rule.wkst, p.byMonth)) {
      for (let n = first; n < first + days; n++) {
        if (!dayMatches(n, p, rule.wkst)) continue;
        for (const h of p.hours)
          for (const m of p.minutes)
            for (const s of p.seconds)
              out.push(n * DAY_MS + h * HOUR_MS + m * MINUTE_MS + s * 1000);
      }
    }
  } else {
    const at = index * period;
    const f = fieldsFromWall(at);
    if (!dayMatches(dayNumber(at), p, rule.wkst)) return out;
    if (rule.byHour.length > 0 && !rule.byHour.includes(f.hour)) return out;
    const hourStart = at - f.minute * MINUTE_MS - f.second * 1000;
    if (rule.freq === 'HOURLY') {
      for (const m of p.minutes)
        for (const s of p.seconds) out.push(hourStart + m * MINUTE_MS + s * 1000);
    } else if (rule.freq === 'MINUTELY') {
      if (rule.byMinute.length > 0 && !rule.byMinute.includes(f.minute)) return out;
      for (const s of p.seconds) out.push(at - f.second * 1000 + s * 1000);
    } else {
      if (rule.byMinute.length > 0 && !rule.byMinute.includes(f.minute)) return out;
      if (rule.bySecond.length > 0 && !rule.bySecond.includes(f.second)) return out;
      out.push(at);
    }
  }
  return withSetPos(out, rule.bySetPos);
}

/** Times of day one rule may produce (BYHOUR x BYMINUTE x BYSECOND): once a minute is already absurd. */
const MAX_TIMES_PER_DAY = 1_440;

export interface OccurrenceOptions {
  /**
   * Occurrences before this wall time are not needed. Without COUNT the
   * expansion starts at the period holding it; with COUNT every period from
   * DTSTART must be counted.
   */
  fromWall: WallMs;
  /** Nothing after this wall time is needed: iteration ends at the first period starting after it. */
  toWall: WallMs;
  /** Periods allowed before giving up with RepetitionLimitError. */
  maxPeriods: number;
  /** Candidate times allowed, all periods together (BYHOUR x BYMINUTE x BYSECOND can multiply). */
  maxCandidates?: number;
}

/**
 * The rule's occurrences in order, as wall-clock times, starting with DTSTART
 * itself (RFC 5545 3.8.5.3: DTSTART "always counts as the first
 * occurrence"). Without COUNT, periods before the one holding `fromWall` are
 * skipped; no period starting after `toWall` is visited, so a rule with no
 * occurrences at all costs only the window. The caller applies COUNT, UNTIL
 * and the DST-gap rule, which need the zone.
 */
export function* wallOccurrences(
  rule: RecurrenceRule,
  start: WallMs,
  startIsDate: boolean,
  options: OccurrenceOptions,
): Generator<WallMs> {
  const parts = effectiveParts(rule, start, startIsDate);
  const first = periodIndex(rule.freq, start, rule.wkst);
  let index = first;
  if (rule.count === null && options.fromWall > start) {
    const wanted = periodIndex(rule.freq, options.fromWall, rule.wkst);
    const behind = wanted - first;
    index = first + Math.floor(behind / rule.interval) * rule.interval;
  }
  if (index === first) yield start;
  const perDay =
    parts.hours.length * Math.max(1, parts.minutes.length) * Math.max(1, parts.seconds.length);
  if (perDay > MAX_TIMES_PER_DAY) throw new RepetitionLimitError(options.maxPeriods);
  let candidates = 0;
  const maxCandidates = options.maxCandidates ?? 50_000;
  for (let visited = 0; periodStart(rule.freq, index, rule.wkst) <= options.toWall; visited++) {
    if (visited >= options.maxPeriods) throw new RepetitionLimitError(options.maxPeriods);
    const found = periodOccurrences(rule, parts, index);
    candidates += found.length;
    if (candidates > maxCandidates) throw new RepetitionLimitError(options.maxPeriods);
    for (const wall of found) {
      if (wall > start) yield wall;
    }
    index += rule.interval;
  }
}
