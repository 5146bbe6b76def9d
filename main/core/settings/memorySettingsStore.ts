import type { SettingsStore } from './settingsStore';

/**
 * A store that keeps settings only in memory: the last resort when the file
 * cannot be read or written at all, so the app still starts and works.
 */
export function memorySettingsStore(path: string): SettingsStore {
  let doc: Record<string, unknown> = {};
  return {
    path,
    get store() {
      return structuredClone(doc);
    },
    set store(value) {
      doc = structuredClone(value);
    },
  };
}
