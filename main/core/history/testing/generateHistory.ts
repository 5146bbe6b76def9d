import type { HistoryEvent } from '../../../../shared/history/events';
import { createRandom } from '../../testing/seededRandom';
import { dateOfDayNumber, dayNumberOf } from '../localDay';

export interface GenerateHistoryOptions {
  /** No event is later than this instant (the clock's "now"). */
  endAt: number;
  /** How many local days to cover, ending with endAt's day. 365 gives about 20,000 events. */
  days: number;
  /** Same seed, same history. */
  seed?: number;
  /** Days with no activity at all, counted back from endAt's day (0 = that day): shapes streaks. */
  restDays?: readonly number[];
  /** Shortest and longest work interval in minutes; default 20-35. */
  intervalMinutes?: readonly [number, number];
}

const MINUTE = 60_000;

/** Break routines and how long each takes, roughly as the catalogue has them. */
const BREAK_ROUTINES = [
  { id: 'quick-seated-reset', minutes: 2, weight: 0.5 },
  { id: 'seated-decompression', minutes: 5, weight: 0.2 },
  { id: 'standing-desk-reset', minutes: 3, weight: 0.2 },
  { id: 'self-massage-break', minutes: 6, weight: 0.1 },
] as const;

/**
 * A plausible history for a keen desk worker on 20-35 minute intervals: workdays
 * 09:00-17:30 with reminders, snoozes, skips, routines (mostly finished,
 * pain rated most of the time and easing over the weeks), natural breaks,
 * morning and evening sessions (some missed), and the odd weekend routine.
 * Events come out in time order, as the app would have appended them.
 */
export function generateHistory(options: GenerateHistoryOptions): HistoryEvent[] {
  const random = createRandom(options.seed ?? 1);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const chance = (p: number) => random() < p;
  const rest = new Set(options.restDays ?? []);
  const [minInterval, maxInterval] = options.intervalMinutes ?? [20, 35];
  const lastDay = dayNumberOf(options.endAt);
  const events: HistoryEvent[] = [];

  function pickRoutine() {
    let r = random();
    for (const routine of BREAK_ROUTINES) {
      r -= routine.weight;
      if (r < 0) return routine;
    }
    return BREAK_ROUTINES[0];
  }

  /** Pain eases from about 5 to about 3 over the period, with daily noise. */
  function painBefore(progress: number): number | null {
    if (chance(0.25)) return null;
    return Math.max(0, Math.min(10, Math.round(5 - 2 * progress + (random() * 3 - 1.5))));
  }

  /** Appends a routine from start to its end; returns when it ended. */
  function routine(
    at: number,
    routineId: string,
    minutes: number,
    source: 'prompt' | 'tray' | 'session',
    progress: number,
  ): number {
    events.push({ type: 'started', at, routineId, source });
    const before = painBefore(progress);
    const after = before === null ? null : Math.max(0, before - between(0, 3));
    if (chance(0.07)) {
      const end = at + between(20, minutes * 40) * 1000;
      events.push({
        type: 'stopped',
        at: end,
        routineId,
        startedAt: at,
        reason: chance(0.3) ? 'hurts' : 'user',
        painBefore: before,
        painAfter: null,
        skippedSteps: 0,
      });
      return end;
    }
    const end = at + minutes * MINUTE + between(-20, 40) * 1000;
    events.push({
      type: 'completed',
      at: end,
      routineId,
      startedAt: at,
      painBefore: before,
      painAfter: after,
      skippedSteps: chance(0.1) ? 1 : 0,
    });
    return end;
  }

  function session(day: Date, id: 'morning' | 'evening', hh: number, mm: number, progress: number) {
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hh, mm).getTime();
    if (chance(0.12)) {
      events.push({ type: 'missedSession', at: at + 60 * MINUTE, sessionId: id, scheduledAt: at });
      return;
    }
    events.push({ type: 'prompted', at, reason: 'session', sessionId: id });
    const routineId = id === 'morning' ? 'morning-mobility' : 'evening-wind-down';
    routine(
      at + between(30, 240) * 1000,
      routineId,
      id === 'morning' ? 8 : 12,
      'session',
      progress,
    );
  }

  function workday(day: Date, progress: number) {
    const at = (h: number, m: number) =>
      new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
    if (chance(0.6)) session(day, 'morning', 7, 30, progress);
    const end = at(17, 30);
    let t = at(9, between(0, 10));
    for (;;) {
      const interval = between(minInterval, maxInterval) * MINUTE;
      // Meetings, coffee, a walk: idle long enough restarts the interval.
      if (chance(0.4)) {
        const idleStart = t + between(3, 15) * MINUTE;
        const idleMs = between(5, 15) * MINUTE;
        if (idleStart + idleMs > end) break;
        events.push({
          type: 'naturalBreak',
          at: idleStart + idleMs,
          idleMs,
          cause: chance(0.7) ? 'idle' : 'lock',
        });
        t = idleStart + idleMs;
        continue;
      }
      let due = t + interval;
      if (due > end) break;
      events.push({ type: 'prompted', at: due, reason: 'interval' });
      const answer = random();
      if (answer < 0.4) {
        const snoozes = between(1, 3);
        for (let n = 1; n <= snoozes; n++) {
          events.push({ type: 'snoozed', at: due, until: due + 5 * MINUTE, snoozeCount: n });
          due += 5 * MINUTE;
        }
      }
      if (answer >= 0.87) {
        events.push({ type: 'skipped', at: due + between(5, 60) * 1000 });
        t = due;
        continue;
      }
      const pick = pickRoutine();
      t = routine(due + between(5, 40) * 1000, pick.id, pick.minutes, 'prompt', progress);
    }
    if (chance(0.4)) session(day, 'evening', 19, 0, progress);
  }

  for (let offset = options.days - 1; offset >= 0; offset--) {
    if (rest.has(offset)) continue;
    const [y, m, d] = dateOfDayNumber(lastDay - offset)
      .split('-')
      .map(Number);
    const day = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
    const progress = options.days > 1 ? 1 - offset / (options.days - 1) : 1;
    const weekday = day.getDay();
    if (weekday >= 1 && weekday <= 5) workday(day, progress);
    else if (chance(0.5)) {
      const start = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, between(9, 12), between(0, 59));
      const end = routine(start.getTime(), 'floor-decompression', 10, 'tray', progress);
      if (chance(0.5)) routine(end + between(2, 6) * 3_600_000, 'mat-rest', 15, 'tray', progress);
    }
  }
  return events.filter((e) => e.at <= options.endAt);
}

/**
 * A year of history for the benchmark: a heavy user (reminders every 10-15
 * minutes) whose log reaches about 20,000 lines in 365 days, the size the
 * history window must open without a visible wait.
 */
export function generateYearOfHistory(endAt: number, seed = 1): HistoryEvent[] {
  return generateHistory({ endAt, days: 365, seed, intervalMinutes: [10, 15] });
}
