import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { launchApp, type RunningApp } from '../e2e/app/support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../e2e/app/support/settings';
import { PROBES } from './coldWindows';
import {
  collectProbes,
  probeScriptByRoute,
  windowFigures,
  type ProbeReadings,
  type WindowFigures,
} from './windowProbe';
import {
  analyseWindowTrace,
  saveTrace,
  startTrace,
  stopTrace,
  type WindowBreakdown,
} from './windowTrace';

/**
 * Cold windows on the real loading path: the BUILT app on the Electron
 * stand-in, so each window is one the app itself opens (main's window
 * manager, BrowserWindow, loadFile), a real Chromium page loading
 * out/renderer over file:// with the real built preload and real IPC.
 *
 * - the prompt: a due reminder, by moving main's fake clock to it; the
 *   probe clicks Skip as soon as the buttons are on screen;
 * - the routine window: the tray's "Start Quick seated reset now"; it opens
 *   on the check-in, and the probe clicks "Start routine" at once (answered
 *   when the first step is in the DOM; presented when it is on screen).
 *
 * After each, the window is closed by the app and the bench counts what is
 * left: BrowserWindows in main, pages and renderer processes in Chromium.
 */

export interface RendererCount {
  windows: number;
  pages: number;
  rendererProcesses: number;
}

export interface AppWindowsFigures {
  loads: number;
  prompt: WindowFigures;
  routine: WindowFigures;
  /** After every flow, once the app had closed its window. */
  between: { checks: number; worst: RendererCount; last: RendererCount };
  traces: { prompt?: WindowBreakdown; routine?: WindowBreakdown };
  /** Size of the preload each window runs before the page (bytes). */
  preloadBytes: number;
}

const ALL_DAY = [{ start: '00:00', end: '23:59' }];
const ALL_WEEK = {
  mon: ALL_DAY,
  tue: ALL_DAY,
  wed: ALL_DAY,
  thu: ALL_DAY,
  fri: ALL_DAY,
  sat: ALL_DAY,
  sun: ALL_DAY,
};

/** Moves main's (and the pages') clock by `ms`, running what falls due. */
export function tickBy(run: RunningApp, ms: number): Promise<void> {
  return run.app.evaluate(
    (electron, by) =>
      (
        electron as unknown as { __standin: { clock: { tick(ms: number): Promise<void> } } }
      ).__standin.clock.tick(by),
    ms,
  );
}

/** Pids of every descendant of `root`, from /proc (Linux). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** Chromium renderer processes under the app's process tree (the stand-in's Chromium). */
export function rendererProcesses(appPid: number): number {
  return descendants(appPid).filter((pid) => {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      // Chromium's own UI (the omnibox popup) has a renderer even headless; it is no app window.
      return commandLine.includes('--type=renderer') && !commandLine.includes('--top-chrome-webui');
    } catch {
      return false;
    }
  }).length;
}

/** What exists between breaks: main's windows, Chromium's pages, renderer processes. */
export async function countRenderers(run: RunningApp): Promise<RendererCount> {
  const pid = run.app.process().pid ?? 0;
  return {
    windows: await run.desktop((d) => d.windows().length),
    pages: run.app.windows().filter((p) => !p.isClosed()).length,
    rendererProcesses: rendererProcesses(pid),
  };
}

/** Resolves when main has no window left (the app closes its own after an answer). */
async function windowsGone(run: RunningApp): Promise<void> {
  for (;;) {
    if ((await run.desktop((d) => d.windows().length)) === 0) return;
    // Waits on main's event loop, not a timer: the next close is one IPC away.
    await run.app.evaluate(() => new Promise((done) => setImmediate(done)));
  }
}

/**
 * The DevTools endpoint of the stand-in's Chromium, from the DevToolsActivePort
 * file in its profile (the line it printed was read by Playwright's launch).
 */
export function devToolsUrl(run: RunningApp): string {
  for (const pid of descendants(run.app.process().pid ?? 0)) {
    let commandLine: string;
    try {
      // Chromium rewrites its argv into one space-separated string.
      commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    if (commandLine.includes('--type=')) continue;
    const profile = /--user-data-dir=(\S+)/.exec(commandLine)?.[1];
    if (!profile) continue;
    const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
    if (port && path) return `ws://127.0.0.1:${port}${path}`;
  }
  throw new Error("the stand-in's Chromium has no DevTools port");
}

/**
 * The next window the app opens on `route`: a page that is not closed and
 * was not yet open when this was called (launch.ts's window() returns any
 * page on the route, which can be the one just closing).
 */
export function nextWindow(run: RunningApp, route: string): Promise<Page> {
  const wanted = `#/${route}`;
  const before = new Set(run.app.windows());
  return new Promise<Page>((resolve) => {
    const offer = (page: Page) => {
      if (!before.has(page) && !page.isClosed() && page.url().endsWith(wanted)) {
        run.app.off('window', watch);
        resolve(page);
      }
    };
    const watch = (page: Page) => {
      offer(page);
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) offer(page);
      });
    };
    run.app.on('window', watch);
  });
}

/** Moves main's clock in 5-minute steps until the prompt is open (the next reminder is due). */
async function nextPrompt(run: RunningApp, firstStepMs: number): Promise<Page> {
  const page = nextWindow(run, 'prompt');
  await tickBy(run, firstStepMs);
  for (let i = 0; i < 60; i++) {
    if ((await run.desktop((d) => d.windows().length)) > 0) return page;
    await tickBy(run, 5 * MINUTE);
  }
  throw new Error('no reminder fell due in five hours of office time');
}

/** Stops and leaves the routine through the window's own bridge; the app then closes the window. */
async function stopRoutine(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page
    .evaluate(async () => {
      const api = (
        window as unknown as { decompress: Record<string, (a?: unknown) => Promise<unknown>> }
      ).decompress;
      await api.controlRoutine?.({ action: 'stop' });
      await api.controlRoutine?.({ action: 'finish' });
      await api.closeWindow?.();
    })
    .catch((err: unknown) => {
      // closeWindow answers by closing this very page: the evaluation ends with it.
      if (!page.isClosed()) throw err;
    });
  await closed;
}

/**
 * `loads` prompts and `loads` routine windows, alternating, in one running
 * app; then one traced load of each.
 */
export async function measureAppWindows(
  loads = 20,
  log: (message: string) => void = () => undefined,
): Promise<AppWindowsFigures> {
  const run = await launchApp({
    fakeNow: MONDAY_9AM_BERLIN,
    // Office hours all day: 20 rounds of prompts 45 minutes apart outlast a
    // 09:00-17:00 day, and past 17:00 no reminder would fall due until morning.
    settings: settledSettings({ soundEnabled: false, officeHours: ALL_WEEK }),
  });
  let cdp: Browser | null = null;
  try {
    await run.ready();
    void run.exited.then((code) => log(`app exited (${code}): ${run.stderr().slice(-1500)}`));
    await run.app.context().addInitScript({
      content: probeScriptByRoute({ prompt: PROBES.prompt, routine: PROBES.checkIn }),
    });
    const probes = collectProbes(run.app.context());
    const prompt: ProbeReadings[] = [];
    const routine: ProbeReadings[] = [];
    const counts: RendererCount[] = [];
    let first = true;

    const promptFlow = async () => {
      // The first reminder is due 45 minutes into the day; later ones 45 after the last answer.
      await nextPrompt(run, first ? 45 * MINUTE : 40 * MINUTE);
      first = false;
      const { readings } = await probes.next();
      await windowsGone(run);
      counts.push(await countRenderers(run));
      return readings;
    };
    const routineFlow = async () => {
      const page = nextWindow(run, 'routine');
      await run.desktop((d) => d.tray.click('Start Quick seated reset now'));
      const { readings } = await probes.next();
      await stopRoutine(await page);
      await windowsGone(run);
      counts.push(await countRenderers(run));
      return readings;
    };

    for (let i = 0; i < loads; i++) {
      if (i % 2 === 0) {
        prompt.push(await promptFlow());
        routine.push(await routineFlow());
      } else {
        routine.push(await routineFlow());
        prompt.push(await promptFlow());
      }
      if ((i + 1) % 5 === 0) log(`cold windows (stand-in): ${i + 1}/${loads} rounds`);
    }

    // One traced load of each, through a second DevTools client on the same Chromium.
    cdp = await chromium.connectOverCDP(devToolsUrl(run));
    const traces: AppWindowsFigures['traces'] = {};
    for (const which of ['prompt', 'routine'] as const) {
      await startTrace(cdp);
      let readings: ProbeReadings | null = null;
      try {
        readings = which === 'prompt' ? await promptFlow() : await routineFlow();
      } finally {
        const events = await stopTrace(cdp);
        const analyse = {
          urlIncludes: `#/${which}`,
          contentInDomMs: readings?.contentInDom ?? null,
        };
        saveTrace(events, `${which}-standin`, analyse);
        try {
          traces[which] = analyseWindowTrace(events, analyse);
        } catch (err) {
          log(`stand-in trace of ${which}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    probes.stop();

    const worst = counts.reduce(
      (w, c) => ({
        windows: Math.max(w.windows, c.windows),
        pages: Math.max(w.pages, c.pages),
        rendererProcesses: Math.max(w.rendererProcesses, c.rendererProcesses),
      }),
      { windows: 0, pages: 0, rendererProcesses: 0 },
    );
    const preloadBytes = readFileSync(new URL('../out/preload/index.cjs', import.meta.url)).length;
    return {
      loads,
      prompt: windowFigures(prompt),
      routine: windowFigures(routine),
      between: { checks: counts.length, worst, last: counts[counts.length - 1] ?? worst },
      traces,
      preloadBytes,
    };
  } finally {
    await cdp?.close().catch(() => undefined);
    await run.app.close();
  }
}
