import type { CalendarModel, EventFacts, EventLength, EventSeries, IcsTime } from './calendarModel';
import { instantOf } from './readCalendar';
import { RepetitionLimitError, wallOccurrences } from './recurrenceRule';
import { DAY_MS, instantOfWall, wallAt, type WallMs } from './wallClock';
import type { Zone } from './zones';

/** Only the next 36 hours are expanded: enough for tonight's and tomorrow's meetings. */
export const EXPANSION_HOURS = 36;

/** One occurrence of an event inside the expanded window. */
export interface Occurrence {
  uid: string;
  start: number;
  end: number;
  allDay: boolean;
  facts: EventFacts;
}

export interface ExpandLimits {
  /**
   * Periods (days for a daily rule) one rule may visit: a COUNT rule is
   * counted from DTSTART, and a daily one from 1970 needs about 21,000.
   */
  maxPeriodsPerRule: number;
  /** Occurrences of one event allowed inside the window; more is not a meeting. */
  maxPerSeries: number;
}

export const DEFAULT_LIMITS: ExpandLimits = { maxPeriodsPerRule: 25_000, maxPerSeries: 100 };

/** An event that repeats more often in the window than any meeting can. */
export class TooManyOccurrencesError extends Error {}

export interface TimeWindow {
  from: number;
  to: number;
}

/** The end of an occurrence that starts at `wall` (instant `at`) in `zone`. */
export function endOf(wall: WallMs, at: number, zone: Zone, length: EventLength): number {
  if (length.kind === 'exact') return at + length.ms;
  // Days are nominal (same wall time, however long the day); the rest is exact.
  const dayEnd = length.days === 0 ? at : instantOfWall(wall + length.days * DAY_MS, zone).at;
  return dayEnd + length.ms;
}

function spanMs(length: EventLength): number {
  const ms = length.kind === 'exact' ? length.ms : length.days * DAY_MS + length.ms;
  return Math.min(Math.max(ms, 0), 400 * DAY_MS);
}

/**
 * The occurrences of one event that overlap the window, with its EXDATEs,
 * RDATEs, overrides and cancellations applied. Occurrences are matched to
 * EXDATE and RECURRENCE-ID by instant, so a UTC EXDATE removes a
 * Berlin-time occurrence. Throws RepetitionLimitError or
 * TooManyOccurrencesError for rules no calendar needs.
 */
export function expandSeries(
  series: EventSeries,
  window: TimeWindow,
  limits: ExpandLimits,
): Occurrence[] {
  const out: Occurrence[] = [];
  const zone = series.start.zone;
  const push = (start: number, end: number, facts: EventFacts, allDay: boolean) => {
    if (end <= window.from || start >= window.to) return;
    if (out.length >= limits.maxPerSeries) throw new TooManyOccurrencesError();
    out.push({ uid: series.uid, start, end, allDay, facts });
  };

  for (const o of series.overrides) {
    if (o.facts.status === 'cancelled') continue;
    const start = instantOf(o.start);
    push(start, endOf(o.start.wall, start, o.start.zone, o.length), o.facts, o.start.isDate);
  }
  if (series.facts.status === 'cancelled') return out;

  const startAt = instantOf(series.start);
  if (!series.rule && series.rdates.length === 0) {
    push(
      startAt,
      endOf(series.start.wall, startAt, zone, series.length),
      series.facts,
      series.start.isDate,
    );
    return out;
  }

  const excluded = new Set<number>(series.overrides.map((o) => instantOf(o.recurrenceId)));
  const excludedDays = new Set<number>();
  for (const ex of series.exdates) {
    // A DATE EXDATE on a timed series removes that day's occurrences.
    if (ex.isDate && !series.start.isDate) excludedDays.add(ex.wall);
    else excluded.add(instantOf(ex));
  }
  const seen = new Set<number>();
  const candidate = (wall: WallMs, at: number, length: EventLength, time: IcsTime) => {
    if (seen.has(at)) return;
    seen.add(at);
    if (excluded.has(at) || excludedDays.has(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS))) return;
    push(at, endOf(wall, at, time.zone, length), series.facts, time.isDate);
  };

  const rule = series.rule;
  if (rule) {
    const lookBack = spanMs(series.length) + DAY_MS;
    const stopWall = wallAt(window.to, zone) + DAY_MS;
    let count = 0;
    for (const wall of wallOccurrences(rule, series.start.wall, series.start.isDate, {
      fromWall: wallAt(window.from, zone) - lookBack,
      toWall: stopWall,
      maxPeriods: limits.maxPeriodsPerRule,
    })) {
      if (wall > stopWall) break;
      const resolved = instantOfWall(wall, zone);
      // RFC 5545 3.3.10: a generated local time that does not exist is not an
      // occurrence and is not counted. (DTSTART itself is read, not generated.)
      if (resolved.inGap && wall !== series.start.wall) continue;
      count++;
      if (rule.count !== null && count > rule.count) break;
      if (rule.until?.kind === 'instant' && resolved.at > rule.until.at) break;
      if (rule.until?.kind === 'wall' && wall > rule.until.wall) break;
      candidate(wall, resolved.at, series.length, series.start);
    }
  }
  // Without a rule, DTSTART is still the first occurrence (RFC 5545 3.8.5.2 adds RDATEs to it).
  if (!rule) candidate(series.start.wall, startAt, series.length, series.start);
  for (const extra of series.rdates) {
    candidate(extra.start.wall, instantOf(extra.start), extra.length ?? series.length, extra.start);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Tallies what was skipped, to say it once in plain words. */
export class SkipTally {
  tooComplex = 0;
  tooFrequent = 0;
  unreadable = 0;

  note(err: unknown): void {
    if (err instanceof RepetitionLimitError) this.tooComplex++;
    else if (err instanceof TooManyOccurrencesError) this.tooFrequent++;
    else this.unreadable++;
  }

  words(): string[] {
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    const out: string[] = [];
    if (this.tooComplex)
      out.push(
        `${n(this.tooComplex, 'repeating event was', 'repeating events were')} too complex to expand and skipped`,
      );
    if (this.tooFrequent)
      out.push(
        `${n(this.tooFrequent, 'event repeats', 'events repeat')} more than 100 times in ${EXPANSION_HOURS} hours and ${this.tooFrequent === 1 ? 'was' : 'were'} skipped`,
      );
    if (this.unreadable)
      out.push(
        `${n(this.unreadable, 'repeating event has a rule', 'repeating events have rules')} that could not be read`,
      );
    return out;
  }
}

const FREE_BUSY_FACTS: EventFacts = {
  status: null,
  transparent: false,
  busyStatus: null,
  title: null,
  response: null,
};

/** Published free/busy periods that overlap the window. */
export function freeBusyOccurrences(model: CalendarModel, window: TimeWindow): Occurrence[] {
  return model.freeBusy
    .filter((p) => p.end > window.from && p.start < window.to)
    .map((p) => ({
      uid: 'freebusy',
      start: p.start,
      end: p.end,
      allDay: false,
      facts: FREE_BUSY_FACTS,
    }));
}

/**
 * Every occurrence in the window, sorted by start. One bad event never spoils
 * the others: it is skipped and counted in `tally`.
 */
export function expandCalendar(
  model: CalendarModel,
  window: TimeWindow,
  tally: SkipTally,
  limits: ExpandLimits = DEFAULT_LIMITS,
): Occurrence[] {
  const out = freeBusyOccurrences(model, window);
  for (const series of model.series) {
    try {
      out.push(...expandSeries(series, window, limits));
    } catch (err) {
      tally.note(err);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
