import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import { settingsSchema } from '../../../shared/settings/schema';
import {
  LIMITS,
  numberLimits,
  postureLimits,
  standingDeskLimits,
  type NumberSettingKey,
} from './limits';

const accepts = (patch: object) =>
  settingsSchema.safeParse({ ...defaultSettings(), ...patch }).success;

describe('limits the settings screen shows', () => {
  const keys: NumberSettingKey[] = [
    'intervalMinutes',
    'headsUpSeconds',
    'snoozeMinutes',
    'maxSnoozes',
    'nagMinutes',
    'graceMinutes',
  ];
  for (const key of keys) {
    it(`${key}: the range shown is the range main accepts`, () => {
      const { min, max } = numberLimits(key);
      expect(accepts({ [key]: min })).toBe(true);
      expect(accepts({ [key]: max })).toBe(true);
      expect(accepts({ [key]: min - 1 })).toBe(false);
      expect(accepts({ [key]: max + 1 })).toBe(false);
    });
  }

  it('the room for ranges and sessions is what main accepts, and one more is refused', () => {
    const range = (h: number) => ({
      start: `${String(h).padStart(2, '0')}:00`,
      end: `${String(h).padStart(2, '0')}:30`,
    });
    const day = (n: number) => Array.from({ length: n }, (_, i) => range(i));
    const hours = defaultSettings().officeHours;
    expect(accepts({ officeHours: { ...hours, sat: day(LIMITS.rangesPerDay) } })).toBe(true);
    expect(accepts({ officeHours: { ...hours, sat: day(LIMITS.rangesPerDay + 1) } })).toBe(false);
    const [morning] = defaultSettings().sessions;
    const sessions = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...morning, id: `s-${i}` }));
    expect(accepts({ sessions: sessions(LIMITS.sessions) })).toBe(true);
    expect(accepts({ sessions: sessions(LIMITS.sessions + 1) })).toBe(false);
  });

  it('posture.everyMinutes: 10 to 60, as main accepts', () => {
    const posture = defaultSettings().posture;
    const { min, max } = postureLimits('everyMinutes');
    expect([min, max]).toEqual([10, 60]);
    expect(accepts({ posture: { ...posture, everyMinutes: min } })).toBe(true);
    expect(accepts({ posture: { ...posture, everyMinutes: max } })).toBe(true);
    expect(accepts({ posture: { ...posture, everyMinutes: min - 1 } })).toBe(false);
    expect(accepts({ posture: { ...posture, everyMinutes: max + 1 } })).toBe(false);
  });

  for (const key of ['sitMinutes', 'standMinutes', 'moveMinutes'] as const) {
    it(`standingDesk.${key}: the range shown is the range main accepts`, () => {
      const desk = defaultSettings().standingDesk;
      const { min, max } = standingDeskLimits(key);
      expect(accepts({ standingDesk: { ...desk, [key]: min } })).toBe(true);
      expect(accepts({ standingDesk: { ...desk, [key]: max } })).toBe(true);
      expect(accepts({ standingDesk: { ...desk, [key]: min - 1 } })).toBe(false);
      expect(accepts({ standingDesk: { ...desk, [key]: max + 1 } })).toBe(false);
    });
  }
});
