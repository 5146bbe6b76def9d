import type { routineChannels } from '../../../shared/ipc/routineChannels';
import type { Handlers } from '../ipc/router';
import type { RoutineService } from '../routines/routineService';

type RoutineHandlers = Pick<Handlers, keyof typeof routineChannels>;

/**
 * The player's and the safety screen's calls. `startRoutine` goes through the
 * core's one start function (so the planner hears of it too); the service
 * refuses actions that do not apply with a message saying why.
 */
export function routineHandlers(
  routines: RoutineService,
  startRoutine: RoutineService['start'],
): RoutineHandlers {
  return {
    getRoutineSession: () => routines.session(),
    startRoutine: ({ routineId, source }) => startRoutine(routineId, source),
    controlRoutine: ({ action }) => routines.control(action),
    recordPain: ({ when, score }) => routines.recordPain(when, score),
    acknowledgeSafety: ({ scope }) => routines.acknowledgeSafety(scope),
    getPendingRoutine: () => routines.pending(),
    cancelPendingRoutine: () => routines.cancelPending(),
  };
}
