import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core, type CoreDeps } from './createCore';
import { HISTORY_FILE_NAME, openHistoryLog } from './history/historyLog';
import { loadSettings, type LoadedSettings } from './settings/loadSettings';
import { SETTINGS_FILE_NAME, type SettingsStore } from './settings/settingsStore';

/** Everything the core needs that is not read from the userData folder. */
export interface OpenCoreOptions extends Omit<
  CoreDeps,
  'settingsStore' | 'initialSettings' | 'history' | 'settingsNotice' | 'firstRun'
> {
  /** Where settings.json, history.jsonl and routine-session.json live. */
  userDataDir: string;
  /**
   * Opens the store that owns settings.json in userDataDir: electron-store in
   * the app, conf (the library electron-store is built on) in tests and the
   * harness. Called after the damage check, never before.
   */
  openSettingsStore: () => SettingsStore;
}

export interface OpenedCore {
  core: Core;
  /** What the settings loader found: the first run, a repaired file and its notice. */
  loaded: LoadedSettings;
}

/**
 * The one way the core is assembled from a userData folder, for the app, the
 * e2e harness, the benches and the tests alike: settings loaded (and repaired
 * if need be) through their store, the history log opened beside them, and
 * the loader's first-run flag and notice passed on, so no copy can drift.
 */
export function openCore(options: OpenCoreOptions): OpenedCore {
  const { userDataDir, openSettingsStore, ...deps } = options;
  const loaded = loadSettings(
    join(userDataDir, SETTINGS_FILE_NAME),
    openSettingsStore,
    existsSync,
    deps.log,
    { now: () => deps.clock.now() },
  );
  const core = createCore({
    ...deps,
    settingsStore: loaded.store,
    initialSettings: loaded.settings,
    history: openHistoryLog(join(userDataDir, HISTORY_FILE_NAME)),
    settingsNotice: loaded.notice,
    firstRun: loaded.firstRun,
  });
  return { core, loaded };
}
