import type { Settings } from '../../../../shared/settings/schema';
import { officeMsBetween, officeTimeReached, type OfficeContext } from '../officeHours';

/**
 * The office-hours counter: active time towards the next reminder. It grows
 * by the time that passes between the planner's looks, counted only inside
 * the work block now holds (office hours say *whether* time counts; the
 * clock says *how much*). A wall-clock step is taken out before counting
 * (see the transition), so an NTP step back does not postpone a reminder.
 * A new work block, a natural break or an answer starts it afresh.
 */
export interface ActiveCount {
  /** Grows with every fresh start; names "this reminder" for its one heads-up. */
  id: number;
  /** Office time counted so far. */
  activeMs: number;
  /** The wall instant counted up to. */
  at: number;
  /** The start of the work block being counted, or null outside office hours. */
  block: number | null;
  /** Since when this count runs (a break, an answer, or the block's start). */
  since: number;
  /** The heads-up for this count has been shown. */
  headsUpShown: boolean;
  /**
   * The reminder opens no sooner than this (wall ms), or null: a break
   * overdue when a pause ends gets its heads-up first, then one prompt.
   */
  promptNotBefore: number | null;
}

/** A count starting at `now` (office time counts from the block's start when it begins later). */
export function freshCount(now: number, office: OfficeContext, id: number): ActiveCount {
  return {
    id,
    activeMs: 0,
    at: now,
    block: office.block?.start ?? null,
    since: now,
    headsUpShown: false,
    promptNotBefore: null,
  };
}

/** The count brought up to `now`. */
export function advanceCount(count: ActiveCount, now: number, office: OfficeContext): ActiveCount {
  const block = office.block;
  if (!block) return { ...count, at: now, block: null };
  if (block.start !== count.block) {
    // A new work block: active time before it does not carry over.
    const from = Math.max(block.start, count.at);
    return {
      id: count.id + 1,
      activeMs: officeMsBetween(block, from, now),
      at: now,
      block: block.start,
      since: from,
      headsUpShown: false,
      promptNotBefore: null,
    };
  }
  return { ...count, activeMs: count.activeMs + officeMsBetween(block, count.at, now), at: now };
}

/** When `intervalMs` of active time is reached, for a count brought up to now; null when the block ends first. */
export function dueAt(
  count: ActiveCount,
  office: OfficeContext,
  intervalMs: number,
): number | null {
  const block = office.block;
  if (!block || block.start !== count.block) return null;
  const left = intervalMs - count.activeMs;
  if (left <= 0) return count.at;
  return officeTimeReached(block, count.at, left);
}

/**
 * When the break is due: `intervalMs` of active time reached, but not before
 * the count's promptNotBefore; null when the block ends first.
 */
export function reminderDueAt(
  count: ActiveCount,
  office: OfficeContext,
  intervalMs: number,
): number | null {
  const due = dueAt(count, office, intervalMs);
  if (due === null || count.promptNotBefore === null) return due;
  return Math.max(due, count.promptNotBefore);
}

/**
 * Active time from one break to the next: intervalMinutes, or with the
 * sit-stand rhythm on, its sitting and standing blocks (the move part is the break).
 */
export function breakIntervalMs(settings: Settings): number {
  const desk = settings.standingDesk;
  const minutes = desk.enabled ? desk.sitMinutes + desk.standMinutes : settings.intervalMinutes;
  return minutes * 60_000;
}

/** The count moved with a wall-clock step of `deltaMs`, so the time it covers keeps its length. */
export function shiftCount(count: ActiveCount, deltaMs: number): ActiveCount {
  return {
    ...count,
    at: count.at + deltaMs,
    since: count.since + deltaMs,
    promptNotBefore: count.promptNotBefore === null ? null : count.promptNotBefore + deltaMs,
  };
}
