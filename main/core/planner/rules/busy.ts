/**
 * The busy rules: holding reminders while a busy source says so, closing a
 * prompt a meeting interrupts, and the one catch-up afterwards.
 */

import type { Observation } from '../events';
import {
  busyAt,
  LIVE_ANSWER_WAIT_MS,
  liveCounts,
  scheduledBusyAt,
  withLiveAnswers,
  type Hold,
} from '../parts/busy';
import { intervalReminder, type Reminder } from '../parts/promptPhase';
import { breakDueAt, MINUTE, office, record, recordMissed, type Turn } from '../turn';
import { openPrompt } from './reminders';

/** The catch-up prompt opens this soon after busy ends, or not at all (a later reminder is an ordinary one). */
export const CATCH_UP_WINDOW_MS = MINUTE;

/** Reminders are being held now. */
export const holding = (t: Turn): boolean => t.s.busy.hold !== null;

/** Folds live answers in, when the observation carries them. */
export function takeLiveAnswers(t: Turn, known: Observation): void {
  if (known.busy !== undefined) t.s.busy = withLiveAnswers(t.s.busy, known.busy, t.at);
}

/**
 * Whether the live sources must be asked before this moment's decisions:
 * only when the planner is about to act, or a source that said busy is due
 * to be asked again. 'wait': a question is already out (its answer comes
 * within seconds); null: go on without one.
 */
export function liveQuestion(
  t: Turn,
  known: Observation,
  aboutToAct: boolean,
): 'ask' | 'wait' | null {
  const b = t.s.busy;
  if (!b.liveSources || !liveCounts(t.settings) || known.busy !== undefined) return null;
  // The calendar holds anyway: a live answer would change nothing now.
  if (scheduledBusyAt(b, t.settings, t.at)) return null;
  // A source that said busy is believed until it is due to be asked again.
  if (b.live !== null && t.at < b.live.askAgainAt) return null;
  if (!aboutToAct && b.live === null) return null;
  if (b.liveAskedAt !== null && t.at - b.liveAskedAt < LIVE_ANSWER_WAIT_MS) return 'wait';
  return 'ask';
}

/** Starts, keeps or ends the hold from what the sources say at this moment. */
export function updateHold(t: Turn): void {
  const s = t.s;
  const now = busyAt(s.busy, t.settings, t.at);
  const hold = s.busy.hold;
  if (now && !hold) {
    const started: Hold = {
      startedAt: Math.min(now.start, t.at),
      reason: now.reason,
      heldReminders: 0,
      heldCountId: null,
      sessions: [],
    };
    // A prompt already showing closes quietly and comes back after.
    if (s.phase.kind === 'prompt') {
      if (s.phase.reminder.reason === 'session') started.sessions = [s.phase.reminder];
      else {
        started.heldReminders = 1;
        started.heldCountId = s.count.id;
      }
      s.phase = { kind: 'counting' };
    }
    s.busy = { ...s.busy, hold: started, ended: null };
    t.effects.push({
      type: 'log',
      level: 'info',
      message: 'reminders: holding while busy',
      data: { source: now.reason.sourceId, kind: now.reason.kind },
    });
    return;
  }
  if (!now && hold) endHold(t, hold);
}

/** An interval reminder came due while held: counted once per count, never shown. */
export function holdIntervalReminder(t: Turn): void {
  const hold = t.s.busy.hold;
  if (!hold || hold.heldCountId === t.s.count.id) return;
  t.s.busy = {
    ...t.s.busy,
    hold: { ...hold, heldReminders: hold.heldReminders + 1, heldCountId: t.s.count.id },
  };
}

/** A session came due while held: offered when busy ends (within grace), else missed. */
export function holdSession(t: Turn, reminder: Reminder): void {
  const hold = t.s.busy.hold;
  if (!hold) return;
  t.s.busy = { ...t.s.busy, hold: { ...hold, sessions: [...hold.sessions, reminder] } };
}

function endHold(t: Turn, hold: Hold): void {
  const s = t.s;
  const busyMs = Math.max(0, t.at - hold.startedAt);
  const kind = hold.reason.kind;
  record(t, {
    type: 'busyHold',
    at: t.at,
    startedAt: hold.startedAt,
    source: hold.reason.sourceId.slice(0, 200),
    kind,
    heldReminders: hold.heldReminders + hold.sessions.length,
    ...(t.settings.meetings.showTitles && hold.reason.title
      ? { title: hold.reason.title.slice(0, 200) }
      : {}),
  });
  s.busy = {
    ...s.busy,
    hold: null,
    ended: { kind, busyMs, offerUntil: t.at + CATCH_UP_WINDOW_MS },
  };
  // Sessions: the latest still within its grace is offered; the others were missed.
  const grace = t.settings.graceMinutes * MINUTE;
  let offer: Reminder | null = null;
  for (const reminder of hold.sessions) {
    if (!reminder.session || reminder.scheduledAt === null) continue;
    const inGrace = t.at <= reminder.scheduledAt + grace && !s.pause && !s.presence.away;
    if (!inGrace) {
      recordMissed(t, reminder.session.id, reminder.scheduledAt, 'busy');
      continue;
    }
    if (offer?.session && offer.scheduledAt !== null) {
      recordMissed(t, offer.session.id, offer.scheduledAt, 'busy');
    }
    offer = reminder;
  }
  if (offer) {
    // The session is the break: it is the one catch-up.
    openPrompt(t, { ...offer, catchUp: { kind, busyMs } });
    s.busy = { ...s.busy, ended: null };
    return;
  }
  returnSkippedBreak(t, { kind, busyMs });
}

/**
 * A busy spell ended with a skipped break waiting: it comes back now, once,
 * as the catch-up. When the count is due anyway, that reminder carries it
 * (one prompt, never two).
 */
function returnSkippedBreak(t: Turn, catchUp: NonNullable<Reminder['catchUp']>): void {
  const s = t.s;
  if (!s.skippedBreak || s.pause || s.presence.away || !office(t).span) return;
  if (s.phase.kind !== 'counting') return;
  const due = breakDueAt(t);
  if (due !== null && t.at >= due) {
    s.skippedBreak = { ...s.skippedBreak, forCount: s.count.id };
    return;
  }
  s.skippedBreak = null;
  s.busy = { ...s.busy, ended: null };
  openPrompt(t, { ...intervalReminder(t.settings), returned: true, catchUp });
}

/** The catch-up words for an interval reminder opening now, if a hold has just ended (used once). */
export function takeCatchUp(t: Turn): Reminder['catchUp'] {
  const ended = t.s.busy.ended;
  if (!ended) return undefined;
  t.s.busy = { ...t.s.busy, ended: null };
  if (t.at > ended.offerUntil) return undefined;
  return { kind: ended.kind, busyMs: ended.busyMs };
}
