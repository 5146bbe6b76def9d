import type { PauseChoice } from '../../../shared/reminders/pauseChoices';
import type { RoutineId } from '../../../shared/routines/catalogue';
import type { Logger } from '../logger';
import type { LaunchCommand, LaunchParse } from './launchCommand';

/** The core actions a launch can ask for. */
export interface LaunchActions {
  startRoutine(routineId: RoutineId): void;
  /** The routine Settings names as the default break. */
  startDefaultBreak(): void;
  pause(choice: PauseChoice): void;
  resume(): void;
  open(route: 'settings' | 'history'): void;
}

/**
 * How the launch reached us: the app's own start, a second launch handed
 * over by the single-instance lock, or macOS's open-url.
 */
export type LaunchOrigin = 'first-launch' | 'second-instance' | 'open-url';

export type DeliveryOutcome =
  | { done: 'command'; command: LaunchCommand }
  | { done: 'opened-settings'; reason: 'second-launch' | 'invalid' | 'failed' }
  | { done: 'nothing' };

function run(command: LaunchCommand, actions: LaunchActions): void {
  switch (command.kind) {
    case 'start-routine':
      actions.startRoutine(command.routineId);
      return;
    case 'start-default':
      actions.startDefaultBreak();
      return;
    case 'pause':
      actions.pause(command.choice);
      return;
    case 'resume':
      actions.resume();
      return;
    case 'open':
      actions.open(command.route);
      return;
  }
}

/**
 * Carries out a parsed launch. A second launch with nothing to do means
 * "where is it?", so Settings opens; an invalid one is logged in one line
 * and opens Settings too. Never throws: an action that fails is logged and
 * the person still gets a window.
 */
export function deliverLaunch(
  parsed: LaunchParse,
  origin: LaunchOrigin,
  actions: LaunchActions,
  log: Logger,
): DeliveryOutcome {
  const { request } = parsed;
  if (parsed.ignored.length > 0) {
    log.info('launch: passed over switches that are not ours', {
      origin,
      ignored: parsed.ignored.join(' '),
    });
  }
  const openSettings = (reason: 'second-launch' | 'invalid' | 'failed'): DeliveryOutcome => {
    try {
      actions.open('settings');
    } catch (err) {
      log.error('launch: could not open Settings', { error: String(err) });
    }
    return { done: 'opened-settings', reason };
  };

  switch (request.kind) {
    case 'command':
      try {
        run(request.command, actions);
      } catch (err) {
        log.error('launch: the command failed', {
          origin,
          command: request.command.kind,
          error: err instanceof Error ? err.message : String(err),
        });
        return openSettings('failed');
      }
      log.info('launch: command', { origin, command: request.command.kind, via: request.via });
      return { done: 'command', command: request.command };
    case 'invalid':
      log.warn(`launch: ignored bad arguments: ${request.problem}`, { origin });
      return openSettings('invalid');
    // --help is answered by the launching process before it takes the lock;
    // if one arrives anyway, treat it as a plain launch.
    case 'help':
    case 'none':
      return origin === 'first-launch' ? { done: 'nothing' } : openSettings('second-launch');
  }
}

/**
 * LaunchActions over the tray's action ids, so the app can wire the
 * command line with one line: `launchActionsFromTray(core.trayAction)`.
 * The tray's ids already go through the core's validation and start
 * routines the one way the core starts them (planner told, safety first).
 */
export function launchActionsFromTray(trayAction: (action: string) => void): LaunchActions {
  return {
    startRoutine: (routineId) => trayAction(`start:${routineId}`),
    startDefaultBreak: () => trayAction('start-default'),
    pause: (choice) => trayAction(`pause:${choice}`),
    resume: () => trayAction('resume'),
    open: (route) => trayAction(route),
  };
}
