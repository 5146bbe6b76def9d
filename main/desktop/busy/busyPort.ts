/**
 * The live half of the planner's busy port, as main/core/busy/busySource.ts
 * defines it: the detectors here plug into the core's port unchanged.
 */
export type { BusyAnswer, BusyReasonKind, LiveBusySource } from '../../core/busy/busySource';
