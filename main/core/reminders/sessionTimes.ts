import type { SessionConfig } from '../../../shared/settings/schema';
import { WEEKDAYS, minutesOfDay } from '../../../shared/time';
import {
  addDays,
  atLocalTime,
  localDateKey,
  localDateOf,
  weekdayOf,
  type LocalDate,
} from './localTime';

/** One planned run of a session on one local day. */
export interface SessionOccurrence {
  sessionId: string;
  /** When it happens; moved to the first valid minute when the time falls in a DST gap. */
  at: number;
  /** True when node-cron will not fire it (the wall-clock time does not exist that day). */
  shifted: boolean;
  /** "<session id>@<local date>": a session happens at most once per local day. */
  key: string;
}

/** "<session id>@<local date>": the identity of one day's run of a session. */
export function occurrenceKey(sessionId: string, date: LocalDate): string {
  return `${sessionId}@${localDateKey(date)}`;
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

/** Occurrences of one session with `from < at <= to`, in order. */
export function sessionOccurrences(
  session: SessionConfig,
  from: number,
  to: number,
): SessionOccurrence[] {
  const found: SessionOccurrence[] = [];
  if (!session.enabled || session.weekdays.length === 0 || to <= from) return found;
  const minutes = minutesOfDay(session.time);
  const last = localDateKey(localDateOf(to));
  for (let date = localDateOf(from), i = 0; i < 400; date = addDays(date, 1), i++) {
    if (session.weekdays.includes(weekdayOf(date))) {
      const { at, shifted } = atLocalTime(date, minutes);
      if (at > from && at <= to) {
        found.push({ sessionId: session.id, at, shifted, key: occurrenceKey(session.id, date) });
      }
    }
    if (localDateKey(date) === last) break;
  }
  return found;
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
