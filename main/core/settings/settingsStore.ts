/**
 * The file behind the settings: electron-store in the app, conf (the library
 * electron-store is built on) in tests and the harness. Both expose the whole
 * document as `store`. Reading `store` re-reads the file, so the service reads
 * it once at start and keeps the parsed value.
 */
export interface SettingsStore {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Options shared by electron-store (main/shell) and conf (tests): the same
 * file name and the same atomic write behaviour. No schema is handed to the
 * library: validation is ours, in main, before anything is written.
 */
export const SETTINGS_STORE_OPTIONS = {
  configName: 'settings',
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

export const SETTINGS_FILE_NAME = `${SETTINGS_STORE_OPTIONS.configName}.json`;
