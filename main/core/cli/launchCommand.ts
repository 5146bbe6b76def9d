import type { PauseChoice } from '../../../shared/reminders/pauseChoices';
import type { RoutineId } from '../../../shared/routines/catalogue';

/** Pause lengths the command line offers (the tray also has "until I resume"). */
export const CLI_PAUSE_CHOICES = [
  '30m',
  '1h',
  '2h',
  'today',
] as const satisfies readonly PauseChoice[];
export type CliPauseChoice = (typeof CLI_PAUSE_CHOICES)[number];

/** One thing a launch asks the running app to do. */
export type LaunchCommand =
  | { kind: 'start-routine'; routineId: RoutineId }
  | { kind: 'start-default' }
  | { kind: 'pause'; choice: CliPauseChoice }
  | { kind: 'resume' }
  | { kind: 'open'; route: 'settings' | 'history' };

/**
 * What a launch's arguments mean. Bad arguments are data, never an
 * exception: the app logs `problem` in one line and shows Settings.
 */
export type LaunchRequest =
  | { kind: 'command'; command: LaunchCommand; via: 'option' | 'link' }
  /** A plain launch: the menu entry, autostart, a double-click. */
  | { kind: 'none' }
  | { kind: 'help' }
  | { kind: 'invalid'; problem: string };

export interface LaunchParse {
  request: LaunchRequest;
  /**
   * Switches that belong to Chromium, Electron, Node or an installer and
   * were passed over (second-instance argv carries some), as printable text.
   */
  ignored: string[];
}
