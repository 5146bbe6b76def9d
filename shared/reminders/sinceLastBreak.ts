import { formatMinutesSpan } from './timeWords';

/**
 * The prompt's reminder of how long the person has been at it. Uses the end
 * of the last break when known, else how long active time has been counted;
 * null when neither is known (a session outside office hours).
 */
export function sinceLastBreakText(
  lastBreakAt: number | null,
  workingSince: number | null,
  now: number,
): string | null {
  if (lastBreakAt !== null) {
    const ago = now - lastBreakAt;
    return ago < 60_000
      ? 'Last break: just now'
      : `Last break: ${formatMinutesSpan(ago, 'down')} ago`;
  }
  if (workingSince === null) return null;
  return `Working for ${formatMinutesSpan(Math.max(0, now - workingSince), 'down')}`;
}
