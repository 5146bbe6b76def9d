import { join } from 'node:path';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { Route } from '../../../../shared/routes';
import { createCore, type Core } from '../../createCore';
import { HISTORY_FILE_NAME, openHistoryLog, readHistoryFile } from '../../history/historyLog';
import type { CallContext } from '../../ipc/router';
import { memoryLogger } from '../../logger';
import { createManualClock, type ManualClock } from '../../testing/manualClock';
import type { ShellPorts } from '../../ports';
import { memorySettingsStore } from '../../settings/memorySettingsStore';
import type { TrayModel } from '../../tray/trayMenu';

export interface RoutineCoreRig {
  core: Core;
  clock: ManualClock;
  log: ReturnType<typeof memoryLogger>;
  /** Routes the core opened, in order, and which are open now. */
  opened: Route[];
  open: Set<Route>;
  trays: TrayModel[];
  historyPath: string;
  /** Calls a channel as the routine window would. */
  call(channel: string, payload?: unknown): ReturnType<Core['router']['call']>;
}

const ROUTINE_WINDOW: CallContext = { route: 'routine', windowId: 7 };

/**
 * The real core over the real history log and routine session file in
 * `userData`, safety already acknowledged, with desktop doubles that keep
 * track of open windows. The crash test's child process and the test that
 * restarts after it both start the app through this.
 */
export function startRoutineCore(userData: string, startMs: number): RoutineCoreRig {
  const clock = createManualClock(startMs);
  const log = memoryLogger();
  const open = new Set<Route>();
  const opened: Route[] = [];
  const trays: TrayModel[] = [];
  const shell: ShellPorts = {
    windows: {
      open(route) {
        open.add(route);
        opened.push(route);
      },
      close: (route) => void open.delete(route),
      closeWindow: () => undefined,
      isOpen: (route) => open.has(route),
      broadcast: () => undefined,
    },
    tray: { update: (model) => void trays.push(model) },
    notifier: { notify: () => undefined },
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    links: { open: () => undefined },
    loginItem: { setEnabled: () => undefined },
    app: {
      info: { name: 'Decompress', version: 'test', platform: 'linux', trayLocation: 'tray' },
      quit: () => undefined,
      openLogFolder: () => undefined,
    },
    cron: { schedule: () => ({ stop: () => undefined }) },
    idle: { idleSeconds: () => 0 },
  };
  const historyPath = join(userData, HISTORY_FILE_NAME);
  const core = createCore({
    clock,
    log,
    shell,
    settingsStore: memorySettingsStore(join(userData, 'settings.json')),
    initialSettings: { ...defaultSettings(), safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z' },
    history: openHistoryLog(historyPath),
    version: 'test',
  });
  return {
    core,
    clock,
    log,
    opened,
    open,
    trays,
    historyPath,
    call: (channel, payload) => core.router.call(channel, payload, ROUTINE_WINDOW),
  };
}

/** Every event in the history file, read from disk. */
export function historyOn(rig: RoutineCoreRig) {
  return readHistoryFile(rig.historyPath).events;
}
