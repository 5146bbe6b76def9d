import { CATALOGUE } from '../../../shared/routines/catalogue';
import { defaultSettings } from '../../../shared/settings/defaults';
import {
  nagLevelSchema,
  type NagLevel,
  type OfficeHours,
  type SessionConfig,
  type Settings,
  type StandingDeskSettings,
} from '../../../shared/settings/schema';
import { HHMM_PATTERN, WEEKDAYS_MONDAY_FIRST, type Weekday } from '../../../shared/time';

/** The office-hours preset: the same range Monday to Friday, weekends free. */
export const PRESET_START = '09:00';
export const PRESET_END = '17:30';

/** The reminder intervals the quick setup offers, in minutes. */
export const INTERVAL_PRESETS: readonly number[] = [30, 45, 60];

/** The two sessions the quick setup can switch on; Settings can add more. */
export const QUICK_SESSION_IDS = ['morning', 'evening'] as const;
export type QuickSessionId = (typeof QUICK_SESSION_IDS)[number];

/**
 * How the office hours read in the quick setup:
 * - 'preset': weekdays 09:00-17:30;
 * - 'custom': one range, the same Monday to Friday, weekends free;
 * - 'other': anything else (set in Settings), which the quick setup keeps
 *   unless the person picks one of the two choices above.
 */
export type OfficeHoursChoice =
  { kind: 'preset' } | { kind: 'custom'; start: string; end: string } | { kind: 'other' };

const MON_TO_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Office hours of one range on every weekday (Mon-Fri) and none at the weekend. */
export function weekdayOfficeHours(start: string, end: string): OfficeHours {
  const range = () => [{ start, end }];
  return {
    mon: range(),
    tue: range(),
    wed: range(),
    thu: range(),
    fri: range(),
    sat: [],
    sun: [],
  };
}

/** Which quick-setup choice the saved office hours match. */
export function officeHoursChoice(hours: OfficeHours): OfficeHoursChoice {
  if (hours.sat.length > 0 || hours.sun.length > 0) return { kind: 'other' };
  const first = hours.mon[0];
  if (!first) return { kind: 'other' };
  const sameEveryWeekday = MON_TO_FRI.every((day) => {
    const ranges = hours[day];
    return ranges.length === 1 && ranges[0]?.start === first.start && ranges[0].end === first.end;
  });
  if (!sameEveryWeekday) return { kind: 'other' };
  if (first.start === PRESET_START && first.end === PRESET_END) return { kind: 'preset' };
  return { kind: 'custom', start: first.start, end: first.end };
}

/** True for a complete "HH:MM" (an <input type="time"> gives '' while a time is half typed). */
export function isCompleteTime(value: string): boolean {
  return HHMM_PATTERN.test(value);
}

/**
 * The session with `id`, as saved, or as the defaults have it when the
 * person removed it in Settings (switching it on here brings it back).
 */
export function quickSession(settings: Settings, id: QuickSessionId): SessionConfig {
  const saved = settings.sessions.find((s) => s.id === id);
  if (saved) return saved;
  const fallback = defaultSettings().sessions.find((s) => s.id === id);
  if (!fallback) throw new Error(`the defaults have no ${id} session`);
  return fallback;
}

/**
 * The sessions list with one session changed: replaced in place when it
 * exists, appended when it had been removed. Other sessions are untouched.
 */
export function withSession(
  sessions: readonly SessionConfig[],
  next: SessionConfig,
): SessionConfig[] {
  const index = sessions.findIndex((s) => s.id === next.id);
  if (index === -1) return [...sessions, next];
  return sessions.map((s, i) => (i === index ? next : s));
}

/** One line for each nag level, worded from the person's own numbers. */
export function nagLevelLine(level: NagLevel, settings: Settings): string {
  switch (level) {
    case 'gentle':
      return 'One quiet prompt. It never grows or comes back on its own.';
    case 'persistent':
      return `The prompt grows and comes back every ${settings.nagMinutes} min until you answer.`;
    case 'strict':
      return 'Like persistent, but with no Skip and at most one snooze.';
  }
}

export const NAG_LEVEL_LABELS: Readonly<Record<NagLevel, string>> = {
  gentle: 'Gentle',
  persistent: 'Persistent',
  strict: 'Strict',
};

/** Routine choices for a session: every routine in the catalogue, with its length. */
export const SESSION_ROUTINE_OPTIONS: readonly { id: string; label: string }[] = CATALOGUE.map(
  (routine) => ({ id: routine.id, label: `${routine.title} (${routine.declaredMinutes} min)` }),
);

const SHORT_DAY: Readonly<Record<Weekday, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** A session's days in a few words: "on weekdays", "every day", "on Mon, Wed". */
export function weekdaysText(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'every day';
  if (set.size === 0) return 'on no days yet (choose them in Settings)';
  if (set.size === 5 && MON_TO_FRI.every((d) => set.has(d))) return 'on weekdays';
  if (set.size === 2 && set.has('sat') && set.has('sun')) return 'at weekends';
  return `on ${WEEKDAYS_MONDAY_FIRST.filter((d) => set.has(d))
    .map((d) => SHORT_DAY[d])
    .join(', ')}`;
}

/** The nag levels, mildest first (the schema's order). */
export const NAG_LEVELS: readonly NagLevel[] = nagLevelSchema.options;

/** The quick setup's "Standing desk?" answers. */
export type DeskChoice = 'sit' | 'stand';

export const DESK_CHOICES: readonly { value: DeskChoice; label: string; hint: string }[] = [
  { value: 'sit', label: 'No', hint: 'A break after the interval above.' },
  {
    value: 'stand',
    label: 'Yes, alternate',
    hint: 'Sit, then “Time to stand up”, then your break. The minutes are in Settings.',
  },
];

/** Which answer the saved standing-desk settings match. */
export function deskChoice(desk: StandingDeskSettings): DeskChoice {
  return desk.enabled ? 'stand' : 'sit';
}

/** The standing-desk settings for an answer: only `enabled` changes, the minutes stay as set. */
export function withDeskChoice(
  desk: StandingDeskSettings,
  choice: DeskChoice,
): StandingDeskSettings {
  return { ...desk, enabled: choice === 'stand' };
}

/** What the screen reader hears once the answer is saved, worded from the person's own minutes. */
export function deskChoiceSaved(desk: StandingDeskSettings): string {
  return desk.enabled
    ? `Standing desk on: sit ${desk.sitMinutes} min, stand ${desk.standMinutes} min, then a ${desk.moveMinutes}-minute break.`
    : 'No standing desk: a break after each interval.';
}

/** Minutes of desk time before a break: the interval, or sit + stand when the standing desk sets it. */
export function breakEveryMinutes(
  settings: Pick<Settings, 'intervalMinutes' | 'standingDesk'>,
): number {
  const desk = settings.standingDesk;
  return desk.enabled ? desk.sitMinutes + desk.standMinutes : settings.intervalMinutes;
}
