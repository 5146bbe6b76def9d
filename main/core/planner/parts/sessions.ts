import type { SessionConfig, Settings } from '../../../../shared/settings/schema';
import type { CronJob } from '../events';
import { endOfOffsetChange } from '../localTime';
import {
  cronMayArmAt,
  nextOccurrenceOf,
  sessionCronExpression,
  sessionOccurrences,
  type SessionOccurrence,
} from '../sessionTimes';

const MINUTE = 60_000;
/** node-cron fires on the second; a fire this close to the planned minute is that occurrence. */
export const CRON_MATCH_MS = MINUTE;
/** A node-cron occurrence not fired this long after its time was missed by node-cron: the planner fires it. */
export const CRON_LATE_MS = 2 * MINUTE;
const HANDLED_MEMORY_MS = 3 * 24 * 60 * MINUTE;

/** The next occurrence of one enabled session, and the settings it was planned from. */
export interface Upcoming {
  occurrence: SessionOccurrence;
  /** "<time> <weekdays>": planned again only when this changes. */
  plannedFrom: string;
  /** The session's node-cron expression. */
  expression: string;
}

export interface SessionsState {
  /** Occurrences already handled (prompted, offered or recorded missed), by key, with their time. */
  handled: Readonly<Record<string, number>>;
  /** Per session id, its next occurrence not yet passed. */
  upcoming: Readonly<Record<string, Upcoming>>;
  /** The node-cron jobs last asked of the driver. */
  armed: readonly CronJob[];
}

const planKey = (s: SessionConfig) => `${s.time} ${[...s.weekdays].sort().join(',')}`;

export function noSessions(): SessionsState {
  return { handled: {}, upcoming: {}, armed: [] };
}

/**
 * Plans each enabled session's next occurrence after `now`; a session whose
 * time and weekdays did not change keeps the one it had (it may be firing
 * this very minute).
 */
export function planSessions(state: SessionsState, settings: Settings, now: number): SessionsState {
  const upcoming: Record<string, Upcoming> = {};
  for (const session of settings.sessions) {
    if (!session.enabled) continue;
    const plannedFrom = planKey(session);
    const kept = state.upcoming[session.id];
    if (kept && kept.plannedFrom === plannedFrom) {
      upcoming[session.id] = kept;
      continue;
    }
    const occurrence = nextOccurrenceOf(session, now);
    const expression = sessionCronExpression(session);
    if (occurrence && expression) upcoming[session.id] = { occurrence, plannedFrom, expression };
  }
  return { ...state, upcoming };
}

/** The session's planned occurrence moved on past `occurrence`. */
export function passedOccurrence(
  state: SessionsState,
  settings: Settings,
  occurrence: SessionOccurrence,
): SessionsState {
  const current = state.upcoming[occurrence.sessionId];
  if (!current || current.occurrence.key !== occurrence.key) return state;
  const session = settings.sessions.find((s) => s.id === occurrence.sessionId);
  const next = session ? nextOccurrenceOf(session, occurrence.at) : null;
  const upcoming = Object.fromEntries(
    Object.entries(state.upcoming).filter(([id]) => id !== occurrence.sessionId),
  );
  if (next) upcoming[occurrence.sessionId] = { ...current, occurrence: next };
  return { ...state, upcoming };
}

/**
 * Occurrences the planner's own timer fires at `now`: those node-cron does
 * not fire, once their time has come, and node-cron's own when it let one
 * pass (it was blocked, or the machine slept).
 */
export function dueByPlanner(state: SessionsState, now: number): SessionOccurrence[] {
  return Object.values(state.upcoming)
    .map((u) => u.occurrence)
    .filter((o) => now >= o.at + (o.byNodeCron ? CRON_LATE_MS : 0))
    .sort((a, b) => a.at - b.at);
}

/** The occurrence a node-cron fire of `sessionId` at `now` stands for, or null when none is expected. */
export function firedByCron(
  state: SessionsState,
  sessionId: string,
  now: number,
): SessionOccurrence | null {
  const o = state.upcoming[sessionId]?.occurrence;
  return o && o.byNodeCron && Math.abs(now - o.at) <= CRON_MATCH_MS ? o : null;
}

/** Occurrences of every session in (from, to] not handled yet, in order: what was slept through. */
export function passedUnhandled(
  state: SessionsState,
  settings: Settings,
  from: number,
  to: number,
): SessionOccurrence[] {
  return settings.sessions
    .flatMap((s) => sessionOccurrences(s, from, to))
    .filter((o) => !Object.hasOwn(state.handled, o.key))
    .sort((a, b) => a.at - b.at);
}

export function isHandled(state: SessionsState, key: string): boolean {
  return Object.hasOwn(state.handled, key);
}

/** Marks an occurrence handled, forgetting those older than three days (a session happens once per local day). */
export function markHandled(state: SessionsState, occurrence: SessionOccurrence): SessionsState {
  const handled: Record<string, number> = {};
  for (const [key, at] of Object.entries(state.handled)) {
    if (at >= occurrence.at - HANDLED_MEMORY_MS) handled[key] = at;
  }
  handled[occurrence.key] = occurrence.at;
  return { ...state, handled };
}

/**
 * The node-cron jobs to hold at `now`: one per session whose next
 * occurrence node-cron fires right, and none at all near an offset change
 * (see cronMayArmAt).
 */
export function cronJobsAt(state: SessionsState, settings: Settings, now: number): CronJob[] {
  if (!cronMayArmAt(now)) return [];
  const jobs: CronJob[] = [];
  for (const session of settings.sessions) {
    const next = state.upcoming[session.id];
    if (next?.occurrence.byNodeCron) {
      jobs.push({ sessionId: session.id, expression: next.expression });
    }
  }
  return jobs;
}

export function sameJobs(a: readonly CronJob[], b: readonly CronJob[]): boolean {
  return (
    a.length === b.length &&
    a.every((j, i) => j.sessionId === b[i]?.sessionId && j.expression === b[i]?.expression)
  );
}

/** When the planner must wake for sessions: its own occurrences, and the end of a no-cron stretch. */
export function sessionWakeAt(state: SessionsState, now: number): number[] {
  const at = Object.values(state.upcoming)
    .map((u) => u.occurrence)
    .filter((o) => !o.byNodeCron)
    .map((o) => o.at);
  if (!cronMayArmAt(now)) at.push(endOfOffsetChange(now));
  return at;
}
