import { z } from 'zod';
import { routineSourceSchema, type RoutineSource } from '../../../shared/history/events';
import { ROUTINE_IDS, getRoutine, type RoutineId } from '../../../shared/routines/catalogue';
import type { SessionClock } from '../../../shared/routines/timeline';

/** Bumped when the shape changes; a file of another version is set aside, not guessed at. */
export const SESSION_SNAPSHOT_VERSION = 1;

/**
 * What is kept on disk of the routine in progress: enough to rebuild the
 * session after a crash of main. Times are epoch ms. `savedAt` is when it
 * was written: the last moment the routine is known to have been open.
 */
export interface SessionSnapshot {
  version: typeof SESSION_SNAPSHOT_VERSION;
  routineId: RoutineId;
  source: RoutineSource;
  createdAt: number;
  savedAt: number;
  phase: 'checkIn' | 'running' | 'ended';
  clock: SessionClock | null;
  painBefore: number | null;
  painAfter: number | null;
  skippedStepIds: string[];
  outcome: 'completed' | 'stopped' | 'hurts' | null;
  endedAt: number | null;
  recorded: boolean;
}

// Year 2200: a time past it is damage, not a clock.
const instant = z.number().int().min(0).max(7_258_118_400_000);
const pain = z.number().int().min(0).max(10).nullable();
// A routine has a few dozen segments; thousands of pauses or jumps is a hostile file.
const MAX_RECORDS = 2000;

const clockSchema = z.strictObject({
  startedAt: instant,
  pauses: z.array(z.strictObject({ at: instant, resumedAt: instant.nullable() })).max(MAX_RECORDS),
  jumps: z
    .array(z.strictObject({ at: instant, toSegmentIndex: z.number().int().min(0).max(10_000) }))
    .max(MAX_RECORDS),
});

const snapshotSchema = z.strictObject({
  version: z.literal(SESSION_SNAPSHOT_VERSION),
  routineId: z.enum(ROUTINE_IDS),
  source: routineSourceSchema,
  createdAt: instant,
  savedAt: instant,
  phase: z.enum(['checkIn', 'running', 'ended']),
  clock: clockSchema.nullable(),
  painBefore: pain,
  painAfter: pain,
  skippedStepIds: z.array(z.string().max(100)).max(100),
  outcome: z.enum(['completed', 'stopped', 'hurts']).nullable(),
  endedAt: instant.nullable(),
  recorded: z.boolean(),
});

/** The reason a clock cannot have been written by the service, or null. */
function clockProblem(clock: SessionClock, createdAt: number, savedAt: number): string | null {
  if (clock.startedAt < createdAt) return 'the clock starts before the session';
  let last = clock.startedAt;
  for (const [i, pause] of clock.pauses.entries()) {
    if (pause.at < last) return 'the pauses are out of order';
    if (pause.resumedAt === null && i !== clock.pauses.length - 1) {
      return 'a pause left open before another';
    }
    if (pause.resumedAt !== null && pause.resumedAt < pause.at)
      return 'a pause ends before it starts';
    last = pause.resumedAt ?? pause.at;
  }
  let lastJump = clock.startedAt;
  for (const jump of clock.jumps) {
    if (jump.at < lastJump) return 'the jumps are out of order';
    lastJump = jump.at;
  }
  if (Math.max(last, lastJump) > savedAt) return 'the clock records moments after the save';
  return null;
}

function consistencyProblem(s: z.infer<typeof snapshotSchema>): string | null {
  if (s.savedAt < s.createdAt) return 'saved before it was created';
  if (s.phase === 'checkIn' && s.clock !== null) return 'a check-in with a running clock';
  if (s.phase === 'running' && s.clock === null) return 'a running routine without a clock';
  if (s.phase === 'ended' && (s.outcome === null || s.endedAt === null)) {
    return 'an ended routine without its outcome';
  }
  if (s.phase !== 'ended' && (s.outcome !== null || s.endedAt !== null || s.recorded)) {
    return 'an outcome on a routine that has not ended';
  }
  if (s.endedAt !== null && (s.endedAt < s.createdAt || s.endedAt > s.savedAt)) {
    return 'an end outside the session';
  }
  const steps = new Set(getRoutine(s.routineId).steps.map((step) => step.id));
  if (!s.skippedStepIds.every((id) => steps.has(id)))
    return 'skipped steps the routine does not have';
  if (new Set(s.skippedStepIds).size !== s.skippedStepIds.length) return 'a step skipped twice';
  if (s.clock) {
    const problem = clockProblem(s.clock, s.createdAt, s.savedAt);
    if (problem) return problem;
  }
  return null;
}

export type SnapshotParse = { ok: true; snapshot: SessionSnapshot } | { ok: false; reason: string };

/**
 * Reads a snapshot from untrusted text (the file may be torn, edited or
 * planted): the exact shape, and times and steps that the service could
 * have written. Anything else is refused with a reason for the log.
 */
export function parseSessionSnapshot(text: string): SnapshotParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON (cut short or damaged)' };
  }
  const parsed = snapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, reason: `${where}: ${issue?.message ?? 'not a routine session'}` };
  }
  const problem = consistencyProblem(parsed.data);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, snapshot: parsed.data };
}
