import type { Clock } from '../clock';
import type { BusyAnswer, LiveBusySource } from './busySource';

/** How long the planner waits for a live source before it counts as unavailable. */
export const LIVE_SOURCE_TIMEOUT_MS = 2_000;

/**
 * Asks every live source at once and settles within `timeoutMs` whatever they
 * do: a source that rejects, throws or hangs answers `unavailable`, so a
 * broken sensor can delay a decision by the timeout at most and never blocks
 * it. Answers come back in the order of `sources`.
 */
export function askLiveSources(
  sources: readonly LiveBusySource[],
  now: number,
  clock: Clock,
  timeoutMs = LIVE_SOURCE_TIMEOUT_MS,
): Promise<BusyAnswer[]> {
  return Promise.all(sources.map((source) => askOne(source, now, clock, timeoutMs)));
}

function askOne(
  source: LiveBusySource,
  now: number,
  clock: Clock,
  timeoutMs: number,
): Promise<BusyAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: BusyAnswer) => {
      if (settled) return;
      settled = true;
      clock.clearTimeout(timer);
      resolve(answer);
    };
    const timer = clock.setTimeout(
      () =>
        settle({
          state: 'unavailable',
          sourceId: source.id,
          why: `did not answer within ${timeoutMs / 1000} s`,
        }),
      timeoutMs,
    );
    const failed = (err: unknown) =>
      settle({
        state: 'unavailable',
        sourceId: source.id,
        why: err instanceof Error ? err.message : String(err),
      });
    try {
      source.ask(now).then(settle, failed);
    } catch (err) {
      failed(err);
    }
  });
}
