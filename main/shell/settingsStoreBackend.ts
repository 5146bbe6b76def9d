import ElectronStore from 'electron-store';
import { SETTINGS_STORE_OPTIONS, type SettingsStore } from '../core/settings/settingsStore';

/** electron-store over `<userData>/settings.json`, with the options tests use through conf. */
export function openElectronSettingsStore(userDataDir: string): SettingsStore {
  return new ElectronStore<Record<string, unknown>>({
    ...SETTINGS_STORE_OPTIONS,
    cwd: userDataDir,
  });
}
