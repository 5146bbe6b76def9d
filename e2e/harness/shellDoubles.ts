import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Route } from '../../shared/routes';
import type { NotificationRequest, ShellPorts } from '../../main/core/ports';
import type { TrayModel } from '../../main/core/tray/trayMenu';

/** Everything the core asked of the desktop, in order, for assertions. */
export interface ShellRecord {
  windowsOpened: { route: Route; escalated: boolean }[];
  windowsClosed: Route[];
  trayModels: TrayModel[];
  notifications: (NotificationRequest & { respond(action: string): void })[];
  externalLinks: string[];
  loginItem: boolean[];
  quitRequested: number;
  logFolderOpened: number;
}

export interface WindowHost {
  open(route: Route, escalated: boolean): void;
  close(route: Route): void;
  closeById(windowId: number): void;
  isOpen(route: Route): boolean;
  broadcast(event: string, payload: unknown): void;
}

export interface DialogAnswers {
  /** The path the next save dialog "chooses"; null cancels. */
  savePath: string | null;
  /** The path the next open dialog "chooses"; null cancels. */
  openPath: string | null;
}

/** Shell doubles: record what the core asks, and drive real Chromium pages for windows. */
export function createShellDoubles(
  host: WindowHost,
  dialogs: DialogAnswers,
  idle: { seconds: number },
  cronTasks: { expression: string; task: () => void; stopped: boolean }[],
): { shell: ShellPorts; record: ShellRecord } {
  const record: ShellRecord = {
    windowsOpened: [],
    windowsClosed: [],
    trayModels: [],
    notifications: [],
    externalLinks: [],
    loginItem: [],
    quitRequested: 0,
    logFolderOpened: 0,
  };
  const shell: ShellPorts = {
    windows: {
      open(route, options) {
        const escalated = options?.escalated ?? false;
        record.windowsOpened.push({ route, escalated });
        host.open(route, escalated);
      },
      close(route) {
        record.windowsClosed.push(route);
        host.close(route);
      },
      closeWindow(windowId) {
        host.closeById(windowId);
      },
      isOpen: (route) => host.isOpen(route),
      broadcast<E extends EventName>(event: E, payload: EventPayload<E>) {
        host.broadcast(event, payload);
      },
    },
    tray: { update: (model) => void record.trayModels.push(model) },
    notifier: {
      notify(request, onAction) {
        record.notifications.push({ ...request, respond: onAction });
      },
    },
    dialogs: {
      chooseSavePath: async () => dialogs.savePath,
      chooseOpenPath: async () => dialogs.openPath,
    },
    links: { open: (url) => void record.externalLinks.push(url) },
    loginItem: { setEnabled: (enabled) => void record.loginItem.push(enabled) },
    app: {
      info: {
        name: 'Decompress',
        version: '0.0.0-harness',
        platform: 'linux',
        trayLocation: 'the top bar or system tray, depending on your desktop',
      },
      quit: () => void record.quitRequested++,
      openLogFolder: () => void record.logFolderOpened++,
    },
    cron: {
      schedule(expression, task) {
        const entry = { expression, task, stopped: false };
        cronTasks.push(entry);
        return { stop: () => void (entry.stopped = true) };
      },
    },
    idle: { idleSeconds: () => idle.seconds },
  };
  return { shell, record };
}
