import { performance } from 'node:perf_hooks';
import { compileFeedText, expandFeedCalendar } from '../main/core/calendar/feedCalendar';
import { syntheticFeed } from '../main/core/calendar/testing/syntheticFeed';
import { round, spread, type Spread } from './stats';

export interface CalendarParseFigures {
  feedKb: number;
  recurringEvents: number;
  runs: number;
  /** Reading the text (prefilter, ical.js, model) plus expanding the next 36 hours. */
  parseAndExpandMs: Spread;
  readMs: Spread;
  expandMs: Spread;
  occurrencesInWindow: number;
}

/**
 * Parse and expand a Google-shaped feed of about 2 MB holding 2,000
 * recurring events (series begun up to six years ago, EXDATEs, moved
 * occurrences, attendee lists, descriptions, alarms), as the calendar
 * service does on each refresh. Two throwaway runs first: the first read of
 * a process pays for compiling ical.js and the reader.
 */
export function measureCalendarParse(runs = 15): CalendarParseFigures {
  const now = Date.parse('2026-03-02T07:00:00Z');
  const text = syntheticFeed({ recurringEvents: 2_000, targetBytes: 2_000_000, now });
  const window = { from: now, to: now + 36 * 3_600_000 };
  const totals: number[] = [];
  const reads: number[] = [];
  const expands: number[] = [];
  let occurrences = 0;
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    const compiled = compileFeedText(text, { myAddresses: ['ann.example@gmail.com'], now });
    const read = performance.now();
    if (!compiled.ok) throw new Error(`the benchmark feed did not read: ${compiled.message}`);
    occurrences = expandFeedCalendar(compiled.model, window).occurrences.length;
    const done = performance.now();
    if (i < 2) continue;
    totals.push(done - started);
    reads.push(read - started);
    expands.push(done - read);
  }
  const r = (s: Spread): Spread => ({
    median: round(s.median, 1),
    worst: round(s.worst, 1),
    runs: s.runs,
  });
  return {
    feedKb: Math.round(Buffer.byteLength(text) / 1024),
    recurringEvents: 2_000,
    runs,
    parseAndExpandMs: r(spread(totals)),
    readMs: r(spread(reads)),
    expandMs: r(spread(expands)),
    occurrencesInWindow: occurrences,
  };
}

// `tsx bench/calendarParse.ts` prints the figures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.TZ ??= 'Europe/Berlin';
  console.log(JSON.stringify(measureCalendarParse(), null, 2));
}
