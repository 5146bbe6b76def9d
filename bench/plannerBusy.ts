import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BusyAnswer, LiveBusySource } from '../main/core/busy/busySource';
import { openRig, type Rig, type RigOptions } from '../main/core/planner/testing/plannerRig';
import { MINUTE_MS } from '../shared/time';
import { countChildProcesses } from './childProcessCount';
import { round } from './stats';

/** One line of the bench table, in the shape of bench/run.ts's row(). */
export interface BusyBenchRow {
  what: string;
  value: number;
  unit: string;
  max: number | null;
  shown: string;
}

export interface PlannerBusyFigures {
  /** Planner timer wake-ups per office hour, 09:00-17:00, with no calendar. */
  wakeUpsPerHourWithout: number;
  /** The same with a calendar of 6 meetings that day (a local .ics feed, refreshed every 15 min). */
  wakeUpsPerHourWithCalendar: number;
  /** Busy holds the calendar day recorded (one per meeting). */
  holdsWithCalendar: number;
  /** Feed refreshes the planner asked for between 09:00 and 17:00 (at most one per 15 min). */
  refreshesWithCalendar: number;
  /** Child processes started during the calendar day (target: none). */
  childProcessesWithCalendar: number;
  /** Questions put to the live sources per office hour on a day with two 30-minute calls. */
  liveQuestionsPerHour: number;
  /** Of those, asked while a call was on (every 2 min). */
  liveQuestionsDuringCalls: number;
  /** Each question asks every live source once: this many sources. */
  liveSources: number;
  /** Prompts that opened during a call (must be 0). */
  promptsDuringCalls: number;
  rows: BusyBenchRow[];
}

const day = (h: number, m: number) => new Date(2026, 10, 23, h, m).getTime();
const MEETINGS: [number, number, number, number][] = [
  [9, 30, 10, 0],
  [10, 30, 11, 0],
  [11, 30, 12, 0],
  [13, 0, 13, 30],
  [14, 30, 15, 30],
  [16, 0, 16, 30],
];
const CALLS: [number, number][] = [
  [day(10, 0), day(10, 30)],
  [day(14, 0), day(14, 30)],
];

const icsTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace('.000', '');

function sixMeetings(dir: string): string {
  const path = join(dir, 'six-meetings.ics');
  const events = MEETINGS.flatMap(([h1, m1, h2, m2], i) => [
    'BEGIN:VEVENT',
    `DTSTART:${icsTime(day(h1, m1))}`,
    `DTEND:${icsTime(day(h2, m2))}`,
    'DTSTAMP:20261120T120000Z',
    `UID:bench-${i}@example.com`,
    `SUMMARY:Meeting ${i + 1}`,
    'END:VEVENT',
  ]);
  writeFileSync(
    path,
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', ...events, 'END:VCALENDAR', ''].join(
      '\r\n',
    ),
  );
  return path;
}

/**
 * A workday 08:55-17:00 as bench/plannerIdle.ts runs it: an active person
 * who starts every routine they are prompted for (its window closes two
 * minutes later). Returns the planner's wake-ups from 09:00 to 17:00.
 */
async function workday(
  options: RigOptions,
  prepare: (rig: Rig) => Promise<void>,
): Promise<{ wakeUps: number; rig: Rig }> {
  const rig = openRig({ start: day(8, 55), ...options });
  await prepare(rig);
  const runUntil = async (until: number) => {
    while (rig.clock.now() < until) {
      await rig.clock.advance(MINUTE_MS);
      // Real I/O (the feed file's refresh) gets its turn, as it would in a minute of real time.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      if (rig.planner.promptState().status === 'open') rig.planner.answer('start');
      if (rig.windows.open.has('routine')) {
        await rig.clock.advance(2 * MINUTE_MS);
        rig.windows.open.delete('routine');
        rig.planner.routineEnded();
      }
    }
  };
  await runUntil(day(9, 0));
  const before = rig.wakeUps.length;
  await runUntil(day(17, 0));
  return { wakeUps: rig.wakeUps.length - before, rig };
}

/** Live stand-ins: the camera is on during the two calls, the others never say busy. */
function liveStandIns(asks: number[]): LiveBusySource[] {
  const free = (id: string): LiveBusySource => ({
    type: 'live',
    id,
    ask: () => Promise.resolve({ state: 'free', sourceId: id }),
  });
  const camera: LiveBusySource = {
    type: 'live',
    id: 'camera',
    ask(now): Promise<BusyAnswer> {
      asks.push(now);
      const inCall = CALLS.some(([s, e]) => now >= s && now < e);
      return Promise.resolve(
        inCall
          ? { state: 'busy', sourceId: 'camera', kind: 'camera', until: null }
          : { state: 'free', sourceId: 'camera' },
      );
    },
  };
  return [camera, free('microphone'), free('presentation'), free('do-not-disturb')];
}

/** Wake-ups with and without a calendar, and live-source questions on a day with two calls. */
export async function measurePlannerBusy(): Promise<PlannerBusyFigures> {
  const without = await workday({}, () => Promise.resolve());
  without.rig.retire();

  const feedDir = mkdtempSync(join(tmpdir(), 'decompress-bench-feed-'));
  let refreshes = 0;
  const children = countChildProcesses();
  const withCalendar = await workday({ calendar: true }, async (rig) => {
    if (!rig.calendar) throw new Error('the rig has no calendar');
    let lastAttempt: number | null = null;
    rig.calendar.onChange((overview) => {
      const attempt = overview.feeds[0]?.lastAttemptAt ?? null;
      if (attempt !== lastAttempt && attempt !== null && attempt >= day(9, 0)) refreshes++;
      lastAttempt = attempt;
    });
    const added = await rig.calendar.addFile({ path: sixMeetings(feedDir) });
    if (added.status !== 'added') throw new Error(`the bench feed was refused: ${added.status}`);
  });
  const holds = withCalendar.rig.events('busyHold').length;
  withCalendar.rig.retire();
  children.restore();
  const childProcesses = children.started().length;
  rmSync(feedDir, { recursive: true, force: true });

  const asks: number[] = [];
  const sources = liveStandIns(asks);
  const live = await workday({ liveSources: sources }, () => Promise.resolve());
  const inside = asks.filter((t) => t >= day(9, 0) && t < day(17, 0));
  const duringCalls = inside.filter((t) =>
    CALLS.some(([s, e]) => t >= s && t <= e + 2 * MINUTE_MS),
  );
  const promptsDuringCalls = live.rig.windows.opened.filter(
    (w) => w.route === 'prompt' && CALLS.some(([s, e]) => w.at > s && w.at < e),
  ).length;
  live.rig.retire();

  const perHourWithout = round(without.wakeUps / 8, 1);
  const perHourWith = round(withCalendar.wakeUps / 8, 1);
  const questions = round(inside.length / 8, 1);
  return {
    wakeUpsPerHourWithout: perHourWithout,
    wakeUpsPerHourWithCalendar: perHourWith,
    holdsWithCalendar: holds,
    refreshesWithCalendar: refreshes,
    childProcessesWithCalendar: childProcesses,
    liveQuestionsPerHour: questions,
    liveQuestionsDuringCalls: duringCalls.length,
    liveSources: sources.length,
    promptsDuringCalls,
    rows: [
      {
        what: 'Planner wake-ups/office hour, 6 meetings a day, above the figure without',
        value: round(perHourWith - perHourWithout, 1),
        unit: '/h',
        max: 4,
        shown: `${perHourWith} /h with vs ${perHourWithout} /h without (${holds} holds, ${refreshes} feed refreshes in 8 h folded in)`,
      },
      {
        what: 'Child processes started on the calendar day (fetch, parse, plan)',
        value: childProcesses,
        unit: '',
        max: 0,
        shown: `${childProcesses}${childProcesses > 0 ? ` (${children.started().join('; ')})` : ''}`,
      },
      {
        what: 'Live-source checks/office hour, two 30-minute calls',
        value: questions,
        unit: '/h',
        max: 40,
        shown: `${questions} /h (${inside.length} in 8 h, ${duringCalls.length} during the calls; each asks ${sources.length} sources; ${promptsDuringCalls} prompts during calls)`,
      },
    ],
  };
}
