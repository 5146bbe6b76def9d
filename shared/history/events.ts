import { z } from 'zod';

const at = z.number().int().nonnegative();
const pain = z.number().int().min(0).max(10).nullable();
export const routineSourceSchema = z.enum(['prompt', 'tray', 'session', 'welcome', 'manual']);
export type RoutineSource = z.infer<typeof routineSourceSchema>;

/**
 * One line of the history log. Every decision the app makes or the person
 * takes is one of these; times are epoch milliseconds.
 */
export const historyEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('prompted'),
    at,
    reason: z.enum(['interval', 'session']),
    sessionId: z.string().optional(),
    /** A skipped break offered once more (skippedBreakReturns). */
    returned: z.literal(true).optional(),
  }),
  z.object({ type: z.literal('snoozed'), at, until: at, snoozeCount: z.number().int().min(1) }),
  z.object({ type: z.literal('skipped'), at }),
  z.object({
    type: z.literal('started'),
    at,
    routineId: z.string(),
    source: routineSourceSchema,
  }),
  z.object({
    type: z.literal('completed'),
    at,
    routineId: z.string(),
    startedAt: at,
    painBefore: pain,
    painAfter: pain,
    skippedSteps: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('stopped'),
    at,
    routineId: z.string(),
    startedAt: at,
    reason: z.enum(['hurts', 'user']),
    painBefore: pain,
    painAfter: pain,
    skippedSteps: z.number().int().min(0),
  }),
  /**
   * Main ended (a crash, a kill, a power cut) while this routine was open,
   * and it was not resumed: not offered because it was too long ago, or the
   * person chose not to. `at` is the last moment the routine was known to be
   * open (its last save).
   */
  z.object({
    type: z.literal('interrupted'),
    at,
    routineId: z.string(),
    startedAt: at,
    painBefore: pain,
    skippedSteps: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('naturalBreak'),
    at,
    idleMs: z.number().int().nonnegative(),
    cause: z.enum(['idle', 'lock', 'suspend']),
  }),
  z.object({
    type: z.literal('missedSession'),
    at,
    sessionId: z.string(),
    scheduledAt: at,
    /** Why it was not offered: absent for the old "slept through or quit" case. */
    reason: z.enum(['busy']).optional(),
  }),
  /**
   * Reminders were held while a busy source said so (the busy port). Written
   * when the spell ends: `at` is its end, `startedAt` its start. `source` is
   * the busy source's id (e.g. "calendar:<feed>", "camera"); `title` only
   * when the person allows titles.
   */
  z.object({
    type: z.literal('busyHold'),
    at,
    startedAt: at,
    source: z.string().max(200),
    kind: z.enum([
      'meeting',
      'camera',
      'microphone',
      'fullscreen',
      'presentation',
      'do-not-disturb',
    ]),
    heldReminders: z.number().int().min(0),
    title: z.string().max(200).optional(),
  }),
  /**
   * A quiet cue between breaks closed: a posture check-in, or the sit-stand
   * rhythm's "stand up" / "sit down". Written when it closes, with how.
   * `cueId` names the posture cue shown (shared/posture/postureCues.ts).
   */
  z.object({
    type: z.literal('cue'),
    at,
    kind: z.enum(['posture', 'stand', 'sit']),
    cueId: z.string().max(60),
    outcome: z.enum(['done', 'dismissed', 'expired']),
  }),
  /**
   * A standing block of the sit-stand rhythm, written when it ends (sit
   * down, a break, a pause, a busy spell or the end of office hours). `at`
   * is its end, `startedAt` its start.
   */
  z.object({ type: z.literal('standing'), at, startedAt: at }),
]);

export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type HistoryEventType = HistoryEvent['type'];
