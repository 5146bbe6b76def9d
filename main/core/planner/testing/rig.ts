import { onTestFinished } from 'vitest';
import { openRig, type Rig, type RigOptions } from './plannerRig';

export type { Rig, RigOptions } from './plannerRig';

/** A planner rig for one test: retired (fake time removed, node-cron jobs gone) when the test ends. */
export function createRig(options: RigOptions = {}): Rig {
  const rig = openRig(options);
  onTestFinished(() => rig.retire());
  return rig;
}
