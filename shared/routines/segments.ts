import type { PoseId, Routine, Step } from './model';

export type SegmentKind = 'getReady' | 'hold' | 'rep' | 'timed' | 'rest';
export type Side = 'left' | 'right';

/**
 * One stretch of the routine with a single thing to do. Get-ready and rest
 * segments carry the side, set, title, cues and pose of the work that follows
 * them, so the screen can show what is coming next.
 */
export interface Segment {
  /** Position in the timeline, 0-based. */
  readonly index: number;
  readonly stepId: string;
  readonly stepIndex: number;
  readonly kind: SegmentKind;
  readonly side: Side | null;
  /** 1-based set number (per side). */
  readonly set: number;
  readonly setsTotal: number;
  /** Reps in this set ('rep' segments only): one segment covers a whole set. */
  readonly repsTotal?: number;
  /** Pace of one rep ('rep' segments only); see {@link repAt}. */
  readonly msPerRep?: number;
  /** Offset from the start of the routine. */
  readonly startMs: number;
  readonly durationMs: number;
  readonly title: string;
  readonly cues: readonly string[];
  readonly pose: PoseId;
  /** The first segment on a new side: the person changes sides here. */
  readonly sideSwitch: boolean;
}

/** A routine laid out flat, in playing order, with no gaps. */
export type Timeline = readonly Segment[];

const WORK_KINDS: ReadonlySet<SegmentKind> = new Set(['hold', 'rep', 'timed']);

/** True for segments where the person does the exercise (not get-ready, not rest). */
export function isWork(segment: Segment): boolean {
  return WORK_KINDS.has(segment.kind);
}

/** Milliseconds in a number of seconds, rounded to the millisecond. */
function msFromSeconds(value: number): number {
  return Math.round(value * 1000);
}

function requirePositive(value: number, what: string, step: Step): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`step "${step.id}": ${what} must be above 0 (got ${value})`);
  }
}

function requireCount(value: number, what: string, step: Step): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`step "${step.id}": ${what} must be a whole number from 1 (got ${value})`);
  }
}

function requireNonNegative(value: number, what: string, step: Step): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`step "${step.id}": ${what} must be 0 or more (got ${value})`);
  }
}

// A zero-length or NaN segment would freeze the player or make it skip
// silently; catching it here names the step at fault.
function validate(step: Step): void {
  requireCount(step.sets, 'sets', step);
  requireNonNegative(step.restSeconds, 'restSeconds', step);
  requireNonNegative(step.getReadySeconds, 'getReadySeconds', step);
  if (step.kind === 'reps') {
    requireCount(step.reps, 'reps', step);
    requirePositive(step.secondsPerRep, 'secondsPerRep', step);
  } else {
    requirePositive(step.seconds, 'seconds', step);
  }
}

type Draft = Omit<Segment, 'index' | 'startMs'>;

function stepSegments(step: Step, stepIndex: number): Draft[] {
  validate(step);
  const sides: readonly (Side | null)[] = step.sides === 'both' ? ['left', 'right'] : [null];
  const common = {
    stepId: step.id,
    stepIndex,
    setsTotal: step.sets,
    title: step.title,
    cues: step.cues,
    pose: step.pose,
  };
  const out: Draft[] = [];
  if (step.getReadySeconds > 0) {
    out.push({
      ...common,
      kind: 'getReady',
      side: sides[0] ?? null,
      set: 1,
      durationMs: msFromSeconds(step.getReadySeconds),
      sideSwitch: false,
    });
  }
  let previousSide: Side | null | undefined;
  for (const side of sides) {
    for (let set = 1; set <= step.sets; set++) {
      const first = previousSide === undefined;
      const switching = !first && side !== previousSide;
      // Rest goes between work blocks only: never before the first (get
      // ready covers that) and never after the last (the next step's get
      // ready does).
      const rested = !first && step.restSeconds > 0;
      if (rested) {
        out.push({
          ...common,
          kind: 'rest',
          side,
          set,
          durationMs: msFromSeconds(step.restSeconds),
          sideSwitch: switching,
        });
      }
      const work =
        step.kind === 'reps'
          ? {
              kind: 'rep' as const,
              durationMs: step.reps * msFromSeconds(step.secondsPerRep),
              repsTotal: step.reps,
              msPerRep: msFromSeconds(step.secondsPerRep),
            }
          : { kind: step.kind, durationMs: msFromSeconds(step.seconds) };
      out.push({ ...common, ...work, side, set, sideSwitch: switching && !rested });
      previousSide = side;
    }
  }
  return out;
}

/**
 * Lays a routine out as a flat timeline. Per step: get ready (if any), then
 * every set on the left, then every set on the right (or every set once for
 * one-sided steps), with a rest between consecutive work blocks. The rest
 * between the last left set and the first right set is the side switch.
 *
 * @throws RangeError when a step has a non-positive duration or count.
 */
export function expand(routine: Routine): Timeline {
  const drafts = routine.steps.flatMap((step, stepIndex) => stepSegments(step, stepIndex));
  let startMs = 0;
  return drafts.map((draft, index) => {
    const segment: Segment = { ...draft, index, startMs };
    startMs += draft.durationMs;
    return segment;
  });
}

/** Length of a laid-out timeline in ms. */
export function timelineDurationMs(timeline: Timeline): number {
  const last = timeline.at(-1);
  return last ? last.startMs + last.durationMs : 0;
}

/** Exact length of a routine in ms, as the player will run it without pauses. */
export function routineDurationMs(routine: Routine): number {
  return timelineDurationMs(expand(routine));
}

/**
 * Index of the segment playing at `offsetMs` from the routine start. A
 * boundary belongs to the segment that starts there. Returns
 * `timeline.length` at or after the end.
 */
export function segmentIndexAt(timeline: Timeline, offsetMs: number): number {
  if (offsetMs >= timelineDurationMs(timeline)) return timeline.length;
  let found = 0;
  for (const segment of timeline) {
    if (segment.startMs > offsetMs) break;
    found = segment.index;
  }
  return found;
}

/**
 * The rep being done `elapsedInSegmentMs` into a 'rep' segment, 1-based and
 * never above the set's total (the last instant still shows the last rep).
 * Null for segments that are not reps.
 */
export function repAt(segment: Segment, elapsedInSegmentMs: number): number | null {
  if (segment.kind !== 'rep' || !segment.repsTotal || !segment.msPerRep) return null;
  const rep = Math.floor(Math.max(0, elapsedInSegmentMs) / segment.msPerRep) + 1;
  return Math.min(rep, segment.repsTotal);
}

/**
 * The first segment of the step after the one `index` belongs to (usually
 * its get-ready), for a "next up" preview. Null on the last step or for an
 * index outside the timeline.
 */
export function nextStepPreview(timeline: Timeline, index: number): Segment | null {
  const current = timeline[index];
  if (!current) return null;
  return timeline.find((s) => s.stepIndex > current.stepIndex) ?? null;
}

/** Index of the first segment of the step that segment `index` belongs to. */
export function stepStartIndex(timeline: Timeline, index: number): number {
  const current = timeline[index];
  if (!current) return Math.max(0, Math.min(index, timeline.length));
  return timeline.findIndex((s) => s.stepIndex === current.stepIndex);
}
