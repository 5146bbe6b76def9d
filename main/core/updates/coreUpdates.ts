import type { UpdateStatus } from '../../../shared/ipc/updatesChannels';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { NoticeBoard } from '../notices';
import type { ExternalLinksPort, NotifierPort, WindowsPort } from '../ports';
import type { RoutineService } from '../routines/routineService';
import type { SettingsService } from '../settings/settingsService';
import type { PackageKind } from './packageKind';
import { RELEASES_PAGE_URL } from './releasePage';
import { createUpdateController } from './updateController';
import {
  isUpdateAction,
  type UpdateAction,
  type UpdateAnnouncement,
  type UpdateTrayItem,
  type UpdateView,
} from './updateView';
import type { UpdaterPort } from './updaterPort';

/** What the app hands the core for updates; the harness and most tests hand nothing. */
export interface UpdatesDeps {
  updater: UpdaterPort;
  kind: PackageKind;
  /**
   * The person is in a meeting, a call, presenting: no check, no notice.
   * The busy sources fill this in; until they do, nobody is busy.
   */
  isBusy?: () => boolean;
}

/** The parts of the core updates lean on. */
export interface UpdatesHost {
  clock: Clock;
  log: Logger;
  version: string;
  settings: SettingsService;
  routines: Pick<RoutineService, 'running' | 'onChange'>;
  notices: NoticeBoard;
  notifier: NotifierPort;
  links: ExternalLinksPort;
  windows: WindowsPort;
  /** Re-renders the tray (its update item changed). */
  refreshTray(): void;
}

export interface CoreUpdates {
  /** The tray's update item, or null where this install has none. */
  trayItem(): UpdateTrayItem | null;
  /** A tray item, a notification button or Settings' step. */
  act(action: UpdateAction): void;
  status(): UpdateStatus;
  stop(): void;
}

/** One notice id: each new announcement replaces the last (available, then ready). */
export const UPDATE_NOTICE_ID = 'update';

/** What Settings → Updates shows, from the controller's view. Pure. */
export function updateStatusOf(view: UpdateView, currentVersion: string): UpdateStatus {
  return {
    currentVersion,
    canCheck: view.trayItem !== null,
    working: view.working,
    percent: view.percent,
    statusLine: view.statusLine,
    next: view.next,
  };
}

/**
 * Updates inside the core: the controller (main/core/updates/updateController)
 * told when a routine ends and when the mode changes, its view in the tray
 * and Settings, its announcements as a notification and a notice.
 */
export function attachUpdates(deps: UpdatesDeps, host: UpdatesHost): CoreUpdates {
  const { log } = host;
  const isBusy = deps.isBusy ?? (() => false);

  function announce(announcement: UpdateAnnouncement): void {
    host.notices.post({
      id: UPDATE_NOTICE_ID,
      level: 'info',
      message: `${announcement.title}. ${announcement.body}`,
    });
    host.notifier.notify(
      { title: announcement.title, body: announcement.body, actions: announcement.actions },
      (action) => {
        if (isUpdateAction(action)) controller.act(action);
        else host.windows.open('settings');
      },
    );
  }

  const controller = createUpdateController({
    clock: host.clock,
    updater: deps.updater,
    kind: deps.kind,
    currentVersion: host.version,
    log,
    mode: () => host.settings.get().updateMode,
    isRoutineRunning: () => host.routines.running(),
    isBusy,
    onChange(view) {
      host.windows.broadcast('updateChanged', updateStatusOf(view, host.version));
      host.refreshTray();
    },
    announce,
    openReleasePage: () => host.links.open(RELEASES_PAGE_URL),
  });

  const unsubscribers = [
    host.settings.onChange((next, previous) => {
      if (next.updateMode !== previous.updateMode) controller.modeChanged();
    }),
    // A routine that ended frees what it held back (a due check, a notice).
    host.routines.onChange(() => {
      if (!host.routines.running()) controller.wake();
    }),
  ];
  controller.start();

  return {
    trayItem: () => controller.view().trayItem,
    act: (action) => controller.act(action),
    status: () => updateStatusOf(controller.view(), host.version),
    stop() {
      for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
      controller.stop();
    },
  };
}
