import { getRoutine } from '../../../../shared/routines/catalogue';
import { moveRoutine } from '../../../../shared/routines/moveRoutine';
import type { Settings, StandingDeskSettings } from '../../../../shared/settings/schema';

/** Said under the standing desk, where advice is given (issue 16: no health claims). */
export const DESK_ADVICE =
  'Standing all day brings its own strain: alternate. General information, not medical advice.';

/**
 * "Your break comes after 28 minutes (sit 20 + stand 8); the work interval
 * is not used.": in this mode the cycle, not the interval, sets the break.
 */
export function deskCycleNote(
  desk: Pick<StandingDeskSettings, 'sitMinutes' | 'standMinutes'>,
): string {
  const total = desk.sitMinutes + desk.standMinutes;
  return `Your break comes after ${total} minutes (sit ${desk.sitMinutes} + stand ${desk.standMinutes}); the work interval above is not used.`;
}

/** The work interval's help while the standing desk sets the break instead. */
export function intervalUnusedNote(
  desk: Pick<StandingDeskSettings, 'sitMinutes' | 'standMinutes'>,
): string {
  return `Not used while the standing desk is on: the break comes after sit + stand (${desk.sitMinutes + desk.standMinutes} minutes).`;
}

/**
 * "Move for"'s help: which routine the break will be, as main picks it
 * (shared/routines/moveRoutine), so a default routine too long for the
 * move minutes is not a surprise at the break.
 */
export function moveBreakNote(
  settings: Pick<Settings, 'defaultRoutineId' | 'standingDesk'>,
): string {
  const routine = getRoutine(moveRoutine(settings));
  const chosen = getRoutine(settings.defaultRoutineId);
  if (routine.id === chosen.id) {
    return `The break: your ${routine.title} (about ${routine.declaredMinutes} min).`;
  }
  return `The break: ${routine.title} (about ${routine.declaredMinutes} min), as ${chosen.title} (${chosen.declaredMinutes} min) does not fit.`;
}
