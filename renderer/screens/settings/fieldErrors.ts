import { WEEKDAY_LABELS } from '../../../shared/time';
/** A refusal from main, split into the field it names and the reason. */
export interface FieldError {
  /** Dotted path, e.g. "officeHours.mon.0.end"; empty when the whole document was refused. */
  field: string;
  message: string;
}

const FIELD_PATH = /^([A-Za-z][\w]*(?:\.[\w]+)*): (.+)$/s;

/** Turns zod's terse wording into a sentence a person reads at a glance. */
export function friendlyReason(reason: string): string {
  const min = /^Too small: expected number to be >=?(-?[\d.]+)$/.exec(reason);
  if (min) return `Use ${min[1]} or more.`;
  const max = /^Too big: expected number to be <=?(-?[\d.]+)$/.exec(reason);
  if (max) return `Use ${max[1]} or less.`;
  if (/expected int/.test(reason)) return 'Use a whole number.';
  if (/expected number/.test(reason)) return 'Enter a number.';
  const trimmed = reason.trim();
  const sentence = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * The bridge rejects with "field: reason" (Electron keeps only an Error's
 * message across the bridge, so the field travels inside it).
 */
export function parseFieldError(message: string): FieldError {
  const match = FIELD_PATH.exec(message);
  if (!match) return { field: '', message: friendlyReason(message) };
  return { field: match[1] ?? '', message: friendlyReason(match[2] ?? '') };
}

/** Whether an error belongs to `path` or anything inside it. */
export function isUnder(error: FieldError | null, path: string): boolean {
  if (!error) return false;
  return error.field === path || error.field.startsWith(`${path}.`);
}

const FIELD_LABELS: Record<string, string> = {
  version: 'Version',
  officeHours: 'Office hours',
  intervalMinutes: 'Work interval',
  headsUpSeconds: 'Heads-up',
  naturalBreakMinutes: 'Natural break',
  snoozeMinutes: 'Snooze length',
  maxSnoozes: 'Snoozes per reminder',
  nagMinutes: 'Repeat the prompt every',
  nagLevel: 'How insistent',
  graceMinutes: 'Missed while asleep',
  defaultRoutineId: 'Default routine',
  sessions: 'Sessions',
  soundEnabled: 'Sounds',
  soundVolume: 'Volume',
  spokenCues: 'Spoken cues',
  theme: 'Theme',
  launchAtLogin: 'Launch at login',
  safetyAcknowledgedAt: 'Safety screen',
  partnerSafetyAcknowledgedAt: 'Partner safety screen',
  welcomeCompleted: 'Welcome',
};

const DAY_LABELS: Record<string, string> = WEEKDAY_LABELS;

/** "officeHours.mon.0.end" -> "Office hours, Monday, range 1, end": the path in the window's words. */
export function fieldLabel(path: string): string {
  const [key = '', ...rest] = path.split('.');
  const parts = [FIELD_LABELS[key] ?? key];
  if (key === 'officeHours') {
    const [day, range, end] = rest;
    if (day) parts.push(DAY_LABELS[day] ?? day);
    if (range !== undefined) parts.push(`range ${Number(range) + 1}`);
    if (end) parts.push(end);
  } else if (key === 'sessions') {
    const [index, field] = rest;
    if (index !== undefined) parts.push(`session ${Number(index) + 1}`);
    if (field) parts.push(field);
  } else {
    parts.push(...rest);
  }
  return parts.join(', ');
}
