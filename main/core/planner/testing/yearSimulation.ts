import type { HistoryEvent } from '../../../../shared/history/events';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { SessionConfig, Settings } from '../../../../shared/settings/schema';
import { WEEKDAYS } from '../../../../shared/time';
import { nextOccurrenceOf } from '../sessionTimes';
import { createRig } from './rig';
import {
  ZONES_2027,
  datesOfYear,
  expectedInstant,
  inDefaultOfficeHours,
  readLocal,
  weekdayOfDate,
  type ZoneYear,
} from './zoneCalendar';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * A year takes a few seconds on an idle machine. The limit only catches a
 * hang: with the team's builds on two cores (load average 22) a year took
 * over two minutes and the old 120 s limit failed three sound tests.
 */
export const YEAR_TIMEOUT_MS = 600_000;

/**
 * Weekday mornings and lunches, every evening at 19:00, and two every night
 * on the DST changes (01:30 and 02:30 sit in or next to the gap and the
 * repeated hour in all three zones).
 */
export function simulationSessions(): SessionConfig[] {
  const [morning] = defaultSettings().sessions;
  if (!morning) throw new Error('defaults lost their sessions');
  const everyDay = [...WEEKDAYS];
  const night = (id: string, time: string): SessionConfig => ({
    id,
    name: `Night ${time}`,
    time,
    weekdays: everyDay,
    routineId: 'mat-rest',
    enabled: true,
  });
  return [
    { ...morning, enabled: true },
    {
      id: 'lunch',
      name: 'Lunch',
      time: '12:30',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      routineId: 'standing-desk-reset',
      enabled: true,
    },
    {
      id: 'evening',
      name: 'Evening',
      time: '19:00',
      weekdays: everyDay,
      routineId: 'evening-wind-down',
      enabled: true,
    },
    night('night-0130', '01:30'),
    night('night-0230', '02:30'),
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

export interface SessionTally {
  /** Days the session is due, by its weekdays. */
  due: number;
  /** Prompts, all told. */
  fired: number;
  /** "<date>: <count>" for every day with a count other than one-if-due. */
  wrongDays: string[];
  /** "<date>: <fired> != <expected>" for every prompt at another instant than expected. */
  wrongTimes: string[];
  /** Fires whose instant was not what the session-time module said was next, after the fire before. */
  disagreements: string[];
  /** Runs by node-cron (the rest were the planner's own timer: DST days, near a change). */
  byNodeCron: number;
}

export interface YearResult {
  zone: string;
  days: number;
  workdays: number;
  sessions: Record<string, SessionTally>;
  /** When each session fired on the two DST days, as ISO strings. */
  dstDays: Record<'springForward' | 'fallBack', Record<string, string[]>>;
  /** Timer callbacks in the whole process, 18:00 before to 08:00 on each DST night. */
  wakeUpsOverNight: Record<'springForward' | 'fallBack', number>;
  intervalPrompts: number;
  intervalPromptsOutsideOfficeHours: number;
  /** The shortest gap between two interval reminders, in minutes. */
  shortestGapMinutes: number;
  naturalBreaks: number;
  missedSessions: number;
  /** Warnings the planner logged (a node-cron run nobody planned would be one). */
  warnings: string[];
  wakeUpsPerOfficeHour: number;
  wakeUpsPerOtherHour: number;
  history: HistoryEvent[];
}

/**
 * Runs the planner through 2027 in the process's zone (pinned by the test
 * file) on the system clock under fake time, with the real node-cron adapter
 * and a person who answers every prompt a minute after it opens (Start, or
 * Skip every seventh time). What it should have done comes from
 * zoneCalendar (hand-written offsets and Intl), never from the planner.
 */
export async function simulateYear(zone: keyof typeof ZONES_2027): Promise<YearResult> {
  const z: ZoneYear = ZONES_2027[zone];
  if (new Intl.DateTimeFormat().resolvedOptions().timeZone !== zone) {
    throw new Error(`the test must pin TZ=${zone} before anything makes a Date`);
  }
  const dates = datesOfYear(z.year);
  const first = dates[0] ?? '';
  const start = expectedInstant(z, first, '00:00');
  const end = expectedInstant(z, `${z.year + 1}-01-01`, '00:00');
  const sessions = simulationSessions();
  const settings: Partial<Settings> = { sessions };
  const rig = createRig({ start, settings });
  rig.idle.at = idleSecondsAt;

  // The person: answers a minute after a prompt opens; a routine window stays open two minutes.
  let answering = false;
  let answered = 0;
  const realOpen = rig.windows.open.add.bind(rig.windows.open);
  rig.windows.open.add = (route) => {
    if (route === 'prompt' && !answering) {
      answering = true;
      rig.uncountedTimeout(() => {
        answering = false;
        if (rig.planner.promptState().status !== 'open') return;
        answered++;
        rig.planner.answer(answered % 7 === 0 ? 'skip' : 'start');
      }, MIN);
    }
    if (route === 'routine')
      rig.uncountedTimeout(() => rig.windows.open.delete('routine'), 2 * MIN);
    return realOpen(route);
  };

  await rig.clock.setTo(end);
  rig.planner.stop();

  const prompted = rig.events('prompted');
  const all = { ...defaultSettings(), ...settings };
  const result: YearResult = {
    zone,
    days: dates.length,
    workdays: dates.filter((d) => all.officeHours[WEEKDAYS[weekdayOfDate(d)] ?? 'sun'].length > 0)
      .length,
    sessions: {},
    dstDays: { springForward: {}, fallBack: {} },
    wakeUpsOverNight: { springForward: 0, fallBack: 0 },
    intervalPrompts: 0,
    intervalPromptsOutsideOfficeHours: 0,
    shortestGapMinutes: Infinity,
    naturalBreaks: rig.events('naturalBreak').length,
    missedSessions: rig.events('missedSession').length,
    warnings: rig.log.entries.filter((e) => e.level !== 'info').map((e) => e.message),
    wakeUpsPerOfficeHour: 0,
    wakeUpsPerOtherHour: 0,
    history: rig.history,
  };

  for (const session of sessions) {
    const fires = prompted
      .filter((e) => e.reason === 'session' && e.sessionId === session.id)
      .map((e) => e.at);
    const firesByDate = new Map<string, number[]>();
    for (const at of fires) {
      const date = readLocal(zone, at).date;
      firesByDate.set(date, [...(firesByDate.get(date) ?? []), at]);
    }
    const tally: SessionTally = {
      due: 0,
      fired: fires.length,
      wrongDays: [],
      wrongTimes: [],
      disagreements: [],
      byNodeCron: 0,
    };
    for (const date of dates) {
      const isDue = session.weekdays.includes(WEEKDAYS[weekdayOfDate(date)] ?? 'sun');
      const onDay = firesByDate.get(date) ?? [];
      if (isDue) tally.due++;
      if (onDay.length !== (isDue ? 1 : 0)) tally.wrongDays.push(`${date}: ${onDay.length}`);
      const expected = expectedInstant(z, date, session.time);
      for (const at of onDay) {
        if (at !== expected) {
          tally.wrongTimes.push(
            `${date}: ${new Date(at).toISOString()} != ${new Date(expected).toISOString()}`,
          );
        }
      }
      for (const day of ['springForward', 'fallBack'] as const) {
        if (date === z[day])
          result.dstDays[day][session.id] = onDay.map((at) => new Date(at).toISOString());
      }
    }
    // "When is the next one", asked right after each fire, named the next fire.
    for (let i = 1; i < fires.length; i++) {
      const said = nextOccurrenceOf(session, fires[i - 1] ?? 0)?.at;
      if (said !== fires[i]) {
        tally.disagreements.push(
          `after ${new Date(fires[i - 1] ?? 0).toISOString()}: said ${String(said)}`,
        );
      }
    }
    tally.byNodeCron = rig.cronRuns.filter((r) =>
      r.sessionExpression.startsWith(cronPrefix(session.time)),
    ).length;
    result.sessions[session.id] = tally;
  }

  for (const day of ['springForward', 'fallBack'] as const) {
    const date = z[day];
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    const evening = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
    const from = expectedInstant(z, evening, '18:00');
    const to = expectedInstant(z, date, '08:00');
    result.wakeUpsOverNight[day] = rig.processWakeUps.filter((at) => at >= from && at < to).length;
  }

  const intervals = prompted.filter((e) => e.reason === 'interval').map((e) => e.at);
  result.intervalPrompts = intervals.length;
  result.intervalPromptsOutsideOfficeHours = intervals.filter(
    (at) => !inDefaultOfficeHours(zone, at),
  ).length;
  for (let i = 1; i < intervals.length; i++) {
    const gap = ((intervals[i] ?? 0) - (intervals[i - 1] ?? 0)) / MIN;
    result.shortestGapMinutes = Math.min(result.shortestGapMinutes, gap);
  }
  // Office hours by the hand: 8.5 h on each workday.
  const officeHours = result.workdays * 8.5;
  const otherHours = (end - start) / HOUR - officeHours;
  const inside = rig.wakeUps.filter((at) => inDefaultOfficeHours(zone, at)).length;
  result.wakeUpsPerOfficeHour = inside / officeHours;
  result.wakeUpsPerOtherHour = (rig.wakeUps.length - inside) / otherHours;
  return result;
}

/** The start of a session's node-cron expression ("30 2 "), to attribute runs. */
function cronPrefix(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return `${m} ${h} `;
}
