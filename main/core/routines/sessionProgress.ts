import {
  isWork,
  positionAt,
  type SessionClock,
  type Timeline,
} from '../../../shared/routines/timeline';

/**
 * A Skip that leaves less than this of a work block only saves the person a
 * moment of waiting; it does not count as skipping the step.
 */
export const SKIP_GRACE_MS = 2000;

/**
 * The step whose work a Skip at `now` would cut short, or null (skipping a
 * get-ready or a rest, or the last moment of a hold, leaves no work undone).
 */
export function stepCutShortBySkip(
  timeline: Timeline,
  clock: SessionClock,
  now: number,
): string | null {
  const position = positionAt(timeline, clock, now);
  if (position.done) return null;
  const segment = timeline[position.segmentIndex];
  if (!segment || !isWork(segment)) return null;
  return position.remainingInSegmentMs > SKIP_GRACE_MS ? segment.stepId : null;
}

/** Wall time spent in the routine up to `to`, pauses excluded (ms). */
export function activeMs(clock: SessionClock, to: number): number {
  let paused = 0;
  for (const pause of clock.pauses) {
    const end = Math.min(pause.resumedAt ?? to, to);
    paused += Math.max(0, end - pause.at);
  }
  return Math.max(0, to - clock.startedAt - paused);
}
