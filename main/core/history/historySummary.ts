import type { HistoryEvent } from '../../../shared/history/events';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/settings/defaults';
import type { OfficeHours } from '../../../shared/settings/schema';
import type {
  DayCount,
  HistorySummary,
  PainPoint,
  PeriodTally,
} from '../../../shared/history/summary';
import {
  createDayIndexer,
  dateOfDayNumber,
  dayNumberOf,
  mondayOf,
  type DayNumber,
} from './localDay';

/** How many days the chart and the pain trend cover. */
export const TREND_DAYS = 28;
/** How many events the table of recent events shows. */
export const RECENT_EVENTS = 40;

function emptyTally(): PeriodTally {
  return {
    completed: 0,
    stopped: 0,
    minutesMoving: 0,
    prompted: 0,
    snoozed: 0,
    skipped: 0,
    naturalBreaks: 0,
    missedSessions: 0,
    minutesInMeetings: 0,
    postureCues: { shown: 0, done: 0, dismissed: 0 },
    standingMinutes: 0,
  };
}

/** Milliseconds moving are summed exactly and rounded once, so many short routines add up. */
interface TallyAccumulator {
  tally: PeriodTally;
  movingMs: number;
}

function count(acc: TallyAccumulator, event: HistoryEvent): void {
  const t = acc.tally;
  switch (event.type) {
    case 'completed':
      t.completed++;
      acc.movingMs += Math.max(0, event.at - event.startedAt);
      return;
    // A routine cut short by a crash and not resumed ended early too.
    case 'stopped':
    case 'interrupted':
      t.stopped++;
      acc.movingMs += Math.max(0, event.at - event.startedAt);
      return;
    case 'prompted':
      t.prompted++;
      return;
    case 'snoozed':
      t.snoozed++;
      return;
    case 'skipped':
      t.skipped++;
      return;
    case 'naturalBreak':
      t.naturalBreaks++;
      return;
    case 'missedSession':
      t.missedSessions++;
      return;
    // Only posture check-ins count here; "stand up" / "sit down" show as standing minutes.
    case 'cue':
      if (event.kind !== 'posture') return;
      t.postureCues = {
        shown: t.postureCues.shown + 1,
        done: t.postureCues.done + (event.outcome === 'done' ? 1 : 0),
        dismissed: t.postureCues.dismissed + (event.outcome === 'dismissed' ? 1 : 0),
      };
      return;
    // Meeting and standing time are cut into days after the pass (a spell can cross midnight).
    case 'started':
    case 'busyHold':
    case 'standing':
      return;
  }
}

function finish(acc: TallyAccumulator, meetingMs: number, standingMs: number): PeriodTally {
  return {
    ...acc.tally,
    minutesMoving: Math.round(acc.movingMs / 60_000),
    minutesInMeetings: Math.round(meetingMs / 60_000),
    standingMinutes: Math.round(standingMs / 60_000),
  };
}

type Spell = readonly [start: number, end: number];

/** Local midnight that starts a day. */
function startOfDay(day: DayNumber): number {
  const [y = 1970, m = 1, d = 1] = dateOfDayNumber(day).split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/**
 * Milliseconds inside spells (busy, standing) on each day from `firstDay` to `lastDay`. Spells are
 * merged first: a call that the calendar and the camera both saw is one
 * meeting, not two. A spell across midnight is split at local midnight.
 */
function spellMsPerDay(spells: Spell[], firstDay: DayNumber, lastDay: DayNumber): number[] {
  const perDay = new Array<number>(lastDay - firstDay + 1).fill(0);
  const sorted = [...spells].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  for (const [start, end] of merged) {
    for (let day = Math.max(firstDay, dayNumberOf(start)); day <= lastDay; day++) {
      const from = Math.max(start, startOfDay(day));
      const to = Math.min(end, startOfDay(day + 1));
      if (from >= end) break;
      if (to > from) perDay[day - firstDay] = (perDay[day - firstDay] ?? 0) + (to - from);
    }
  }
  return perDay;
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Whether a day has office hours (by its weekday in the current settings).
 * With no office hours on any weekday, every day counts (else no streak could ever grow).
 */
function officeDayTest(hours: OfficeHours): (day: DayNumber) => boolean {
  const open = WEEKDAY_KEYS.map((key) => hours[key].length > 0);
  if (!open.includes(true)) return () => true;
  // Day 0 (1970-01-01) was a Thursday: weekday 4 when Sunday is 0.
  return (day) => open[(((day + 4) % 7) + 7) % 7] ?? false;
}

/**
 * The streak over office days: a day without office hours neither breaks
 * nor extends a run; today counts once it has a completed routine, and
 * until it is over a run ending at the last office day before it stands.
 */
function officeDayStreak(
  completed: ReadonlySet<DayNumber>,
  today: DayNumber,
  isOfficeDay: (day: DayNumber) => boolean,
): HistorySummary['streak'] {
  const days = [...completed].sort((a, b) => a - b);
  const first = days[0];
  const includesToday = isOfficeDay(today) && completed.has(today);
  if (first === undefined) return { current: 0, best: 0, includesToday, officeDaysOnly: true };
  let current = includesToday ? 1 : 0;
  for (let day = today - 1; day >= first; day--) {
    if (!isOfficeDay(day)) continue;
    if (!completed.has(day)) break;
    current++;
  }
  let best = 0;
  let run = 0;
  for (let day = first; day <= Math.max(today, days[days.length - 1] ?? first); day++) {
    if (!isOfficeDay(day)) continue;
    run = completed.has(day) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return { current, best: Math.max(best, current), includesToday, officeDaysOnly: true };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Everything the history window shows, in one pass over the events (a year
 * is about 20,000 of them). Days are local calendar days in the process time
 * zone; `now` comes from the core's clock; the streak counts the days that
 * have office hours in `officeHours`.
 */
export function summariseHistory(
  events: readonly HistoryEvent[],
  now: number,
  skippedLines = 0,
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): HistorySummary {
  const dayOf = createDayIndexer();
  const today = dayNumberOf(now);
  const weekStart = mondayOf(today);
  const trendStart = today - (TREND_DAYS - 1);

  const todayAcc: TallyAccumulator = { tally: emptyTally(), movingMs: 0 };
  const weekAcc: TallyAccumulator = { tally: emptyTally(), movingMs: 0 };
  const completedPerDay = new Array<number>(TREND_DAYS).fill(0);
  const pain = Array.from({ length: TREND_DAYS }, () => ({ before: 0, after: 0, nb: 0, na: 0 }));
  const painAll = { before: 0, after: 0, rated: 0 };
  const daysWithCompletion = new Set<DayNumber>();
  const recent: HistoryEvent[] = [];
  const firstDay = Math.min(weekStart, trendStart);
  const windowStart = startOfDay(firstDay);
  const busySpells: Spell[] = [];
  const standingSpells: Spell[] = [];

  for (const event of events) {
    const day = dayOf(event.at);
    if (day === today) count(todayAcc, event);
    if (day >= weekStart && day <= today) count(weekAcc, event);
    if (event.type === 'completed') daysWithCompletion.add(day);
    if (event.type === 'busyHold' && event.at > windowStart && event.at > event.startedAt) {
      busySpells.push([event.startedAt, Math.min(event.at, now)]);
    }
    if (event.type === 'standing' && event.at > windowStart && event.at > event.startedAt) {
      standingSpells.push([event.startedAt, Math.min(event.at, now)]);
    }
    if (day >= trendStart && day <= today) {
      const slot = day - trendStart;
      if (event.type === 'completed') completedPerDay[slot] = (completedPerDay[slot] ?? 0) + 1;
      if (event.type === 'completed' || event.type === 'stopped') {
        const p = pain[slot];
        if (p && event.painBefore !== null) {
          p.before += event.painBefore;
          p.nb++;
        }
        if (p && event.painAfter !== null) {
          p.after += event.painAfter;
          p.na++;
        }
        // The headline change compares like with like: only routines rated both times.
        if (event.painBefore !== null && event.painAfter !== null) {
          painAll.before += event.painBefore;
          painAll.after += event.painAfter;
          painAll.rated++;
        }
      }
    }
    recent.push(event);
    if (recent.length > RECENT_EVENTS * 2) recent.splice(0, RECENT_EVENTS);
  }

  const streak = officeDayStreak(daysWithCompletion, today, officeDayTest(officeHours));

  const busyMs = spellMsPerDay(busySpells, firstDay, today);
  const busyOn = (day: DayNumber) => busyMs[day - firstDay] ?? 0;
  const standingMs = spellMsPerDay(standingSpells, firstDay, today);
  const standingOn = (day: DayNumber) => standingMs[day - firstDay] ?? 0;
  let weekBusyMs = 0;
  let weekStandingMs = 0;
  for (let day = weekStart; day <= today; day++) {
    weekBusyMs += busyOn(day);
    weekStandingMs += standingOn(day);
  }

  const last28Days: DayCount[] = completedPerDay.map((completed, i) => ({
    date: dateOfDayNumber(trendStart + i),
    completed,
    meetingMinutes: Math.round(busyOn(trendStart + i) / 60_000),
    standingMinutes: Math.round(standingOn(trendStart + i) / 60_000),
  }));
  const painTrend: PainPoint[] = pain.map((p, i) => ({
    date: dateOfDayNumber(trendStart + i),
    before: p.nb ? round1(p.before / p.nb) : null,
    after: p.na ? round1(p.after / p.na) : null,
    rated: Math.max(p.nb, p.na),
  }));

  return {
    now,
    today: finish(todayAcc, busyOn(today), standingOn(today)),
    thisWeek: finish(weekAcc, weekBusyMs, weekStandingMs),
    streak,
    last28Days,
    painTrend,
    painChange: painAll.rated
      ? {
          before: round1(painAll.before / painAll.rated),
          after: round1(painAll.after / painAll.rated),
          rated: painAll.rated,
        }
      : null,
    recent: recent.slice(-RECENT_EVENTS).reverse(),
    totalEvents: events.length,
    skippedLines,
  };
}
