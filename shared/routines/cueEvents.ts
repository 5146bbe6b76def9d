import { isWork, timelineDurationMs, type Timeline } from './segments';

export type CueType = 'start' | 'switchSides' | 'countdown' | 'done';

/** A sound or spoken cue at an offset from the routine start. */
export interface CueEvent {
  readonly atMs: number;
  readonly type: CueType;
  /** The segment the cue belongs to (the last one for 'done'). */
  readonly segmentIndex: number;
  /** 3, 2 or 1 for 'countdown': seconds left in the work segment. */
  readonly count?: 3 | 2 | 1;
}

const COUNTDOWN = [3, 2, 1] as const;

// When two cues share an instant, the side switch is announced before the
// "go" that follows it.
const ORDER: Record<CueType, number> = { countdown: 0, done: 1, switchSides: 2, start: 3 };

/**
 * Every audio cue of a timeline, in time order: 'start' when a work segment
 * begins, 'switchSides' where the side changes (at the rest before the new
 * side, or with 'start' when there is no rest), 'countdown' 3, 2 and 1 s
 * before a work segment ends (only those after its start), 'done' at the end.
 */
export function cueEvents(timeline: Timeline): readonly CueEvent[] {
  const events: CueEvent[] = [];
  for (const segment of timeline) {
    if (segment.sideSwitch) {
      events.push({ atMs: segment.startMs, type: 'switchSides', segmentIndex: segment.index });
    }
    if (!isWork(segment)) continue;
    events.push({ atMs: segment.startMs, type: 'start', segmentIndex: segment.index });
    const endMs = segment.startMs + segment.durationMs;
    for (const count of COUNTDOWN) {
      const atMs = endMs - count * 1000;
      if (atMs > segment.startMs) {
        events.push({ atMs, type: 'countdown', segmentIndex: segment.index, count });
      }
    }
  }
  const last = timeline.at(-1);
  if (last) {
    events.push({ atMs: timelineDurationMs(timeline), type: 'done', segmentIndex: last.index });
  }
  return events.sort((a, b) => a.atMs - b.atMs || ORDER[a.type] - ORDER[b.type]);
}

/**
 * The cues a player crossed between two samples of the position: those in
 * (fromMs, toMs]. Pass `null` as `fromMs` on the first sample (and right
 * after a jump) so a cue exactly at the new position still plays. Nothing
 * plays when time went backwards.
 */
export function cuesBetween(
  events: readonly CueEvent[],
  fromMs: number | null,
  toMs: number,
): readonly CueEvent[] {
  // No earlier sample: only a cue exactly here plays, never every cue before it.
  if (fromMs === null) return events.filter((e) => e.atMs === toMs);
  if (toMs < fromMs) return [];
  return events.filter((e) => e.atMs > fromMs && e.atMs <= toMs);
}
