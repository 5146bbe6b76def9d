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

/** The settings file is `<userData>/settings.json`, whichever library writes it. */
export const SETTINGS_CONFIG_NAME = 'settings';

/**
 * Options shared by electron-store (main/shell) and conf (tests): the same
 * atomic write behaviour. The file name is given per library, because
 * electron-store overwrites conf's `configName` with its own `name` option
 * (default 'config'): passing `configName` to electron-store silently wrote
 * config.json while the app looked for settings.json, and every start
 * looked like the first. No schema is handed to the library: validation is
 * ours, in main, before anything is written.
 */
export const SETTINGS_STORE_OPTIONS = {
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

export const SETTINGS_FILE_NAME = `${SETTINGS_CONFIG_NAME}.json`;
