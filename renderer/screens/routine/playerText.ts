import type { Position } from '../../../shared/routines/sessionClock';
import {
  nextStepPreview,
  repAt,
  type Segment,
  type SegmentKind,
  type Timeline,
} from '../../../shared/routines/segments';

/** "1:05" for 65 000 ms; seconds round up, so a countdown shows 1 until it reaches 0. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** What the big number in the ring shows: plain seconds under a minute, else m:ss. */
export function ringNumber(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return seconds < 60 ? String(seconds) : formatClock(remainingMs);
}

const KIND_LABELS: Record<SegmentKind, string> = {
  getReady: 'Get ready',
  hold: 'Hold',
  rep: 'Reps',
  timed: 'Keep going',
  rest: 'Rest',
};

/** The word over the step title: what to do right now. */
export function phaseLabel(segment: Segment): string {
  if (segment.kind === 'rest' && segment.sideSwitch) return 'Switch sides';
  return KIND_LABELS[segment.kind];
}

/** "Left side", or null for steps done once. */
export function sideLabel(segment: Segment): string | null {
  if (!segment.side) return null;
  return segment.side === 'left' ? 'Left side' : 'Right side';
}

/** "Set 2 of 3", or null for one-set steps. */
export function setLabel(segment: Segment): string | null {
  return segment.setsTotal > 1 ? `Set ${segment.set} of ${segment.setsTotal}` : null;
}

/** "Rep 3 of 8" in a reps segment, else null. */
export function repLabel(segment: Segment, elapsedInSegmentMs: number): string | null {
  const rep = repAt(segment, elapsedInSegmentMs);
  return rep === null ? null : `Rep ${rep} of ${segment.repsTotal ?? rep}`;
}

/** How many steps the routine has, counted from its timeline. */
export function stepCount(timeline: Timeline): number {
  const last = timeline.at(-1);
  return last ? last.stepIndex + 1 : 0;
}

/** "Next: Seated forward hang", or the finish on the last step. */
export function nextLabel(timeline: Timeline, index: number): string {
  const next = nextStepPreview(timeline, index);
  return next ? `Next: ${next.title}` : 'Next: Finish';
}

function doingNow(segment: Segment): string {
  const seconds = Math.round(segment.durationMs / 1000);
  switch (segment.kind) {
    case 'rep':
      return `${segment.repsTotal ?? ''} reps.`;
    case 'hold':
      return `Hold for ${seconds} seconds.`;
    case 'timed':
      return `${seconds} seconds.`;
    case 'getReady':
      return `Get ready, ${seconds} seconds.`;
    case 'rest':
      return `${segment.sideSwitch ? 'Switch sides' : 'Rest'}, ${seconds} seconds.`;
  }
}

/**
 * What a screen reader hears when the step changes: said once per segment
 * (and on pause), never every second.
 */
export function announcement(timeline: Timeline, position: Position): string {
  const segment = timeline[position.segmentIndex];
  if (!segment) return '';
  if (position.paused) return 'Paused.';
  const side = sideLabel(segment);
  return [
    `Step ${segment.stepIndex + 1} of ${stepCount(timeline)}: ${segment.title}.`,
    side ? `${side}.` : '',
    doingNow(segment),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Steps the person went through, for the finish screen: those reached before
 * the routine ended (all of them when it ran to the end), minus the skipped.
 */
export function stepsDone(
  timeline: Timeline,
  skippedStepIds: readonly string[],
  endPosition: Position,
): number {
  const reached = endPosition.done
    ? stepCount(timeline)
    : (timeline[endPosition.segmentIndex]?.stepIndex ?? 0);
  const skipped = new Set(skippedStepIds);
  let done = 0;
  for (let i = 0; i < reached; i++) {
    const stepId = timeline.find((s) => s.stepIndex === i)?.stepId;
    if (stepId && !skipped.has(stepId)) done++;
  }
  return done;
}

/** "Pain 5 → 2" material: a short phrase for the change, or null when not rated both times. */
export function painChange(before: number | null, after: number | null): string | null {
  if (before === null || after === null) return null;
  const delta = after - before;
  if (delta === 0) return 'No change';
  return delta < 0 ? `${-delta} lower` : `${delta} higher`;
}
