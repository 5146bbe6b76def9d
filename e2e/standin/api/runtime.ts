import type { DriverCommand, DriverEvent } from '../protocol';

/**
 * What every part of the stand-in's Electron API shares: whether the app is
 * ready, the line to the Chromium driver, and the real timers captured
 * before any fake clock was installed (the stand-in's own bookkeeping must
 * not stop when a spec freezes the app's time).
 */
export interface StandinRuntime {
  isReady(): boolean;
  /** Throws Electron's error when `what` is used before 'ready'. */
  requireReady(message: string): void;
  send(command: DriverCommand): void;
  onDriverEvent(listener: (event: DriverEvent) => void): () => void;
  realSetTimeout: typeof setTimeout;
  realClearTimeout: typeof clearTimeout;
  /** Where notes for a spec go: one line per recorded event on stderr when STANDIN_TRACE is set. */
  trace(line: string): void;
}

export interface RuntimeWiring {
  send(command: DriverCommand): void;
  subscribe(listener: (event: DriverEvent) => void): () => void;
  realSetTimeout: typeof setTimeout;
  realClearTimeout: typeof clearTimeout;
}

export function createRuntime(wiring: RuntimeWiring): StandinRuntime & { markReady(): void } {
  let ready = false;
  const tracing = process.env.STANDIN_TRACE === '1';
  return {
    isReady: () => ready,
    markReady() {
      ready = true;
    },
    requireReady(message) {
      if (!ready) throw new Error(message);
    },
    send: wiring.send,
    onDriverEvent: wiring.subscribe,
    realSetTimeout: wiring.realSetTimeout,
    realClearTimeout: wiring.realClearTimeout,
    trace(line) {
      if (tracing) process.stderr.write(`standin: ${line}\n`);
    },
  };
}
