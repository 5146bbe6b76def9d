import type { PowerEvent } from '../events';
import { nextSampleAt, presentAt, takeSample, type Presence } from './idleSampler';

/** Screen locked or machine suspended, since when, and which of the two still holds. */
export interface Away {
  since: number;
  cause: 'lock' | 'suspend';
  locked: boolean;
  suspended: boolean;
}

/**
 * Whether the person is at the desk: sparse idle samples inside office
 * hours, and lock and suspend from the desktop.
 */
export interface PresenceState {
  presence: Presence;
  /** The work block the latest sample was taken in: the first sample of a block is not a break. */
  sampledBlock: number | null;
  /** When to read idle time again. */
  nextSampleAt: number;
  away: Away | null;
  /** The last moment the planner ran; a timer that fires late measures the unannounced sleep from here. */
  awakeAt: number;
}

export function presentFrom(now: number, breakMs: number): PresenceState {
  return {
    presence: presentAt(now),
    sampledBlock: null,
    nextSampleAt: now + breakMs,
    away: null,
    awakeAt: now,
  };
}

/** Lock or suspend begins (or adds to an absence already under way). */
export function goneAway(
  state: PresenceState,
  event: 'lock' | 'suspend',
  now: number,
): PresenceState {
  const flag = event === 'lock' ? 'locked' : 'suspended';
  if (state.away) return { ...state, away: { ...state.away, [flag]: true } };
  return {
    ...state,
    away: { since: now, cause: event, locked: event === 'lock', suspended: event === 'suspend' },
  };
}

/** Unlock or resume: the absence it ends, or null while the other half still holds (or nothing was away). */
export function comingBack(
  state: PresenceState,
  event: Exclude<PowerEvent, 'lock' | 'suspend'>,
): { state: PresenceState; ended: Away | null } {
  const away = state.away;
  if (!away) return { state, ended: null };
  const next = event === 'resume' ? { ...away, suspended: false } : { ...away, locked: false };
  if (next.locked || next.suspended) return { state: { ...state, away: next }, ended: null };
  return { state: { ...state, away: null }, ended: away };
}

/** Back at the desk at `now`: sampling starts over at the sparse rate. */
export function backAt(state: PresenceState, now: number, breakMs: number): PresenceState {
  return { ...state, presence: presentAt(now), nextSampleAt: now + breakMs };
}

export interface SampleOutcome {
  state: PresenceState;
  /** The person is idle for a natural break or longer (the count restarts from here). */
  away: boolean;
  /** A natural break has just completed mid-block (record it, and answer a waiting interval reminder). */
  breakCompleted: boolean;
  idleMs: number;
}

/** One idle reading inside the work block starting at `blockStart`. */
export function sampleIdle(
  state: PresenceState,
  now: number,
  idleSeconds: number,
  breakMs: number,
  blockStart: number,
): SampleOutcome {
  const result = takeSample(state.presence, now, idleSeconds, breakMs);
  const firstInBlock = state.sampledBlock !== blockStart;
  return {
    state: {
      ...state,
      presence: result.presence,
      sampledBlock: blockStart,
      nextSampleAt: nextSampleAt(result.presence, now, breakMs),
    },
    away: result.presence.away,
    // Not back yet at the start of office hours is not a break; mid-block it is.
    breakCompleted: result.breakStarted && !firstInBlock,
    idleMs: result.idleMs,
  };
}

/** Presence with its wall-clock times moved by `deltaMs` (the system clock was stepped back). */
export function shiftPresence(state: PresenceState, deltaMs: number): PresenceState {
  return {
    ...state,
    presence: { ...state.presence, lastActivityAt: state.presence.lastActivityAt + deltaMs },
    nextSampleAt: state.nextSampleAt + deltaMs,
    away: state.away ? { ...state.away, since: state.away.since + deltaMs } : null,
    awakeAt: state.awakeAt + deltaMs,
  };
}
