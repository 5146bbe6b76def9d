import type { Settings } from '../../shared/settings/schema';
import type { Clock } from './clock';
import { appHandlers } from './handlers/appHandlers';
import type { HistoryLog } from './history/historyLog';
import { settingsHandlers } from './handlers/settingsHandlers';
import { createRouter, type Router } from './ipc/router';
import type { Logger } from './logger';
import { createNoticeBoard, type NoticeBoard } from './notices';
import type { ShellPorts } from './ports';
import { createSettingsService, type SettingsService } from './settings/settingsService';
import type { SettingsStore } from './settings/settingsStore';
import { isTrayAction, trayMenu, type TrayAction } from './tray/trayMenu';

export interface CoreDeps {
  clock: Clock;
  log: Logger;
  shell: ShellPorts;
  settingsStore: SettingsStore;
  initialSettings: Settings;
  history: HistoryLog;
  version: string;
}

export interface Core {
  router: Router;
  settings: SettingsService;
  notices: NoticeBoard;
  history: HistoryLog;
  /** A click in the tray menu. Unknown ids are logged and ignored. */
  trayAction(action: string): void;
  /** Re-renders the tray from current state (after any change that affects it). */
  refreshTray(): void;
  stop(): void;
}

/**
 * Builds the app's brain from its ports. Nothing here touches Electron, so
 * the same core runs in the app, in unit tests and behind the e2e harness.
 */
export function createCore(deps: CoreDeps): Core {
  const { shell, log } = deps;
  const notices = createNoticeBoard();
  const settings = createSettingsService(deps.settingsStore, deps.initialSettings, log);
  const disposers: (() => void)[] = [];

  const router = createRouter(
    {
      ...appHandlers(shell, notices),
      ...settingsHandlers(settings, shell),
    },
    log,
  );

  function refreshTray(): void {
    shell.tray.update(
      trayMenu({
        statusLine: 'Reminders are on',
        paused: false,
        breakDue: false,
        routineRunning: false,
        defaultRoutineTitle: 'a break routine',
        routines: [],
        version: deps.version,
      }),
    );
  }

  function runTrayAction(action: TrayAction): void {
    switch (action) {
      case 'settings':
      case 'history':
      case 'welcome':
        shell.windows.open(action);
        return;
      case 'open-log-folder':
        shell.app.openLogFolder();
        return;
      case 'quit':
        shell.app.quit();
        return;
      default:
        log.info('tray: action not handled yet', { action });
    }
  }

  disposers.push(
    notices.onPost((notice) => shell.windows.broadcast('notice', notice)),
    settings.onChange((next) => {
      shell.windows.broadcast('settingsChanged', next);
      refreshTray();
    }),
  );

  refreshTray();

  return {
    router,
    settings,
    notices,
    history: deps.history,
    trayAction(action) {
      if (!isTrayAction(action)) {
        log.warn('tray: unknown action', { action: action.slice(0, 60) });
        return;
      }
      runTrayAction(action);
    },
    refreshTray,
    stop() {
      for (const dispose of disposers.splice(0)) dispose();
    },
  };
}
