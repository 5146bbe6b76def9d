/** Settling: everything due at one moment, asking the sources first when a decision needs them. */

import type { Observation, ObservationKind } from '../events';
import type { OfficeContext } from '../officeHours';
import { pauseOver } from '../parts/pause';
import { sampleIdle } from '../parts/presence';
import { HANDED_OFF_LAPSE_MS, nagged } from '../parts/promptPhase';
import { REFRESH_ASK_GAP_MS, REFRESH_RETRY_ASK_GAP_MS } from '../parts/busy';
import { dueByPlanner } from '../parts/sessions';
import type { PlannerState } from '../state';
import {
  breakDueAt,
  breakMsOf,
  office,
  record,
  recordMissed,
  restartCount,
  type Turn,
} from '../turn';
import { returnFrom } from './away';
import {
  dueIntervalReminder,
  openPrompt,
  reshow,
  resolveByBreak,
  sessionPromptLifetime,
  showHeadsUp,
} from './reminders';
import {
  holdIntervalReminder,
  holding,
  liveQuestion,
  takeCatchUp,
  takeLiveAnswers,
  updateHold,
} from './busy';
import {
  postureMarkReached,
  settleOpenCue,
  settlePostureMark,
  settleStanding,
  settleStandMark,
  standMarkReached,
} from './cues';
import { marksHandled } from '../parts/cues';
import { cronFired, occurrencePassed } from './sessions';

/** Puts a question to the sources; `settle` runs again with the answer (the observed event). */
function ask(t: Turn, what: ObservationKind[], woken: boolean, known: Observation): void {
  t.s.asking = { woken, known };
  t.effects.push({ type: 'observe', what });
}

/** Idle is read on every timer wake-up in office hours, when a break could have completed, and as a block begins. */
function sampleDueAt(s: PlannerState, here: OfficeContext, at: number, woken: boolean): boolean {
  if (!here.span || !here.block) return false;
  return woken || at >= s.presence.nextSampleAt || s.presence.sampledBlock !== here.block.start;
}

/**
 * A pause ends (resume, or it ran out): the count kept going through it. An
 * overdue break gets its heads-up now and one prompt headsUpSeconds later,
 * never a burst; posture marks passed during the pause are not queued.
 */
export function resumeFromPause(t: Turn): void {
  const s = t.s;
  s.pause = null;
  s.cues = marksHandled(s.cues, s.count, t.settings);
  const due = breakDueAt(t);
  if (due === null || t.at < due || s.phase.kind !== 'counting') return;
  const headsUpMs = t.settings.headsUpSeconds * 1000;
  s.count = {
    ...s.count,
    headsUpShown: false,
    promptNotBefore: headsUpMs > 0 ? t.at + headsUpMs : null,
  };
}

/**
 * Handles everything due at this moment. `woken` is true for timer
 * wake-ups (they also sample idle). When a decision needs a source that has
 * not been read, it asks first and does the rest with the answer: every
 * source this moment could need is asked in one go, before anything that
 * cannot be done twice.
 */
export function settle(t: Turn, known: Observation, woken: boolean): void {
  const s = t.s;
  if (s.pause && pauseOver(s.pause, t.at)) resumeFromPause(t);
  const skipped = s.skippedBreak;
  if (skipped && (t.at >= skipped.dayEnds || !t.settings.skippedBreakReturns)) {
    s.skippedBreak = null;
  }
  takeLiveAnswers(t, known);
  const question = liveQuestion(t, known, aboutToAct(t));
  if (question === 'wait') return;
  if (question === 'ask') {
    s.busy = { ...s.busy, liveAskedAt: t.at };
    ask(t, ['busy'], woken, known);
    return;
  }
  const pendingCron = s.busy.pendingCron;
  if (pendingCron.length > 0) {
    s.busy = { ...s.busy, pendingCron: [] };
    for (const sessionId of pendingCron) cronFired(t, sessionId);
  }
  updateHold(t);
  // After a long absence a session may have several runs behind it: pass them all now
  // (each moves strictly forward; the bound is a year of daily runs).
  for (let round = 0; round < 400; round++) {
    const due = dueByPlanner(s.sessions, t.at);
    if (due.length === 0) break;
    for (const occurrence of due) occurrencePassed(t, occurrence);
  }

  const here = office(t);
  const away = s.presence.away;
  settleOpenCue(t);
  const lockCheck = Boolean(woken && away?.locked && !away.suspended && here.span);
  if (away && !lockCheck) return;

  const due = breakDueAt(t);
  const sampleDue = sampleDueAt(s, here, t.at, woken);
  const mayBeDue = !s.pause && here.span !== null && due !== null && t.at >= due;
  // A cue never shows over a routine playing: asked only when a mark is reached.
  const cueMayShow =
    !s.pause && here.span !== null && (postureMarkReached(t) || standMarkReached(t));
  const needed: ObservationKind[] = [];
  if ((lockCheck || sampleDue) && known.idleSeconds === undefined) needed.push('idle');
  if ((lockCheck || mayBeDue || cueMayShow) && known.routinePlaying === undefined) {
    needed.push('routinePlaying');
  }
  if (needed.length > 0) {
    ask(t, needed, woken, known);
    return;
  }

  if (lockCheck) {
    // The lock check: recent input means the person is back even if no unlock event came.
    const idleMs = Math.max(0, (known.idleSeconds ?? 0) * 1000);
    if (idleMs < breakMsOf(t) && away) {
      s.presence = { ...s.presence, away: null };
      returnFrom(t, away.since, t.at - away.since, away.cause);
    }
    if (s.presence.away) return;
  }

  const block = here.block;
  if (block && sampleDueAt(s, here, t.at, woken)) {
    const sample = sampleIdle(s.presence, t.at, known.idleSeconds ?? 0, breakMsOf(t), block.start);
    s.presence = sample.state;
    if (sample.away) {
      if (sample.breakCompleted) {
        record(t, { type: 'naturalBreak', at: t.at, idleMs: sample.idleMs, cause: 'idle' });
        resolveByBreak(t);
      }
      restartCount(t, true);
    }
  }

  const phase = s.phase;
  if (phase.kind === 'prompt' && phase.reminder.reason === 'session') {
    if (t.at >= phase.openedAt + sessionPromptLifetime(t)) {
      const { session, scheduledAt } = phase.reminder;
      if (session && scheduledAt !== null) recordMissed(t, session.id, scheduledAt);
      s.phase = { kind: 'counting' };
    }
  }
  if (s.phase.kind === 'snoozed' && s.phase.offer && t.at >= s.phase.offer.closesAt) {
    s.phase = { ...s.phase, offer: null };
  }
  const held = holding(t);
  if (s.phase.kind === 'snoozed' && t.at >= s.phase.until && !held) {
    // An interval reminder never opens outside office hours; the count goes on from where it was.
    if (s.phase.reminder.reason === 'interval' && !here.span) s.phase = { kind: 'counting' };
    else openPrompt(t, s.phase.reminder);
  }
  if (s.phase.kind === 'handedOff' && t.at >= s.phase.since + HANDED_OFF_LAPSE_MS && !held) {
    // Start was chosen but no routine began (the safety screen was left open or closed).
    reshow(t, s.phase.reminder);
  }
  if (s.phase.kind === 'prompt' && s.phase.nextNagAt !== null && t.at >= s.phase.nextNagAt) {
    s.phase = nagged(s.phase, t.at, t.settings);
    s.promptShows++;
  }
  if (s.phase.kind === 'prompt' && s.phase.reminder.reason === 'interval' && !here.block) {
    // Office hours ended with the prompt unanswered: no office-hours reminder outside them.
    t.effects.push({
      type: 'log',
      level: 'info',
      message: 'reminders: office hours ended with a reminder waiting',
    });
    s.phase = { kind: 'counting' };
  }

  if (s.phase.kind === 'counting' && !s.pause && here.span) {
    const dueNow = breakDueAt(t);
    if (dueNow !== null && t.at >= dueNow) {
      // Someone already in a routine is having their break.
      if (known.routinePlaying) restartCount(t, true);
      else if (held) holdIntervalReminder(t);
      else {
        const catchUp = takeCatchUp(t);
        openPrompt(t, { ...dueIntervalReminder(t), ...(catchUp ? { catchUp } : {}) });
      }
    } else if (
      !held &&
      dueNow !== null &&
      t.settings.headsUpSeconds > 0 &&
      t.at >= dueNow - t.settings.headsUpSeconds * 1000 &&
      !s.count.headsUpShown
    ) {
      showHeadsUp(t, dueNow);
    }
  }
  settleOpenCue(t);
  settleStanding(t);
  if (!s.pause && here.span) {
    settleStandMark(t, known);
    settlePostureMark(t, known, breakDueAt(t));
  }
  askCalendarRefresh(t, here);
}

/**
 * The calendar's scheduled refresh, inside office hours only, asked at most
 * every REFRESH_ASK_GAP_MS; and the retry of a feed the network failed, on
 * whatever wake-up comes first from `retryAt` (at most every 2 min).
 */
function askCalendarRefresh(t: Turn, here: OfficeContext): void {
  const b = t.s.busy;
  if (!here.span) return;
  const since = b.refreshAskedAt === null ? Infinity : t.at - b.refreshAskedAt;
  const scheduled = b.refreshAt !== null && t.at >= b.refreshAt && since >= REFRESH_ASK_GAP_MS;
  const retry = b.retryAt !== null && t.at >= b.retryAt && since >= REFRESH_RETRY_ASK_GAP_MS;
  if (!scheduled && !retry) return;
  t.s.busy = { ...b, refreshAskedAt: t.at };
  t.effects.push({ type: 'refreshCalendar' });
}

/**
 * The planner is about to act at this moment (a heads-up, a prompt, a nag,
 * a session): the live busy sources are asked first, and only then.
 */
function aboutToAct(t: Turn): boolean {
  const s = t.s;
  if (s.presence.away) return false;
  if (s.busy.pendingCron.length > 0 || dueByPlanner(s.sessions, t.at).length > 0) return true;
  const phase = s.phase;
  if (phase.kind === 'snoozed') return t.at >= phase.until;
  if (phase.kind === 'handedOff') return t.at >= phase.since + HANDED_OFF_LAPSE_MS;
  if (phase.kind === 'prompt') return phase.nextNagAt !== null && t.at >= phase.nextNagAt;
  const here = office(t);
  if (s.pause || !here.span) return false;
  // A posture cue is never shown while busy: the live sources are asked first.
  if (postureMarkReached(t) || standMarkReached(t)) return true;
  const due = breakDueAt(t);
  if (due === null) return false;
  const headsUpMs = t.settings.headsUpSeconds * 1000;
  return t.at >= due || (headsUpMs > 0 && !s.count.headsUpShown && t.at >= due - headsUpMs);
}
