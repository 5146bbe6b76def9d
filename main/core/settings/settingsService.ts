import { defaultSettings } from '../../../shared/settings/defaults';
import { migrateSettings } from '../../../shared/settings/migrations';
import {
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/schema';
import type { Issue } from '../../../shared/ipc/result';
import { issueFromZod } from '../../../shared/ipc/zodIssue';
import { SETTINGS_RULES, type SettingsRule } from '../../../shared/settings/rules';
import type { Logger } from '../logger';
import { SettingsError } from './settingsError';
import type { SettingsStore } from './settingsStore';
import { isRecord } from '../../../shared/isRecord';

export interface SettingsService {
  get(): Settings;
  /** Applies a patch; throws SettingsError and writes nothing when the result is invalid. */
  update(patch: SettingsPatch): Settings;
  /** Replaces everything (import); older versions are migrated first; same validation as update. */
  replace(candidate: unknown): Settings;
  reset(): Settings;
  onChange(listener: (settings: Settings, previous: Settings) => void): () => void;
}

/** Validates a whole candidate document, naming the first bad field. */
export function validateSettings(candidate: unknown): Settings {
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) {
    throw new SettingsError({ path: [], problem: { code: 'other' } }, 'invalid settings');
  }
  throw new SettingsError(issueFromZod(issue), issue.message);
}

/** An issue for one of the app's own rules (see shared/settings/rules.ts). */
function customIssue(
  path: string[],
  rule: SettingsRule,
  values: Record<string, string | number> = {},
): Issue {
  return { path, problem: { code: 'custom', rule, values } };
}

/**
 * Brings an imported document (perhaps exported by an older version) to the
 * current version, or says in the version field why it cannot.
 */
function upgradeImported(candidate: unknown, log: Logger): unknown {
  if (!isRecord(candidate)) {
    throw new SettingsError(
      customIssue([], SETTINGS_RULES.notSettings),
      'the file does not hold settings',
    );
  }
  const outcome = migrateSettings(candidate, (step) =>
    log.info('settings: migrating an imported file', { from: step.from, to: step.to }),
  );
  switch (outcome.status) {
    case 'current':
    case 'migrated':
      return outcome.document;
    case 'failed':
      throw new SettingsError(
        customIssue(['version'], SETTINGS_RULES.migrationFailed, { from: outcome.from }),
        `settings from version ${outcome.from} could not be carried over: ${outcome.reason}`,
      );
    case 'unknown-version':
      if (typeof outcome.version === 'number' && outcome.version > SETTINGS_VERSION) {
        throw new SettingsError(
          customIssue(['version'], SETTINGS_RULES.newerVersion, {
            version: outcome.version,
            supported: SETTINGS_VERSION,
          }),
          `was written by a newer Decompress (version ${outcome.version}); this one reads up to ${SETTINGS_VERSION}`,
        );
      }
      return candidate;
  }
}

/**
 * Holds the settings in memory and writes every accepted change through to
 * the store. `initial` is what the loader recovered from disk. Whatever a
 * caller sends, only a document that passes the schema is ever written.
 */
export function createSettingsService(
  store: SettingsStore,
  initial: Settings,
  log: Logger,
): SettingsService {
  let current = initial;
  const listeners = new Set<(settings: Settings, previous: Settings) => void>();

  function commit(accepted: Settings): Settings {
    // Memory holds what the file will hold: JSON has no -0 (a patch of -0 is a
    // valid 0 to the schema, written as 0), and nothing else JSON drops.
    const next = JSON.parse(JSON.stringify(accepted)) as Settings;
    const previous = current;
    // Nothing changed: no write, and no "changed" event waking every window.
    if (JSON.stringify(next) === JSON.stringify(previous)) return current;
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
      return commit(validateSettings({ ...current, ...patch, version: SETTINGS_VERSION }));
    },
    replace(candidate) {
      return commit(validateSettings(upgradeImported(candidate, log)));
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
