import { readFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import { z } from 'zod';
import { setAside, writeFileAtomic } from '../core/calendar/atomicFile';
import type { SecretProtection, SecretStore } from '../core/calendar/secretStore';
import type { Logger } from '../core/logger';

const fileSchema = z
  .object({
    version: z.literal(1),
    entries: z.record(
      z.string().max(200),
      z
        .object({ scheme: z.enum(['safeStorage', 'plain']), value: z.string().max(100_000) })
        .strict(),
    ),
  })
  .strict();
type Entry = z.infer<typeof fileSchema>['entries'][string];

const BACKEND_NAMES: Record<string, string> = {
  gnome_libsecret: 'your keyring (GNOME Keyring / libsecret)',
  kwallet: 'KWallet',
  kwallet5: 'KWallet',
  kwallet6: 'KWallet',
};

/**
 * Secrets (calendar feed addresses) encrypted with Electron's safeStorage,
 * kept in one JSON file in userData (written atomically, mode 0600).
 *
 * Where the OS offers no encryption the value is still kept, so the
 * calendar keeps working, but `protection()` says so for Settings:
 * - Linux without a keyring: Electron's "basic_text" backend encrypts with a
 *   key written in Chromium's source, which is obfuscation, not protection;
 * - no encryption at all: the value is stored as plain text.
 * Values are never logged; log lines name the key at most.
 */
export function createSafeStorageSecretStore(
  filePath: string,
  log: Logger,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  let loaded: Promise<Map<string, Entry>> | null = null;
  let writes: Promise<void> = Promise.resolve();

  function entries(): Promise<Map<string, Entry>> {
    loaded ??= (async () => {
      let raw: string;
      try {
        raw = await readFile(filePath, 'utf8');
      } catch {
        return new Map();
      }
      try {
        return new Map(Object.entries(fileSchema.parse(JSON.parse(raw)).entries));
      } catch {
        const movedTo = await setAside(filePath, Date.now());
        log.warn('secrets: the secrets file was damaged and set aside', { movedTo });
        return new Map();
      }
    })();
    return loaded;
  }

  /** Writes one after another, so two changes at once cannot lose either. */
  function save(change: (all: Map<string, Entry>) => void): Promise<void> {
    const run = writes.then(async () => {
      const all = await entries();
      change(all);
      const file = { version: 1, entries: Object.fromEntries(all) };
      await writeFileAtomic(filePath, `${JSON.stringify(file)}\n`);
    });
    writes = run.catch(() => undefined);
    return run;
  }

  async function encryptionAvailable(): Promise<boolean> {
    try {
      return await safeStorage.isAsyncEncryptionAvailable();
    } catch {
      return false;
    }
  }

  async function seal(value: string): Promise<Entry> {
    if (await encryptionAvailable()) {
      return {
        scheme: 'safeStorage',
        value: (await safeStorage.encryptStringAsync(value)).toString('base64'),
      };
    }
    return { scheme: 'plain', value };
  }

  return {
    async protection(): Promise<SecretProtection> {
      if (!(await encryptionAvailable())) {
        return {
          level: 'plain',
          why: 'This computer offers no way to encrypt it, so it is stored as plain text in Decompress’s folder.',
        };
      }
      if (platform === 'darwin') return { level: 'encrypted', by: 'the macOS Keychain' };
      if (platform === 'win32') return { level: 'encrypted', by: 'Windows (your user account)' };
      const backend = safeStorage.getSelectedStorageBackend();
      const name = BACKEND_NAMES[backend];
      if (name) return { level: 'encrypted', by: name };
      return {
        level: 'obfuscated',
        why:
          backend === 'basic_text'
            ? 'No keyring (such as GNOME Keyring or KWallet) was found, so it is only scrambled with a key anyone who can read your files could use.'
            : 'It could not be told which keyring protects it, so it may only be scrambled, not encrypted.',
      };
    },

    async get(key) {
      const entry = (await entries()).get(key);
      if (!entry) return null;
      if (entry.scheme === 'plain') return entry.value;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
          Buffer.from(entry.value, 'base64'),
        );
        if (shouldReEncrypt) {
          // The OS rotated the key: store it again under the new one (best effort).
          const resealed = await seal(result).catch(() => null);
          if (resealed) await save((all) => void all.set(key, resealed)).catch(() => undefined);
        }
        return result;
      } catch {
        log.warn('secrets: a stored secret could not be decrypted', { key });
        return null;
      }
    },

    async set(key, value) {
      const sealed = await seal(value);
      await save((all) => void all.set(key, sealed));
    },

    async delete(key) {
      await save((all) => void all.delete(key));
    },
  };
}
