import { PAUSE_CHOICES, type PauseChoice } from '../../../shared/reminders/pauseChoices';
import { isUpdateAction, type UpdateAction, type UpdateTrayItem } from '../updates/updateView';

// Pause choices live in shared/ so the IPC contract can validate them too.
export { PAUSE_CHOICES, type PauseChoice };

export type TrayAction =
  | 'answer-break'
  | 'start-default'
  | `start:${string}`
  | `pause:${PauseChoice}`
  | 'resume'
  | 'resume-routine'
  | 'settings'
  | 'history'
  | 'welcome'
  | 'open-log-folder'
  | 'quit'
  | UpdateAction;

export type MenuItemModel =
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: MenuItemModel[] };

export type TrayIconState = 'normal' | 'paused' | 'due';

/** Everything the tray shows, as plain data: the shell only translates it. */
export interface TrayModel {
  icon: TrayIconState;
  tooltip: string;
  items: MenuItemModel[];
}

export interface TrayState {
  /** What happens next, e.g. "Next reminder in 23 min" or "Paused until 14:30". */
  statusLine: string;
  paused: boolean;
  breakDue: boolean;
  /** A routine is playing: starting another from the tray would be confusing. */
  routineRunning: boolean;
  /** A routine a crash cut off, waiting for "Resume where you left off?", or null. */
  interruptedRoutineTitle?: string | null;
  defaultRoutineTitle: string;
  routines: readonly { id: string; title: string }[];
  version: string;
  /** "Restart to update to 0.3.0", "Check for updates…"; null where updates do not apply. */
  updateItem?: UpdateTrayItem | null;
}

/** What a pause does, in the pause menu. */
export const PAUSE_KEEPS_COUNT = 'Reminders pause; your break count keeps going';

const action = (a: TrayAction, label: string, enabled = true): MenuItemModel => ({
  kind: 'action',
  action: a,
  label,
  enabled,
});

/** The tray menu and icon for a state. Pure, so every state is unit-tested. */
export function trayMenu(state: TrayState): TrayModel {
  const canStart = !state.routineRunning;
  const interrupted: MenuItemModel[] = state.interruptedRoutineTitle
    ? [
        { kind: 'status', label: `${state.interruptedRoutineTitle} was interrupted` },
        action('resume-routine', 'Resume where you left off…'),
        { kind: 'separator' },
      ]
    : [];
  const update = state.updateItem;
  const updateItems: MenuItemModel[] = !update
    ? []
    : update.action
      ? [action(update.action, update.label)]
      : [{ kind: 'status', label: update.label }];
  const items: MenuItemModel[] = [
    { kind: 'status', label: state.statusLine },
    // The prompt never takes focus on its own; this is how a keyboard user reaches it.
    ...(state.breakDue ? [action('answer-break', 'Answer the break…')] : []),
    { kind: 'separator' },
    ...interrupted,
    action('start-default', `Start ${state.defaultRoutineTitle} now`, canStart),
    {
      kind: 'submenu',
      label: 'Start a routine',
      items: state.routines.map((r) => action(`start:${r.id}`, r.title, canStart)),
    },
    { kind: 'separator' },
    state.paused
      ? action('resume', 'Resume reminders')
      : {
          kind: 'submenu',
          label: 'Pause reminders',
          items: [
            // Said where the choice is made: pausing is not a break.
            { kind: 'status', label: PAUSE_KEEPS_COUNT },
            ...PAUSE_CHOICES.map((c) => action(`pause:${c.id}`, c.label)),
          ],
        },
    { kind: 'separator' },
    action('settings', 'Settings…'),
    action('history', 'History…'),
    ...updateItems,
    {
      kind: 'submenu',
      label: 'About',
      items: [
        { kind: 'status', label: `Decompress ${state.version}` },
        action('welcome', 'Show welcome…'),
        action('open-log-folder', 'Open log folder'),
      ],
    },
    { kind: 'separator' },
    action('quit', 'Quit Decompress'),
  ];
  return {
    icon: state.paused ? 'paused' : state.breakDue ? 'due' : 'normal',
    tooltip: state.interruptedRoutineTitle
      ? `Decompress: ${state.interruptedRoutineTitle} was interrupted. Resume where you left off?`
      : `Decompress: ${state.statusLine}`,
    items,
  };
}

/** Parses a tray action id from the shell back into the union (menus are built from it, but be strict). */
export function isTrayAction(value: string): value is TrayAction {
  return (
    [
      'answer-break',
      'start-default',
      'resume',
      'resume-routine',
      'settings',
      'history',
      'welcome',
      'open-log-folder',
      'quit',
    ].includes(value) ||
    isUpdateAction(value) ||
    /^start:[a-z0-9-]{1,60}$/.test(value) ||
    PAUSE_CHOICES.some((c) => value === `pause:${c.id}`)
  );
}
