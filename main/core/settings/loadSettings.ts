import { defaultSettings } from '../../../shared/settings/defaults';
import { settingsSchema, type Settings } from '../../../shared/settings/schema';
import type { Logger } from '../logger';
import type { SettingsStore } from './settingsStore';

export interface LoadedSettings {
  store: SettingsStore;
  settings: Settings;
  /** True when no settings file existed: the first launch. */
  firstRun: boolean;
  /** Said to the person once, e.g. after a damaged file was set aside. */
  notice: string | null;
}

/**
 * Opens the settings store and returns valid settings, whatever is on disk.
 * `openStore` constructs electron-store or conf over the file at `filePath`.
 */
export function loadSettings(
  filePath: string,
  openStore: () => SettingsStore,
  fileExists: (path: string) => boolean,
  log: Logger,
): LoadedSettings {
  const firstRun = !fileExists(filePath);
  const store = openStore();
  const parsed = settingsSchema.safeParse(store.store);
  if (parsed.success) return { store, settings: parsed.data, firstRun, notice: null };
  const settings = defaultSettings();
  store.store = settings;
  if (!firstRun) log.warn('settings: file did not match the schema; defaults used');
  return { store, settings, firstRun, notice: null };
}
