/** The cue rules: when a quiet cue between breaks may show, and how it closes. */

import type { CueAction } from '../../../../shared/posture/cueState';
import type { CueKind } from '../../../../shared/posture/cueState';
import type { Observation } from '../events';
import { liveCounts } from '../parts/busy';
import {
  cueOpened,
  marksHandled,
  nextPostureMarkAt,
  standMarkAt,
  QUIET_AROUND_BREAK_MS,
  type CuesState,
} from '../parts/cues';
import { office, record, type Turn } from '../turn';
import { holding } from './busy';

/** Closes the open cue (if any) with how it ended, and writes it down once. */
export function closeCue(t: Turn, outcome: 'done' | 'dismissed' | 'expired'): void {
  const open = t.s.cues.open;
  if (!open) return;
  let standing = t.s.cues.standing;
  if (open.kind === 'stand' && standing && standing.byCueAt === open.shownAt) {
    // "Not now" to standing up: no standing block.
    standing = outcome === 'dismissed' ? null : { ...standing, byCueAt: null };
  }
  t.s.cues = { ...t.s.cues, open: null, standing };
  record(t, { type: 'cue', at: t.at, kind: open.kind, cueId: open.cueId, outcome });
  t.effects.push({ type: 'closeCue' });
}

/** The person answered the open cue ("Done", or dismissed with the button or Esc). */
export function answerCue(t: Turn, action: CueAction): void {
  closeCue(t, action === 'done' ? 'done' : 'dismissed');
}

/** A cue of `kind` opens now (the caller checked the moment is a quiet one). */
export function openCue(t: Turn, kind: CueKind): void {
  if (t.s.cues.open) closeCue(t, 'expired');
  t.s.cues = cueOpened(t.s.cues, kind, t.at);
  t.effects.push({ type: 'openCue' });
}

/** Busy by the busy port: a hold under way, or a live source that said busy and is still believed. */
export function busyForCues(t: Turn): boolean {
  return holding(t) || (t.s.busy.live !== null && liveCounts(t.settings));
}

/**
 * A quiet moment for any cue: in office hours, present, not paused, not
 * busy, no prompt or hand-off on, no routine playing.
 */
export function quietMoment(t: Turn, known: Observation): boolean {
  const s = t.s;
  if (s.pause || s.presence.away || !office(t).span) return false;
  if (s.phase.kind === 'prompt' || s.phase.kind === 'handedOff') return false;
  return !busyForCues(t) && known.routinePlaying !== true;
}

/** Closes a cue whose time is up, or that a prompt, a pause, an absence or a busy spell has overtaken. */
export function settleOpenCue(t: Turn): void {
  const s = t.s;
  const open = s.cues.open;
  if (!open) return;
  const overtaken =
    s.pause !== null ||
    s.presence.away !== null ||
    s.phase.kind === 'prompt' ||
    s.phase.kind === 'handedOff' ||
    busyForCues(t);
  if (overtaken || t.at >= open.closesAt) closeCue(t, 'expired');
}

/** A posture mark has been reached and not handled yet. */
export function postureMarkReached(t: Turn): boolean {
  const mark = nextPostureMarkAt(t.s.cues, t.s.count, office(t), t.settings);
  return mark !== null && t.at >= mark;
}

/**
 * The posture mark, when reached: shown if the moment is quiet and not near
 * a break (5 min either side), else passed over. `breakDueAt` is when the
 * next break is due (null: not in this block).
 */
export function settlePostureMark(t: Turn, known: Observation, breakDueAt: number | null): void {
  if (!postureMarkReached(t)) return;
  const s = t.s;
  s.cues = marksHandled(s.cues, s.count, t.settings);
  if (!postureWelcome(t, known, breakDueAt)) return;
  openCue(t, 'posture');
}

function postureWelcome(t: Turn, known: Observation, breakDueAt: number | null): boolean {
  const s = t.s;
  if (!quietMoment(t, known) || s.phase.kind !== 'counting') return false;
  if (s.cues.open || s.cues.standing) return false;
  if (s.lastBreakAt !== null && t.at - s.lastBreakAt <= QUIET_AROUND_BREAK_MS) return false;
  return breakDueAt === null || breakDueAt - t.at > QUIET_AROUND_BREAK_MS;
}

/** The next posture mark worth waking for: none that would only be passed over near the break. */
export function postureWakeAt(t: Turn, breakDueAt: number | null): number | null {
  const s: { cues: CuesState } = t.s;
  if (s.cues.standing) return null;
  const mark = nextPostureMarkAt(s.cues, t.s.count, office(t), t.settings);
  if (mark === null) return null;
  if (breakDueAt !== null && breakDueAt - mark <= QUIET_AROUND_BREAK_MS) return null;
  return mark;
}

/** The stand mark has been reached this count and not handled yet. */
export function standMarkReached(t: Turn): boolean {
  const mark = standMarkAt(t.s.cues, t.s.count, office(t), t.settings);
  return mark !== null && t.at >= mark;
}

/**
 * Sit-stand rhythm: at sitMinutes of the count, "Time to stand up" (quiet
 * like a posture cue) and a standing block from now; a mark that falls in a
 * busy or paused time is passed over (the block is a sitting one throughout).
 */
export function settleStandMark(t: Turn, known: Observation): void {
  if (!standMarkReached(t)) return;
  const s = t.s;
  s.cues = { ...s.cues, standHandledCount: s.count.id };
  if (!quietMoment(t, known) || s.phase.kind !== 'counting') return;
  openCue(t, 'stand');
  s.cues = { ...s.cues, standing: { since: t.at, countId: s.count.id, byCueAt: t.at } };
}

/**
 * The standing block ends at the break (its prompt, or any new count: a
 * routine, a natural break, a skip), a pause, a busy spell or the end of
 * office hours, and is written down then.
 */
export function settleStanding(t: Turn): void {
  const s = t.s;
  const standing = s.cues.standing;
  if (!standing) return;
  const over =
    s.pause !== null ||
    holding(t) ||
    !office(t).span ||
    s.phase.kind !== 'counting' ||
    s.count.id !== standing.countId ||
    !t.settings.standingDesk.enabled;
  if (!over) return;
  s.cues = { ...s.cues, standing: null };
  if (t.at > standing.since) record(t, { type: 'standing', at: t.at, startedAt: standing.since });
}

/** After the move part (the break snoozed or skipped, or its routine over): "Time to sit down". */
export function sitDown(t: Turn): void {
  if (!t.settings.standingDesk.enabled) return;
  settleStanding(t);
  if (!quietMoment(t, {})) return;
  openCue(t, 'sit');
}
