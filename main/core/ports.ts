import type { AppInfo } from '../../shared/ipc/appChannels';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Route } from '../../shared/routes';
import type { TrayModel } from './tray/trayMenu';

/**
 * What the core asks of the desktop. main/shell implements these with
 * Electron; the e2e harness and unit tests implement them with doubles that
 * record every request.
 */
export interface WindowsPort {
  /**
   * Opens (or focuses) the window for a route. Prompts open without taking
   * focus, unless `focus` asks for it (the tray's "Answer the break").
   */
  open(route: Route, options?: { escalated?: boolean; focus?: boolean }): void;
  close(route: Route): void;
  /** Closes one specific window instance (the caller of closeWindow). */
  closeWindow(windowId: number): void;
  isOpen(route: Route): boolean;
  /** Pushes an event to every open window. */
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface TrayPort {
  update(model: TrayModel): void;
}

export interface NotificationRequest {
  title: string;
  body: string;
  actions?: { id: string; label: string }[];
}

export interface NotifierPort {
  /** Shows a quiet notification; `onAction` gets 'click' or an action id. */
  notify(request: NotificationRequest, onAction: (action: string) => void): void;
}

export interface FileDialogPort {
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    extension: string;
  }): Promise<string | null>;
  chooseOpenPath(options: { title: string; extension: string }): Promise<string | null>;
}

export interface ExternalLinksPort {
  /** Opens an https link in the system browser (the shell re-checks it). */
  open(url: string): void;
}

export interface LoginItemPort {
  setEnabled(enabled: boolean): void;
}

export interface AppPort {
  info: AppInfo;
  quit(): void;
  openLogFolder(): void;
}

/** Runs a task on a cron schedule in the system time zone (node-cron in the app). */
export interface CronPort {
  schedule(expression: string, task: () => void): { stop(): void };
}

/** How long the person has been away from keyboard and mouse. */
export interface IdlePort {
  idleSeconds(): number;
}

export interface ShellPorts {
  windows: WindowsPort;
  tray: TrayPort;
  notifier: NotifierPort;
  dialogs: FileDialogPort;
  links: ExternalLinksPort;
  loginItem: LoginItemPort;
  app: AppPort;
  cron: CronPort;
  idle: IdlePort;
}
