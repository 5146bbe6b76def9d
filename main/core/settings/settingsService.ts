import { defaultSettings } from '../../../shared/settings/defaults';
import { settingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings/schema';
import type { Logger } from '../logger';
import { SettingsError } from './settingsError';
import type { SettingsStore } from './settingsStore';

export interface SettingsService {
  get(): Settings;
  /** Applies a patch; throws SettingsError and writes nothing when the result is invalid. */
  update(patch: SettingsPatch): Settings;
  /** Replaces everything (import); same validation as update. */
  replace(candidate: unknown): Settings;
  reset(): Settings;
  onChange(listener: (settings: Settings, previous: Settings) => void): () => void;
}

/** Validates a whole candidate document, naming the first bad field. */
export function validateSettings(candidate: unknown): Settings {
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  throw new SettingsError(field, issue?.message ?? 'invalid settings');
}

/**
 * Holds the settings in memory and writes every accepted change through to
 * the store. `initial` is what the loader recovered from disk.
 */
export function createSettingsService(
  store: SettingsStore,
  initial: Settings,
  log: Logger,
): SettingsService {
  let current = initial;
  const listeners = new Set<(settings: Settings, previous: Settings) => void>();

  function commit(next: Settings): Settings {
    const previous = current;
    // Write first: if the disk refuses, memory must not claim a change that was not kept.
    store.store = next;
    current = next;
    for (const listener of listeners) {
      try {
        listener(next, previous);
      } catch (err) {
        log.error('settings: change listener failed', { message: String(err) });
      }
    }
    return next;
  }

  return {
    get: () => current,
    update(patch) {
      return commit(validateSettings({ ...current, ...patch }));
    },
    replace(candidate) {
      return commit(validateSettings(candidate));
    },
    reset() {
      return commit(defaultSettings());
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
