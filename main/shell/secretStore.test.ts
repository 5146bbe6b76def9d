import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../core/logger';
import { createSafeStorageSecretStore } from './secretStore';
import { resetElectronMock, safeStorage } from './testing/electronMock';

// Electron's safeStorage needs the OS keyring and Electron itself: the one
// Electron double stands in (see testing/electronMock.ts).
vi.mock('electron', () => import('./testing/electronMock'));

const URL = 'https://calendar.google.com/calendar/ical/ann%40gmail.com/private-5e3a9c/basic.ics';
let dir: string;
let file: string;

beforeEach(() => {
  resetElectronMock();
  dir = mkdtempSync(join(tmpdir(), 'decompress-secrets-'));
  file = join(dir, 'secrets.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the safeStorage secret store', () => {
  it('keeps a feed address encrypted on disk and gives it back, also after a restart', async () => {
    const log = memoryLogger();
    const store = createSafeStorageSecretStore(file, log, 'linux');
    await store.set('calendar-feed-url:abc123', URL);
    expect(readFileSync(file, 'utf8')).not.toContain('private-5e3a9c');
    expect(await store.get('calendar-feed-url:abc123')).toBe(URL);
    expect(
      await createSafeStorageSecretStore(file, log, 'linux').get('calendar-feed-url:abc123'),
    ).toBe(URL);
    expect(JSON.stringify(log.entries)).not.toContain('private-5e3a9c');
    await store.delete('calendar-feed-url:abc123');
    expect(
      await createSafeStorageSecretStore(file, log, 'linux').get('calendar-feed-url:abc123'),
    ).toBeNull();
  });

  it('says how it is protected: keyring, Keychain, Windows, or only scrambled (basic_text)', async () => {
    const log = memoryLogger();
    expect(await createSafeStorageSecretStore(file, log, 'linux').protection()).toEqual({
      level: 'encrypted',
      by: 'your keyring (GNOME Keyring / libsecret)',
    });
    expect(await createSafeStorageSecretStore(file, log, 'darwin').protection()).toEqual({
      level: 'encrypted',
      by: 'the macOS Keychain',
    });
    expect(await createSafeStorageSecretStore(file, log, 'win32').protection()).toMatchObject({
      level: 'encrypted',
    });
    safeStorage.backend = 'basic_text';
    expect(await createSafeStorageSecretStore(file, log, 'linux').protection()).toEqual({
      level: 'obfuscated',
      why: expect.stringContaining('No keyring'),
    });
  });

  it('without encryption it still keeps the address, and says it is plain text', async () => {
    safeStorage.available = false;
    const store = createSafeStorageSecretStore(file, memoryLogger(), 'linux');
    expect(await store.protection()).toMatchObject({ level: 'plain' });
    await store.set('k', URL);
    expect(await store.get('k')).toBe(URL);
  });

  it('re-encrypts when the OS says the key was rotated', async () => {
    const store = createSafeStorageSecretStore(file, memoryLogger(), 'linux');
    await store.set('k', URL);
    const stored = () =>
      Buffer.from(
        (JSON.parse(readFileSync(file, 'utf8')) as { entries: { k: { value: string } } }).entries.k
          .value,
        'base64',
      ).toString('utf8');
    expect(stored()).toMatch(/^mock-v1:/);
    safeStorage.keyVersion = 2;
    expect(await store.get('k')).toBe(URL);
    expect(stored()).toMatch(/^mock-v2:/);
    expect(await createSafeStorageSecretStore(file, memoryLogger(), 'linux').get('k')).toBe(URL);
  });

  it('a secret that cannot be decrypted any more is null, logged without its value', async () => {
    const log = memoryLogger();
    const store = createSafeStorageSecretStore(file, log, 'linux');
    await store.set('k', URL);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      entries: Record<string, { value: string }>;
    };
    const entry = saved.entries.k;
    if (entry) entry.value = Buffer.from('garbage').toString('base64');
    writeFileSync(file, JSON.stringify(saved));
    expect(await createSafeStorageSecretStore(file, log, 'linux').get('k')).toBeNull();
    expect(log.entries.map((e) => e.message)).toContain(
      'secrets: a stored secret could not be decrypted',
    );
  });

  it('a damaged file is set aside, never a crash', async () => {
    writeFileSync(file, '{"version":1,"entries":');
    const store = createSafeStorageSecretStore(file, memoryLogger(), 'linux');
    expect(await store.get('k')).toBeNull();
    await store.set('k', URL);
    expect(await store.get('k')).toBe(URL);
    expect(readdirSync(dir).some((f) => f.startsWith('secrets.corrupt-'))).toBe(true);
  });

  it('two changes at once keep both', async () => {
    const store = createSafeStorageSecretStore(file, memoryLogger(), 'linux');
    await Promise.all([store.set('a', 'one'), store.set('b', 'two')]);
    const again = createSafeStorageSecretStore(file, memoryLogger(), 'linux');
    expect([await again.get('a'), await again.get('b')]).toEqual(['one', 'two']);
  });
});
