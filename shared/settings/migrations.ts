import { HHMM_PATTERN, minutesOfDay, WEEKDAYS, type Weekday } from '../time';
import {
  DEFAULT_MEETINGS,
  DEFAULT_POSTURE,
  DEFAULT_STANDING_DESK,
  defaultSettings,
} from './defaults';
import { SETTINGS_VERSION } from './schema';
import { isRecord } from '../isRecord';

/** A settings file as parsed from JSON, before anyone vouches for it. */
export type SettingsDocument = Record<string, unknown>;

/** One step from version `to - 1` to version `to`. Steps run in order; none may be skipped. */
export interface SettingsMigration {
  to: number;
  /** Said in the log when the step runs, so a support request can tell what happened. */
  description: string;
  /** Returns the next version's document; throws when the input cannot be carried forward. */
  migrate(doc: SettingsDocument): SettingsDocument;
}

export interface MigrationStep {
  from: number;
  to: number;
  description: string;
}

export type MigrationOutcome =
  | { status: 'current'; document: SettingsDocument }
  | { status: 'migrated'; document: SettingsDocument; from: number; steps: MigrationStep[] }
  /** A step threw: nothing after it ran, and the caller must not save. */
  | { status: 'failed'; from: number; failedStep: MigrationStep; reason: string }
  /** No version we can read: newer than this build, or not a number at all. */
  | { status: 'unknown-version'; version: unknown };

/** Reads an optional v1 time field; a present but malformed value stops the migration. */
function v1Time(doc: SettingsDocument, key: string, fallback: string, label = key): string {
  const value = doc[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !HHMM_PATTERN.test(value)) {
    throw new Error(`${label} is not a time of day (HH:MM)`);
  }
  return value;
}

/** Version 1 stored weekdays as Date#getDay numbers (0 = Sunday). */
function v1Weekdays(doc: SettingsDocument, key: string, fallback: Weekday[]): Weekday[] {
  const value = doc[key];
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) throw new Error(`${key} is not a list of weekdays`);
  const days = new Set<Weekday>();
  for (const n of value) {
    const day = typeof n === 'number' && Number.isInteger(n) ? WEEKDAYS[n] : undefined;
    if (!day) throw new Error(`${key} holds ${JSON.stringify(n)}, not a weekday number 0-6`);
    days.add(day);
  }
  return WEEKDAYS.filter((d) => days.has(d));
}

/** Routine ids that version 1 used before the catalogue was renamed. */
const V1_ROUTINE_IDS: Record<string, string> = {
  'quick-reset': 'quick-seated-reset',
  'seated-stretch': 'seated-decompression',
  'standing-stretch': 'standing-desk-reset',
  'floor-stretch': 'floor-decompression',
  morning: 'morning-mobility',
  evening: 'evening-wind-down',
};

function v1Routine(doc: SettingsDocument, key: string, fallback: string): unknown {
  const value = doc[key];
  if (value === undefined) return fallback;
  return typeof value === 'string' ? (V1_ROUTINE_IDS[value] ?? value) : value;
}

/** Keeps a value when v1 had it, else the default; the schema judges it afterwards. */
function carry(doc: SettingsDocument, key: string, fallback: unknown): unknown {
  return doc[key] === undefined ? fallback : doc[key];
}

/**
 * Version 1 (0.0.x builds) had one office-hours range shared by all workdays,
 * an optional lunch break, fixed morning/evening session times (null = off)
 * and a volume in percent. Version 2 has ranges per weekday and a list of
 * sessions.
 */
const v1ToV2: SettingsMigration = {
  to: 2,
  description: 'office hours per weekday, sessions as a list, volume 0-1',
  migrate(v1) {
    const d = defaultSettings();
    const start = v1Time(v1, 'officeHoursStart', '09:00');
    const end = v1Time(v1, 'officeHoursEnd', '17:30');
    if (minutesOfDay(start) >= minutesOfDay(end)) {
      throw new Error('officeHoursEnd is not after officeHoursStart');
    }
    let ranges = [{ start, end }];
    if (isRecord(v1.lunchBreak)) {
      const lunchStart = v1Time(v1.lunchBreak, 'start', start, 'lunchBreak.start');
      const lunchEnd = v1Time(v1.lunchBreak, 'end', start, 'lunchBreak.end');
      // A lunch break inside the day splits it; one outside it meant nothing in v1 either.
      if (
        minutesOfDay(start) < minutesOfDay(lunchStart) &&
        minutesOfDay(lunchEnd) < minutesOfDay(end)
      ) {
        ranges = [
          { start, end: lunchStart },
          { start: lunchEnd, end },
        ];
      }
    }
    const workdays = v1Weekdays(v1, 'workdays', ['mon', 'tue', 'wed', 'thu', 'fri']);
    const sessionDays = v1Weekdays(v1, 'sessionDays', workdays);
    const officeHours = Object.fromEntries(
      WEEKDAYS.map((day) => [day, workdays.includes(day) ? ranges.map((r) => ({ ...r })) : []]),
    );

    const session = (id: 'morning' | 'evening', name: string, routineKey: string) => {
      const timeKey = `${id}Time`;
      const base = d.sessions.find((s) => s.id === id);
      const fallbackTime = base?.time ?? '07:30';
      const off = v1[timeKey] === null || v1[timeKey] === undefined;
      return {
        id,
        name,
        time: off ? fallbackTime : v1Time(v1, timeKey, fallbackTime),
        weekdays: sessionDays,
        routineId: v1Routine(v1, routineKey, base?.routineId ?? d.defaultRoutineId),
        enabled: !off,
      };
    };

    const volume = v1.volumePercent;
    const theme = v1.theme === 'auto' ? 'system' : carry(v1, 'theme', d.theme);
    const nagLevel = v1.nagLevel === 'normal' ? 'persistent' : carry(v1, 'nagLevel', d.nagLevel);

    return {
      version: 2,
      officeHours,
      intervalMinutes: carry(v1, 'breakIntervalMinutes', d.intervalMinutes),
      headsUpSeconds: carry(v1, 'headsUpSeconds', d.headsUpSeconds),
      naturalBreakMinutes: carry(v1, 'idleResetMinutes', d.naturalBreakMinutes),
      snoozeMinutes: carry(v1, 'snoozeMinutes', d.snoozeMinutes),
      maxSnoozes: carry(v1, 'maxSnoozes', d.maxSnoozes),
      nagMinutes: d.nagMinutes,
      nagLevel,
      graceMinutes: d.graceMinutes,
      defaultRoutineId: v1Routine(v1, 'breakRoutine', d.defaultRoutineId),
      sessions: [
        session('morning', 'Morning', 'morningRoutine'),
        session('evening', 'Evening', 'eveningRoutine'),
      ],
      soundEnabled: carry(v1, 'playSounds', d.soundEnabled),
      soundVolume: typeof volume === 'number' ? volume / 100 : d.soundVolume,
      spokenCues: carry(v1, 'speakCues', d.spokenCues),
      theme,
      launchAtLogin: carry(v1, 'openAtLogin', d.launchAtLogin),
      safetyAcknowledgedAt: carry(v1, 'safetyAcknowledgedAt', null),
      partnerSafetyAcknowledgedAt: null,
      // Anyone with a v1 file has already been through the first launch.
      welcomeCompleted: true,
    };
  },
};

/**
 * Version 3 adds how updates are handled and the global shortcut. Existing
 * installs get the defaults: automatic updates, and no shortcut (a
 * system-wide key is never taken without the person choosing it).
 */
const v2ToV3: SettingsMigration = {
  to: 3,
  description: 'update mode and global shortcut',
  migrate(v2) {
    return { ...v2, version: 3, updateMode: 'automatic', startBreakShortcut: null };
  },
};

/**
 * Version 4 adds the meeting policy (the busy port). Existing installs get
 * the defaults, which hold nothing until a calendar is added or a live
 * source reports a call, and keep event titles private.
 */
const v3ToV4: SettingsMigration = {
  to: 4,
  description: 'meeting policy and busy sources',
  migrate(v3) {
    return { ...v3, version: 4, meetings: structuredClone(DEFAULT_MEETINGS) };
  },
};

/**
 * Version 5 adds posture cues, the sit-stand rhythm and the skipped break
 * that comes back. Existing installs get the defaults: gentle silent cues
 * (on), no standing desk until chosen, and a skipped break offered once more.
 */
const v4ToV5: SettingsMigration = {
  to: 5,
  description: 'posture cues, sit-stand rhythm, skipped break comes back',
  migrate(v4) {
    return {
      ...v4,
      version: 5,
      posture: { ...DEFAULT_POSTURE },
      standingDesk: { ...DEFAULT_STANDING_DESK },
      skippedBreakReturns: true,
    };
  },
};

/** Every step, oldest first. Add a step here whenever SETTINGS_VERSION goes up. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5];

/** The version a document claims; version 1 files written before the field existed are recognised by their keys. */
export function settingsVersionOf(doc: SettingsDocument): number | null {
  const { version } = doc;
  if (typeof version === 'number' && Number.isInteger(version)) return version;
  if (version === undefined && ('officeHoursStart' in doc || 'breakIntervalMinutes' in doc)) {
    return 1;
  }
  return null;
}

/**
 * Brings a document up to SETTINGS_VERSION, one step at a time, calling
 * `onStep` before each so the caller can log it. The result is not yet
 * validated: the schema is the judge of that, not the migration.
 */
export function migrateSettings(
  doc: SettingsDocument,
  onStep: (step: MigrationStep) => void = () => undefined,
): MigrationOutcome {
  const from = settingsVersionOf(doc);
  if (from === SETTINGS_VERSION) return { status: 'current', document: doc };
  if (from === null || from < 1 || from > SETTINGS_VERSION) {
    return { status: 'unknown-version', version: doc.version };
  }
  let document = structuredClone(doc);
  const steps: MigrationStep[] = [];
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const migration = SETTINGS_MIGRATIONS.find((m) => m.to === version + 1);
    const step = { from: version, to: version + 1, description: migration?.description ?? '' };
    if (!migration) {
      return { status: 'failed', from, failedStep: step, reason: 'no migration for this version' };
    }
    onStep(step);
    try {
      document = migration.migrate(document);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { status: 'failed', from, failedStep: step, reason };
    }
    steps.push(step);
  }
  return { status: 'migrated', document, from, steps };
}
