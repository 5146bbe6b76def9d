import { useEffect, useState } from 'react';
import {
  positionAt,
  type Position,
  type SessionClock,
} from '../../../shared/routines/sessionClock';
import type { Timeline } from '../../../shared/routines/segments';

/**
 * Milliseconds until what the player shows next changes: the next whole
 * second of the countdown, or the next rep if that comes first. Null while
 * paused or done (nothing changes until main says so).
 */
export function nextChangeInMs(timeline: Timeline, position: Position): number | null {
  if (position.paused || position.done) return null;
  const toSecond = position.remainingInSegmentMs % 1000 || 1000;
  const segment = timeline[position.segmentIndex];
  if (segment?.kind === 'rep' && segment.msPerRep) {
    const toRep = segment.msPerRep - (position.elapsedInSegmentMs % segment.msPerRep);
    return Math.max(1, Math.min(toSecond, toRep));
  }
  return Math.max(1, toSecond);
}

/**
 * Identifies a clock by what it holds. A session clock is only ever appended
 * to, so its start, its counts and the last pause's end tell every change
 * apart, whether or not main sent a new object.
 */
function clockKey(clock: SessionClock): string {
  const last = clock.pauses.at(-1);
  return `${clock.startedAt}:${clock.pauses.length}:${last?.resumedAt ?? '-'}:${clock.jumps.length}`;
}

/**
 * Where the routine is now, from main's absolute clock and this window's
 * time. Nothing is counted down: the position is positionAt(the time last
 * read), and one timer is set for the moment the display next changes. A
 * timer that fired late (a busy or sleeping machine) is caught up at once,
 * so the window always lands on the same second as main.
 */
export function usePlayerPosition(
  timeline: Timeline,
  clock: SessionClock,
  now: () => number = Date.now,
): Position {
  const [at, setAt] = useState(now);
  // A changed clock from main (pause, skip, back) takes effect in this render.
  const key = clockKey(clock);
  const [seenKey, setSeenKey] = useState(key);
  if (seenKey !== key) {
    setSeenKey(key);
    setAt(now());
  }
  const position = positionAt(timeline, clock, at);
  const untilChange = nextChangeInMs(timeline, position);

  useEffect(() => {
    if (untilChange === null) return;
    const current = now();
    const late = current - at;
    if (late >= untilChange) {
      setAt(current);
      return;
    }
    const timer = setTimeout(() => setAt(now()), untilChange - late);
    return () => clearTimeout(timer);
  }, [untilChange, at, now]);

  return position;
}
