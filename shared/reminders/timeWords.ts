import { MINUTE_MS, WEEKDAY_LABELS, WEEKDAYS } from '../time';

/** "14:05" in local time. */
export function formatClock(epochMs: number): string {
  const d = new Date(epochMs);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Whole local calendar days from `now` to `target` (0 = same day, 1 = tomorrow). */
export function calendarDaysBetween(now: number, target: number): number {
  const a = new Date(now);
  const b = new Date(target);
  // Noon UTC of each local date: immune to DST shifts inside the span.
  const dayA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const dayB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((dayB - dayA) / (24 * 60 * MINUTE_MS));
}

/**
 * When something happens, relative to today: "at 07:30", "tomorrow at 07:30",
 * "on Monday at 07:30", "on 3 Dec at 07:30".
 */
export function formatWhen(target: number, now: number): string {
  const clock = formatClock(target);
  const days = calendarDaysBetween(now, target);
  if (days <= 0) return `at ${clock}`;
  if (days === 1) return `tomorrow at ${clock}`;
  const d = new Date(target);
  if (days < 7) {
    const weekday = WEEKDAYS[d.getDay()];
    return `on ${weekday ? WEEKDAY_LABELS[weekday] : 'a later day'} at ${clock}`;
  }
  const month = d.toLocaleString('en-GB', { month: 'short' });
  return `on ${d.getDate()} ${month} at ${clock}`;
}

/**
 * A span people read at a glance: "12 min", "1 h", "1 h 5 min". Time left
 * rounds up (a reminder "in 0 min" would be a lie); time ago rounds down.
 */
export function formatMinutesSpan(ms: number, round: 'up' | 'down' = 'up'): string {
  const exact = ms / MINUTE_MS;
  const minutes = Math.max(1, round === 'up' ? Math.ceil(exact) : Math.floor(exact));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
