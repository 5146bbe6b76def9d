/**
 * Time as the core sees it. Everything that reads the time or waits goes
 * through this port, so tests drive it with fake timers and a pinned zone.
 */
export interface Clock {
  /** Wall-clock epoch milliseconds: what office hours and sessions are read against. It may step. */
  now(): number;
  /**
   * Milliseconds on a clock that only moves forward at a steady rate and
   * never steps when the system time is set; its origin means nothing. Use
   * it for how long something lasted, never for what time it is.
   */
  monotonicNow(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface TimerHandle {
  readonly __timer: unique symbol;
}

/** The real clock. Timers are unref'd: a pending reminder must never keep a test process alive. */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonicNow: () => performance.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    // A Node timer object stands behind the opaque handle type the core passes around.
    return handle as unknown as TimerHandle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as unknown as ReturnType<typeof setTimeout>);
  },
};
