import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cron from 'node-cron';
import type { HistoryEvent } from '../../../../shared/history/events';
import type { Route } from '../../../../shared/routes';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { Settings } from '../../../../shared/settings/schema';
import { nodeCronScheduler } from '../../../shell/cronScheduler';
import type { LiveBusySource } from '../../busy/busySource';
import { createCalendarService, type CalendarService } from '../../calendar/calendarService';
import { createHttpsFetcher, type FeedFetch } from '../../calendar/feedFetcher';
import { memorySecretStore } from '../../calendar/secretStore';
import { systemClock, type Clock } from '../../clock';
import { memoryLogger } from '../../logger';
import type { NotificationRequest } from '../../ports';
import { createPlanner, type Planner } from '../driver';
import { countTimerCallbacks, installFakeTime, type FakeTime } from './fakeTime';

export interface Rig {
  planner: Planner;
  clock: FakeTime;
  history: HistoryEvent[];
  /** Idle seconds the "system" reports; tests set it, or install a function of time. */
  idle: { seconds: number; at?: (now: number) => number };
  windows: {
    open: Set<Route>;
    opened: { route: Route; escalated: boolean; at: number }[];
    closed: { route: Route; at: number }[];
  };
  notifications: (NotificationRequest & { at: number; respond(action: string): void })[];
  log: ReturnType<typeof memoryLogger>;
  /** When the planner's own timer fired (node-cron's heartbeats are not in here). */
  wakeUps: number[];
  /** When any timer in the process fired (node-cron's heartbeats, the planner's timer). */
  processWakeUps: number[];
  /** setTimeout for the test's own doings, left out of processWakeUps. */
  uncountedTimeout: typeof setTimeout;
  /** When idle time was read. */
  idleReads: number[];
  /** The real calendar service on the rig's clock (a temporary folder), when asked for. */
  calendar: CalendarService | null;
  /** When node-cron ran a job, and whose. */
  cronRuns: { sessionExpression: string; at: number }[];
  /** The patterns of the node-cron jobs registered now. */
  cronPatterns(): string[];
  /** Stops the planner, removes its node-cron jobs and puts real time back. */
  retire(): void;
  /** History events of one type, in order. */
  events<T extends HistoryEvent['type']>(type: T): Extract<HistoryEvent, { type: T }>[];
  /** Local wall-clock instant on the start date (or `dayOffset` days later). */
  at(hhmm: string, dayOffset?: number): number;
}

export interface RigOptions {
  /** Local time the rig starts at; defaults to Monday 23 Nov 2026 08:00. */
  start?: number;
  settings?: Partial<Settings>;
  /** A real calendar service (feeds added by the test with addFile) wired into the planner. */
  calendar?: boolean;
  /** The calendar's fetcher (a URL feed's network, scripted by the test); by default the real https one. */
  calendarFetch?: FeedFetch;
  /** Live busy sources handed to the planner. */
  liveSources?: readonly LiveBusySource[];
}

/** The system clock, counting the planner's timer wake-ups. */
function countingClock(wakeUps: number[]): Clock {
  return {
    ...systemClock,
    setTimeout: (callback, ms) =>
      systemClock.setTimeout(() => {
        wakeUps.push(systemClock.now());
        callback();
      }, ms),
  };
}

/** Stops the rig made last: fake time is process-wide, so one rig runs at a time. */
let retireCurrent: (() => void) | null = null;

/**
 * The planner on the system clock under fake time, with the real node-cron
 * adapter and recording doubles for the desktop. A new rig retires the one
 * before it (fake time is process-wide). Tests use createRig (testing/rig
 * for vitest); the benchmark calls this and retires it itself.
 */
export function openRig(options: RigOptions = {}): Rig {
  retireCurrent?.();
  const start = options.start ?? new Date(2026, 10, 23, 8, 0).getTime();
  const clock = installFakeTime(start);
  const timers = countTimerCallbacks();
  const history: HistoryEvent[] = [];
  const idle: Rig['idle'] = { seconds: 0 };
  const windows: Rig['windows'] = { open: new Set(), opened: [], closed: [] };
  const notifications: Rig['notifications'] = [];
  const log = memoryLogger();
  const wakeUps: number[] = [];
  const idleReads: number[] = [];
  const cronRuns: Rig['cronRuns'] = [];
  const settings: Settings = { ...defaultSettings(), ...options.settings };
  const calendarDir = options.calendar ? mkdtempSync(join(tmpdir(), 'decompress-rig-')) : null;
  const calendar = calendarDir
    ? createCalendarService({
        clock: systemClock,
        log,
        dir: calendarDir,
        secrets: memorySecretStore(),
        fetch: options.calendarFetch ?? createHttpsFetcher({ clock: systemClock }),
      })
    : null;

  const planner: Planner = createPlanner({
    clock: countingClock(wakeUps),
    cron: {
      schedule: (expression, task) =>
        nodeCronScheduler.schedule(expression, () => {
          cronRuns.push({ sessionExpression: expression, at: Date.now() });
          task();
        }),
    },
    idle: {
      idleSeconds() {
        const now = Date.now();
        idleReads.push(now);
        return idle.at ? idle.at(now) : idle.seconds;
      },
    },
    notifier: {
      notify(request, onAction) {
        notifications.push({ ...request, at: Date.now(), respond: onAction });
      },
    },
    windows: {
      open(route, opts) {
        windows.open.add(route);
        windows.opened.push({ route, escalated: opts?.escalated ?? false, at: Date.now() });
      },
      close(route) {
        windows.open.delete(route);
        windows.closed.push({ route, at: Date.now() });
      },
      isOpen: (route) => windows.open.has(route),
    },
    history: { append: (event) => void history.push(event) },
    log,
    settings,
    startRoutine(routineId, source) {
      history.push({ type: 'started', at: Date.now(), routineId, source });
      windows.open.add('routine');
      windows.opened.push({ route: 'routine', escalated: false, at: Date.now() });
      planner.routineStarted();
    },
    ...(calendar ? { calendar } : {}),
    ...(options.liveSources ? { liveSources: options.liveSources } : {}),
  });
  let retired = false;
  const retire = () => {
    if (retired) return;
    retired = true;
    planner.stop();
    calendar?.stop();
    if (calendarDir) rmSync(calendarDir, { recursive: true, force: true });
    for (const task of cron.getTasks().values()) void task.destroy();
    clock.uninstall();
    if (retireCurrent === retire) retireCurrent = null;
  };
  retireCurrent = retire;

  const startDate = new Date(start);
  return {
    planner,
    clock,
    history,
    idle,
    windows,
    notifications,
    log,
    wakeUps,
    idleReads,
    processWakeUps: timers.firedAt,
    uncountedTimeout: timers.uncounted,
    cronRuns,
    calendar,
    retire,
    cronPatterns: () => [...cron.getTasks().values()].map((t) => t.getPattern()),
    events: <T extends HistoryEvent['type']>(type: T) =>
      history.filter((e): e is Extract<HistoryEvent, { type: T }> => e.type === type),
    at(hhmm, dayOffset = 0) {
      const [h = 0, m = 0] = hhmm.split(':').map(Number);
      return new Date(
        startDate.getFullYear(),
        startDate.getMonth(),
        startDate.getDate() + dayOffset,
        h,
        m,
      ).getTime();
    },
  };
}
