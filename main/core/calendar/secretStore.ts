/**
 * Where secrets (a calendar's private address) are kept. The app backs it
 * with Electron's safeStorage (main/shell/secretStore.ts); tests and the e2e
 * harness with memory. Values are never logged by either.
 */
export type SecretProtection =
  /** Encrypted with a key the OS keeps (Keychain, DPAPI, GNOME Keyring, KWallet). */
  | { level: 'encrypted'; by: string }
  /**
   * Stored scrambled with a key anyone on this computer can find: Linux
   * without a keyring (Electron's "basic_text" backend). Settings says so.
   */
  | { level: 'obfuscated'; why: string }
  /** The OS offers no encryption: stored as plain text. Settings says so. */
  | { level: 'plain'; why: string };

export interface SecretStore {
  /** How well secrets are protected on this computer, for Settings to say. */
  protection(): Promise<SecretProtection>;
  /** The secret, or null when there is none or it can no longer be unlocked. */
  get(key: string): Promise<string | null>;
  /** Throws when it cannot be stored; nothing is half-written. */
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** A store in memory, for tests and the e2e harness. */
export function memorySecretStore(
  protection: SecretProtection = { level: 'encrypted', by: 'memory' },
): SecretStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    protection: () => Promise.resolve(protection),
    get: (key) => Promise.resolve(entries.get(key) ?? null),
    set(key, value) {
      entries.set(key, value);
      return Promise.resolve();
    },
    delete(key) {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}
