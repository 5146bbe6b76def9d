import type { Clock, TimerHandle } from './clock';

interface PendingTimer {
  id: number;
  at: number;
  callback: () => void;
}

/** A clock that moves only when told, for tests and the e2e harness. */
export interface ManualClock extends Clock {
  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void;
  /** Jumps to an absolute time (forwards only), firing due timers. */
  setTo(epochMs: number): void;
  /** Moves time without firing timers, as a suspended machine does; the next advance fires them. */
  jumpWithoutFiring(ms: number): void;
  pendingTimers(): number;
}

export function createManualClock(startMs: number): ManualClock {
  let now = startMs;
  let nextId = 1;
  let timers: PendingTimer[] = [];

  function runDue(until: number): void {
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = Math.max(now, due.at);
      due.callback();
    }
    now = until;
  }

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.push({ id, at: now + Math.max(0, ms), callback });
      return id as unknown as TimerHandle;
    },
    clearTimeout(handle) {
      const id = handle as unknown as number;
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms) {
      runDue(now + ms);
    },
    setTo(epochMs) {
      if (epochMs < now) throw new Error('a manual clock only moves forwards');
      runDue(epochMs);
    },
    jumpWithoutFiring(ms) {
      now += ms;
    },
    pendingTimers: () => timers.length,
  };
}
