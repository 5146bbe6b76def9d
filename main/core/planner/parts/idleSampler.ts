/**
 * Presence from sparse idle samples. The system's idle time says when the
 * last input happened, so the next moment a natural break could complete is
 * known exactly: last input + naturalBreak. Sampling then, and only then,
 * catches every break as it completes with about one wake-up per
 * naturalBreakMinutes of active work, instead of polling every second.
 */
export interface Presence {
  /** The latest sample found the person idle for a natural break or longer. */
  away: boolean;
  /** The last keyboard or mouse input, as read from the latest sample. */
  lastActivityAt: number;
}

export interface Sample {
  presence: Presence;
  /** The person was present at the previous sample and is away now: one natural break begins. */
  breakStarted: boolean;
  idleMs: number;
}

/** Never sample again sooner than this, whatever the idle reading says. */
export const MIN_SAMPLE_GAP_MS = 10_000;

export function presentAt(now: number): Presence {
  return { away: false, lastActivityAt: now };
}

/** Reads one idle sample. A reading that is not a finite, non-negative number counts as "just active". */
export function takeSample(
  previous: Presence,
  now: number,
  idleSeconds: number,
  breakMs: number,
): Sample {
  const idleMs =
    Number.isFinite(idleSeconds) && idleSeconds > 0 ? Math.round(idleSeconds * 1000) : 0;
  const away = idleMs >= breakMs;
  return {
    presence: { away, lastActivityAt: now - idleMs },
    breakStarted: away && !previous.away,
    idleMs,
  };
}

/**
 * When to look again: the moment a break could complete while present; one
 * break length later while away (to notice the return at the same sparse rate).
 */
export function nextSampleAt(presence: Presence, now: number, breakMs: number): number {
  if (presence.away) return now + breakMs;
  return Math.max(now + MIN_SAMPLE_GAP_MS, presence.lastActivityAt + breakMs);
}
