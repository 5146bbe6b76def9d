import type { StandingDeskSettings } from '../../../../shared/settings/schema';

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
