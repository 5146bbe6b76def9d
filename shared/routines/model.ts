import type { PoseId } from './poses';

export type { PoseId } from './poses';

export const POSITIONS = ['seated', 'standing', 'floor', 'partner'] as const;
export type Position = (typeof POSITIONS)[number];

export type StepKind = 'hold' | 'reps' | 'timed';
export type Sides = 'none' | 'both';

interface StepBase {
  /** Unique within its routine; history and tests refer to it. */
  id: string;
  title: string;
  /** One to three short imperative lines, shown and read in order. */
  cues: readonly string[];
  pose: PoseId;
  /** Work blocks per side. */
  sets: number;
  /** Rest between work blocks of this step (also used for the side switch). */
  restSeconds: number;
  /** 'both' runs every set on the left, then every set on the right. */
  sides: Sides;
  /** Time to get into position before the first work block; 0 for none. */
  getReadySeconds: number;
}

/** A held position or a plain timer: one duration per work block. */
export interface HoldStep extends StepBase {
  kind: 'hold' | 'timed';
  seconds: number;
  reps?: undefined;
  secondsPerRep?: undefined;
}

/** Slow repetitions paced by the player: a set lasts reps x secondsPerRep. */
export interface RepsStep extends StepBase {
  kind: 'reps';
  reps: number;
  secondsPerRep: number;
  seconds?: undefined;
}

/**
 * One exercise in a routine. A union rather than one shape with optional
 * fields, so that a hold without seconds or reps without a pace cannot be
 * written down; `step.seconds` and `step.reps` still read on any step.
 */
export type Step = HoldStep | RepsStep;

export interface Routine {
  id: string;
  title: string;
  /** One sentence for lists and the prompt. */
  summary: string;
  /** Several positions when the person may choose (self-massage: seated or standing). */
  position: Position | readonly Position[];
  equipment: readonly string[];
  /** Warnings specific to this routine, on top of the general safety list. */
  safety: readonly string[];
  /** The length people are told in lists; the timeline is the exact figure. */
  declaredMinutes: number;
  steps: readonly Step[];
  /** Ask both people the safety questions before starting. */
  requiresPartnerConsent?: boolean;
}

/** The positions a routine can be done in, always as a list. */
export function routinePositions(routine: Routine): readonly Position[] {
  return typeof routine.position === 'string' ? [routine.position] : routine.position;
}
