import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { Route } from '../../../../shared/routes';
import type { Core } from '../../createCore';
import { HISTORY_FILE_NAME, readHistoryFile } from '../../history/historyLog';
import type { CallContext } from '../../ipc/router';
import { memoryLogger } from '../../logger';
import { openCore } from '../../openCore';
import { openTestSettingsStore } from '../../settings/fixtures/testSettingsStore';
import { SETTINGS_FILE_NAME } from '../../settings/settingsStore';
import { createManualClock, type ManualClock } from '../../testing/manualClock';
import { createRecordingShell } from '../../testing/recordingShell';
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
  const { shell, record } = createRecordingShell();
  const { open, windowsOpened: opened, trays } = record;
  const historyPath = join(userData, HISTORY_FILE_NAME);
  // Safety already acknowledged, written as the app's settings file would be.
  writeFileSync(
    join(userData, SETTINGS_FILE_NAME),
    JSON.stringify({ ...defaultSettings(), safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z' }),
  );
  const { core } = openCore({
    userDataDir: userData,
    openSettingsStore: () => openTestSettingsStore(userData),
    clock,
    log,
    shell,
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
