import type { AppInfo } from '../../../shared/ipc/appChannels';
import type { Route } from '../../../shared/routes';
import type { NotificationRequest, ShellPorts } from '../ports';
import type { TrayModel } from '../tray/trayMenu';

/** What the core asked of the desktop, for assertions. */
export interface ShellRecord {
  notifications: NotificationRequest[];
  loginItem: boolean[];
  /** Every route the core opened, in order. */
  windowsOpened: Route[];
  /** The same, with how each was asked for. */
  opens: { route: Route; focus: boolean; escalated: boolean }[];
  /** The routes open now (opened and not closed since). */
  open: Set<Route>;
  trays: TrayModel[];
  broadcasts: { event: string; payload: unknown }[];
}

/** The path the next file dialog "chooses"; null cancels. */
export interface DialogAnswers {
  savePath: string | null;
  openPath: string | null;
}

export interface RecordingShellOptions {
  dialogs?: DialogAnswers;
  /** The system's idle time, read whenever the planner samples it. */
  idleSeconds?: () => number;
  info?: Partial<AppInfo>;
}

/**
 * The core's one recording shell for tests and benches with no browser: every
 * port answers as a quiet desktop would and writes down what it was asked.
 * (The e2e harness has its own, which opens real pages.)
 */
export function createRecordingShell(options: RecordingShellOptions = {}): {
  shell: ShellPorts;
  record: ShellRecord;
  dialogs: DialogAnswers;
} {
  const dialogs = options.dialogs ?? { savePath: null, openPath: null };
  const record: ShellRecord = {
    notifications: [],
    loginItem: [],
    windowsOpened: [],
    opens: [],
    open: new Set(),
    trays: [],
    broadcasts: [],
  };
  const idleSeconds = options.idleSeconds ?? (() => 0);
  const shell: ShellPorts = {
    windows: {
      open(route, how) {
        record.open.add(route);
        record.windowsOpened.push(route);
        record.opens.push({
          route,
          focus: how?.focus === true,
          escalated: how?.escalated === true,
        });
      },
      close: (route) => void record.open.delete(route),
      closeWindow: () => undefined,
      isOpen: (route) => record.open.has(route),
      broadcast: (event, payload) => void record.broadcasts.push({ event, payload }),
    },
    tray: { update: (model) => void record.trays.push(model) },
    notifier: { notify: (request) => void record.notifications.push(request) },
    dialogs: {
      chooseSavePath: async () => dialogs.savePath,
      chooseOpenPath: async () => dialogs.openPath,
    },
    links: { open: () => undefined },
    loginItem: { setEnabled: (enabled) => void record.loginItem.push(enabled) },
    app: {
      info: {
        name: 'Decompress',
        version: '0.0.0-test',
        platform: 'linux',
        trayLocation: 'the tray',
        ...options.info,
      },
      quit: () => undefined,
      openLogFolder: () => undefined,
    },
    cron: { schedule: () => ({ stop: () => undefined }) },
    idle: { idleSeconds: () => idleSeconds() },
  };
  return { shell, record, dialogs };
}
