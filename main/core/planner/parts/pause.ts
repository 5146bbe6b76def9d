import { PAUSE_LENGTH_MINUTES, type PauseChoice } from '../../../../shared/reminders/pauseChoices';
import { startOfNextLocalDay } from '../localTime';

/** Reminders paused from the tray: which choice, and when it ends (null: until resumed). */
export interface Pause {
  choice: PauseChoice;
  until: number | null;
}

/** When a pause chosen at `now` ends; null for "until I resume". "Rest of today" ends at local midnight. */
export function pauseEndsAt(choice: PauseChoice, now: number): number | null {
  if (choice === 'indefinite') return null;
  if (choice === 'today') return startOfNextLocalDay(now);
  return now + (PAUSE_LENGTH_MINUTES[choice] ?? 0) * 60_000;
}

/** The pause begun at `now`. */
export function pauseFrom(choice: PauseChoice, now: number): Pause {
  return { choice, until: pauseEndsAt(choice, now) };
}

/** True once a timed pause has run out. */
export function pauseOver(pause: Pause, now: number): boolean {
  return pause.until !== null && now >= pause.until;
}

/**
 * The pause after the system clock stepped by `deltaMs`: a pause of so many
 * minutes keeps its length; "rest of today" still ends at midnight.
 */
export function shiftPause(pause: Pause, deltaMs: number): Pause {
  if (pause.until === null || PAUSE_LENGTH_MINUTES[pause.choice] === undefined) return pause;
  return { ...pause, until: pause.until + deltaMs };
}
