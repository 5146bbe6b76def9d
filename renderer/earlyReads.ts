import type { Route } from '../shared/routes';
import { bridge } from './bridge';

/**
 * The first read each window needs, started in parallel with loading its
 * screen's code instead of after it mounts: the routine window's first step
 * waits on one round trip to main, and this takes that off the critical path.
 */
const EARLY_READS = {
  routine: () => bridge.getRoutineSession(),
  prompt: () => bridge.getPromptState(),
} as const;
type EarlyRead = keyof typeof EARLY_READS;
type EarlyResult<K extends EarlyRead> = Awaited<ReturnType<(typeof EARLY_READS)[K]>>;

const started = new Map<EarlyRead, Promise<unknown>>();

/** Starts the early read for a route, if it has one. */
export function startEarlyRead(route: Route | null): void {
  if (route === 'routine' || route === 'prompt') {
    const promise = EARLY_READS[route]();
    // A failure is reported to whoever takes the promise; never unhandled here.
    promise.catch(() => undefined);
    started.set(route, promise);
  }
}

/** The early answer the first time it is asked for (it is then spent), else a fresh call. */
export function takeEarlyRead<K extends EarlyRead>(key: K): Promise<EarlyResult<K>> {
  const early = started.get(key);
  started.delete(key);
  return (early ?? EARLY_READS[key]()) as Promise<EarlyResult<K>>;
}
