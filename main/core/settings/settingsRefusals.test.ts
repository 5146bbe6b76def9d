import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import { settingsSchema } from '../../../shared/settings/schema';
import { memoryLogger } from '../logger';
import { memorySettingsStore } from './memorySettingsStore';
import { createSettingsService } from './settingsService';

function openService() {
  const store = memorySettingsStore('/nowhere/settings.json');
  store.store = defaultSettings();
  const settings = createSettingsService(store, defaultSettings(), memoryLogger());
  const changes: unknown[] = [];
  settings.onChange((next) => changes.push(next));
  return { service: settings, store, changes };
}

const week = defaultSettings().officeHours;

describe('settings the planner cannot use are refused before they are written', () => {
  // As they arrive from a window or an imported file: untyped.
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'office hours ending before they start',
      { officeHours: { ...week, mon: [{ start: '17:00', end: '09:00' }] } },
      'officeHours.mon.0.end: must end after it starts',
    ],
    [
      'overlapping ranges',
      {
        officeHours: {
          ...week,
          tue: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '15:00' },
          ],
        },
      },
      'officeHours.tue: 11:00 overlaps 09:00-12:00',
    ],
    [
      'a zero interval',
      { intervalMinutes: 0 },
      'intervalMinutes: Too small: expected number to be >=10',
    ],
    [
      'an unknown default routine',
      { defaultRoutineId: 'handstand' },
      'defaultRoutineId: must be a routine from the catalogue',
    ],
    [
      'a session with an unknown routine',
      { sessions: defaultSettings().sessions.map((s) => ({ ...s, routineId: 'cartwheels' })) },
      'sessions.0.routineId: must be a routine from the catalogue',
    ],
    [
      'a natural break as long as the interval',
      { intervalMinutes: 10, naturalBreakMinutes: 10 },
      'naturalBreakMinutes: must be shorter than the work interval (10 min)',
    ],
  ];

  for (const [what, patch, message] of cases) {
    it(`${what}: "${message}", and nothing is written or announced`, () => {
      const { service, store, changes } = openService();
      expect(() => service.replace({ ...defaultSettings(), ...patch })).toThrow(message);
      expect(store.store).toEqual(defaultSettings());
      expect(changes).toEqual([]);
    });
  }

  it('a change from the settings window is checked the same way', () => {
    const { service, changes } = openService();
    expect(() => service.update({ intervalMinutes: 15, naturalBreakMinutes: 20 })).toThrow(
      'naturalBreakMinutes: must be shorter than the work interval (15 min)',
    );
    expect(changes).toEqual([]);
  });

  it('good settings pass and are announced', () => {
    const { service, changes } = openService();
    service.update({ intervalMinutes: 30, defaultRoutineId: 'standing-desk-reset' });
    expect(changes).toHaveLength(1);
    expect(settingsSchema.safeParse(service.get()).success).toBe(true);
  });
});
