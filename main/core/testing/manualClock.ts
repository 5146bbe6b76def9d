import type { Clock, TimerHandle } from '../clock';

interface PendingTimer {
  id: number;
  /** Due on the monotonic clock, as Node's timers are. */
  at: number;
  callback: () => void;
}

/** A clock that moves only when told, for tests and the e2e harness. */
export interface ManualClock extends Clock {
  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void;
  /** Jumps to an absolute wall time (forwards only), firing due timers. */
  setTo(epochMs: number): void;
  /** Moves time without firing timers, as a suspended machine does; the next advance fires them. */
  jumpWithoutFiring(ms: number): void;
  /**
   * Sets the wall clock by `ms` (negative: back) without time passing, as
   * NTP or a person setting the time does: the monotonic clock and the
   * timers (which wait on it) do not move.
   */
  stepWall(ms: number): void;
  pendingTimers(): number;
}

/** A manual clock at `startMs`; its monotonic reading starts at 0. */
export function createManualClock(startMs: number): ManualClock {
  let mono = 0;
  /** wall = mono + offset; only stepWall changes the offset. */
  let offset = startMs;
  let nextId = 1;
  let timers: PendingTimer[] = [];

  function runDue(until: number): void {
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      mono = Math.max(mono, due.at);
      due.callback();
    }
    mono = until;
  }

  return {
    now: () => mono + offset,
    monotonicNow: () => mono,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.push({ id, at: mono + Math.max(0, ms), callback });
      // A number stands behind the opaque handle type here.
      return id as unknown as TimerHandle;
    },
    clearTimeout(handle) {
      const id = handle as unknown as number;
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms) {
      runDue(mono + ms);
    },
    setTo(epochMs) {
      if (epochMs < mono + offset) throw new Error('a manual clock only moves forwards');
      runDue(epochMs - offset);
    },
    jumpWithoutFiring(ms) {
      mono += ms;
    },
    stepWall(ms) {
      offset += ms;
    },
    pendingTimers: () => timers.length,
  };
}
