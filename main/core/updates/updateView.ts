import { manualUpdateHint, updateAbility, type PackageKind } from './packageKind';
import type { UpdateState } from './updateState';

/** What a click on an update item or notification button does. */
export type UpdateAction =
  'update:check' | 'update:download' | 'update:install' | 'update:open-page';

export const UPDATE_ACTIONS: readonly UpdateAction[] = [
  'update:check',
  'update:download',
  'update:install',
  'update:open-page',
];

/** Narrows an action id from the tray or a notification. */
export function isUpdateAction(value: string): value is UpdateAction {
  return (UPDATE_ACTIONS as readonly string[]).includes(value);
}

export interface UpdateTrayItem {
  label: string;
  /** null: shown greyed out (a check or download is under way). */
  action: UpdateAction | null;
}

export interface UpdateAnnouncement {
  /** Announced once per key, so a daily check does not repeat itself. */
  key: string;
  title: string;
  body: string;
  actions: { id: UpdateAction; label: string }[];
}

export interface UpdateView {
  /** The tray's update item; null where this install has nothing to offer. */
  trayItem: UpdateTrayItem | null;
  /** One sentence for Settings. */
  statusLine: string;
  /** Said once, as a notification and a notice, on entering the state; else null. */
  announcement: UpdateAnnouncement | null;
  /** A check or a download is under way. */
  working: boolean;
  /** Download progress (0-100) once the library reports it; else null. */
  percent: number | null;
  /** What Settings offers as the next step, or null. */
  next: { action: Exclude<UpdateAction, 'update:check'>; label: string } | null;
}

type BaseView = Pick<UpdateView, 'trayItem' | 'statusLine' | 'announcement'>;

export interface ViewContext {
  kind: PackageKind;
  currentVersion: string;
}

const CHECK: UpdateTrayItem = { label: 'Check for updates…', action: 'update:check' };

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The tray item, the Settings line, what to announce and the next step, for a state. Pure. */
export function updateView(state: UpdateState, context: ViewContext): UpdateView {
  const ability = updateAbility(context.kind);
  const base = baseView(state, context);
  let next: UpdateView['next'] = null;
  if (ability !== 'none' && state.phase === 'available') {
    next =
      ability === 'notify'
        ? { action: 'update:open-page', label: 'Open the releases page' }
        : { action: 'update:download', label: `Download Decompress ${state.version}` };
  } else if (ability === 'self' && state.phase === 'downloaded') {
    next = { action: 'update:install', label: `Restart to update to ${state.version}` };
  }
  return {
    ...base,
    working: ability !== 'none' && (state.phase === 'checking' || state.phase === 'downloading'),
    percent: state.phase === 'downloading' ? state.percent : null,
    next,
  };
}

function baseView(state: UpdateState, context: ViewContext): BaseView {
  const ability = updateAbility(context.kind);
  const hint = manualUpdateHint(context.kind);
  if (ability === 'none') return { trayItem: null, statusLine: hint, announcement: null };
  const current = context.currentVersion;

  switch (state.phase) {
    case 'idle':
      return { trayItem: CHECK, statusLine: `You have Decompress ${current}.`, announcement: null };
    case 'checking':
      return {
        trayItem: { label: 'Checking for updates…', action: null },
        statusLine: 'Checking for updates…',
        announcement: null,
      };
    case 'up-to-date':
      return {
        trayItem: CHECK,
        statusLine: `Decompress ${current} is the latest version.`,
        announcement: state.manual
          ? {
              key: `up-to-date:${current}`,
              title: 'Decompress is up to date',
              body: `You have the latest version, ${current}.`,
              actions: [],
            }
          : null,
      };
    case 'available': {
      const v = state.version;
      if (ability === 'notify') {
        return {
          trayItem: {
            label: `Update available: get ${v} from the releases page…`,
            action: 'update:open-page',
          },
          statusLine: `Decompress ${v} is available. ${hint}`,
          announcement: {
            key: `available:${v}`,
            title: `Decompress ${v} is available`,
            body: hint,
            actions: [{ id: 'update:open-page', label: 'Open the releases page' }],
          },
        };
      }
      return {
        trayItem: { label: `Download Decompress ${v}`, action: 'update:download' },
        statusLine: `Decompress ${v} is available.`,
        announcement: {
          key: `available:${v}`,
          title: `Decompress ${v} is available`,
          body: `Choose “Download Decompress ${v}” in the tray menu to get it; it installs when Decompress quits.`,
          actions: [{ id: 'update:download', label: 'Download' }],
        },
      };
    }
    case 'downloading':
      return {
        trayItem: {
          label: `Downloading Decompress ${state.version}…${state.percent === null ? '' : ` ${state.percent}%`}`,
          action: null,
        },
        statusLine: `Downloading Decompress ${state.version}…`,
        announcement: null,
      };
    case 'downloaded': {
      const v = state.version;
      return {
        trayItem: { label: `Restart to update to ${v}`, action: 'update:install' },
        statusLine: `Decompress ${v} is ready. It installs when Decompress quits, or now with “Restart to update to ${v}”.`,
        announcement: {
          key: `downloaded:${v}`,
          title: `Decompress ${v} is ready`,
          body: `It installs the next time Decompress quits. To install it now, choose “Restart to update to ${v}” in the tray menu.`,
          actions: [{ id: 'update:install', label: 'Restart now' }],
        },
      };
    }
    case 'error': {
      const what =
        state.during === 'download' ? 'The update download failed' : 'The update check failed';
      return {
        trayItem: CHECK,
        statusLine: `${what}: ${state.reason}.`,
        // A check the timer made fails quietly (offline is normal); one the person asked for answers.
        announcement: state.manual
          ? {
              key: `error:${state.during}:${state.reason}`,
              title:
                state.during === 'download'
                  ? 'Could not download the update'
                  : 'Could not check for updates',
              body: `${capitalised(state.reason)}.`,
              actions: [],
            }
          : null,
      };
    }
  }
}
