import { catchUpLine } from '../../../shared/reminders/busyWords';
import type { OpenPromptState } from '../../../shared/reminders/promptState';

/** The heading of a break skipped earlier today and offered once more. */
export const RETURNED_HEADING = 'The break you skipped earlier';

/** The prompt's heading: the session's name, the catch-up after a meeting, the skipped break back again, or a plain call to take a break. */
export function promptHeading(state: OpenPromptState): string {
  if (state.session) return `${state.session.name} session`;
  if (state.returned && state.escalation < 2) return RETURNED_HEADING;
  if (state.catchUp && state.escalation < 2) return catchUpText(state) ?? 'Time for a break';
  return state.escalation === 2 ? 'Your back is still waiting' : 'Time for a break';
}

/** Which routine Start begins, and how long it takes. */
export function routineLine(state: OpenPromptState): string {
  return `${state.routine.title} · about ${state.routine.minutes} min`;
}

/** How many snoozes remain for this reminder. */
export function snoozesLeft(state: OpenPromptState): number {
  return Math.max(0, state.snoozesAllowed - state.snoozesUsed);
}

/** The Snooze button's label; null when snoozing is off altogether (no button). */
export function snoozeLabel(state: OpenPromptState): string | null {
  if (state.snoozesAllowed === 0) return null;
  const left = snoozesLeft(state);
  return left === 0 ? 'No snoozes left' : `Snooze (${left} left)`;
}

/** The firmer line shown once the prompt has come back more than once. */
export function insistentLine(state: OpenPromptState): string {
  return `Reminder ${state.nagCount + 1}: stop for ${state.routine.minutes} minutes now.`;
}

/** "You were in a meeting for 1 h 20 min. A 2-minute reset?", or null when this is no catch-up. */
export function catchUpText(state: OpenPromptState): string | null {
  if (!state.catchUp) return null;
  return catchUpLine(state.catchUp.kind, state.catchUp.busyMs, state.routine.minutes);
}

/** "Not now? A 1-minute seated reset instead": the shorter routine, offered in one click. */
export function shortestOfferLine(routine: { title: string; minutes: number }): string {
  return `Not now? A ${routine.minutes}-minute ${routine.title.toLowerCase()} instead`;
}

/** The small link on the open prompt: "or the 1-minute reset". */
export function shortestLinkLabel(routine: { minutes: number }): string {
  return `or the ${routine.minutes}-minute reset`;
}
