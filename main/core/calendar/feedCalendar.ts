import type { CalendarModel } from './calendarModel';
import { expandCalendar, SkipTally, type Occurrence, type TimeWindow } from './expandCalendar';
import { NotACalendarError, readCalendar } from './readCalendar';
import { runWithTimeLimit } from './runWithTimeLimit';

/**
 * Reading a feed is stopped after this long. Real feeds take tens of
 * milliseconds (see bench/calendarParse.ts); the limit only stops a hostile
 * text that finds a slow path in the parser.
 */
export const READ_LIMIT_MS = 8_000;

export type CompileResult =
  { ok: true; model: CalendarModel; compactText: () => string } | { ok: false; message: string };

/**
 * Reads a feed's text. Never throws: a text that is not a calendar, or one
 * that takes longer than `limitMs` to read, comes back as a message a person
 * can understand.
 */
export function compileFeedText(
  text: string,
  options: { myAddresses: readonly string[]; now: number },
  limitMs = READ_LIMIT_MS,
): CompileResult {
  try {
    const untilYear = new Date(options.now).getUTCFullYear() + 1;
    const result = runWithTimeLimit(
      () =>
        readCalendar(text, {
          myAddresses: options.myAddresses,
          untilYear,
          // Two days back: a date is compared before any zone is known.
          horizon: options.now - 2 * 86_400_000,
        }),
      limitMs,
    );
    if (!result.ok) {
      return { ok: false, message: `a calendar too complex to read (over ${limitMs / 1000} s)` };
    }
    return { ok: true, model: result.value.model, compactText: result.value.compactText };
  } catch (err) {
    if (err instanceof NotACalendarError) return { ok: false, message: err.message };
    if (err instanceof RangeError) {
      return { ok: false, message: 'a damaged calendar (too deeply nested to read)' };
    }
    const detail = err instanceof Error ? err.message.slice(0, 80) : 'unreadable';
    return { ok: false, message: `a damaged calendar (${detail})` };
  }
}

export interface Expansion {
  occurrences: Occurrence[];
  warnings: string[];
}

/**
 * The model's occurrences in the window. Bounded by construction (the rule
 * expander visits only the window's periods and caps every loop), so no time
 * limit is needed; events that hit a cap are skipped and said in `warnings`.
 */
export function expandFeedCalendar(model: CalendarModel, window: TimeWindow): Expansion {
  const tally = new SkipTally();
  const occurrences = expandCalendar(model, window, tally);
  return { occurrences, warnings: tally.words() };
}
