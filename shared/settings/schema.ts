import { z } from 'zod';
import { ROUTINE_IDS } from '../routines/catalogue';
import { HHMM_PATTERN, minutesOfDay } from '../time';
import { checkGlobalShortcut } from './accelerator';
import { ruleParams, SETTINGS_RULES } from './rules';

/** The version written by this build; migrations bring older files up to it. */
export const SETTINGS_VERSION = 5;

/** Time ranges one weekday may hold; the settings screens read the limit from here. */
export const MAX_RANGES_PER_DAY = 8;
/** Sessions a person may set up. */
export const MAX_SESSIONS = 12;

const hhmm = z.string().regex(HHMM_PATTERN, 'must be a time of day as HH:MM (00:00-23:59)');

/**
 * zod runs refinements even when a field inside already failed, so these
 * checks must not trust their input: minutesOfDay throws on a bad time, and
 * a throw inside safeParse would escape the router as a crash.
 */
function minutesOrNull(value: unknown): number | null {
  return typeof value === 'string' && HHMM_PATTERN.test(value) ? minutesOfDay(value) : null;
}

export const timeRangeSchema = z
  .object({ start: hhmm, end: hhmm })
  .strict()
  .refine(
    (r) => {
      const start = minutesOrNull(r.start);
      const end = minutesOrNull(r.end);
      return start === null || end === null || start < end;
    },
    {
      message: 'must end after it starts',
      path: ['end'],
      params: ruleParams(SETTINGS_RULES.rangeEndsAfterStart),
    },
  );

/** Ranges of one day: sorted check happens here so overlaps are rejected once, centrally. */
const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(MAX_RANGES_PER_DAY, `at most ${MAX_RANGES_PER_DAY} ranges per day`)
  .superRefine((ranges, ctx) => {
    // Ranges with a bad time were already reported; overlaps are judged among the rest.
    const valid = ranges.filter(
      (r) =>
        typeof r === 'object' &&
        r !== null &&
        minutesOrNull(r.start) !== null &&
        minutesOrNull(r.end) !== null,
    );
    const sorted = [...valid].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && minutesOfDay(cur.start) < minutesOfDay(prev.end)) {
        ctx.addIssue({
          code: 'custom',
          message: `${cur.start} overlaps ${prev.start}-${prev.end}`,
          params: ruleParams(SETTINGS_RULES.rangesOverlap, {
            start: cur.start,
            otherStart: prev.start,
            otherEnd: prev.end,
          }),
        });
      }
    }
  });

export const officeHoursSchema = z
  .object({
    mon: dayRangesSchema,
    tue: dayRangesSchema,
    wed: dayRangesSchema,
    thu: dayRangesSchema,
    fri: dayRangesSchema,
    sat: dayRangesSchema,
    sun: dayRangesSchema,
  })
  .strict();

const weekdaySchema = z.enum(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);

/**
 * A routine the catalogue knows, as the id union: an imported or hand-edited
 * file cannot point the player at nothing, and readers need not narrow.
 */
const routineIdSchema = z.enum(ROUTINE_IDS, { error: 'must be a routine from the catalogue' });

export const sessionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be 1-40 lowercase letters, digits or dashes'),
    name: z.string().trim().min(1, 'must not be empty').max(40, 'at most 40 characters'),
    time: hhmm,
    weekdays: z
      .array(weekdaySchema)
      .max(7)
      .refine((days) => new Set(days).size === days.length, {
        message: 'each weekday at most once',
        params: ruleParams(SETTINGS_RULES.weekdaysOnce),
      }),
    routineId: routineIdSchema,
    enabled: z.boolean(),
  })
  .strict();

export const nagLevelSchema = z.enum(['gentle', 'persistent', 'strict']);
export const themeSchema = z.enum(['system', 'light', 'dark']);
/** Automatic: download in the background, install on quit. Notify: say so and wait. Never: no checks. */
export const updateModeSchema = z.enum(['automatic', 'notify', 'never']);

/**
 * A global shortcut in Electron's accelerator syntax, or null for none (the
 * default: a system-wide key is taken only when the person picks one).
 */
export const shortcutSchema = z
  .string()
  .superRefine((text, ctx) => {
    const check = checkGlobalShortcut(text);
    if (!check.ok) {
      ctx.addIssue({
        code: 'custom',
        message: check.message,
        params: ruleParams(SETTINGS_RULES.acceleratorInvalid, { detail: check.message }),
      });
    }
  })
  .nullable();

/**
 * What the planner may treat as "busy" (the busy port), and what it may say
 * about it. Each source can be turned off on its own; `holdReminders` is the
 * one switch for the whole policy. It defaults to on, so adding a calendar is
 * all it takes for reminders to wait for the end of a meeting.
 */
export const meetingsSchema = z
  .object({
    /** Hold reminders and sessions while any enabled source says busy. */
    holdReminders: z.boolean(),
    /** Show an event's title in the tray and history; otherwise "in a meeting". */
    showTitles: z.boolean(),
    sources: z
      .object({
        calendar: z.boolean(),
        camera: z.boolean(),
        microphone: z.boolean(),
        presentation: z.boolean(),
        doNotDisturb: z.boolean(),
      })
      .strict(),
  })
  .strict();

/**
 * Posture check-ins between breaks: a small quiet cue after every
 * `everyMinutes` of active time. On by default at a gentle level (McLean et
 * al. 2001: 30-second microbreaks every 20 minutes). Silent unless `sound`.
 */
export const postureSchema = z
  .object({
    cues: z.boolean(),
    everyMinutes: z.number().int().min(10).max(60),
    /** A soft sound with each cue; off by default (a cue never makes a sound unless asked). */
    sound: z.boolean(),
    /** The tray's status line also says when the next cue comes. */
    showNextInTray: z.boolean(),
  })
  .strict();

/**
 * The sit-stand rhythm for a standing desk, off by default: sit, then stand,
 * then move (the move part is the break and its routine). Defaults follow
 * the common office guidance (sit 20 / stand 8 / move 2).
 */
export const standingDeskSchema = z
  .object({
    enabled: z.boolean(),
    sitMinutes: z.number().int().min(5).max(120),
    standMinutes: z.number().int().min(2).max(60),
    moveMinutes: z.number().int().min(1).max(15),
  })
  .strict();

/** The fields of a settings document, each checked on its own. */
export const settingsFieldsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    officeHours: officeHoursSchema,
    intervalMinutes: z.number().int().min(10).max(240),
    headsUpSeconds: z.number().int().min(0).max(300),
    naturalBreakMinutes: z.number().int().min(1).max(60),
    snoozeMinutes: z.number().int().min(1).max(60),
    maxSnoozes: z.number().int().min(0).max(10),
    nagMinutes: z.number().int().min(1).max(30),
    nagLevel: nagLevelSchema,
    graceMinutes: z.number().int().min(0).max(240),
    defaultRoutineId: routineIdSchema,
    sessions: z
      .array(sessionSchema)
      .max(MAX_SESSIONS, `at most ${MAX_SESSIONS} sessions`)
      .refine((s) => new Set(s.map((x) => x.id)).size === s.length, {
        message: 'session ids must be unique',
        params: ruleParams(SETTINGS_RULES.sessionIdsUnique),
      }),
    soundEnabled: z.boolean(),
    soundVolume: z.number().min(0).max(1),
    spokenCues: z.boolean(),
    theme: themeSchema,
    launchAtLogin: z.boolean(),
    /** ISO time the general safety screen was acknowledged, or null. */
    safetyAcknowledgedAt: z.string().datetime().nullable(),
    /** ISO time the partner-traction screening was acknowledged, or null. */
    partnerSafetyAcknowledgedAt: z.string().datetime().nullable(),
    welcomeCompleted: z.boolean(),
    updateMode: updateModeSchema,
    /** Starts the default break routine from anywhere. */
    startBreakShortcut: shortcutSchema,
    meetings: meetingsSchema,
    posture: postureSchema,
    standingDesk: standingDeskSchema,
    /** A skipped break is offered once more the same day, at the next good moment. */
    skippedBreakReturns: z.boolean(),
  })
  .strict();

/**
 * Rules across fields, judged once every field is valid on its own. A
 * natural break must be shorter than the work interval, else every idle
 * spell long enough to count would outlast the interval it is meant to
 * reset. Here, in the schema, so loading, importing and every change apply
 * it alike (a loaded file that breaks it is repaired like any other damage).
 */
export const settingsSchema = settingsFieldsSchema.superRefine((s, ctx) => {
  if (s.naturalBreakMinutes >= s.intervalMinutes) {
    ctx.addIssue({
      code: 'custom',
      path: ['naturalBreakMinutes'],
      message: `must be shorter than the work interval (${s.intervalMinutes} min)`,
      params: ruleParams(SETTINGS_RULES.naturalBreakShorter, {
        intervalMinutes: s.intervalMinutes,
      }),
    });
  }
});

export type Settings = z.infer<typeof settingsSchema>;
export type OfficeHours = z.infer<typeof officeHoursSchema>;
export type TimeRange = z.infer<typeof timeRangeSchema>;
export type SessionConfig = z.infer<typeof sessionSchema>;
export type NagLevel = z.infer<typeof nagLevelSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type UpdateMode = z.infer<typeof updateModeSchema>;
export type MeetingSettings = z.infer<typeof meetingsSchema>;
export type BusySourceKind = keyof MeetingSettings['sources'];
export type PostureSettings = z.infer<typeof postureSchema>;
export type StandingDeskSettings = z.infer<typeof standingDeskSchema>;

/**
 * A change from the renderer: any subset of top-level keys, each replaced
 * whole. `version` is main's business, never the renderer's.
 */
export const settingsPatchSchema = settingsFieldsSchema.omit({ version: true }).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
