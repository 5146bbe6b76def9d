import { segmentIndexAt, stepStartIndex, timelineDurationMs, type Timeline } from './segments';

/** A pause that began at `at` (epoch ms); `resumedAt` is null while it lasts. */
export interface PauseSpan {
  readonly at: number;
  readonly resumedAt: number | null;
}

/** At wall time `at` the player moved to the start of segment `toSegmentIndex`. */
export interface Jump {
  readonly at: number;
  /** 0..timeline.length; `timeline.length` means "the end" (a skip past the last segment). */
  readonly toSegmentIndex: number;
}

/**
 * Everything needed to know where a running routine is, for any `now`:
 * small, plain JSON, owned by main and sent to the renderer, which never
 * counts down on its own. Only ever appended to, so the position at any
 * earlier instant can still be recomputed.
 */
export interface SessionClock {
  readonly startedAt: number;
  readonly pauses: readonly PauseSpan[];
  readonly jumps: readonly Jump[];
}

/** Where the routine is at one instant. */
export interface Position {
  /** Current segment; the last one once done. */
  readonly segmentIndex: number;
  readonly elapsedInSegmentMs: number;
  readonly remainingInSegmentMs: number;
  /** Offset from the routine start, as on the timeline. */
  readonly offsetMs: number;
  /** Time left in the whole routine, not counting future pauses. */
  readonly remainingMs: number;
  /** 0..1 over the whole routine. */
  readonly overallProgress: number;
  readonly done: boolean;
  readonly paused: boolean;
}

/** Within this much of a segment's start, Back goes further back instead of restarting it. */
export const BACK_RESTART_THRESHOLD_MS = 2000;

/** A clock for a routine started at `now`. */
export function startClock(now: number): SessionClock {
  return { startedAt: now, pauses: [], jumps: [] };
}

// The wall clock can step backwards (NTP, manual change). Recording an
// instant earlier than one already recorded would give a negative pause or
// reorder jumps, so every new record is clamped to the latest one.
function latestInstant(clock: SessionClock): number {
  let latest = clock.startedAt;
  for (const p of clock.pauses) latest = Math.max(latest, p.at, p.resumedAt ?? p.at);
  for (const j of clock.jumps) latest = Math.max(latest, j.at);
  return latest;
}

function openPause(clock: SessionClock, now: number): PauseSpan | undefined {
  return clock.pauses.find((p) => p.at <= now && (p.resumedAt === null || p.resumedAt > now));
}

/** Paused time inside [from, to]. Pauses recorded after `to` do not count yet. */
function pausedMsBetween(clock: SessionClock, from: number, to: number): number {
  let total = 0;
  for (const p of clock.pauses) {
    const end = Math.min(p.resumedAt ?? to, to);
    total += Math.max(0, end - Math.max(p.at, from));
  }
  return total;
}

function clampIndex(timeline: Timeline, index: number): number {
  return Math.max(0, Math.min(Math.trunc(index), timeline.length));
}

function startOfIndex(timeline: Timeline, index: number): number {
  return timeline[index]?.startMs ?? timelineDurationMs(timeline);
}

/**
 * Offset into the timeline at `now`: the latest jump (or the start) sets a
 * base, then time runs at wall speed except while paused.
 */
function offsetAt(timeline: Timeline, clock: SessionClock, now: number): number {
  let baseAt = clock.startedAt;
  let baseMs = 0;
  for (const jump of clock.jumps) {
    if (jump.at <= now && jump.at >= baseAt) {
      baseAt = jump.at;
      baseMs = startOfIndex(timeline, clampIndex(timeline, jump.toSegmentIndex));
    }
  }
  const active = now - baseAt - pausedMsBetween(clock, baseAt, now);
  return Math.min(timelineDurationMs(timeline), baseMs + Math.max(0, active));
}

/**
 * Where the routine stands at `now`. Pure: main and the renderer get the same
 * answer from the same clock. A segment boundary belongs to the segment that
 * starts there; at the very end the routine is done, on its last segment.
 */
export function positionAt(timeline: Timeline, clock: SessionClock, now: number): Position {
  const totalMs = timelineDurationMs(timeline);
  const offsetMs = offsetAt(timeline, clock, now);
  const paused = openPause(clock, now) !== undefined;
  const index = segmentIndexAt(timeline, offsetMs);
  const done = index >= timeline.length;
  const segmentIndex = done ? Math.max(0, timeline.length - 1) : index;
  const segment = timeline[segmentIndex];
  const elapsedInSegmentMs = segment ? offsetMs - segment.startMs : 0;
  return {
    segmentIndex,
    elapsedInSegmentMs,
    remainingInSegmentMs: segment ? segment.durationMs - elapsedInSegmentMs : 0,
    offsetMs,
    remainingMs: totalMs - offsetMs,
    overallProgress: totalMs > 0 ? offsetMs / totalMs : 1,
    done,
    paused,
  };
}

/** Pauses at `now`; a clock that is already paused comes back unchanged. */
export function pauseAt(clock: SessionClock, now: number): SessionClock {
  const at = Math.max(now, latestInstant(clock));
  if (openPause(clock, at)) return clock;
  return { ...clock, pauses: [...clock.pauses, { at, resumedAt: null }] };
}

/** Resumes at `now`; a clock that is not paused comes back unchanged. */
export function resumeAt(clock: SessionClock, now: number): SessionClock {
  const at = Math.max(now, latestInstant(clock));
  if (!clock.pauses.some((p) => p.resumedAt === null)) return clock;
  return {
    ...clock,
    pauses: clock.pauses.map((p) => (p.resumedAt === null ? { ...p, resumedAt: at } : p)),
  };
}

/**
 * Moves to the start of segment `index` at `now` (clamped to 0..length;
 * `timeline.length` ends the routine). A paused clock stays paused, now
 * showing the new segment from its start.
 */
export function jumpTo(
  clock: SessionClock,
  timeline: Timeline,
  now: number,
  index: number,
): SessionClock {
  const at = Math.max(now, latestInstant(clock));
  return { ...clock, jumps: [...clock.jumps, { at, toSegmentIndex: clampIndex(timeline, index) }] };
}

/** Skip: to the start of the next segment (past the last one: done). No change once done. */
export function skipSegment(clock: SessionClock, timeline: Timeline, now: number): SessionClock {
  const position = positionAt(timeline, clock, now);
  if (position.done) return clock;
  return jumpTo(clock, timeline, now, position.segmentIndex + 1);
}

/**
 * Back, segment by segment, like a music player's previous button:
 * - more than 2 s into a get-ready or work segment: restart that segment;
 * - otherwise (or in a rest): go to the start of the nearest earlier segment
 *   that is not a rest, i.e. redo the previous set, side or step.
 * Rests are never a target: landing in one would only make the person wait.
 * At the very first segment it restarts it. Once done, it restarts the last
 * set.
 */
export function backSegment(clock: SessionClock, timeline: Timeline, now: number): SessionClock {
  const position = positionAt(timeline, clock, now);
  const current = timeline[position.segmentIndex];
  if (!current) return clock;
  if (current.kind !== 'rest' && position.elapsedInSegmentMs > BACK_RESTART_THRESHOLD_MS) {
    return jumpTo(clock, timeline, now, current.index);
  }
  let target = current.index - 1;
  while (target > 0 && timeline[target]?.kind === 'rest') target--;
  return jumpTo(clock, timeline, now, Math.max(0, target));
}

/** Skip the rest of the current step: to the start of the next one (or done). */
export function skipStep(clock: SessionClock, timeline: Timeline, now: number): SessionClock {
  const position = positionAt(timeline, clock, now);
  if (position.done) return clock;
  const current = timeline[position.segmentIndex];
  const next = timeline.findIndex((s) => current !== undefined && s.stepIndex > current.stepIndex);
  return jumpTo(clock, timeline, now, next === -1 ? timeline.length : next);
}

/**
 * Back by whole steps: more than 2 s into the current step, restart it;
 * otherwise go to the start of the previous step.
 */
export function backStep(clock: SessionClock, timeline: Timeline, now: number): SessionClock {
  const position = positionAt(timeline, clock, now);
  const start = stepStartIndex(timeline, position.segmentIndex);
  const intoStep = position.offsetMs - (timeline[start]?.startMs ?? 0);
  if (intoStep > BACK_RESTART_THRESHOLD_MS || start === 0) {
    return jumpTo(clock, timeline, now, start);
  }
  return jumpTo(clock, timeline, now, stepStartIndex(timeline, start - 1));
}
