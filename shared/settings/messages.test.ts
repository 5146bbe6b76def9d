import { describe, expect, it } from 'vitest';
import { issueFromZod } from '../ipc/zodIssue';
import { defaultSettings } from './defaults';
import { errorText, fieldLabel, issueText } from './messages';
import { postureSchema, settingsPatchSchema, settingsSchema, standingDeskSchema } from './schema';

/**
 * Every case here goes through the real schema: a bad value is parsed, its
 * zod issue turned into wire data, and that worded. A change in zod's own
 * English cannot change what a person reads; a change in a limit shows up
 * in the words, because the limit comes from the schema.
 */
function wordsFor(patch: Record<string, unknown>): string {
  const parsed = settingsPatchSchema.safeParse(patch);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(patch)} to be refused`);
  const first = parsed.error.issues[0];
  if (!first) throw new Error('no issue');
  return issueText(issueFromZod(first));
}

const NUMBER_KEYS = [
  'intervalMinutes',
  'headsUpSeconds',
  'naturalBreakMinutes',
  'snoozeMinutes',
  'maxSnoozes',
  'nagMinutes',
  'graceMinutes',
] as const;

describe('the words for a refused setting, from the schema', () => {
  for (const key of NUMBER_KEYS) {
    const { minValue, maxValue } = settingsSchema.shape[key];
    it(`${key}: says the schema's own range`, () => {
      expect(minValue).not.toBeNull();
      expect(maxValue).not.toBeNull();
      expect(wordsFor({ [key]: Number(minValue) - 1 })).toBe(`Use ${minValue} or more.`);
      expect(wordsFor({ [key]: Number(maxValue) + 1 })).toBe(`Use ${maxValue} or less.`);
      expect(wordsFor({ [key]: Number(minValue) + 0.5 })).toBe('Use a whole number.');
      expect(wordsFor({ [key]: 'soon' })).toBe('Enter a number.');
    });
  }

  /** A refused nested number: the words, and where Settings says it is. */
  function nestedRefusal(patch: Record<string, unknown>): { words: string; field: string } {
    const parsed = settingsPatchSchema.safeParse(patch);
    const first = parsed.success ? undefined : parsed.error.issues[0];
    if (!first) throw new Error(`expected ${JSON.stringify(patch)} to be refused`);
    const issue = issueFromZod(first);
    return { words: issueText(issue), field: fieldLabel(issue.path) };
  }

  const NESTED = [
    ['posture', 'everyMinutes', postureSchema.shape.everyMinutes, 'Posture cues, Every'],
    ['standingDesk', 'sitMinutes', standingDeskSchema.shape.sitMinutes, 'Standing desk, Sit for'],
    [
      'standingDesk',
      'standMinutes',
      standingDeskSchema.shape.standMinutes,
      'Standing desk, Stand for',
    ],
    [
      'standingDesk',
      'moveMinutes',
      standingDeskSchema.shape.moveMinutes,
      'Standing desk, Move for',
    ],
  ] as const;
  for (const [group, key, field, label] of NESTED) {
    it(`${group}.${key}: the schema's range, under the name Settings gives it`, () => {
      const base = defaultSettings()[group];
      const { minValue, maxValue } = field;
      expect(nestedRefusal({ [group]: { ...base, [key]: Number(minValue) - 1 } })).toEqual({
        words: `Use ${minValue} or more.`,
        field: label,
      });
      expect(nestedRefusal({ [group]: { ...base, [key]: Number(maxValue) + 1 } }).words).toBe(
        `Use ${maxValue} or less.`,
      );
      expect(nestedRefusal({ [group]: { ...base, [key]: 2.5 } }).words).toBe('Use a whole number.');
    });
  }

  it('posture and standing desk: a switch that is not on or off, and a field they do not have', () => {
    const posture = defaultSettings().posture;
    expect(nestedRefusal({ posture: { ...posture, sound: 'loud' } })).toEqual({
      words: 'Must be on or off.',
      field: 'Posture cues, Sound',
    });
    const desk = defaultSettings().standingDesk;
    expect(nestedRefusal({ standingDesk: { ...desk, height: 110 } }).words).toBe(
      'Decompress does not know the field height.',
    );
  });

  it('office hours: an end before its start, an overlap, a half time, too many ranges', () => {
    const hours = defaultSettings().officeHours;
    expect(wordsFor({ officeHours: { ...hours, tue: [{ start: '09:00', end: '08:00' }] } })).toBe(
      'The end time must be later than the start time.',
    );
    const overlap = [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '15:00' },
    ];
    expect(wordsFor({ officeHours: { ...hours, wed: overlap } })).toBe(
      '11:00 is inside 09:00 to 12:00: ranges on one day must not overlap.',
    );
    expect(wordsFor({ officeHours: { ...hours, mon: [{ start: '9:00', end: '17:00' }] } })).toBe(
      'Enter a full time, for example 08:30.',
    );
    const nine = Array.from({ length: 9 }, (_, i) => ({
      start: `${String(i + 10).padStart(2, '0')}:00`,
      end: `${String(i + 10).padStart(2, '0')}:30`,
    }));
    expect(wordsFor({ officeHours: { ...hours, fri: nine } })).toBe('At most 8 ranges a day.');
  });

  it('sessions: an empty name, a routine not in the catalogue, a day twice, too many', () => {
    const [morning] = defaultSettings().sessions;
    if (!morning) throw new Error('the defaults have a morning session');
    // Untyped on purpose: these are the values a hand-edited file could hold.
    const one = (change: Record<string, unknown>) => ({ sessions: [{ ...morning, ...change }] });
    expect(wordsFor(one({ name: '   ' }))).toBe('Must not be empty.');
    expect(wordsFor(one({ name: 'x'.repeat(41) }))).toBe('Use at most 40 characters.');
    expect(wordsFor(one({ routineId: 'handstand' }))).toBe('Choose a routine from the list.');
    expect(wordsFor(one({ weekdays: ['mon', 'mon'] }))).toBe('Choose each weekday at most once.');
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ ...morning, id: `s-${i}` }));
    expect(wordsFor({ sessions: thirteen })).toBe('At most 12 sessions.');
  });

  it('choices and unknown fields', () => {
    expect(wordsFor({ theme: 'purple' })).toBe('Choose one of: system, light, dark.');
    expect(wordsFor({ nagLevel: 'maximum' })).toBe('Choose one of: gentle, persistent, strict.');
    expect(wordsFor({ admin: true })).toBe('Decompress does not know the field admin.');
    expect(wordsFor({ safetyAcknowledgedAt: 'yesterday' })).toBe('Must be a date and time.');
  });

  it("never passes zod's own English through", () => {
    const samples = [
      { intervalMinutes: 1 },
      { intervalMinutes: 'x' },
      { theme: 1 },
      { sessions: 'none' },
      { soundVolume: 2 },
      { launchAtLogin: 'yes' },
    ];
    for (const patch of samples) {
      const words = wordsFor(patch);
      expect(words).not.toMatch(/expected|received|Too (small|big)|Invalid/);
      expect(words).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('banners and field names', () => {
  it('words an error with an issue from the issue, and any other from main', () => {
    expect(
      errorText({
        code: 'refused',
        message: 'naturalBreakMinutes: must be shorter than the work interval (20 min)',
        issue: {
          path: ['naturalBreakMinutes'],
          problem: {
            code: 'custom',
            rule: 'natural-break-shorter',
            values: { intervalMinutes: 20 },
          },
        },
      }),
    ).toBe('Use less than the work interval (20 min).');
    expect(errorText({ code: 'failed', message: 'The routine has not started yet' })).toBe(
      'The routine has not started yet',
    );
  });

  it('names a nested field the way the window shows it', () => {
    expect(fieldLabel(['officeHours', 'mon', 0, 'end'])).toBe('Office hours, Monday, range 1, end');
    expect(fieldLabel(['sessions', 2, 'time'])).toBe('Sessions, session 3, time');
    expect(fieldLabel(['snoozeMinutes'])).toBe('Snooze length');
    expect(fieldLabel(['meetings', 'sources', 'camera'])).toBe('Meetings, Camera');
    expect(fieldLabel(['meetings', 'holdReminders'])).toBe(
      'Meetings, Hold reminders during meetings',
    );
  });
});
