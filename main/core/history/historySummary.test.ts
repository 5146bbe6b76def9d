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

/** Office hours every day of the week: each calendar day is an office day. */
const allDay = [{ start: '09:00', end: '17:00' }];
const EVERY_DAY = {
  mon: allDay,
  tue: allDay,
  wed: allDay,
  thu: allDay,
  fri: allDay,
  sat: allDay,
  sun: allDay,
};

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
      minutesInMeetings: 0,
      postureCues: { shown: 0, done: 0, dismissed: 0 },
      standingMinutes: 0,
    });
    // Today is Monday: the week so far is today.
    expect(s.thisWeek).toEqual(s.today);
    const sunday = summariseHistory(events, at(2026, 11, 29, 20));
    expect(sunday.thisWeek.completed).toBe(1);
    expect(sunday.today.completed).toBe(0);
  });

  it('with office hours every day, counts the streak of days with a completed routine, alive until today is over', () => {
    const events = [21, 22, 23].map((d) => done(at(2026, 11, d)));
    events.unshift(done(at(2026, 11, 18))); // a gap on the 19th and 20th
    expect(summariseHistory(events, NOW, 0, EVERY_DAY).streak).toEqual({
      current: 3,
      best: 3,
      includesToday: true,
      officeDaysOnly: true,
    });
    // Without today's routine yet, yesterday's run still stands.
    expect(summariseHistory(events.slice(0, -1), NOW, 0, EVERY_DAY).streak).toEqual({
      current: 2,
      best: 2,
      includesToday: false,
      officeDaysOnly: true,
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
      summariseHistory([done(at(2026, 11, 21)), stoppedYesterday, prompted], NOW, 0, EVERY_DAY)
        .streak.current,
    ).toBe(0);
  });

  it('keeps the best streak from the past', () => {
    const past = [1, 2, 3, 4, 5].map((d) => done(at(2026, 10, d)));
    expect(summariseHistory([...past, done(at(2026, 11, 23))], NOW, 0, EVERY_DAY).streak).toEqual({
      current: 1,
      best: 5,
      includesToday: true,
      officeDaysOnly: true,
    });
  });

  it('counts streak days by the local calendar across a DST change', () => {
    // Berlin left summer time on Sunday 25 October 2026 (a 25-hour day).
    const events = [24, 25, 26].map((d) => done(at(2026, 10, d, 23, 30)));
    expect(summariseHistory(events, at(2026, 10, 26, 23, 45), 0, EVERY_DAY).streak.current).toBe(3);
  });

  it('counts office days only: a weekend neither breaks nor extends the streak', () => {
    // Default office hours, Monday to Friday. Monday 16 to Friday 20 November 2026, one routine each.
    const week = [16, 17, 18, 19, 20].map((d) => done(at(2026, 11, d)));
    const mondayMorning = at(2026, 11, 23, 8, 0);
    expect(summariseHistory(week, mondayMorning).streak).toEqual({
      current: 5,
      best: 5,
      includesToday: false,
      officeDaysOnly: true,
    });
    // Monday's routine makes it 6 in a row (calendar days would say 1).
    const monday = [...week, done(at(2026, 11, 23, 10))];
    expect(summariseHistory(monday, NOW).streak).toMatchObject({ current: 6, includesToday: true });
    // A Saturday routine does not add a day.
    const saturday = [...week, done(at(2026, 11, 21, 10)), done(at(2026, 11, 23, 10))];
    expect(summariseHistory(saturday, NOW).streak.current).toBe(6);
    // On Sunday the run still stands, and today does not count.
    expect(summariseHistory(week, at(2026, 11, 22, 12)).streak).toMatchObject({
      current: 5,
      includesToday: false,
    });
    // A missed office day (Wednesday) breaks it.
    const gap = week.filter((e) => e.at !== at(2026, 11, 18));
    expect(summariseHistory(gap, mondayMorning).streak).toMatchObject({ current: 2, best: 2 });
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
    expect(days[0]).toEqual({
      date: '2026-10-27',
      completed: 1,
      meetingMinutes: 0,
      standingMinutes: 0,
    });
    expect(days[27]).toEqual({
      date: '2026-11-23',
      completed: 2,
      meetingMinutes: 0,
      standingMinutes: 0,
    });
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

  it('counts meeting time per day from held spells, overlapping sources once, split at midnight', () => {
    const hold = (
      from: number,
      to: number,
      source: string,
      kind: 'meeting' | 'camera' = 'meeting',
    ): HistoryEvent => ({
      type: 'busyHold',
      at: to,
      startedAt: from,
      source,
      kind,
      heldReminders: 1,
    });
    // Wednesday 25 November: the week so far is Monday to Wednesday.
    const wednesday = at(2026, 11, 25, 18, 0);
    const events: HistoryEvent[] = [
      // Outside the 28 days and the week: not counted anywhere.
      hold(at(2026, 10, 20, 10), at(2026, 10, 20, 11), 'calendar:a'),
      // Monday: 09:00-09:45 (45 min).
      hold(at(2026, 11, 23, 9, 0), at(2026, 11, 23, 9, 45), 'calendar:a'),
      // Tuesday 23:30 to Wednesday 00:30: 30 min each side of midnight.
      hold(at(2026, 11, 24, 23, 30), at(2026, 11, 25, 0, 30), 'calendar:a'),
      // Wednesday: the calendar says 10:00-11:00, the camera 10:30-11:15: 75 min, not 105.
      hold(at(2026, 11, 25, 10, 0), at(2026, 11, 25, 11, 0), 'calendar:a'),
      done(at(2026, 11, 25, 11, 10)),
      hold(at(2026, 11, 25, 10, 30), at(2026, 11, 25, 11, 15), 'camera', 'camera'),
    ];
    const s = summariseHistory(events, wednesday);
    expect(s.today.minutesInMeetings).toBe(30 + 75);
    expect(s.thisWeek.minutesInMeetings).toBe(45 + 30 + 30 + 75);
    const byDate = new Map(s.last28Days.map((d) => [d.date, d.meetingMinutes]));
    expect(byDate.get('2026-11-23')).toBe(45);
    expect(byDate.get('2026-11-24')).toBe(30);
    expect(byDate.get('2026-11-25')).toBe(105);
    expect(byDate.get('2026-11-22')).toBe(0);
    expect(s.last28Days.reduce((n, d) => n + d.meetingMinutes, 0)).toBe(180);
    // Meetings are not routines: the day's one completed routine stays one.
    expect(byDate.size).toBe(TREND_DAYS);
    expect(s.today.completed).toBe(1);
  });

  it('counts a meeting across the DST change by the wall clock (Berlin, 25 October 2026)', () => {
    // Saturday 24 October 23:00 to Sunday 25 October 03:00 local: clocks go back at 03:00 CEST,
    // so the spell lasts 5 real hours; one before midnight, four after.
    const from = at(2026, 10, 24, 23, 0);
    const to = at(2026, 10, 25, 3, 0);
    expect(to - from).toBe(5 * 3_600_000);
    const s = summariseHistory(
      [
        {
          type: 'busyHold',
          at: to,
          startedAt: from,
          source: 'calendar:a',
          kind: 'meeting',
          heldReminders: 0,
        },
      ],
      at(2026, 10, 26, 12, 0),
    );
    const byDate = new Map(s.last28Days.map((d) => [d.date, d.meetingMinutes]));
    expect(byDate.get('2026-10-24')).toBe(60);
    expect(byDate.get('2026-10-25')).toBe(240);
  });

  it('tallies posture cues by outcome (stand and sit cues are not posture cues) and standing minutes per day', () => {
    const cue = (
      when: number,
      outcome: 'done' | 'dismissed' | 'expired',
      kind: 'posture' | 'stand' | 'sit' = 'posture',
    ): HistoryEvent => ({
      type: 'cue',
      at: when,
      kind,
      cueId: kind === 'posture' ? 'sit-tall' : kind,
      outcome,
    });
    const standing = (from: number, to: number): HistoryEvent => ({
      type: 'standing',
      at: to,
      startedAt: from,
    });
    // Wednesday 25 November 2026.
    const wednesday = at(2026, 11, 25, 18, 0);
    const events: HistoryEvent[] = [
      cue(at(2026, 11, 23, 9, 20), 'done'),
      standing(at(2026, 11, 23, 9, 20), at(2026, 11, 23, 9, 28)), // Monday: 8 min
      cue(at(2026, 11, 25, 9, 20), 'done'),
      cue(at(2026, 11, 25, 9, 40), 'dismissed'),
      cue(at(2026, 11, 25, 10, 0), 'expired'),
      cue(at(2026, 11, 25, 10, 20), 'done', 'stand'),
      cue(at(2026, 11, 25, 10, 30), 'expired', 'sit'),
      standing(at(2026, 11, 25, 10, 20), at(2026, 11, 25, 10, 28)), // 8 min
      standing(at(2026, 11, 25, 11, 0), at(2026, 11, 25, 11, 5)), // 5 min
      // Tuesday 23:55 to Wednesday 00:03: 5 min one side of midnight, 3 the other.
      standing(at(2026, 11, 24, 23, 55), at(2026, 11, 25, 0, 3)),
    ];
    const s = summariseHistory(events, wednesday);
    expect(s.today.postureCues).toEqual({ shown: 3, done: 1, dismissed: 1 });
    expect(s.thisWeek.postureCues).toEqual({ shown: 4, done: 2, dismissed: 1 });
    expect(s.today.standingMinutes).toBe(8 + 5 + 3);
    expect(s.thisWeek.standingMinutes).toBe(8 + 5 + 8 + 5 + 3);
    const byDate = new Map(s.last28Days.map((d) => [d.date, d.standingMinutes]));
    expect(byDate.get('2026-11-23')).toBe(8);
    expect(byDate.get('2026-11-24')).toBe(5);
    expect(byDate.get('2026-11-25')).toBe(16);
    expect(byDate.get('2026-11-22')).toBe(0);
  });

  it('summarises an empty history without inventing anything', () => {
    const s = summariseHistory([], NOW);
    expect(s.today.completed).toBe(0);
    expect(s.streak).toEqual({ current: 0, best: 0, includesToday: false, officeDaysOnly: true });
    expect(s.last28Days.every((d) => d.completed === 0)).toBe(true);
    expect(s.recent).toEqual([]);
  });
});
