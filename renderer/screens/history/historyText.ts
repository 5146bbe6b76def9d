import type { HistoryEvent } from '../../../shared/history/events';
import { CATALOGUE } from '../../../shared/routines/catalogue';
import { localDateOf, type LocalDate } from '../../../shared/time';

const TITLES = new Map(CATALOGUE.map((r) => [r.id, r.title]));

/** A routine's title, or its id when the catalogue no longer has it. */
export function routineTitle(id: string): string {
  return TITLES.get(id) ?? id;
}

/** Noon of a local date: safe from DST edges when only the day matters. */
export function dateAtNoon(date: LocalDate): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "Mon 16 Nov" (in the person's locale). */
export function formatDay(date: LocalDate): string {
  return dayFormat.format(dateAtNoon(date));
}

/** "16 Nov". */
export function formatShortDay(date: LocalDate): string {
  return shortDayFormat.format(dateAtNoon(date));
}

/** "Today 16:40", "Yesterday 09:12", or "Fri 20 Nov 14:03", relative to `now`. */
export function formatWhen(epochMs: number, now: number): string {
  const time = timeFormat.format(new Date(epochMs));
  const day = localDateOf(epochMs);
  if (day === localDateOf(now)) return `Today ${time}`;
  const n = new Date(now);
  // Built from the calendar, not now - 24 h: a DST day has 23 or 25 hours.
  const yesterday = localDateOf(
    new Date(n.getFullYear(), n.getMonth(), n.getDate() - 1, 12).getTime(),
  );
  if (day === yesterday) return `Yesterday ${time}`;
  return `${formatDay(day)} ${time}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Whole minutes as "45 min", "1 h", "1 h 20 min". */
export function durationWords(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const rest = m % 60;
  return rest === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${rest} min`;
}

function minutesBetween(from: number, to: number): string {
  const minutes = Math.max(0, Math.round((to - from) / 60_000));
  return minutes < 1 ? 'under a minute' : plural(minutes, 'min', 'min');
}

function pain(before: number | null, after: number | null): string | null {
  if (before === null && after === null) return null;
  return `pain ${before ?? '–'} → ${after ?? '–'}`;
}

/** The streak as the history and finish screens say it: "5 office days in a row". */
export function streakWords(days: number): string {
  return `${days} office ${days === 1 ? 'day' : 'days'} in a row`;
}

/** Said wherever the streak is shown: it counts office days, so weekends never break it. */
export const STREAK_NOTE = 'Days without office hours do not break it.';

/** "Posture cues: 6 shown, 4 done, 1 dismissed"; null on a period with none. */
export function postureCueLine(cues: {
  shown: number;
  done: number;
  dismissed: number;
}): string | null {
  if (cues.shown === 0) return null;
  return `Posture cues: ${cues.shown} shown, ${cues.done} done, ${cues.dismissed} dismissed`;
}

export interface EventRow {
  what: string;
  routine: string | null;
  detail: string;
  /** Drives the row's marker colour. */
  tone: 'good' | 'neutral' | 'warn';
}

/** One line of the recent-events table, in words. */
export function describeEvent(event: HistoryEvent): EventRow {
  switch (event.type) {
    case 'prompted':
      return {
        what: 'Reminder',
        routine: null,
        detail:
          event.reason === 'session'
            ? `${event.sessionId ?? 'A'} session is due`
            : 'Time for a break',
        tone: 'neutral',
      };
    case 'snoozed':
      return {
        what: 'Snoozed',
        routine: null,
        detail: `Until ${timeFormat.format(new Date(event.until))} (snooze ${event.snoozeCount})`,
        tone: 'neutral',
      };
    case 'skipped':
      return { what: 'Skipped', routine: null, detail: 'Reminder skipped', tone: 'warn' };
    case 'started':
      return {
        what: 'Started',
        routine: routineTitle(event.routineId),
        detail: `From the ${event.source}`,
        tone: 'neutral',
      };
    case 'completed':
      return {
        what: 'Completed',
        routine: routineTitle(event.routineId),
        detail: [minutesBetween(event.startedAt, event.at), pain(event.painBefore, event.painAfter)]
          .filter(Boolean)
          .join(' · '),
        tone: 'good',
      };
    case 'stopped':
      return {
        what: 'Stopped early',
        routine: routineTitle(event.routineId),
        detail: [
          event.reason === 'hurts' ? 'It hurt' : 'Stopped by you',
          minutesBetween(event.startedAt, event.at),
          pain(event.painBefore, event.painAfter),
        ]
          .filter(Boolean)
          .join(' · '),
        tone: 'warn',
      };
    case 'interrupted':
      return {
        what: 'Interrupted',
        routine: routineTitle(event.routineId),
        detail: ['Decompress closed during the routine', minutesBetween(event.startedAt, event.at)]
          .filter(Boolean)
          .join(' · '),
        tone: 'warn',
      };
    case 'naturalBreak':
      return {
        what: 'Natural break',
        routine: null,
        detail: `${minutesBetween(event.at - event.idleMs, event.at)} away${event.cause === 'idle' ? '' : ` (${event.cause})`}`,
        tone: 'good',
      };
    case 'missedSession':
      return {
        what: 'Missed session',
        routine: null,
        detail: `${event.sessionId} at ${timeFormat.format(new Date(event.scheduledAt))}${
          event.reason === 'busy' ? ' (you were busy)' : ''
        }`,
        tone: 'warn',
      };
    case 'busyHold':
      return {
        what: 'Held during a meeting',
        routine: null,
        detail: [
          event.title ? `"${event.title}"` : BUSY_KIND_WORDS[event.kind],
          minutesBetween(event.startedAt, event.at),
          event.heldReminders === 1 ? '1 reminder held' : `${event.heldReminders} reminders held`,
        ]
          .filter(Boolean)
          .join(' · '),
        tone: 'neutral',
      };
    case 'cue':
      return {
        what: CUE_KIND_WORDS[event.kind],
        routine: null,
        detail: CUE_OUTCOME_WORDS[event.outcome],
        tone: event.outcome === 'done' ? 'good' : 'neutral',
      };
    case 'standing':
      return {
        what: 'Stood at the desk',
        routine: null,
        detail: minutesBetween(event.startedAt, event.at),
        tone: 'good',
      };
  }
}

const CUE_KIND_WORDS: Record<Extract<HistoryEvent, { type: 'cue' }>['kind'], string> = {
  posture: 'Posture check-in',
  stand: 'Time to stand up',
  sit: 'Time to sit down',
};

const CUE_OUTCOME_WORDS: Record<Extract<HistoryEvent, { type: 'cue' }>['outcome'], string> = {
  done: 'Done',
  dismissed: 'Dismissed',
  expired: 'Closed by itself',
};

/** How a hold's cause reads when its title is private or there is none. */
const BUSY_KIND_WORDS: Record<Extract<HistoryEvent, { type: 'busyHold' }>['kind'], string> = {
  meeting: 'In a meeting',
  camera: 'Camera in use',
  microphone: 'Microphone in use',
  fullscreen: 'A fullscreen app',
  presentation: 'Presenting',
  'do-not-disturb': 'Do not disturb',
};
