import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/history/events';
import { generateHistory } from './testing/generateHistory';
import { summariseHistory, TREND_DAYS } from './historySummary';

// vitest.config.ts pins TZ to Europe/Berlin: local days below are Berlin days.
const at = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

function done(
  when: number,
  minutes = 3,
  before: number | null = 5,
  after: number | null = 3,
): HistoryEvent {
  return {
    type: 'completed',
    at: when,
    routineId: 'quick-seated-reset',
    startedAt: when - minutes * 60_000,
    painBefore: before,
    painAfter: after,
    skippedSteps: 0,
  };
}

// Monday 23 November 2026, late afternoon.
const NOW = at(2026, 11, 23, 17, 0);

describe('history summary', () => {
  it('counts today and this week (Monday to today) separately', () => {
    const events: HistoryEvent[] = [
      done(at(2026, 11, 20, 10)), // last Friday: neither
      { type: 'prompted', at: at(2026, 11, 23, 9, 30), reason: 'interval' },
      {
        type: 'snoozed',
        at: at(2026, 11, 23, 9, 30),
        until: at(2026, 11, 23, 9, 35),
        snoozeCount: 1,
      },
      done(at(2026, 11, 23, 9, 40), 2),
      {
        type: 'stopped',
        at: at(2026, 11, 23, 11),
        routineId: 'standing-desk-reset',
        startedAt: at(2026, 11, 23, 10, 59),
        reason: 'hurts',
        painBefore: 6,
        painAfter: null,
        skippedSteps: 0,
      },
      { type: 'skipped', at: at(2026, 11, 23, 14) },
      { type: 'naturalBreak', at: at(2026, 11, 23, 15), idleMs: 600_000, cause: 'lock' },
      {
        type: 'missedSession',
        at: at(2026, 11, 23, 8, 30),
        sessionId: 'morning',
        scheduledAt: at(2026, 11, 23, 7, 30),
      },
    ];
    const s = summariseHistory(events, NOW);
    expect(s.today).toEqual({
      completed: 1,
      stopped: 1,
      minutesMoving: 3,
      prompted: 1,
      snoozed: 1,
      skipped: 1,
      naturalBreaks: 1,
      missedSessions: 1,
    });
    // Today is Monday: the week so far is today.
    expect(s.thisWeek).toEqual(s.today);
    const sunday = summariseHistory(events, at(2026, 11, 29, 20));
    expect(sunday.thisWeek.completed).toBe(1);
    expect(sunday.today.completed).toBe(0);
  });

  it('counts the streak of days with a completed routine, alive until today is over', () => {
    const events = [21, 22, 23].map((d) => done(at(2026, 11, d)));
    events.unshift(done(at(2026, 11, 18))); // a gap on the 19th and 20th
    expect(summariseHistory(events, NOW).streak).toEqual({
      current: 3,
      best: 3,
      includesToday: true,
    });
    // Without today's routine yet, yesterday's run still stands.
    expect(summariseHistory(events.slice(0, -1), NOW).streak).toEqual({
      current: 2,
      best: 2,
      includesToday: false,
    });
    // A day with only a stopped routine or a prompt does not count.
    const stoppedYesterday: HistoryEvent = {
      type: 'stopped',
      at: at(2026, 11, 22),
      routineId: 'quick-seated-reset',
      startedAt: at(2026, 11, 22) - 60_000,
      reason: 'user',
      painBefore: null,
      painAfter: null,
      skippedSteps: 0,
    };
    const prompted: HistoryEvent = {
      type: 'prompted',
      at: at(2026, 11, 23, 9),
      reason: 'interval',
    };
    expect(
      summariseHistory([done(at(2026, 11, 21)), stoppedYesterday, prompted], NOW).streak.current,
    ).toBe(0);
  });

  it('keeps the best streak from the past', () => {
    const past = [1, 2, 3, 4, 5].map((d) => done(at(2026, 10, d)));
    expect(summariseHistory([...past, done(at(2026, 11, 23))], NOW).streak).toEqual({
      current: 1,
      best: 5,
      includesToday: true,
    });
  });

  it('counts streak days by the local calendar across a DST change', () => {
    // Berlin left summer time on Sunday 25 October 2026 (a 25-hour day).
    const events = [24, 25, 26].map((d) => done(at(2026, 10, d, 23, 30)));
    expect(summariseHistory(events, at(2026, 10, 26, 23, 45)).streak.current).toBe(3);
  });

  it('gives 28 days of completed routines, oldest first, ending today', () => {
    const events = [
      done(at(2026, 10, 26, 9)),
      done(at(2026, 10, 27, 9)),
      done(at(2026, 11, 23, 9)),
      done(at(2026, 11, 23, 16)),
    ];
    const days = summariseHistory(events, NOW).last28Days;
    expect(days).toHaveLength(TREND_DAYS);
    expect(days[0]).toEqual({ date: '2026-10-27', completed: 1 });
    expect(days[27]).toEqual({ date: '2026-11-23', completed: 2 });
    expect(days.reduce((n, d) => n + d.completed, 0)).toBe(3);
  });

  it('averages pain before and after per day, and over the 28 days for rated routines only', () => {
    const events = [
      done(at(2026, 11, 23, 9), 3, 6, 4),
      done(at(2026, 11, 23, 11), 3, 4, 1),
      done(at(2026, 11, 23, 13), 3, null, null),
      done(at(2026, 11, 22, 13), 3, 7, null),
    ];
    const s = summariseHistory(events, NOW);
    expect(s.painTrend[27]).toEqual({ date: '2026-11-23', before: 5, after: 2.5, rated: 2 });
    expect(s.painTrend[26]).toEqual({ date: '2026-11-22', before: 7, after: null, rated: 1 });
    expect(s.painTrend[0]).toEqual({ date: '2026-10-27', before: null, after: null, rated: 0 });
    expect(s.painChange).toEqual({ before: 5, after: 2.5, rated: 2 });
    expect(summariseHistory([], NOW).painChange).toBeNull();
  });

  it('lists the latest 40 events, newest first', () => {
    const events = generateHistory({ endAt: NOW, days: 7, seed: 3 });
    const s = summariseHistory(events, NOW, 2);
    expect(s.recent).toHaveLength(40);
    expect(s.recent[0]).toEqual(events[events.length - 1]);
    expect(s.recent[39]).toEqual(events[events.length - 40]);
    expect(s.totalEvents).toBe(events.length);
    expect(s.skippedLines).toBe(2);
  });

  it('counts a routine a crash cut off (and not resumed) as stopped early, with its minutes', () => {
    const s = summariseHistory(
      [
        {
          type: 'interrupted',
          at: at(2026, 11, 23, 10, 4),
          routineId: 'floor-decompression',
          startedAt: at(2026, 11, 23, 10, 0),
          painBefore: 5,
          skippedSteps: 0,
        },
      ],
      NOW,
    );
    expect(s.today).toMatchObject({ completed: 0, stopped: 1, minutesMoving: 4 });
    expect(s.streak.current).toBe(0);
  });

  it('summarises an empty history without inventing anything', () => {
    const s = summariseHistory([], NOW);
    expect(s.today.completed).toBe(0);
    expect(s.streak).toEqual({ current: 0, best: 0, includesToday: false });
    expect(s.last28Days.every((d) => d.completed === 0)).toBe(true);
    expect(s.recent).toEqual([]);
  });
});
