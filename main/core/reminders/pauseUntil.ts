import { PAUSE_LENGTH_MINUTES, type PauseChoice } from '../../../shared/reminders/pauseChoices';
import { startOfNextLocalDay } from './localTime';

/** When a pause chosen at `now` ends; null for "until I resume". "Rest of today" ends at local midnight. */
export function pauseEndsAt(choice: PauseChoice, now: number): number | null {
  if (choice === 'indefinite') return null;
  if (choice === 'today') return startOfNextLocalDay(now);
  return now + (PAUSE_LENGTH_MINUTES[choice] ?? 0) * 60_000;
}
