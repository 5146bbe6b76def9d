import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { openRig } from '../main/core/planner/testing/plannerRig';
import type { Settings } from '../shared/settings/schema';
import { HOUR_MS, MINUTE_MS } from '../shared/time';
import { round } from './stats';

export interface SimulatedDayFigures {
  /** Engine timer wake-ups per hour during office hours, with an active person who takes each break. */
  wakeUpsPerHourInside: number;
  /** The same for the evening and night outside office hours. */
  wakeUpsPerHourOutside: number;
  idleSamplesPerHourInside: number;
  remindersInside: number;
  /** Quiet cues (posture, stand up, sit down) opened inside office hours. */
  cuesInside: number;
}

/** Children of this process right now, read from /proc (Linux). */
export function childProcessCount(): number {
  let count = 0;
  for (const task of readdirSync('/proc/self/task')) {
    const text = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim();
    if (text) count += text.split(/\s+/).length;
  }
  return count;
}

/**
 * A Monday under fake time, the planner on the system clock with the real
 * node-cron: 09:00-17:00 inside office hours, then 18:00 to 08:00 outside.
 * The person is always active and starts every routine they are prompted
 * for (its window closes two minutes later), so the count includes
 * reminders, heads-ups and idle sampling, exactly as the planner schedules them.
 * Cues are left to close by themselves (their worst case: one more wake-up each).
 * `settings` changes the defaults (posture cues on, no standing desk).
 */
export async function simulateWorkday(
  settings: Partial<Settings> = {},
): Promise<SimulatedDayFigures> {
  // Monday 23 November 2026, 08:55 local time (TZ is pinned by the runner).
  const rig = openRig({ start: new Date(2026, 10, 23, 8, 55).getTime(), settings });
  try {
    let reminders = 0;
    const runUntil = async (until: number) => {
      while (rig.clock.now() < until) {
        await rig.clock.advance(MINUTE_MS);
        if (rig.planner.promptState().status === 'open') {
          reminders++;
          rig.planner.answer('start');
        }
        if (rig.windows.open.has('routine')) {
          await rig.clock.advance(2 * MINUTE_MS);
          rig.windows.open.delete('routine');
        }
      }
    };
    const counts = () => ({ wakeUps: rig.wakeUps.length, idleSamples: rig.idleReads.length });
    await runUntil(new Date(2026, 10, 23, 9, 0).getTime());
    const inside0 = counts();
    await runUntil(new Date(2026, 10, 23, 17, 0).getTime());
    const inside1 = counts();
    const insideReminders = reminders;
    const cuesInside = rig.windows.opened.filter((w) => w.route === 'cue').length;
    await runUntil(new Date(2026, 10, 23, 18, 0).getTime());
    const outside0 = counts();
    await runUntil(new Date(2026, 10, 24, 8, 0).getTime());
    const outside1 = counts();
    return {
      wakeUpsPerHourInside: round((inside1.wakeUps - inside0.wakeUps) / 8, 1),
      wakeUpsPerHourOutside: round((outside1.wakeUps - outside0.wakeUps) / 14, 2),
      idleSamplesPerHourInside: round((inside1.idleSamples - inside0.idleSamples) / 8, 1),
      remindersInside: insideReminders,
      cuesInside,
    };
  } finally {
    rig.retire();
  }
}

export interface FallBackNightFigures {
  /** Timer callbacks in the whole process (planner and node-cron) from 18:00 to 08:00. */
  wakeUps: number;
  /** Of those, the planner's own timer. */
  plannerWakeUps: number;
  /** Session prompts that night, as "HH:MM local" (each should appear once). */
  sessions: string[];
}

/**
 * Berlin's fall-back night, 30-31 October 2027 (03:00 CEST -> 02:00 CET),
 * with sessions at 01:30 and 02:30 every day: node-cron alone spins there
 * (about 1.8 million zero-delay timers over the repeated half hour). The
 * person starts each session a minute after its prompt, as in the workday.
 */
export async function simulateFallBackNight(): Promise<FallBackNightFigures> {
  const everyDay = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  const night = (id: string, time: string) => ({
    id,
    name: `Night ${time}`,
    time,
    weekdays: [...everyDay],
    routineId: 'mat-rest' as const,
    enabled: true,
  });
  const from = Date.parse('2027-10-30T16:00:00Z'); // 18:00 CEST
  const to = Date.parse('2027-10-31T07:00:00Z'); // 08:00 CET
  const rig = openRig({
    start: from - HOUR_MS,
    settings: { sessions: [night('a', '01:30'), night('b', '02:30')] },
  });
  try {
    await rig.clock.setTo(from);
    const process0 = rig.processWakeUps.length;
    const planner0 = rig.wakeUps.length;
    while (rig.clock.now() < to) {
      await rig.clock.advance(MINUTE_MS);
      if (rig.planner.promptState().status === 'open') rig.planner.answer('start');
      if (rig.windows.open.has('routine')) rig.windows.open.delete('routine');
    }
    const clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    return {
      wakeUps: rig.processWakeUps.length - process0,
      plannerWakeUps: rig.wakeUps.length - planner0,
      sessions: rig
        .events('prompted')
        .filter((e) => e.at >= from && e.at < to)
        .map((e) => clock.format(e.at)),
    };
  } finally {
    rig.retire();
  }
}

export const SIMULATED_HOURS = { inside: 8, outside: 14, hourMs: HOUR_MS };

/** CPU time (ms) of each thread of this process so far, by thread name, from /proc (Linux; clock ticks of 10 ms). */
function threadCpuMs(): Map<string, number> {
  const byName = new Map<string, number>();
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      // The main thread is named after the process; helpers by their role.
      const key = task === String(process.pid) ? 'main thread' : name;
      byName.set(key, (byName.get(key) ?? 0) + ms);
    } catch {
      // The thread ended while the list was read.
    }
  }
  return byName;
}

/** Where a quiet spell's CPU went: threads' shares and garbage collection. */
export interface CpuSplit {
  /** Thread name to CPU ms over the spell (10 ms resolution). */
  threads: Record<string, number>;
  /** Time inside garbage collections on the main thread (perf_hooks 'gc' entries). */
  gcMs: number;
  gcCount: number;
}

/** Starts watching this process's threads and GC; stop() returns the split since then. */
export function watchCpu(): { stop(): CpuSplit } {
  const before = threadCpuMs();
  let gcMs = 0;
  let gcCount = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcCount++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      const threads: Record<string, number> = {};
      for (const [name, ms] of threadCpuMs()) {
        const spent = ms - (before.get(name) ?? 0);
        if (spent > 0) threads[name] = spent;
      }
      return { threads, gcMs: round(gcMs, 1), gcCount };
    },
  };
}

/**
 * The same wait with no core at all: what this bench process (tsx's loader
 * thread, V8's helpers, Node's own housekeeping) spends doing nothing, so
 * the core's own share of the real-time figure can be read off.
 */
export async function measureEmptyProcess(
  seconds: number,
): Promise<{ seconds: number; cpuMs: number; split: CpuSplit }> {
  const watch = watchCpu();
  const cpuBefore = process.cpuUsage();
  await new Promise<void>((done) => setTimeout(done, seconds * 1000));
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds, cpuMs: round((cpu.user + cpu.system) / 1000, 1), split: watch.stop() };
}

export interface RealTimeFigures {
  seconds: number;
  split: CpuSplit;
  /** Timer callbacks that ran in this process (engine and node-cron alike). */
  timerWakeUps: number;
  wakeUpsPerHour: number;
  cpuMs: number;
  cpuMsPerHour: number;
  childProcessesSpawned: number;
}

/**
 * The real core on the system clock with node-cron, left alone for `seconds`
 * while the person is active. Every timer callback in the process is counted
 * by wrapping setTimeout/setInterval, so node-cron's own heartbeats count too.
 */
export async function measureRealTime(inside: boolean, seconds: number): Promise<RealTimeFigures> {
  const { openCore } = await import('../main/core/openCore');
  const { systemClock } = await import('../main/core/clock');
  const { memoryLogger } = await import('../main/core/logger');
  const { openTestSettingsStore } =
    await import('../main/core/settings/fixtures/testSettingsStore');
  const { createRecordingShell } = await import('../main/core/testing/recordingShell');
  const { nodeCronScheduler } = await import('../main/shell/cronScheduler');

  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-realtime-'));
  const log = memoryLogger();
  const { shell } = createRecordingShell();
  shell.cron = nodeCronScheduler;
  const allDay = [{ start: '00:00', end: '23:59' }];
  const days = inside
    ? { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }
    : { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  let fired = 0;
  const realSetTimeout = globalThis.setTimeout;
  const realSetInterval = globalThis.setInterval;
  const countingTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetTimeout(() => {
      fired++;
      fn(...args);
    }, ms)) as unknown as typeof setTimeout;
  const countingInterval = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetInterval(() => {
      fired++;
      fn(...args);
    }, ms)) as unknown as typeof setInterval;
  const childrenBefore = childProcessCount();
  globalThis.setTimeout = countingTimeout;
  globalThis.setInterval = countingInterval;
  const { core } = openCore({
    userDataDir: dir,
    openSettingsStore: () => openTestSettingsStore(dir),
    clock: systemClock,
    log,
    shell,
    version: 'bench',
  });
  try {
    core.settings.update({
      officeHours: days,
      safetyAcknowledgedAt: new Date().toISOString(),
      welcomeCompleted: true,
      // Sessions on, so node-cron jobs exist during the measurement.
      sessions: core.settings.get().sessions.map((s) => ({ ...s, enabled: true })),
    });
    // Let start-up settle (node-cron arming its jobs, lazily loaded modules)
    // so the figures are the steady state a tray app lives in all day.
    await new Promise<void>((done) => realSetTimeout(done, 2000));
    // Prove the counter sees the core's timers before trusting a zero.
    fired = 0;
    await new Promise<void>((done) => systemClock.setTimeout(done, 1));
    if (fired !== 1) throw new Error('the wake-up counter does not see the core clock timers');
    fired = 0;
    const watch = watchCpu();
    const cpuBefore = process.cpuUsage();
    await new Promise<void>((done) => realSetTimeout(done, seconds * 1000));
    const cpu = process.cpuUsage(cpuBefore);
    const split = watch.stop();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return {
      seconds,
      split,
      timerWakeUps: fired,
      wakeUpsPerHour: round((fired * 3600) / seconds, 1),
      cpuMs: round(cpuMs, 1),
      cpuMsPerHour: round((cpuMs * 3600) / seconds, 0),
      childProcessesSpawned: Math.max(0, childProcessCount() - childrenBefore),
    };
  } finally {
    globalThis.setTimeout = realSetTimeout;
    globalThis.setInterval = realSetInterval;
    core.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
