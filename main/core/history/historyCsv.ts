import type { HistoryEvent } from '../../../shared/history/events';

/** Columns of the export, in order; names a spreadsheet user can read without a legend. */
export const CSV_COLUMNS = [
  'date',
  'time',
  'event',
  'routine',
  'detail',
  'duration_minutes',
  'pain_before',
  'pain_after',
  'utc',
] as const;

const EVENT_LABELS: Record<HistoryEvent['type'], string> = {
  prompted: 'reminder',
  snoozed: 'snoozed',
  skipped: 'skipped',
  started: 'started',
  completed: 'completed',
  stopped: 'stopped early',
  interrupted: 'interrupted',
  naturalBreak: 'natural break',
  missedSession: 'missed session',
  busyHold: 'reminders held',
  cue: 'cue',
  standing: 'standing',
};

const pad = (n: number) => String(n).padStart(2, '0');

function localParts(epochMs: number): { date: string; time: string } {
  const d = new Date(epochMs);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`,
  };
}

/**
 * Quotes a cell when needed, and defuses text a spreadsheet would run as a
 * formula (a leading = + - @): the log holds ids from files a person could edit.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function detailOf(event: HistoryEvent): string {
  switch (event.type) {
    case 'prompted':
      return event.reason === 'session' ? `session ${event.sessionId ?? ''}`.trim() : 'interval';
    case 'snoozed':
      return `snooze ${event.snoozeCount} until ${localParts(event.until).time.slice(0, 5)}`;
    case 'started':
      return `from ${event.source}`;
    case 'completed':
      return event.skippedSteps ? `${event.skippedSteps} steps skipped` : '';
    case 'stopped':
      return event.reason === 'hurts' ? 'it hurt' : 'stopped by you';
    case 'interrupted':
      return 'the app closed during the routine';
    case 'naturalBreak':
      return `${event.cause}, ${Math.round(event.idleMs / 60_000)} min away`;
    case 'missedSession':
      return `session ${event.sessionId} at ${localParts(event.scheduledAt).time.slice(0, 5)}${
        event.reason === 'busy' ? ', busy' : ''
      }`;
    case 'busyHold':
      return `${event.title ?? event.kind} from ${localParts(event.startedAt).time.slice(0, 5)}, ${
        event.heldReminders
      } held`;
    case 'cue':
      return `${event.kind} ${event.cueId}, ${event.outcome}`;
    case 'standing':
      return `standing from ${localParts(event.startedAt).time.slice(0, 5)}`;
    case 'skipped':
      return '';
  }
}

function rowOf(event: HistoryEvent): (string | number | null)[] {
  const { date, time } = localParts(event.at);
  const routine = 'routineId' in event ? event.routineId : null;
  const finished = event.type === 'completed' || event.type === 'stopped';
  const played = finished || event.type === 'interrupted';
  const standing = event.type === 'standing';
  return [
    date,
    time,
    EVENT_LABELS[event.type],
    routine,
    detailOf(event),
    played || standing ? Math.round(((event.at - event.startedAt) / 60_000) * 10) / 10 : null,
    played ? event.painBefore : null,
    finished ? event.painAfter : null,
    new Date(event.at).toISOString(),
  ];
}

/** The whole history as CSV (RFC 4180, CRLF line ends), local date and time first. */
export function historyToCsv(events: readonly HistoryEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) lines.push(rowOf(event).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
