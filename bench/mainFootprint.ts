import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { launchApp, REPO_DIR, STANDIN_BINARY, type RunningApp } from '../e2e/app/support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../e2e/app/support/settings';
import { countRenderers, nextWindow, tickBy, type RendererCount } from './appWindows';
import { round, timeSpread, type Spread } from './stats';
import { DEFAULT_POSTURE } from '../shared/settings/defaults';

/**
 * Main's start and footprint, through the Electron stand-in (the BUILT
 * app's main process, on Node, with the stand-in's electron module):
 *
 * - start: marks taken inside main by a small app folder that wraps the
 *   built main (startProbeApp);
 * - heap: main's V8 heap after two garbage collections (the stand-in
 *   starts Node with --expose-gc), beside the heap of the stand-in running
 *   an app that does nothing but show a tray icon, so the app's own share
 *   can be read off;
 * - a workday: Monday 09:00-17:00 on main's fake clock, every prompt
 *   answered in its window;
 * - a leak check: `prompts` prompts opened by due reminders and answered
 *   in their windows (office hours all day), main's heap sampled every
 *   tenth of the way; after every answer the bench counts main's windows,
 *   Chromium's pages and its renderer processes.
 */

const MAIN_SCRIPT = join(REPO_DIR, 'out', 'main', 'index.js');

/**
 * A stand-in "app folder" whose main notes, on main's real clock (ms since
 * the process started), the moments of start-up around the BUILT app: it
 * wraps the stand-in's Tray and marks 'ready', then imports
 * out/main/index.js, which finds its renderer, preload and resources
 * beside itself as usual. (Playwright drops NODE_OPTIONS for Electron, so a
 * --require probe cannot be used.)
 */
function startProbeApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-startprobe-'));
  const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: pkg.name,
      productName: pkg.productName,
      version: pkg.version,
      type: 'module',
      main: 'start.mjs',
    }),
  );
  writeFileSync(
    join(dir, 'start.mjs'),
    `import { performance } from 'node:perf_hooks';
const now = performance.now.bind(performance);
const marks = { standinReady: now() };
Object.defineProperty(globalThis, '__benchStartMarks', { value: marks });
const electron = globalThis.__electronStandin;
const OriginalTray = electron.Tray;
electron.Tray = class Tray extends OriginalTray {
  constructor(...args) {
    super(...args);
    if (marks.trayShown === undefined) marks.trayShown = now();
  }
};
electron.app.once('ready', () => { marks.ready = now(); });
await import(${JSON.stringify(pathToFileURL(MAIN_SCRIPT).href)});
marks.appEvaluated = now();
`,
  );
  return dir;
}

/** Launches the start probe app on the stand-in, with a fresh profile, as launchApp would. */
async function launchStartProbe(
  appDir: string,
): Promise<{ app: ElectronApplication; cleanUp(): void }> {
  const userData = mkdtempSync(join(tmpdir(), 'decompress-app-'));
  const home = mkdtempSync(join(tmpdir(), 'decompress-home-'));
  mkdirSync(join(home, '.config'), { recursive: true });
  writeFileSync(join(userData, 'settings.json'), JSON.stringify(settledSettings()));
  const app = await _electron.launch({
    executablePath: STANDIN_BINARY,
    args: [appDir],
    cwd: REPO_DIR,
    env: {
      ...(process.env as Record<string, string>),
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      DECOMPRESS_USER_DATA: userData,
      DBUS_SESSION_BUS_ADDRESS: '',
      TZ: process.env.TZ ?? 'Europe/Berlin',
    },
  });
  return {
    app,
    cleanUp() {
      rmSync(userData, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export interface StartMarks {
  standinReady: number;
  appEvaluated: number;
  ready: number;
  trayShown: number;
}

export interface StartFigures {
  launches: number;
  /** Process start to the tray icon made (all of it, the stand-in's Chromium start included). */
  launchToTrayMs: Spread;
  /** The app's main module: imports and top level, before 'ready'. */
  appTopLevelMs: Spread;
  /** 'ready' to the tray icon: the app's start() (settings, core, IPC, tray). */
  readyToTrayMs: Spread;
  /** The stand-in's own part before 'ready' (Chromium starting), which Electron replaces with its own. */
  standinBeforeReadyMs: Spread;
}

export interface HeapFigure {
  heapUsedKb: number;
  heapTotalKb: number;
  externalKb: number;
  rssKb: number;
}

export interface LeakFigures {
  prompts: number;
  samples: { prompts: number; heapUsedKb: number }[];
  /** Least-squares slope of heapUsed over the prompts, after the first sample (warm-up). */
  slopeBytesPerPrompt: number;
  growthKb: number;
  /** What was left after each answer, worst case over every prompt. */
  worstBetween: RendererCount;
  /** Renderer processes Chromium keeps warm with no page (its spare renderer). */
  rendererProcessesIdle: number;
  seconds: number;
}

export interface FootprintFigures {
  start: StartFigures;
  standinOnlyHeap: HeapFigure;
  afterStart: HeapFigure;
  afterWorkday: HeapFigure & { prompts: number };
  leak: LeakFigures;
}

const kb = (bytes: number) => round(bytes / 1024, 0);

async function mainHeap(app: ElectronApplication): Promise<HeapFigure> {
  const m = await app.evaluate((electron) => {
    const standin = (electron as unknown as { __standin: { gc(): void; forgetRecords(): void } })
      .__standin;
    // The stand-in's records of tray images and notifications live in main's
    // heap and grow with every reminder: a heap snapshot diff over 200
    // prompts found them to be about 1 KB a prompt of what stayed. They are test equipment.
    standin.forgetRecords();
    // Twice: the first collection can leave what finalizers released for the second.
    standin.gc();
    standin.gc();
    return process.memoryUsage();
  });
  return {
    heapUsedKb: kb(m.heapUsed),
    heapTotalKb: kb(m.heapTotal),
    externalKb: kb(m.external),
    rssKb: kb(m.rss),
  };
}

async function startMarks(app: ElectronApplication): Promise<StartMarks> {
  for (;;) {
    const marks = await app.evaluate(
      () =>
        (globalThis as unknown as { __benchStartMarks?: Partial<StartMarks> }).__benchStartMarks,
    );
    if (marks?.trayShown !== undefined && marks.appEvaluated !== undefined)
      return marks as StartMarks;
    await app.evaluate(() => new Promise((done) => setImmediate(done)));
  }
}

/** Launch to tray, `launches` times, each a fresh profile. */
async function measureStart(
  launches: number,
): Promise<{ figures: StartFigures; heap: HeapFigure }> {
  const appDir = startProbeApp();
  const all: StartMarks[] = [];
  let heap: HeapFigure | null = null;
  try {
    for (let i = 0; i < launches; i++) {
      const { app, cleanUp } = await launchStartProbe(appDir);
      try {
        all.push(await startMarks(app));
        // The heap once start-up has settled: the last launch's.
        heap = await mainHeap(app);
      } finally {
        await app.close();
        cleanUp();
      }
    }
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
  if (!heap) throw new Error('no launch');
  return {
    figures: {
      launches,
      launchToTrayMs: timeSpread(all.map((m) => m.trayShown)),
      appTopLevelMs: timeSpread(all.map((m) => m.appEvaluated - m.standinReady)),
      readyToTrayMs: timeSpread(all.map((m) => m.trayShown - m.ready)),
      standinBeforeReadyMs: timeSpread(all.map((m) => m.ready - m.appEvaluated)),
    },
    heap,
  };
}

/** The stand-in running an app that only shows a tray icon: its own heap. */
async function standinOnlyHeap(): Promise<HeapFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-emptyapp-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty', main: 'index.mjs' }));
  writeFileSync(
    join(dir, 'index.mjs'),
    "import { app, Tray } from 'electron';\napp.whenReady().then(() => { globalThis.tray = new Tray(''); });\n",
  );
  const app = await _electron.launch({ executablePath: STANDIN_BINARY, args: [dir] });
  try {
    await app.evaluate(({ app: a }) => a.whenReady());
    return await mainHeap(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Answers the open prompt from its window's bridge, as its Skip button does. */
async function answerPrompt(page: Page): Promise<void> {
  await page
    .evaluate(() =>
      (
        window as unknown as {
          decompress: { answerPrompt(a: { action: string }): Promise<unknown> };
        }
      ).decompress.answerPrompt({ action: 'skip' }),
    )
    .catch((err: unknown) => {
      // Main answers by closing this very window: the evaluation may end with it.
      if (!page.isClosed()) throw err;
    });
}

async function windowCount(run: RunningApp): Promise<number> {
  return run.desktop((d) => d.windows().length);
}

async function untilNoWindow(run: RunningApp): Promise<void> {
  while ((await windowCount(run)) > 0) {
    await run.app.evaluate(() => new Promise((done) => setImmediate(done)));
  }
}

/** Moves main's clock until a prompt is open, answers it in its window, waits for it to close. */
async function onePrompt(run: RunningApp, stepMs: number, limitMs: number): Promise<boolean> {
  const page = nextWindow(run, 'prompt');
  let moved = 0;
  while ((await windowCount(run)) === 0) {
    if (moved >= limitMs) return false;
    await tickBy(run, stepMs);
    moved += stepMs;
  }
  await answerPrompt(await page);
  await untilNoWindow(run);
  return true;
}

const ALL_DAY = [{ start: '00:00', end: '23:59' }];

/**
 * Posture cues off in these runs: they are on by default, and a cue window
 * opening between prompts would be taken for the prompt the run waits for
 * (the run then waited for ever). These runs measure prompts.
 */
const NO_CUES = { posture: { ...DEFAULT_POSTURE, cues: false } };

/** Start-up, heap after start and after a workday, and the leak check over `prompts` prompts. */
export async function measureFootprint(
  prompts = 1000,
  launches = 5,
  log: (message: string) => void = () => undefined,
): Promise<FootprintFigures> {
  log(`main: ${launches} launches to the tray`);
  const start = await measureStart(launches);
  log('main: the stand-in alone');
  const baseline = await standinOnlyHeap();

  log('main: a workday on the fake clock');
  const day = await launchApp({
    fakeNow: MONDAY_9AM_BERLIN,
    settings: settledSettings(NO_CUES),
  });
  let afterWorkday: FootprintFigures['afterWorkday'];
  try {
    await day.ready();
    let answered = 0;
    const fivePm = MONDAY_9AM_BERLIN + 8 * 60 * MINUTE;
    for (;;) {
      const now = await day.desktop((d) => d.clock.now());
      if (now >= fivePm) break;
      if (await onePrompt(day, 5 * MINUTE, fivePm - now)) answered++;
    }
    afterWorkday = { ...(await mainHeap(day.app)), prompts: answered };
  } finally {
    await day.app.close();
  }

  log(`main: ${prompts} prompts opened and answered`);
  const began = Date.now();
  const run = await launchApp({
    fakeNow: MONDAY_9AM_BERLIN,
    settings: settledSettings({
      ...NO_CUES,
      officeHours: {
        mon: ALL_DAY,
        tue: ALL_DAY,
        wed: ALL_DAY,
        thu: ALL_DAY,
        fri: ALL_DAY,
        sat: ALL_DAY,
        sun: ALL_DAY,
      },
    }),
  });
  try {
    await run.ready();
    const samples: LeakFigures['samples'] = [];
    let worst: RendererCount = { windows: 0, pages: 0, rendererProcesses: 0 };
    const every = Math.max(1, Math.round(prompts / 10));
    for (let i = 0; i <= prompts; i++) {
      if (i % every === 0) {
        samples.push({ prompts: i, heapUsedKb: (await mainHeap(run.app)).heapUsedKb });
        if (i > 0) log(`main: ${i}/${prompts} prompts`);
      }
      if (i === prompts) break;
      if (!(await onePrompt(run, 5 * MINUTE, 6 * 60 * MINUTE))) {
        throw new Error(`prompt ${i + 1}: no reminder fell due in six hours`);
      }
      const count = await countRenderers(run);
      worst = {
        windows: Math.max(worst.windows, count.windows),
        pages: Math.max(worst.pages, count.pages),
        rendererProcesses: Math.max(worst.rendererProcesses, count.rendererProcesses),
      };
    }
    const warm = samples.slice(1);
    const n = warm.length;
    const mx = warm.reduce((s, p) => s + p.prompts, 0) / n;
    const my = warm.reduce((s, p) => s + p.heapUsedKb * 1024, 0) / n;
    const slope =
      warm.reduce((s, p) => s + (p.prompts - mx) * (p.heapUsedKb * 1024 - my), 0) /
      warm.reduce((s, p) => s + (p.prompts - mx) ** 2, 0);
    const idle = await countRenderers(run);
    return {
      start: start.figures,
      standinOnlyHeap: baseline,
      afterStart: start.heap,
      afterWorkday,
      leak: {
        prompts,
        samples,
        slopeBytesPerPrompt: round(slope, 0),
        growthKb: (samples[samples.length - 1]?.heapUsedKb ?? 0) - (samples[1]?.heapUsedKb ?? 0),
        worstBetween: worst,
        rendererProcessesIdle: idle.rendererProcesses,
        seconds: round((Date.now() - began) / 1000, 0),
      },
    };
  } finally {
    await run.app.close();
  }
}
