import type { NagLevel } from '../settings/schema';

/** Strict mode allows at most this many snoozes per reminder, whatever maxSnoozes says. */
export const STRICT_MAX_SNOOZES = 1;

/**
 * How many snoozes one reminder allows at a nag level. Gentle and persistent
 * honour `maxSnoozes`; strict caps it, because strict exists for people who
 * asked to be held to their breaks.
 */
export function allowedSnoozes(level: NagLevel, maxSnoozes: number): number {
  return level === 'strict' ? Math.min(maxSnoozes, STRICT_MAX_SNOOZES) : maxSnoozes;
}

/** Strict mode has no Skip: the only ways out are Start and (limited) Snooze. */
export function canSkip(level: NagLevel): boolean {
  return level !== 'strict';
}

/** Gentle shows one quiet prompt; the other levels escalate and come back every nagMinutes. */
export function nags(level: NagLevel): boolean {
  return level !== 'gentle';
}
