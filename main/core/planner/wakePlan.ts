/** The planner never sleeps longer than this: a safety net for clock changes, and Node's timer limit. */
export const MAX_SLEEP_MS = 6 * 60 * 60_000;

/**
 * An idle sample due this close before another wake-up waits for it: the
 * later wake-up samples anyway, and a break that short after completing is
 * still caught at the next one. Saves the heads-up/due wake-up pairs a wake each.
 */
export const SAMPLE_MERGE_MS = 60_000;

/**
 * The next moment the planner must wake: the earliest event, with the idle
 * sample folded into a nearby event when one follows it closely, and never
 * later than {@link MAX_SLEEP_MS} from now.
 */
export function nextWakeAt(
  now: number,
  events: readonly (number | null)[],
  sampleAt: number | null,
): number {
  const upcoming = events.filter((e): e is number => e !== null).map((e) => Math.max(e, now));
  let earliest = Math.min(now + MAX_SLEEP_MS, ...upcoming);
  if (sampleAt !== null) {
    const at = Math.max(sampleAt, now);
    const folded = upcoming.some((e) => e >= at && e - at <= SAMPLE_MERGE_MS);
    if (!folded) earliest = Math.min(earliest, at);
  }
  return earliest;
}
