import type { HistoryEvent } from '../../../../shared/history/events';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { SessionConfig, Settings } from '../../../../shared/settings/schema';
import { WEEKDAYS, minutesOfDay } from '../../../../shared/time';
import {
  addDays,
  atLocalTime,
  localDateKey,
  localDateOf,
  weekdayOf,
  type LocalDate,
} from '../localTime';
import { officeSpans } from '../officeHours';
import type { EngineStats } from '../reminderEngine';
import { createRig } from './engineRig';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * A year takes about a second on an idle machine; the limit leaves room for
 * a busy one (the suite runs files in parallel) without hiding a hang.
 */
export const YEAR_TIMEOUT_MS = 30_000;

/** Default morning and evening, plus sessions that sit on the DST transitions and one in office hours. */
export function simulationSessions(): SessionConfig[] {
  const [morning, evening] = defaultSettings().sessions;
  if (!morning || !evening) throw new Error('defaults lost their sessions');
  const everyDay = [...WEEKDAYS];
  return [
    { ...morning, enabled: true },
    { ...evening, enabled: true },
    {
      id: 'lunch',
      name: 'Lunch',
      time: '12:30',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      routineId: 'standing-desk-reset',
      enabled: true,
    },
    {
      id: 'small-hours-a',
      name: 'Night A',
      time: '01:30',
      weekdays: everyDay,
      routineId: 'mat-rest',
      enabled: true,
    },
    {
      id: 'small-hours-b',
      name: 'Night B',
      time: '02:30',
      weekdays: everyDay,
      routineId: 'mat-rest',
      enabled: true,
    },
  ];
}

/**
 * A desk worker, Monday to Friday: at the desk 08:50-17:45, a 4.5-minute
 * pause at 10:20 (just under a natural break), lunch away 12:15-13:00.
 * Away all weekend. Seconds since the last input, as the system reports.
 */
function idleSecondsAt(now: number): number {
  const d = new Date(now);
  const weekend = d.getDay() === 0 || d.getDay() === 6;
  const s = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  if (weekend) return 24 * 3600;
  const away: [number, number][] = [
    [0, 8 * 3600 + 50 * 60],
    [10 * 3600 + 20 * 60, 10 * 3600 + 24 * 60 + 30],
    [12 * 3600 + 15 * 60, 13 * 3600],
    [17 * 3600 + 45 * 60, 24 * 3600],
  ];
  const spell = away.find(([a, b]) => s >= a && s < b);
  return spell ? s - spell[0] : 0;
}

export interface YearResult {
  days: number;
  workdays: number;
  /** Session prompts per session id, and how many days each was due. */
  sessions: Record<string, { fired: number; due: number; wrongDays: string[] }>;
  /** Sessions whose time fell in a DST gap: when they fired, and the first valid minute after. */
  shiftedFirings: { key: string; firedAt: number; expectedAt: number }[];
  intervalPrompts: number;
  intervalPromptsOutsideOfficeHours: number;
  /** The shortest gap between two interval reminders, in minutes. */
  shortestGapMinutes: number;
  naturalBreaks: number;
  missedSessions: number;
  officeHours: number;
  stats: EngineStats;
  wakeUpsPerOfficeHour: number;
  wakeUpsPerOtherHour: number;
  history: HistoryEvent[];
}

/**
 * Runs the planner for a calendar year on a manual clock in the process's
 * zone, with the node-cron-like fake and a person who answers every prompt a
 * minute after it opens (Start, or Skip every seventh time).
 */
export function simulateYear(year: number, fallBack: 'once' | 'twice' = 'once'): YearResult {
  const start = new Date(year, 0, 1).getTime();
  const end = new Date(year + 1, 0, 1).getTime();
  const settings: Partial<Settings> = { sessions: simulationSessions() };
  const rig = createRig({ start, settings, fallBack });
  rig.idle.at = idleSecondsAt;

  // The person: answers a minute after a prompt opens; a routine window stays open two minutes.
  let answering = false;
  let answered = 0;
  const realOpen = rig.windows.open.add.bind(rig.windows.open);
  rig.windows.open.add = (route) => {
    if (route === 'prompt' && !answering) {
      answering = true;
      rig.clock.setTimeout(() => {
        answering = false;
        if (rig.engine.promptState().status !== 'open') return;
        answered++;
        rig.engine.answer(answered % 7 === 0 ? 'skip' : 'start');
      }, MIN);
    }
    if (route === 'routine')
      rig.clock.setTimeout(() => rig.windows.open.delete('routine'), 2 * MIN);
    return realOpen(route);
  };

  rig.clock.setTo(end);
  rig.engine.stop();

  const all = { ...defaultSettings(), ...settings };
  const prompted = rig.events('prompted');
  const result: YearResult = {
    days: 0,
    workdays: 0,
    sessions: {},
    shiftedFirings: [],
    intervalPrompts: 0,
    intervalPromptsOutsideOfficeHours: 0,
    shortestGapMinutes: Infinity,
    naturalBreaks: rig.events('naturalBreak').length,
    missedSessions: rig.events('missedSession').length,
    officeHours: 0,
    stats: rig.engine.stats(),
    wakeUpsPerOfficeHour: 0,
    wakeUpsPerOtherHour: 0,
    history: rig.history,
  };

  const firedOn = new Map<string, number[]>();
  for (const e of prompted) {
    if (e.reason !== 'session' || !e.sessionId) continue;
    const key = `${e.sessionId}@${localDateKey(localDateOf(e.at))}`;
    firedOn.set(key, [...(firedOn.get(key) ?? []), e.at]);
  }
  for (const session of all.sessions) {
    const tally = { fired: 0, due: 0, wrongDays: [] as string[] };
    for (let date: LocalDate = localDateOf(start); ; date = addDays(date, 1)) {
      const at = atLocalTime(date, 0).at;
      if (at >= end) break;
      const key = `${session.id}@${localDateKey(date)}`;
      const times = firedOn.get(key) ?? [];
      const isDue = session.weekdays.includes(weekdayOf(date));
      if (isDue) tally.due++;
      tally.fired += times.length;
      if (times.length !== (isDue ? 1 : 0))
        tally.wrongDays.push(`${localDateKey(date)}: ${times.length}`);
      const planned = atLocalTime(date, minutesOfDay(session.time));
      if (isDue && planned.shifted) {
        result.shiftedFirings.push({ key, firedAt: times[0] ?? -1, expectedAt: planned.at });
      }
    }
    result.sessions[session.id] = tally;
  }

  for (
    let date: LocalDate = localDateOf(start);
    atLocalTime(date, 0).at < end;
    date = addDays(date, 1)
  ) {
    result.days++;
    if (all.officeHours[weekdayOf(date)].length > 0) result.workdays++;
  }
  const spans = officeSpans(all.officeHours, start, end);
  result.officeHours = spans.reduce((sum, s) => sum + (s.end - s.start), 0) / HOUR;

  const intervals = prompted.filter((e) => e.reason === 'interval').map((e) => e.at);
  result.intervalPrompts = intervals.length;
  result.intervalPromptsOutsideOfficeHours = intervals.filter(
    (at) => !spans.some((s) => s.start <= at && at < s.end),
  ).length;
  for (let i = 1; i < intervals.length; i++) {
    const gap = ((intervals[i] ?? 0) - (intervals[i - 1] ?? 0)) / MIN;
    result.shortestGapMinutes = Math.min(result.shortestGapMinutes, gap);
  }
  const otherHours = (end - start) / HOUR - result.officeHours;
  result.wakeUpsPerOfficeHour = result.stats.wakeUpsInOfficeHours / result.officeHours;
  result.wakeUpsPerOtherHour = result.stats.wakeUpsOutsideOfficeHours / otherHours;
  return result;
}
