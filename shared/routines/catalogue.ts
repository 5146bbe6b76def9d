import type { Routine } from './model';
import { eveningWindDown, floorDecompression, morningMobility } from './library/floor';
import { MAT_REST_DEFAULT_MINUTES, matRestRoutine } from './library/matRest';
import { partnerTraction } from './library/partner';
import { quickSeatedReset, seatedDecompression } from './library/seated';
import { selfMassageBreak } from './library/selfMassage';
import { standingDeskReset } from './library/standing';

export {
  MAT_REST_DEFAULT_MINUTES,
  MAT_REST_MAX_MINUTES,
  MAT_REST_MIN_MINUTES,
  matRestRoutine,
} from './library/matRest';
export { STOP_SIGNAL_STEP_ID } from './library/partner';

/** Every routine id, in the order the catalogue lists them. */
export const ROUTINE_IDS = [
  'quick-seated-reset',
  'seated-decompression',
  'standing-desk-reset',
  'self-massage-break',
  'morning-mobility',
  'floor-decompression',
  'evening-wind-down',
  'partner-traction',
  'mat-rest',
] as const;

export type RoutineId = (typeof ROUTINE_IDS)[number];

/** The routine an office-hours break offers unless settings say otherwise. */
export const DEFAULT_BREAK_ROUTINE_ID: RoutineId = 'quick-seated-reset';

// A Record so that adding an id without a routine fails the typecheck.
const ROUTINES: Readonly<Record<RoutineId, Routine>> = {
  'quick-seated-reset': quickSeatedReset,
  'seated-decompression': seatedDecompression,
  'standing-desk-reset': standingDeskReset,
  'self-massage-break': selfMassageBreak,
  'morning-mobility': morningMobility,
  'floor-decompression': floorDecompression,
  'evening-wind-down': eveningWindDown,
  'partner-traction': partnerTraction,
  'mat-rest': matRestRoutine(MAT_REST_DEFAULT_MINUTES),
};

/** All routines, in display order. */
export const CATALOGUE: readonly Routine[] = ROUTINE_IDS.map((id) => ROUTINES[id]);

/** Narrows untrusted input (settings, IPC payloads) to a known routine id. */
export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && (ROUTINE_IDS as readonly string[]).includes(value);
}

/** The routine with this id. Mat rest comes at its default length; see {@link matRestRoutine}. */
export function getRoutine(id: RoutineId): Routine {
  return ROUTINES[id];
}
