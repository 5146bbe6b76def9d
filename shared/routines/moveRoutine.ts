import type { Settings } from '../settings/schema';
import { getRoutine, ROUTINE_IDS, type RoutineId } from './catalogue';
import { routinePositions } from './model';

/** A routine a break at the desk can offer: no floor, no partner. */
export function deskRoutine(id: RoutineId): boolean {
  const routine = getRoutine(id);
  const positions = routinePositions(routine);
  if (routine.requiresPartnerConsent) return false;
  return !positions.includes('floor') && !positions.includes('partner');
}

/**
 * The routine of the office-hours break. With a standing desk the break is
 * the cycle's move part, moveMinutes long: the default routine when it fits
 * in that time; else the longest desk routine that fits, a standing one
 * first on a tie (the person has just been standing); else, when nothing is
 * that short, the shortest desk routine.
 */
export function moveRoutine(
  settings: Pick<Settings, 'defaultRoutineId' | 'standingDesk'>,
): RoutineId {
  const desk = settings.standingDesk;
  const chosen = settings.defaultRoutineId;
  if (!desk.enabled || getRoutine(chosen).declaredMinutes <= desk.moveMinutes) return chosen;
  const candidates = ROUTINE_IDS.filter(deskRoutine).map((id) => {
    const routine = getRoutine(id);
    return { id, minutes: routine.declaredMinutes, standing: routine.position === 'standing' };
  });
  const fitting = candidates.filter((c) => c.minutes <= desk.moveMinutes);
  if (fitting.length === 0) {
    return candidates.reduce((a, b) => (b.minutes < a.minutes ? b : a)).id;
  }
  return fitting.reduce((a, b) =>
    b.minutes > a.minutes || (b.minutes === a.minutes && b.standing && !a.standing) ? b : a,
  ).id;
}
