import type { SessionConfig } from '../../../shared/settings/schema';
import { WEEKDAYS, localDateOf, minutesOfDay, type LocalDate } from '../../../shared/time';
import {
  OFFSET_CHANGE_MARGIN_MS,
  addDays,
  atLocalTime,
  offsetSteadyAround,
  weekdayOf,
} from './localTime';

/**
 * Session time: the one place that says when a session happens, which of
 * those moments node-cron may fire, and what the planner's own timer must
 * fire instead. The planner's sessions part plans with these answers and the
 * driver arms node-cron from them, so the status line, the cron jobs and
 * "was one missed" cannot disagree.
 */

const DAY_MS = 24 * 60 * 60_000;
const BY_NODE_CRON_MARGIN_MS = OFFSET_CHANGE_MARGIN_MS + 60 * 60_000;

/** One planned run of a session on one local day. */
export interface SessionOccurrence {
  sessionId: string;
  /** When it happens: the first pass of a repeated time, the first valid minute after a DST gap. */
  at: number;
  /** True when the wall-clock time does not exist that day (DST spring-forward). */
  shifted: boolean;
  /**
   * True when node-cron fires this one at `at`. False for a time in a DST
   * gap (node-cron skips it) and for any time within 4 h of a UTC offset
   * change: no node-cron job is held near one (see {@link cronMayArmAt}),
   * and the extra hour leaves the job time to be armed again first. The
   * planner's own timer fires those.
   */
  byNodeCron: boolean;
  /** "<session id>@<local date>": a session happens at most once per local day. */
  key: string;
}

/** "<session id>@<local date>": the identity of one day's run of a session. */
export function occurrenceKey(sessionId: string, date: LocalDate): string {
  return `${sessionId}@${date}`;
}

/**
 * The node-cron expression for a session: minute, hour and weekdays, in the
 * system time zone. Null when no weekday is chosen (it never runs).
 */
export function sessionCronExpression(session: SessionConfig): string | null {
  if (session.weekdays.length === 0) return null;
  const minutes = minutesOfDay(session.time);
  const days = [...new Set(session.weekdays.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  return `${minutes % 60} ${Math.floor(minutes / 60)} * * ${days.join(',')}`;
}

/**
 * Whether node-cron may hold a job at this moment. node-cron 4 reads "now"
 * through Date#setMilliseconds (its nowWithoutMs), which works in local time
 * and so maps the second pass of a repeated hour back onto the first: when
 * its next run falls in the second pass (node-cron itself picks the second
 * 02:30 in Berlin and Sydney) it sees that run as an hour away, re-arms with
 * zero delay, and spins (about 1.8 million timers over half an hour) until
 * the hour is over, then logs the run as missed. So no job is armed within
 * 3 h of an offset change; the planner's timer covers those hours.
 */
export function cronMayArmAt(now: number): boolean {
  // Asked several times per moment (every event of one wake-up); the zone does not change.
  if (lastArmable?.at !== now) lastArmable = { at: now, armable: offsetSteadyAround(now) };
  return lastArmable.armable;
}

let lastArmable: { at: number; armable: boolean } | null = null;

/** Occurrences of one session with `from < at <= to`, in order. */
export function sessionOccurrences(
  session: SessionConfig,
  from: number,
  to: number,
): SessionOccurrence[] {
  const found: SessionOccurrence[] = [];
  if (!session.enabled || session.weekdays.length === 0 || to <= from) return found;
  const minutes = minutesOfDay(session.time);
  const last = localDateOf(to);
  for (let date = localDateOf(from), i = 0; i < 400; date = addDays(date, 1), i++) {
    if (session.weekdays.includes(weekdayOf(date))) {
      const { at, shifted } = atLocalTime(date, minutes);
      if (at > from && at <= to) {
        found.push({
          sessionId: session.id,
          at,
          shifted,
          byNodeCron: !shifted && offsetSteadyAround(at, BY_NODE_CRON_MARGIN_MS),
          key: occurrenceKey(session.id, date),
        });
      }
    }
    if (date === last) break;
  }
  return found;
}

/** The first occurrence of one session after `from`, or null (none within 8 days: it never runs). */
export function nextOccurrenceOf(session: SessionConfig, from: number): SessionOccurrence | null {
  return sessionOccurrences(session, from, from + 8 * DAY_MS)[0] ?? null;
}

/** The next occurrence of any enabled session after `from`, within `horizonMs`. */
export function nextOccurrence(
  sessions: readonly SessionConfig[],
  from: number,
  horizonMs: number,
): SessionOccurrence | null {
  let best: SessionOccurrence | null = null;
  for (const s of sessions) {
    const first = sessionOccurrences(s, from, from + horizonMs)[0];
    if (first && (best === null || first.at < best.at)) best = first;
  }
  return best;
}
