import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultSettings } from '../../../shared/settings/defaults';
import { migrateSettings, type SettingsDocument } from '../../../shared/settings/migrations';
import { settingsSchema, type Settings } from '../../../shared/settings/schema';
import type { Logger } from '../logger';
import { inspectSettingsText, type SettingsDamage } from './inspectSettingsText';
import { memorySettingsStore } from './memorySettingsStore';
import { salvageSettings } from './salvageSettings';
import { setAsideDamagedFile } from './setAsideDamagedFile';
import type { SettingsStore } from './settingsStore';

/** Why the settings on disk could not be used as they were. */
export type RecoveryCause =
  SettingsDamage | 'invalid-values' | 'newer-version' | 'migration-failed' | 'unreadable';

export interface SettingsRecovery {
  cause: RecoveryCause;
  /** Where the damaged file was copied, or null when it could not be read at all. */
  copyPath: string | null;
  kept: string[];
  reset: string[];
}

export interface LoadedSettings {
  store: SettingsStore;
  settings: Settings;
  /** True when no settings file existed: the first launch. */
  firstRun: boolean;
  /** Said to the person once, e.g. after a damaged file was set aside. */
  notice: string | null;
  recovery: SettingsRecovery | null;
  /** The version a file was migrated from, when it was. */
  migratedFrom: number | null;
}

export interface LoadSettingsOptions {
  /** Stamps the name of a set-aside copy; the app's clock in tests. */
  now?: () => number;
}

const CAUSE_TEXT: Record<RecoveryCause, string> = {
  truncated: 'Your settings file was cut short, probably by a crash or a full disk.',
  'not-json': 'Your settings file was damaged and could not be read.',
  'not-an-object': 'Your settings file was damaged and could not be read.',
  'invalid-values': 'Some of your settings had values Decompress cannot use.',
  'newer-version': 'Your settings file was written by a newer version of Decompress.',
  'migration-failed': 'Your settings from an earlier version could not be carried over.',
  unreadable: 'Decompress could not open its settings file.',
};

function recoveryNotice(recovery: SettingsRecovery): string {
  if (recovery.cause === 'unreadable' || recovery.copyPath === null) {
    return `${CAUSE_TEXT.unreadable} It is using the default settings for now; changes last until you quit.`;
  }
  const n = recovery.kept.length;
  const kept =
    n > 0
      ? `${n} ${n === 1 ? 'setting' : 'settings'} could still be read and ${n === 1 ? 'was' : 'were'} kept; the rest are back to their defaults.`
      : 'Decompress is using its default settings.';
  return `${CAUSE_TEXT[recovery.cause]} ${kept} The old file was kept as ${basename(recovery.copyPath)}.`;
}

/** Replaces a file's text through a temp file and a rename, so a crash leaves the old or the new. */
function replaceFileText(filePath: string, text: string): void {
  const temp = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, filePath);
}

/**
 * Opens the settings store and returns valid settings, whatever is on disk.
 * The raw file is read before the store library parses it (conf throws on
 * text that is not JSON). A file that cannot be used as it is gets copied
 * aside as `settings.corrupt-<timestamp>.json`; valid keys are kept, the
 * defaults fill the rest, and `notice` says so once. Older versions are
 * migrated step by step; a failing step saves nothing of its own. This never
 * throws: the app must start whatever its settings look like.
 */
export function loadSettings(
  filePath: string,
  openStore: () => SettingsStore,
  fileExists: (path: string) => boolean,
  log: Logger,
  options: LoadSettingsOptions = {},
): LoadedSettings {
  const now = options.now ?? Date.now;

  function accept(store: SettingsStore, settings: Settings, migratedFrom: number | null) {
    return { store, settings, firstRun: false, notice: null, recovery: null, migratedFrom };
  }

  /** What the loader returns after it had to repair or replace the file: said once, as a notice. */
  function recovered(
    store: SettingsStore,
    settings: Settings,
    recovery: SettingsRecovery,
  ): LoadedSettings {
    return {
      store,
      settings,
      firstRun: false,
      notice: recoveryNotice(recovery),
      recovery,
      migratedFrom: null,
    };
  }

  function recover(
    cause: Exclude<RecoveryCause, 'unreadable'>,
    candidate: unknown,
    detail: string,
  ): LoadedSettings {
    const copyPath = setAsideDamagedFile(filePath, now());
    const { settings, kept, reset } = salvageSettings(candidate);
    // The damaged file is gone: the store opens empty and writes the
    // repaired settings itself (atomically), so it stays the file's one writer.
    const store = openStore();
    store.store = settings;
    const recovery = { cause, copyPath, kept, reset };
    log.warn('settings: file could not be used as it was; a copy was set aside', {
      cause,
      detail: detail.slice(0, 200),
      copy: basename(copyPath),
      kept: kept.length,
      reset,
    });
    return recovered(store, settings, recovery);
  }

  /**
   * The store's view of a file whose text passed the damage check. The
   * document is read back through the store (electron-store in the app), so
   * what the app runs on is what the library will keep writing.
   */
  function fromStore(hadBom: boolean, text: string): LoadedSettings {
    // JSON.parse (the library's reader) refuses a byte-order mark that an
    // editor may add; take it off in place, the one byte-level repair the
    // loader makes, before the library reads the file.
    if (hadBom) replaceFileText(filePath, text.slice(1));
    const store = openStore();
    return fromDocument(store, store.store);
  }

  function fromDocument(store: SettingsStore, document: SettingsDocument): LoadedSettings {
    const outcome = migrateSettings(document, (step) =>
      log.info('settings: migrating', { from: step.from, to: step.to, step: step.description }),
    );
    switch (outcome.status) {
      case 'unknown-version': {
        const newer = typeof outcome.version === 'number' && outcome.version > 0;
        const detail = `version ${JSON.stringify(outcome.version) ?? 'missing'}`;
        return recover(newer ? 'newer-version' : 'invalid-values', document, detail);
      }
      case 'failed':
        log.warn('settings: migration step failed; nothing saved', {
          from: outcome.failedStep.from,
          to: outcome.failedStep.to,
          reason: outcome.reason,
        });
        // Salvage from the file as it was, never from a half-migrated document.
        return recover('migration-failed', document, outcome.reason);
      case 'current': {
        const parsed = settingsSchema.safeParse(outcome.document);
        if (!parsed.success) {
          return recover('invalid-values', document, parsed.error.issues[0]?.message ?? '');
        }
        return accept(store, parsed.data, null);
      }
      case 'migrated': {
        const parsed = settingsSchema.safeParse(outcome.document);
        if (!parsed.success) {
          return recover('invalid-values', outcome.document, parsed.error.issues[0]?.message ?? '');
        }
        store.store = parsed.data;
        log.info('settings: migrated', { from: outcome.from, to: parsed.data.version });
        return accept(store, parsed.data, outcome.from);
      }
    }
  }

  try {
    if (!fileExists(filePath)) {
      const store = openStore();
      const settings = defaultSettings();
      store.store = settings;
      return { ...accept(store, settings, null), firstRun: true };
    }
    const text = readFileSync(filePath, 'utf8');
    const inspection = inspectSettingsText(text);
    if (inspection.kind === 'damaged') {
      return recover(inspection.damage, inspection.partial, inspection.detail);
    }
    return fromStore(text.startsWith('\uFEFF'), text);
  } catch (err) {
    // Unreadable file, full disk, no permission: run on defaults rather than not at all.
    log.error('settings: could not be loaded; using defaults in memory', {
      message: err instanceof Error ? err.message : String(err),
    });
    const store = memorySettingsStore(filePath);
    const settings = defaultSettings();
    store.store = settings;
    const recovery: SettingsRecovery = { cause: 'unreadable', copyPath: null, kept: [], reset: [] };
    return recovered(store, settings, recovery);
  }
}
