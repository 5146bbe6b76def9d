import ElectronStore from 'electron-store';
import {
  SETTINGS_CONFIG_NAME,
  SETTINGS_STORE_OPTIONS,
  type SettingsStore,
} from '../core/settings/settingsStore';

/**
 * electron-store over `<userData>/settings.json`. electron-store names its
 * file from `name` (it overwrites conf's `configName`), so `name` it is.
 */
export function openElectronSettingsStore(userDataDir: string): SettingsStore {
  return new ElectronStore<Record<string, unknown>>({
    ...SETTINGS_STORE_OPTIONS,
    name: SETTINGS_CONFIG_NAME,
    cwd: userDataDir,
  });
}
