import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import { SETTINGS_VERSION, settingsSchema, type Settings } from '../../../shared/settings/schema';
import { memoryLogger } from '../logger';
import { settingsFixture } from './fixtures/settingsFixture';
import { openTestSettingsStore } from './fixtures/testSettingsStore';
import { loadSettings, type LoadedSettings } from './loadSettings';
import { SETTINGS_FILE_NAME } from './settingsStore';

const STAMP = Date.UTC(2026, 10, 23, 9, 0);
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-settings-'));
  file = join(dir, SETTINGS_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(log = memoryLogger()): LoadedSettings {
  return loadSettings(file, () => openTestSettingsStore(dir), existsSync, log, {
    now: () => STAMP,
  });
}

/** What is on disk now, checked against the schema. */
function onDisk(): Settings {
  return settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function corruptCopies(): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
}

describe('loadSettings: a healthy start', () => {
  it('writes the defaults on first run and says so', () => {
    const loaded = load();
    expect(loaded.firstRun).toBe(true);
    expect(loaded.notice).toBeNull();
    expect(onDisk()).toEqual(defaultSettings());
  });

  it('reads a valid file as it is, without notice or copies', () => {
    const mine = { ...defaultSettings(), intervalMinutes: 25, theme: 'dark' as const };
    writeFileSync(file, JSON.stringify(mine));
    const loaded = load();
    expect(loaded.settings).toEqual(mine);
    expect(loaded.firstRun).toBe(false);
    expect(loaded.notice).toBeNull();
    expect(corruptCopies()).toEqual([]);
  });

  it('accepts a file saved with a byte-order mark', () => {
    writeFileSync(file, `\uFEFF${JSON.stringify({ ...defaultSettings(), intervalMinutes: 60 })}`);
    expect(load().settings.intervalMinutes).toBe(60);
  });
});

describe('loadSettings: migration from version 1', () => {
  it('upgrades the v1 fixture, saves it, and logs each step', () => {
    writeFileSync(file, settingsFixture('settings.v1.json'));
    const log = memoryLogger();
    const loaded = load(log);

    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.notice).toBeNull();
    const s = loaded.settings;
    expect(s.version).toBe(SETTINGS_VERSION);
    // One shared range with a lunch break became two ranges on each v1 workday (Mon-Thu).
    const split = [
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    expect(s.officeHours.mon).toEqual(split);
    expect(s.officeHours.thu).toEqual(split);
    expect(s.officeHours.fri).toEqual([]);
    expect(s.intervalMinutes).toBe(50);
    expect(s.headsUpSeconds).toBe(20);
    expect(s.naturalBreakMinutes).toBe(4);
    expect(s.snoozeMinutes).toBe(10);
    expect(s.nagLevel).toBe('persistent');
    expect(s.defaultRoutineId).toBe('quick-seated-reset');
    expect(s.sessions).toEqual([
      {
        id: 'morning',
        name: 'Morning',
        time: '07:15',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        routineId: 'morning-mobility',
        enabled: true,
      },
      {
        id: 'evening',
        name: 'Evening',
        time: '19:00',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        routineId: 'evening-wind-down',
        enabled: false,
      },
    ]);
    expect(s.soundVolume).toBeCloseTo(0.4);
    expect(s.spokenCues).toBe(true);
    expect(s.theme).toBe('system');
    expect(s.launchAtLogin).toBe(true);
    expect(s.safetyAcknowledgedAt).toBe('2025-03-02T08:15:00.000Z');
    expect(s.welcomeCompleted).toBe(true);

    expect(onDisk()).toEqual(s);
    expect(log.entries).toContainEqual(
      expect.objectContaining({
        message: 'settings: migrating',
        fields: expect.objectContaining({ from: 1, to: 2 }),
      }),
    );
    // The next start reads version 2 and has nothing to migrate.
    expect(load().migratedFrom).toBeNull();
  });

  it('saves nothing from a failing step: the original is kept aside and same-named keys survive', () => {
    const v1 = JSON.parse(settingsFixture('settings.v1.json')) as Record<string, unknown>;
    const text = JSON.stringify({ ...v1, officeHoursEnd: '5pm' });
    writeFileSync(file, text);
    const log = memoryLogger();
    const loaded = load(log);

    expect(loaded.recovery?.cause).toBe('migration-failed');
    expect(log.entries).toContainEqual(
      expect.objectContaining({ message: 'settings: migration step failed; nothing saved' }),
    );
    const [copy] = corruptCopies();
    expect(copy).toBeDefined();
    expect(readFileSync(join(dir, copy ?? ''), 'utf8')).toBe(text);
    // Keys v1 and v2 share kept their values; the half-migrated document was never written.
    expect(loaded.settings.headsUpSeconds).toBe(20);
    expect(loaded.settings.officeHours).toEqual(defaultSettings().officeHours);
    expect(onDisk()).toEqual(loaded.settings);
    expect(loaded.notice).toMatch(/could not be carried over/);
  });
});

describe('loadSettings: a damaged file', () => {
  it('recovers a truncated file: copy aside, complete keys kept, defaults for the rest', () => {
    const text = settingsFixture('settings.truncated.txt');
    writeFileSync(file, text);
    const loaded = load();

    expect(loaded.recovery?.cause).toBe('truncated');
    expect(corruptCopies()).toEqual(['settings.corrupt-2026-11-23T09-00-00-000Z.json']);
    expect(readFileSync(join(dir, 'settings.corrupt-2026-11-23T09-00-00-000Z.json'), 'utf8')).toBe(
      text,
    );
    expect(loaded.settings.intervalMinutes).toBe(30);
    expect(loaded.settings.headsUpSeconds).toBe(15);
    expect(loaded.settings.naturalBreakMinutes).toBe(7);
    expect(loaded.settings.theme).toBe('dark');
    expect(loaded.settings.officeHours).toEqual(defaultSettings().officeHours);
    expect(onDisk()).toEqual(loaded.settings);
    expect(loaded.notice).toBe(
      'Your settings file was cut short, probably by a crash or a full disk. 4 settings could still be read and were kept; the rest are back to their defaults. The old file was kept as settings.corrupt-2026-11-23T09-00-00-000Z.json.',
    );
  });

  it('treats an empty file as truncated and starts on defaults', () => {
    writeFileSync(file, '');
    const loaded = load();
    expect(loaded.recovery?.cause).toBe('truncated');
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.notice).toMatch(/Decompress is using its default settings/);
    expect(onDisk()).toEqual(defaultSettings());
  });

  it('recovers a file that is not JSON at all', () => {
    writeFileSync(file, settingsFixture('settings.not-json.txt'));
    const loaded = load();
    expect(loaded.recovery?.cause).toBe('not-json');
    expect(loaded.settings).toEqual(defaultSettings());
    expect(corruptCopies()).toHaveLength(1);
    expect(onDisk()).toEqual(defaultSettings());
    expect(loaded.notice).toMatch(/^Your settings file was damaged and could not be read\./);
  });

  it('recovers JSON that is not an object (a list, a number, null)', () => {
    for (const text of ['[1, 2, 3]', '42', 'null', '"settings"']) {
      writeFileSync(file, text);
      const loaded = load();
      expect(loaded.recovery?.cause, text).toBe('not-an-object');
      expect(onDisk()).toEqual(defaultSettings());
    }
    expect(new Set(corruptCopies()).size).toBe(4);
  });

  it('keeps every valid key of a file with wrong types, per weekday and per session', () => {
    writeFileSync(file, settingsFixture('settings.wrong-types.json'));
    const loaded = load();
    const s = loaded.settings;
    const d = defaultSettings();

    expect(loaded.recovery?.cause).toBe('invalid-values');
    expect(s.intervalMinutes).toBe(d.intervalMinutes);
    expect(s.maxSnoozes).toBe(d.maxSnoozes);
    expect(s.nagLevel).toBe(d.nagLevel);
    expect(s.soundEnabled).toBe(d.soundEnabled);
    expect(s.officeHours.sat).toEqual([]);
    expect(s.headsUpSeconds).toBe(15);
    expect(s.snoozeMinutes).toBe(10);
    expect(s.defaultRoutineId).toBe('standing-desk-reset');
    expect(s.soundVolume).toBe(0.3);
    expect(s.theme).toBe('dark');
    expect(s.officeHours.mon).toEqual([{ start: '08:00', end: '16:00' }]);
    expect(s.officeHours.fri).toEqual([{ start: '08:00', end: '12:00' }]);
    expect(s.sessions.map((x) => x.id)).toEqual(['morning']);
    expect(s.sessions[0]?.time).toBe('06:45');
    expect(loaded.recovery?.reset.sort()).toEqual(
      [
        'intervalMinutes',
        'maxSnoozes',
        'nagLevel',
        'officeHours.sat',
        'sessions.1',
        'soundEnabled',
      ].sort(),
    );
    expect(loaded.notice).toMatch(
      /^Some of your settings had values Decompress cannot use\. 21 settings could still be read and were kept; the rest are back to their defaults\./,
    );
    expect(onDisk()).toEqual(s);
  });

  it('sets aside a file from a newer version and keeps what this version understands', () => {
    writeFileSync(
      file,
      JSON.stringify({ ...defaultSettings(), version: 99, intervalMinutes: 20, hologram: true }),
    );
    const loaded = load();
    expect(loaded.recovery?.cause).toBe('newer-version');
    expect(loaded.settings.intervalMinutes).toBe(20);
    expect(corruptCopies()).toHaveLength(1);
    expect(loaded.notice).toMatch(/newer version of Decompress/);
  });

  it('tells the person once: the repaired file loads quietly next time', () => {
    writeFileSync(file, '{"version": 2, "theme": ');
    expect(load().notice).not.toBeNull();
    const again = load();
    expect(again.notice).toBeNull();
    expect(again.recovery).toBeNull();
    expect(corruptCopies()).toHaveLength(1);
  });

  it('never overwrites an earlier set-aside copy made in the same millisecond', () => {
    writeFileSync(file, 'first');
    load();
    writeFileSync(file, 'second');
    load();
    const copies = corruptCopies().sort();
    expect(copies).toEqual([
      'settings.corrupt-2026-11-23T09-00-00-000Z-1.json',
      'settings.corrupt-2026-11-23T09-00-00-000Z.json',
    ]);
    expect(readFileSync(join(dir, copies[1] ?? ''), 'utf8')).toBe('first');
  });

  it('still starts when the file cannot be read at all, on defaults kept in memory', () => {
    mkdirSync(file); // a folder where the file should be: reading it fails
    const log = memoryLogger();
    const loaded = load(log);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.recovery?.cause).toBe('unreadable');
    expect(loaded.notice).toMatch(/could not open its settings file/);
    loaded.store.store = { ...defaultSettings(), intervalMinutes: 90 };
    expect(loaded.store.store.intervalMinutes).toBe(90);
    expect(log.entries.some((e) => e.level === 'error')).toBe(true);
  });
});
