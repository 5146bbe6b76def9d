import type { PowerEvent } from '../core/planner/events';

/** Electron's powerMonitor events the planner cares about, and what the core calls them. */
export const POWER_EVENTS: Readonly<Record<string, PowerEvent>> = {
  suspend: 'suspend',
  resume: 'resume',
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
};

/** The slice of Electron's powerMonitor used here (an EventEmitter in tests). */
export interface PowerEventSource {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/**
 * Forwards suspend, resume, lock and unlock to the core. Sleep and lock are
 * handled explicitly rather than left to wall-clock timers (Stretchly's
 * resume correction). Returns the function that stops forwarding.
 */
export function forwardPowerEvents(
  source: PowerEventSource,
  toCore: (event: PowerEvent) => void,
): () => void {
  const subscriptions = Object.entries(POWER_EVENTS).map(([name, event]) => {
    const listener = () => toCore(event);
    source.on(name, listener);
    return () => void source.removeListener(name, listener);
  });
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
  };
}
