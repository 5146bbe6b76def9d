import type { HoldStep, PoseId, RepsStep, Sides } from '../model';

interface StepFields {
  id: string;
  title: string;
  pose: PoseId;
  cues: readonly string[];
  sets?: number;
  restSeconds?: number;
  sides?: Sides;
  getReadySeconds?: number;
}

// Most steps are one set, one-sided, with a short moment to get into
// position; spelling that out on every step would bury the content.
function withDefaults<F extends StepFields>(fields: F) {
  return {
    sets: 1,
    restSeconds: 0,
    sides: 'none' as const,
    getReadySeconds: 5,
    ...fields,
  };
}

/** A held position, `seconds` per set. */
export function hold(fields: StepFields & { seconds: number }): HoldStep {
  return { ...withDefaults(fields), kind: 'hold' };
}

/** A plain timer (rest on the floor, massage, breathing), `seconds` per set. */
export function timed(fields: StepFields & { seconds: number }): HoldStep {
  return { ...withDefaults(fields), kind: 'timed' };
}

/** Slow repetitions, `reps` per set at `secondsPerRep`. */
export function reps(fields: StepFields & { reps: number; secondsPerRep: number }): RepsStep {
  return { ...withDefaults(fields), kind: 'reps' };
}
