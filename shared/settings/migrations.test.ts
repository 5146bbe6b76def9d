import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import {
  migrateSettings,
  SETTINGS_MIGRATIONS,
  settingsVersionOf,
  type MigrationStep,
} from './migrations';
import { SETTINGS_VERSION, settingsSchema } from './schema';

const v1 = {
  version: 1,
  officeHoursStart: '08:00',
  officeHoursEnd: '16:00',
  workdays: [1, 2, 3, 4, 5],
  breakIntervalMinutes: 40,
  morningTime: '07:00',
  eveningTime: null,
};

describe('settings migrations', () => {
  it('has one step for every version from 2 up to the current one, in order', () => {
    expect(SETTINGS_MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('brings a version-1 document to a valid current document and reports each step', () => {
    const steps: MigrationStep[] = [];
    const outcome = migrateSettings(v1, (step) => steps.push(step));
    expect(outcome.status).toBe('migrated');
    if (outcome.status !== 'migrated') return;
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    const settings = settingsSchema.parse(outcome.document);
    expect(settings.officeHours.mon).toEqual([{ start: '08:00', end: '16:00' }]);
    expect(settings.officeHours.sat).toEqual([]);
    expect(settings.intervalMinutes).toBe(40);
    expect(settings.sessions.find((s) => s.id === 'morning')).toMatchObject({
      time: '07:00',
      enabled: true,
    });
    expect(settings.sessions.find((s) => s.id === 'evening')?.enabled).toBe(false);
  });

  it('fills in version 3: automatic updates and no global shortcut, keeping everything else', () => {
    const v2 = { ...defaultSettings(), intervalMinutes: 30, theme: 'dark' } as Record<
      string,
      unknown
    >;
    v2.version = 2;
    delete v2.updateMode;
    delete v2.startBreakShortcut;
    delete v2.meetings;
    const outcome = migrateSettings(v2);
    expect(outcome.status).toBe('migrated');
    if (outcome.status !== 'migrated') return;
    const settings = settingsSchema.parse(outcome.document);
    expect(settings).toMatchObject({
      version: 5,
      intervalMinutes: 30,
      theme: 'dark',
      updateMode: 'automatic',
      startBreakShortcut: null,
    });
  });

  it('brings a version-3 file to 4 with meetings held, titles private and every source on', () => {
    const v3 = { ...defaultSettings(), version: 3, intervalMinutes: 50 } as Record<string, unknown>;
    delete v3.meetings;
    delete v3.posture;
    delete v3.standingDesk;
    delete v3.skippedBreakReturns;
    const outcome = migrateSettings(v3);
    expect(outcome.status).toBe('migrated');
    if (outcome.status !== 'migrated') return;
    expect(settingsSchema.parse(outcome.document)).toMatchObject({
      version: 5,
      intervalMinutes: 50,
      meetings: {
        holdReminders: true,
        showTitles: false,
        sources: {
          calendar: true,
          camera: true,
          microphone: true,
          presentation: true,
          doNotDisturb: true,
        },
      },
    });
  });

  it('brings a version-4 file to 5: silent posture cues every 20 min, no standing desk, skipped breaks come back', () => {
    const v4 = {
      ...defaultSettings(),
      version: 4,
      intervalMinutes: 35,
      theme: 'light',
    } as Record<string, unknown>;
    delete v4.posture;
    delete v4.standingDesk;
    delete v4.skippedBreakReturns;
    const steps: MigrationStep[] = [];
    const outcome = migrateSettings(v4, (step) => steps.push(step));
    expect(outcome.status).toBe('migrated');
    if (outcome.status !== 'migrated') return;
    expect(steps.map((s) => [s.from, s.to])).toEqual([[4, 5]]);
    expect(settingsSchema.parse(outcome.document)).toMatchObject({
      version: 5,
      intervalMinutes: 35,
      theme: 'light',
      posture: { cues: true, everyMinutes: 20, sound: false, showNextInTray: false },
      standingDesk: { enabled: false, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
      skippedBreakReturns: true,
    });
  });

  it('recognises a version-1 file written before it carried a version number', () => {
    expect(settingsVersionOf({ officeHoursStart: '09:00' })).toBe(1);
    expect(settingsVersionOf({ theme: 'dark' })).toBeNull();
  });

  it('leaves a current document alone', () => {
    const current = { ...defaultSettings() };
    expect(migrateSettings(current)).toEqual({ status: 'current', document: current });
  });

  it('stops at a failing step, names it, and returns nothing to save', () => {
    const steps: MigrationStep[] = [];
    const outcome = migrateSettings({ ...v1, officeHoursStart: 'nine' }, (s) => steps.push(s));
    expect(outcome).toEqual({
      status: 'failed',
      from: 1,
      failedStep: { from: 1, to: 2, description: expect.any(String) },
      reason: 'officeHoursStart is not a time of day (HH:MM)',
    });
    expect(steps).toHaveLength(1);
  });

  it('refuses weekdays it cannot name', () => {
    const outcome = migrateSettings({ ...v1, workdays: [1, 9] });
    expect(outcome.status === 'failed' && outcome.reason).toBe(
      'workdays holds 9, not a weekday number 0-6',
    );
  });

  it('does not touch the document it was given', () => {
    const input = structuredClone(v1);
    migrateSettings(input);
    expect(input).toEqual(v1);
  });

  it('reports a version from the future rather than guessing', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 1 })).toEqual({
      status: 'unknown-version',
      version: SETTINGS_VERSION + 1,
    });
  });
});
