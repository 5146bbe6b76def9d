import { z } from 'zod';
import { routineSourceSchema, type RoutineSource } from '../history/events';
import { ROUTINE_IDS, type RoutineId } from '../routines/catalogue';
import type { SessionClock } from '../routines/sessionClock';
import { channel, event } from './channel';

/**
 * Where a routine session is:
 * - 'checkIn': the player is open, asking for pain before; the clock has not started;
 * - 'running': the clock runs (or is paused);
 * - 'ended': completed, stopped or "this hurts"; waiting for the after check-in
 *   (unless `recorded`) and then showing the finish screen;
 * - 'interrupted': main restarted after a crash while this routine was open;
 *   the window asks whether to resume it (its clock is paused where it was).
 */
export type RoutinePhase = 'checkIn' | 'running' | 'ended' | 'interrupted';

/** How a routine ended. 'hurts' is a stop with the pain advice. */
export type RoutineOutcome = 'completed' | 'stopped' | 'hurts';

export const ROUTINE_ACTIONS = [
  'pause',
  'resume',
  'next',
  'back',
  'stop',
  'hurts',
  'finish',
  // For an interrupted routine: 'resume' carries on, 'restart' starts it over,
  // 'dismiss' ("Not now") lets it go. Both of the last two record it as interrupted.
  'restart',
  'dismiss',
] as const;
export type RoutineAction = (typeof ROUTINE_ACTIONS)[number];

export const SAFETY_SCOPES = ['general', 'partner'] as const;
/** Which acknowledgement: the general contraindications, or the partner-traction checks. */
export type SafetyScope = (typeof SAFETY_SCOPES)[number];

/**
 * The running routine as main holds it, sent whole on every change. The
 * window lays the routine out itself (expand(getRoutine(routineId))) and
 * computes everything it shows from `clock` and its own time: it never
 * counts down by decrementing.
 */
export interface RoutineSessionView {
  /** Grows with every change; a window ignores a view older than the one it shows. */
  revision: number;
  routineId: RoutineId;
  title: string;
  source: RoutineSource;
  phase: RoutinePhase;
  /** Null until the pain check-in before the routine is answered or skipped. */
  clock: SessionClock | null;
  painBefore: number | null;
  painAfter: number | null;
  /** Steps whose work was cut short by Skip, in the order they were skipped. */
  skippedStepIds: readonly string[];
  outcome: RoutineOutcome | null;
  /** When the routine ended (epoch ms), or null. */
  endedAt: number | null;
  /** Time spent in the routine, pauses excluded (ms); final once ended. */
  playedMs: number;
  /** The outcome is in the history log (and the after check-in is over). */
  recorded: boolean;
  /**
   * Phase 'interrupted' only: the last moment the routine was known to be
   * open before main went down (epoch ms); the clock is paused there.
   */
  interruptedAt: number | null;
  /** Phase 'interrupted' only: the phase to go back to on resume. */
  resumesTo: 'checkIn' | 'running' | null;
}

/** A routine waiting for a safety acknowledgement before it can start. */
export interface PendingRoutine {
  routineId: RoutineId;
  title: string;
  source: RoutineSource;
  /** The acknowledgement still missing. */
  scope: SafetyScope;
}

export type StartRoutineResult =
  | { status: 'started' }
  /** The safety window opened; the routine starts once it is acknowledged. */
  | { status: 'needs-safety'; scope: SafetyScope }
  /** Another routine is playing; its window was brought to the front. */
  | { status: 'already-running' };

export interface SafetyAckResult {
  /** The routine that was waiting for this acknowledgement has started. */
  started: boolean;
  /** Still waiting (partner traction needs both acknowledgements), or null. */
  pending: PendingRoutine | null;
}

const painScore = z.number().int().min(0).max(10).nullable();

export const routineChannels = {
  /** The session main holds, or null: a reloaded window resumes from it. */
  getRoutineSession: channel<RoutineSessionView | null>()(z.undefined()),
  startRoutine: channel<StartRoutineResult>()(
    z
      .object({
        routineId: z.enum(ROUTINE_IDS, { error: 'must be a routine from the catalogue' }),
        source: routineSourceSchema,
      })
      .strict(),
  ),
  /**
   * Pause, resume, skip, back, stop, "this hurts", or leave the finish screen
   * ('finish'); for an interrupted routine, resume, restart or dismiss.
   */
  controlRoutine: channel<RoutineSessionView | null>()(
    z.object({ action: z.enum(ROUTINE_ACTIONS) }).strict(),
  ),
  /** Pain 0-10 before (starts the clock) or after the routine; null skips the question. */
  recordPain: channel<RoutineSessionView>()(
    z.object({ when: z.enum(['before', 'after']), score: painScore }).strict(),
  ),
  acknowledgeSafety: channel<SafetyAckResult>()(
    z.object({ scope: z.enum(SAFETY_SCOPES) }).strict(),
  ),
  getPendingRoutine: channel<PendingRoutine | null>()(z.undefined()),
  /** "Not for me" on the safety screen: forget the waiting routine. */
  cancelPendingRoutine: channel<undefined>()(z.undefined()),
};

export const routineEvents = {
  routineSession: event<RoutineSessionView | null>(),
};

export type { RoutineId, RoutineSource };
