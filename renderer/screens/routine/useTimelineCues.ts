import { useEffect, useMemo, useRef } from 'react';
import { cueEvents, cuesBetween } from '../../../shared/routines/cueEvents';
import type { Position, SessionClock } from '../../../shared/routines/sessionClock';
import type { Timeline } from '../../../shared/routines/segments';
import type { CueOutput } from '../../audio/cuePlayer';

/**
 * After a long gap (a sleeping laptop, a throttled window) only the cues of
 * the last moment play, never a burst of old beeps.
 */
const CATCH_UP_MS = 1500;

/**
 * Plays the cues the position crossed since the last render. A jump (skip,
 * back) or a fresh window starts from where it lands, so a cue exactly there
 * (the "go" of the segment skipped to) still plays, and nothing before it.
 */
export function useTimelineCues(
  timeline: Timeline,
  clock: SessionClock,
  position: Position,
  output: CueOutput,
): void {
  const events = useMemo(() => cueEvents(timeline), [timeline]);
  const last = useRef<{ clock: SessionClock; offsetMs: number } | null>(null);

  useEffect(() => {
    const previous = last.current;
    last.current = { clock, offsetMs: position.offsetMs };
    const sameRun =
      previous !== null &&
      previous.clock.startedAt === clock.startedAt &&
      previous.clock.jumps.length === clock.jumps.length;
    if (position.paused) return;
    const from = sameRun ? Math.max(previous.offsetMs, position.offsetMs - CATCH_UP_MS) : null;
    for (const cue of cuesBetween(events, from, position.offsetMs)) {
      output(cue, timeline[cue.segmentIndex]);
    }
  }, [events, timeline, clock, position.offsetMs, position.paused, output]);
}
