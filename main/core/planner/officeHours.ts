import type { OfficeHours } from '../../../shared/settings/schema';
import { localDateOf, minutesOfDay } from '../../../shared/time';
import { addDays, atLocalTime, weekdayOf } from './localTime';

/** A stretch of office hours as instants: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Office spans are merged into one work block when the gap between them is
 * shorter than a natural break: active time carries across such a gap (not
 * counting the gap itself), and a longer gap starts the count afresh.
 */
export interface WorkBlock {
  start: number;
  end: number;
  spans: Span[];
}

const DAY = 24 * 60 * 60_000;

/** Every office span that overlaps [from, to), in time order. */
export function officeSpans(hours: OfficeHours, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const last = localDateOf(to);
  for (let date = localDateOf(from), i = 0; i < 400; date = addDays(date, 1), i++) {
    for (const range of hours[weekdayOf(date)]) {
      const start = atLocalTime(date, minutesOfDay(range.start)).at;
      const end = atLocalTime(date, minutesOfDay(range.end)).at;
      // A range swallowed by a DST gap can come out empty; it simply does not happen that day.
      if (end > start && end > from && start < to) spans.push({ start, end });
    }
    if (date === last) break;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Groups spans into work blocks (see {@link WorkBlock}). */
export function workBlocks(spans: readonly Span[], breakMs: number): WorkBlock[] {
  const blocks: WorkBlock[] = [];
  for (const span of spans) {
    const current = blocks[blocks.length - 1];
    if (current && span.start - current.end < breakMs) {
      current.spans.push(span);
      current.end = Math.max(current.end, span.end);
    } else {
      blocks.push({ start: span.start, end: span.end, spans: [span] });
    }
  }
  return blocks;
}

/** Where `now` sits relative to office hours. */
export interface OfficeContext {
  /** The span containing now, or null outside office hours. */
  span: Span | null;
  /** The work block containing now (also during a short gap inside it), or null. */
  block: WorkBlock | null;
  /** The first span starting after now, within a week, or null. */
  nextSpanStart: number | null;
}

/**
 * Office hours around `now`. Looks a day back (a block may have started
 * yesterday when hours run up to midnight) and two days ahead, and further
 * ahead only when no office hours start in that window.
 */
export function officeContext(hours: OfficeHours, now: number, breakMs: number): OfficeContext {
  return contextIn(workBlocks(officeSpans(hours, now - DAY, now + 2 * DAY), breakMs), hours, now);
}

/**
 * {@link officeContext} for a clock that moves forward: the blocks of the days
 * around now are worked out once a day rather than on every call (the
 * planner asks on every wake-up). Build a new one when the settings change.
 */
export function createOfficeCalendar(
  hours: OfficeHours,
  breakMs: number,
): (now: number) => OfficeContext {
  let window: { from: number; to: number; blocks: WorkBlock[] } | null = null;
  return (now) => {
    // Valid while it still reaches a day back and a week and a day ahead of now
    // (far enough to hold the next office hours of any weekly schedule).
    if (!window || now - DAY < window.from || now + LOOK_AHEAD > window.to) {
      const from = now - DAY;
      const to = now + LOOK_AHEAD + 2 * DAY;
      window = { from, to, blocks: workBlocks(officeSpans(hours, from, to), breakMs) };
    }
    return contextIn(window.blocks, hours, now, false);
  };
}

/** How far ahead the next office hours are looked for. */
const LOOK_AHEAD = 8 * DAY;

function contextIn(
  blocks: readonly WorkBlock[],
  hours: OfficeHours,
  now: number,
  lookFurther = true,
): OfficeContext {
  let span: Span | null = null;
  let block: WorkBlock | null = null;
  let nextSpanStart: number | null = null;
  for (const b of blocks) {
    if (b.start <= now && now < b.end) {
      block = b;
      span = b.spans.find((s) => s.start <= now && now < s.end) ?? null;
    }
    for (const s of b.spans) {
      if (s.start > now && s.start < now + LOOK_AHEAD) {
        if (nextSpanStart === null || s.start < nextSpanStart) nextSpanStart = s.start;
      }
    }
  }
  if (nextSpanStart === null && lookFurther) {
    nextSpanStart =
      officeSpans(hours, now + 2 * DAY, now + 8 * DAY).find((s) => s.start > now)?.start ?? null;
  }
  return { span, block, nextSpanStart };
}

/** Office time inside [from, to) within a block. */
export function officeMsBetween(block: WorkBlock, from: number, to: number): number {
  let total = 0;
  for (const s of block.spans) total += Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  return total;
}

/**
 * The instant at which `amountMs` of office time has passed since `from`
 * inside the block, or null when the block ends first.
 */
export function officeTimeReached(block: WorkBlock, from: number, amountMs: number): number | null {
  let left = amountMs;
  for (const s of block.spans) {
    const start = Math.max(s.start, from);
    if (s.end <= start) continue;
    if (start + left <= s.end) return start + left;
    left -= s.end - start;
  }
  return null;
}

const calendars = new WeakMap<OfficeHours, Map<number, (now: number) => OfficeContext>>();

/**
 * The office calendar for these hours and natural-break length, kept while
 * the settings object holding them lives: the planner's transition is a pure
 * function of its settings, and this cache is invisible to it.
 */
export function officeCalendarFor(
  hours: OfficeHours,
  breakMs: number,
): (now: number) => OfficeContext {
  let byBreak = calendars.get(hours);
  if (!byBreak) {
    byBreak = new Map();
    calendars.set(hours, byBreak);
  }
  let calendar = byBreak.get(breakMs);
  if (!calendar) {
    calendar = createOfficeCalendar(hours, breakMs);
    byBreak.set(breakMs, calendar);
  }
  return calendar;
}
