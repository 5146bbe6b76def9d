import type { Occurrence } from './expandCalendar';

/**
 * Timed events this long are day blocks (a conference day, travel, "on
 * call"), not something a prompt would interrupt: holding reminders through
 * them would quietly switch the app off for the day.
 */
export const DAY_BLOCK_MS = 12 * 3_600_000;

export type FreeBecause =
  'all-day' | 'day-block' | 'transparent' | 'marked-free' | 'declined' | 'no-length';

export type BusyVerdict = { busy: true } | { busy: false; because: FreeBecause };

export interface BusyPolicy {
  /** Count all-day and day-long events marked busy (an all-day "Out of office") as busy. Off by default. */
  allDayBusy: boolean;
}

export const DEFAULT_BUSY_POLICY: BusyPolicy = { allDayBusy: false };

/** Outlook's free/busy states that do not block time. */
const FREE_STATES = new Set(['FREE', 'WORKINGELSEWHERE']);

/**
 * Whether an occurrence holds reminders. Busy unless one of these says free:
 * - all-day (a holiday, a birthday, "Out of office": not a moment a prompt
 *   interrupts; with `allDayBusy` an opaque one counts);
 * - 12 hours or longer (see DAY_BLOCK_MS);
 * - TRANSP:TRANSPARENT, or Outlook's FREE / WORKINGELSEWHERE;
 * - the person declined (their own ATTENDEE line says PARTSTAT=DECLINED).
 * Tentative events and unanswered invitations count as busy: the person may
 * well be in them, and a held break is cheaper than an interrupted call.
 * Cancelled events never reach here (the expander drops them).
 */
export function busyVerdict(
  occurrence: Occurrence,
  policy: BusyPolicy = DEFAULT_BUSY_POLICY,
): BusyVerdict {
  const { facts } = occurrence;
  if (occurrence.end <= occurrence.start) return { busy: false, because: 'no-length' };
  if (facts.transparent) return { busy: false, because: 'transparent' };
  if (facts.busyStatus !== null && FREE_STATES.has(facts.busyStatus))
    return { busy: false, because: 'marked-free' };
  if (facts.response === 'declined') return { busy: false, because: 'declined' };
  if (!policy.allDayBusy) {
    if (occurrence.allDay) return { busy: false, because: 'all-day' };
    if (occurrence.end - occurrence.start >= DAY_BLOCK_MS)
      return { busy: false, because: 'day-block' };
  }
  return { busy: true };
}
