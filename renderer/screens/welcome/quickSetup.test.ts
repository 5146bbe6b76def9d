import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/routines/catalogue';
import { defaultSettings } from '../../../shared/settings/defaults';
import { officeHoursSchema, settingsPatchSchema } from '../../../shared/settings/schema';
import {
  nagLevelLine,
  officeHoursChoice,
  quickSession,
  SESSION_ROUTINE_OPTIONS,
  weekdayOfficeHours,
  weekdaysText,
  withSession,
  deskChoice,
  deskChoiceSaved,
  withDeskChoice,
  breakEveryMinutes,
} from './quickSetup';

describe('office hours in the quick setup', () => {
  it('reads the defaults as the weekday preset', () => {
    expect(officeHoursChoice(defaultSettings().officeHours)).toEqual({ kind: 'preset' });
  });

  it('reads one range on every weekday as custom hours, and writes them back the same', () => {
    const hours = weekdayOfficeHours('08:00', '16:30');
    expect(officeHoursSchema.parse(hours)).toEqual(hours);
    expect(hours.sat).toEqual([]);
    expect(hours.sun).toEqual([]);
    expect(officeHoursChoice(hours)).toEqual({ kind: 'custom', start: '08:00', end: '16:30' });
  });

  it('keeps hours it cannot show (weekend work, a short Friday, split days) as "other"', () => {
    const base = weekdayOfficeHours('09:00', '17:30');
    expect(officeHoursChoice({ ...base, sat: [{ start: '10:00', end: '12:00' }] })).toEqual({
      kind: 'other',
    });
    expect(officeHoursChoice({ ...base, fri: [{ start: '09:00', end: '13:00' }] })).toEqual({
      kind: 'other',
    });
    const split = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    expect(officeHoursChoice({ ...base, mon: split })).toEqual({ kind: 'other' });
    expect(officeHoursChoice({ ...base, mon: [], tue: [] })).toEqual({ kind: 'other' });
  });

  it('gives each weekday its own range object, so editing one day later cannot change the others', () => {
    const hours = weekdayOfficeHours('09:00', '17:00');
    expect(hours.mon).not.toBe(hours.tue);
  });
});

describe('sessions in the quick setup', () => {
  it('changes the one session in place and leaves the others alone', () => {
    const { sessions } = defaultSettings();
    const morning = { ...quickSession(defaultSettings(), 'morning'), enabled: true, time: '06:45' };
    const next = withSession(sessions, morning);
    expect(next.map((s) => s.id)).toEqual(['morning', 'evening']);
    expect(next[0]).toEqual(morning);
    expect(next[1]).toBe(sessions[1]);
    expect(settingsPatchSchema.safeParse({ sessions: next }).success).toBe(true);
  });

  it('brings back a session removed in Settings from the defaults, at the end of the list', () => {
    const settings = {
      ...defaultSettings(),
      sessions: defaultSettings().sessions.filter((s) => s.id !== 'morning'),
    };
    const morning = quickSession(settings, 'morning');
    expect(morning).toMatchObject({ id: 'morning', time: '07:30', enabled: false });
    expect(withSession(settings.sessions, { ...morning, enabled: true }).map((s) => s.id)).toEqual([
      'evening',
      'morning',
    ]);
  });

  it('offers every routine in the catalogue, with its length', () => {
    expect(SESSION_ROUTINE_OPTIONS.map((o) => o.id)).toEqual(CATALOGUE.map((r) => r.id));
    expect(SESSION_ROUTINE_OPTIONS[0]?.label).toBe('Quick seated reset (2 min)');
  });

  it('says the days in a few words', () => {
    expect(weekdaysText(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('on weekdays');
    expect(weekdaysText(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('every day');
    expect(weekdaysText(['sun', 'sat'])).toBe('at weekends');
    expect(weekdaysText(['wed', 'mon'])).toBe('on Mon, Wed');
    expect(weekdaysText([])).toBe('on no days yet (choose them in Settings)');
  });
});

describe('words next to the fields', () => {
  it('explains each nag level with the person’s own numbers', () => {
    const settings = { ...defaultSettings(), nagMinutes: 4 };
    expect(nagLevelLine('persistent', settings)).toBe(
      'The prompt grows and comes back every 4 min until you answer.',
    );
    expect(nagLevelLine('strict', settings)).toContain('no Skip');
    expect(nagLevelLine('gentle', settings)).toContain('One quiet prompt');
  });
});

describe('the standing desk question', () => {
  const desk = { enabled: false, sitMinutes: 30, standMinutes: 10, moveMinutes: 3 };

  it('reads the saved settings as an answer', () => {
    expect(deskChoice(desk)).toBe('sit');
    expect(deskChoice({ ...desk, enabled: true })).toBe('stand');
  });

  it('changes only whether it is on, keeping minutes set in Settings', () => {
    expect(withDeskChoice(desk, 'stand')).toEqual({ ...desk, enabled: true });
    expect(withDeskChoice({ ...desk, enabled: true }, 'sit')).toEqual(desk);
  });

  it("says the saved answer in the person's own minutes", () => {
    expect(deskChoiceSaved({ ...desk, enabled: true })).toBe(
      'Standing desk on: sit 30 min, stand 10 min, then a 3-minute break.',
    );
    expect(deskChoiceSaved(desk)).toBe('No standing desk: a break after each interval.');
  });

  it('the first reminder follows sit + stand when the desk is on, the interval when not', () => {
    expect(breakEveryMinutes({ intervalMinutes: 45, standingDesk: desk })).toBe(45);
    expect(
      breakEveryMinutes({ intervalMinutes: 45, standingDesk: { ...desk, enabled: true } }),
    ).toBe(40);
  });
});
