import type { RoutineSource } from '../../shared/history/events';
import type { StartRoutineResult } from '../../shared/ipc/routineChannels';
import { isPauseChoice } from '../../shared/reminders/pauseChoices';
import {
  CATALOGUE,
  getRoutine,
  isRoutineId,
  type RoutineId,
} from '../../shared/routines/catalogue';
import type { Settings } from '../../shared/settings/schema';
import type { LiveBusySource } from './busy/busySource';
import type { Clock } from './clock';
import type { CalendarService } from './calendar/calendarService';
import { appHandlers } from './handlers/appHandlers';
import { calendarHandlers } from './handlers/calendarHandlers';
import { postureHandlers } from './handlers/postureHandlers';
import { desktopHandlers } from './handlers/desktopHandlers';
import { updatesHandlers } from './handlers/updatesHandlers';
import type { DesktopFacts } from './desktopFacts';
import { attachUpdates, type UpdatesDeps } from './updates/coreUpdates';
import { isUpdateAction } from './updates/updateView';
import { historyHandlers } from './handlers/historyHandlers';
import { reminderHandlers } from './handlers/reminderHandlers';
import { routineHandlers } from './handlers/routineHandlers';
import type { HistoryLog } from './history/historyLog';
import { settingsHandlers } from './handlers/settingsHandlers';
import { createRouter, type Router } from './ipc/router';
import type { Logger } from './logger';
import { createNoticeBoard, type NoticeBoard } from './notices';
import type { ShellPorts } from './ports';
import { createPlanner, type Planner } from './planner/driver';
import type { PowerEvent } from './planner/events';
import { createRoutineService, type RoutineService } from './routines/routineService';
import { openSessionFile, sessionPathBeside } from './routines/sessionFile';
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
  /** What the settings loader has to tell the person (a damaged file set aside), or null. */
  settingsNotice?: string | null;
  /** No settings file existed: the very first launch, which opens the welcome window. */
  firstRun?: boolean;
  /** Calendar feeds (main/core/calendar); without one the calendar channels say they are unavailable. */
  calendar?: CalendarService;
  /**
   * Live busy sources (main/desktop/busy: camera, microphone, presentation,
   * do not disturb), asked by the planner only when it is about to act.
   */
  liveSources?: readonly LiveBusySource[];
  /** electron-updater behind the core's port (main/core/updates); none in the harness. */
  updates?: UpdatesDeps;
  /** The shortcut's and the tray host's state, as the shell found them. */
  desktop?: DesktopFacts;
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
  /** The planner: reminders, sessions, prompt state. */
  reminders: Planner;
  /** Suspend, resume, lock and unlock from the desktop. */
  power(event: PowerEvent): void;
  /** The routine session: which routine is playing, where, and its check-ins. */
  routines: RoutineService;
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

  const routines = createRoutineService({
    clock: deps.clock,
    windows: shell.windows,
    history: deps.history,
    settings,
    log,
    store: openSessionFile(sessionPathBeside(deps.history.path), log, () => deps.clock.now()),
    // The planner hears of a routine when it really begins (after the safety
    // screen when one is needed), and of its end: each is a break.
    onStarted: () => reminders.routineStarted(),
    onBreakTaken: () => reminders.routineEnded(),
  });

  /**
   * The one way a routine starts, from the prompt, the tray, a session or a
   * window: the routine service (safety screen first when needed).
   */
  function startRoutine(routineId: RoutineId, source: RoutineSource): StartRoutineResult {
    const result = routines.start(routineId, source);
    // A routine already playing in its window is the break under way.
    if (result.status === 'already-running') reminders.routineStarted();
    return result;
  }

  /** Declining the safety screen a Start led to: no routine, so the reminder is due again. */
  const routineCalls: RoutineService = {
    ...routines,
    cancelPending() {
      routines.cancelPending();
      reminders.routineDeclined();
    },
  };

  const reminders = createPlanner({
    clock: deps.clock,
    cron: shell.cron,
    idle: shell.idle,
    notifier: shell.notifier,
    windows: shell.windows,
    history: deps.history,
    log,
    settings: settings.get(),
    startRoutine,
    ...(deps.calendar ? { calendar: deps.calendar } : {}),
    ...(deps.liveSources ? { liveSources: deps.liveSources } : {}),
  });

  const updates = deps.updates
    ? attachUpdates(
        {
          // "Never during a meeting": the planner knows, from its busy part.
          isBusy: () => Boolean(reminders.status().holding),
          ...deps.updates,
        },
        {
          clock: deps.clock,
          log,
          version: deps.version,
          settings,
          routines,
          notices,
          notifier: shell.notifier,
          links: shell.links,
          windows: shell.windows,
          refreshTray,
        },
      )
    : null;

  const router = createRouter(
    {
      ...appHandlers(shell, notices),
      ...settingsHandlers(settings, shell),
      ...historyHandlers(deps.history, shell, deps.clock, log, () => settings.get().officeHours),
      ...reminderHandlers(reminders),
      ...routineHandlers(routineCalls, startRoutine),
      ...calendarHandlers(deps.calendar ?? null, shell),
      ...updatesHandlers(updates, deps.version),
      ...desktopHandlers(deps.desktop ?? null),
      ...postureHandlers(reminders, deps.clock),
    },
    log,
  );

  function refreshTray(): void {
    const status = reminders.status();
    const defaultRoutine = settings.get().defaultRoutineId;
    shell.tray.update(
      trayMenu({
        statusLine: status.statusLine,
        paused: status.paused,
        breakDue: status.breakDue,
        // A player window closed mid-routine leaves nothing playing: starting
        // another is allowed again (the service records the abandoned one).
        routineRunning: routines.running() && shell.windows.isOpen('routine'),
        interruptedRoutineTitle:
          routines.session()?.phase === 'interrupted' ? (routines.session()?.title ?? null) : null,
        defaultRoutineTitle: getRoutine(defaultRoutine).title,
        routines: CATALOGUE.map((r) => ({ id: r.id, title: r.title })),
        version: deps.version,
        updateItem: updates?.trayItem() ?? null,
      }),
    );
  }

  function runTrayAction(action: TrayAction): void {
    if (isUpdateAction(action)) {
      updates?.act(action);
      return;
    }
    switch (action) {
      case 'settings':
      case 'history':
      case 'welcome':
        shell.windows.open(action);
        return;
      case 'answer-break':
        shell.windows.open('prompt', { focus: true });
        return;
      case 'resume-routine':
        shell.windows.open('routine');
        return;
      case 'open-log-folder':
        shell.app.openLogFolder();
        return;
      case 'quit':
        shell.app.quit();
        return;
      case 'start-default':
        startRoutine(settings.get().defaultRoutineId, 'tray');
        return;
      case 'resume':
        reminders.resume();
        return;
    }
    if (action.startsWith('pause:')) {
      const choice = action.slice('pause:'.length);
      if (isPauseChoice(choice)) reminders.pause(choice);
      return;
    }
    const routineId = action.slice('start:'.length);
    if (isRoutineId(routineId)) startRoutine(routineId, 'tray');
    else log.warn('tray: no such routine', { routineId });
  }

  disposers.push(
    notices.onPost((notice) => shell.windows.broadcast('notice', notice)),
    settings.onChange((next, previous) => {
      shell.windows.broadcast('settingsChanged', next);
      if (next.launchAtLogin !== previous.launchAtLogin) {
        shell.loginItem.setEnabled(next.launchAtLogin);
      }
      reminders.updateSettings(next);
      refreshTray();
    }),
    reminders.onChange((status, prompt, cue) => {
      shell.windows.broadcast('plannerStatus', status);
      shell.windows.broadcast('promptState', prompt);
      shell.windows.broadcast('cueState', cue);
      refreshTray();
    }),
    deps.history.onAppend(() => shell.windows.broadcast('historyChanged', null)),
    routines.onChange(() => refreshTray()),
    deps.calendar?.onChange((overview) => shell.windows.broadcast('calendarChanged', overview)) ??
      (() => undefined),
  );

  // Both are said once: the loader repaired the settings file and opening the
  // log made the torn line harmless, so the next start finds nothing to say.
  if (deps.settingsNotice) {
    const message = deps.settingsNotice;
    notices.post({ id: 'settings-recovered', level: 'warning', message });
    // A tray app may show no window for hours: say it where it will be seen.
    shell.notifier.notify({ title: 'Decompress repaired its settings', body: message }, () =>
      shell.windows.open('settings'),
    );
  }
  if (deps.history.openReport.tornLine) {
    log.warn('history: the last line was torn (a crash mid-write); it is skipped');
    notices.post({
      id: 'history-torn-line',
      level: 'info',
      message:
        'Decompress was interrupted while saving your history. The one unfinished entry was skipped; everything before it is kept.',
    });
  }

  refreshTray();
  routines.restore();
  // A tray app that starts silently looks broken the first time; later
  // launches stay quiet (the tray's "Show welcome" brings it back).
  if (deps.firstRun) shell.windows.open('welcome');

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
    reminders,
    power: (event) => reminders.power(event),
    routines,
    stop() {
      updates?.stop();
      routines.stop();
      reminders.stop();
      for (const dispose of disposers.splice(0)) dispose();
    },
  };
}
