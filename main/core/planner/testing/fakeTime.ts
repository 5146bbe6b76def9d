import { withGlobal, type Clock } from '@sinonjs/fake-timers';

/**
 * Time for planner tests: @sinonjs/fake-timers fakes Date, performance and
 * the timers of the whole process, so the real node-cron (its heartbeats,
 * its `new Date()`) and the planner on the system clock both move with it.
 * node-cron runs a job through promises, so every move lets promise jobs run
 * between timers: a job fires at its own instant, not at the end of the move.
 */
export interface FakeTime {
  now(): number;
  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): Promise<void>;
  /** Moves to an absolute wall time (forwards only). */
  setTo(epochMs: number): Promise<void>;
  /**
   * A machine that sleeps and wakes: time passes, and each timer that fell
   * due meanwhile fires once, late, at the end (as after a resume).
   */
  jumpWithoutFiring(ms: number): Promise<void>;
  /**
   * The system clock is set by `ms` (negative: back) and no time passes: the
   * wall clock moves, performance.now() does not, and timers keep waiting
   * their remaining time (NTP, or a person setting the clock; a suspend on
   * Linux looks the same, since its monotonic clock stops while asleep).
   */
  stepWall(ms: number): Promise<void>;
  /** Timers pending in the whole process (node-cron's included). */
  pendingTimers(): number;
  uninstall(): void;
}

/** Installs fake time at `startMs`; call uninstall() when the test ends. */
export function installFakeTime(startMs: number): FakeTime {
  const clock: Clock = withGlobal(globalThis).install({
    now: startMs,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  return {
    now: () => clock.now,
    async advance(ms) {
      await clock.tickAsync(ms);
    },
    async setTo(epochMs) {
      if (epochMs < clock.now) throw new Error('fake time only moves forwards');
      await clock.tickAsync(epochMs - clock.now);
    },
    async jumpWithoutFiring(ms) {
      clock.jump(ms);
      await clock.tickAsync(0);
    },
    async stepWall(ms) {
      clock.setSystemTime(clock.now + ms);
      await clock.tickAsync(0);
    },
    pendingTimers: () => clock.countTimers(),
    uninstall: () => clock.uninstall(),
  };
}

/**
 * Counts every timer callback in the process from now on (node-cron's
 * heartbeats, the planner's timer), by wrapping the faked setTimeout. Call
 * after installFakeTime; uninstall() puts the real one back. `uncounted` is
 * the faked setTimeout itself, for a test's own timers.
 */
export function countTimerCallbacks(): { firedAt: number[]; uncounted: typeof setTimeout } {
  const firedAt: number[] = [];
  const faked = globalThis.setTimeout;
  const counting = (callback: () => void, ms?: number) =>
    faked(() => {
      firedAt.push(Date.now());
      callback();
    }, ms);
  // The faked setTimeout with a counter around each callback; same signature as the global.
  globalThis.setTimeout = counting as unknown as typeof setTimeout;
  return { firedAt, uncounted: faked };
}
