/**
 * The busy part: what the busy port's sources said (the calendar's spells
 * known ahead, the last live answer), and the hold under way. Pure functions
 * of this slice; the rules in rules/busy.ts move it together with the prompt.
 */

import type { Settings } from '../../../../shared/settings/schema';
import type { BusyAnswer, BusyReason, BusySpell } from '../../busy/busySource';
import { nextBusyChange, stretchAt } from '../../busy/busySpells';
import type { Reminder } from './promptPhase';

const MINUTE = 60_000;

/** While a live source says busy, it is asked again this often (and otherwise never on a timer). */
export const LIVE_RECHECK_MS = 2 * MINUTE;

/** A live question unanswered this long is given up (askLiveSources bounds each answer by 2 s). */
export const LIVE_ANSWER_WAIT_MS = 5_000;

/**
 * A calendar refresh is asked for at most this often, whatever the calendar
 * says is due: a refresh still under way (or failing) when the planner next
 * wakes must not wake it every minute (the feeds' own limit is 15 min too).
 */
export const REFRESH_ASK_GAP_MS = 15 * MINUTE;

/**
 * After a feed failed for a network reason, the retry is asked on a wake-up
 * the planner has anyway, but not more often than this (the calendar's own
 * retry gap is 2 min too), so a network that stays down costs a fetch per
 * idle look at most, never a wake-up.
 */
export const REFRESH_RETRY_ASK_GAP_MS = 2 * MINUTE;

/** The calendar's scheduled refresh rides on another wake-up when one comes this soon after it. */
export const REFRESH_SLACK_MS = 10 * MINUTE;

/** A live source that said busy, and when to ask again. */
export interface LiveBusy {
  reason: BusyReason;
  until: number | null;
  askAgainAt: number;
}

/** Reminders held while busy: since when, why, and what came due meanwhile. */
export interface Hold {
  startedAt: number;
  reason: BusyReason;
  /** Interval reminders that came due while held (one per count that reached its interval). */
  heldReminders: number;
  /** The count whose reminder was last held, so it is counted once. */
  heldCountId: number | null;
  /** Session reminders that came due (or were showing) while held, oldest first. */
  sessions: readonly Reminder[];
}

/** A hold just ended: the catch-up words, for the prompt that opens now. */
export interface HoldEnded {
  kind: BusyReason['kind'];
  busyMs: number;
  /** The catch-up is offered only this soon after the hold's end. */
  offerUntil: number;
}

export interface BusyState {
  /** The scheduled sources' spells (the calendar) over the next 36 h, as last read. */
  spells: readonly BusySpell[];
  /** When the calendar's next scheduled refresh is due (inside office hours), or null. */
  refreshAt: number | null;
  /**
   * From when a feed that failed for a network reason may be tried again:
   * only on a wake-up that comes anyway, so it is never in wakeAt.
   */
  retryAt: number | null;
  /** When the planner last asked for a calendar refresh, so a stuck refresh cannot spin the timer. */
  refreshAskedAt: number | null;
  /** Live sources exist and may be asked (the driver says so). */
  liveSources: boolean;
  live: LiveBusy | null;
  /** A live question is out since then; decisions wait for its answer. */
  liveAskedAt: number | null;
  /** node-cron fires that came while a live answer was needed first. */
  pendingCron: readonly string[];
  hold: Hold | null;
  ended: HoldEnded | null;
}

export function noBusy(): BusyState {
  return {
    spells: [],
    refreshAt: null,
    retryAt: null,
    refreshAskedAt: null,
    liveSources: false,
    live: null,
    liveAskedAt: null,
    pendingCron: [],
    hold: null,
    ended: null,
  };
}

/** What says busy at `at`, if anything: the calendar's stretch first (it knows its end), then a live source. */
export interface BusyNow {
  reason: BusyReason;
  /** The expected end, or null when unknown. */
  until: number | null;
  /** When the stretch began (the calendar knows; a live source is believed from when it said so). */
  start: number;
  scheduled: boolean;
}

/** The scheduled sources count only while holding is on and the calendar source is switched on. */
export function calendarCounts(settings: Settings): boolean {
  return settings.meetings.holdReminders && settings.meetings.sources.calendar;
}

/** Any live source may be asked: holding is on and one of them is switched on. */
export function liveCounts(settings: Settings): boolean {
  const m = settings.meetings;
  if (!m.holdReminders) return false;
  return (
    m.sources.camera || m.sources.microphone || m.sources.presentation || m.sources.doNotDisturb
  );
}

/** Which Settings switch a live source's id answers to (ids from main/desktop/busy); others follow holdReminders only. */
function switchOf(id: string): keyof Settings['meetings']['sources'] | null {
  if (id === 'camera' || id === 'microphone' || id === 'presentation') return id;
  if (id === 'do-not-disturb' || id.startsWith('dnd')) return 'doNotDisturb';
  return null;
}

/** A live source may be asked: holding is on and its own switch (if it has one) is on. */
export function liveSourceEnabled(id: string, settings: Settings): boolean {
  if (!settings.meetings.holdReminders) return false;
  const key = switchOf(id);
  return key === null ? true : settings.meetings.sources[key];
}

export function scheduledBusyAt(busy: BusyState, settings: Settings, at: number): BusyNow | null {
  if (!calendarCounts(settings)) return null;
  const stretch = stretchAt(busy.spells, at);
  const first = stretch?.spells[0];
  if (!stretch || !first) return null;
  return {
    reason: {
      sourceId: first.sourceId,
      kind: first.kind,
      ...(first.title ? { title: first.title } : {}),
    },
    until: stretch.end,
    start: stretch.start,
    scheduled: true,
  };
}

export function busyAt(busy: BusyState, settings: Settings, at: number): BusyNow | null {
  const scheduled = scheduledBusyAt(busy, settings, at);
  if (scheduled) return scheduled;
  if (!busy.live || !liveCounts(settings)) return null;
  return {
    reason: busy.live.reason,
    until: busy.live.until,
    start: busy.hold?.startedAt ?? at,
    scheduled: false,
  };
}

/** The next busy start or end of the scheduled sources, when they count. */
export function nextScheduledChange(
  busy: BusyState,
  settings: Settings,
  at: number,
): number | null {
  return calendarCounts(settings) ? nextBusyChange(busy.spells, at) : null;
}

/** The live answers folded in: the first that says busy wins; all free (or unavailable) clears it. */
export function withLiveAnswers(
  busy: BusyState,
  answers: readonly BusyAnswer[],
  at: number,
): BusyState {
  const saidBusy = answers.find((a) => a.state === 'busy');
  if (!saidBusy || saidBusy.state !== 'busy') return { ...busy, live: null, liveAskedAt: null };
  const reason: BusyReason = {
    sourceId: saidBusy.sourceId,
    kind: saidBusy.kind,
    ...(saidBusy.title ? { title: saidBusy.title } : {}),
  };
  return {
    ...busy,
    live: { reason, until: saidBusy.until, askAgainAt: at + LIVE_RECHECK_MS },
    liveAskedAt: null,
  };
}

/** The busy slice moved with a wall-clock step of `deltaMs` (only what means "so long from then"). */
export function shiftBusy(busy: BusyState, deltaMs: number): BusyState {
  return {
    ...busy,
    live: busy.live ? { ...busy.live, askAgainAt: busy.live.askAgainAt + deltaMs } : null,
    liveAskedAt: busy.liveAskedAt === null ? null : busy.liveAskedAt + deltaMs,
  };
}
