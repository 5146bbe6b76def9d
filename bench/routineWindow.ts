import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { startHarness, type Harness } from '../e2e/harness/harness';
import { serveDirectory } from '../e2e/harness/staticServer';
import { defaultSettings } from '../shared/settings/defaults';
import { expand } from '../shared/routines/segments';
import { getRoutine } from '../shared/routines/catalogue';
import { round, spread, type Spread } from './stats';

const OUT = join(import.meta.dirname, '..', 'out');

export interface WeightFigures {
  /** gzip bytes of the JS and CSS the routine window loads before its first step shows. */
  routineFirstLoadGzipKb: number;
  routineFirstLoadFiles: number;
  /** Of that first load, the react chunk (React, react-dom, scheduler: the client's choice). */
  routineFirstLoadReactGzipKb: number;
  /** gzip bytes of every JS and CSS file in the renderer build. */
  wholeRendererGzipKb: number;
  mainBundleKb: number;
  mainBundleGzipKb: number;
  preloadBundleKb: number;
  preloadBundleGzipKb: number;
}

export interface ReadinessFigures {
  /** Navigation start to the first step painted with its illustration. */
  firstStepPaintedMs: Spread;
  /** Of that, navigation start until the HTML document had arrived from the local server. */
  documentArrivedMs: Spread;
}

export interface CountdownFigures {
  routine: string;
  seconds: number;
  segmentChangesSeen: number;
  segmentChangesPlanned: number;
  /** Worst |displayed - planned| segment change, in ms. */
  worstGapMs: number;
  medianGapMs: number;
  /** Every change of the countdown number (each second), against when it was due. */
  ticksSeen: number;
  worstTickGapMs: number;
  medianTickGapMs: number;
}

/** Seconds shown by the ring: "15" or "1:05". */
function shownSeconds(text: string): number {
  const [a = '', b] = text.split(':');
  return b === undefined ? Number(a) : Number(a) * 60 + Number(b);
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const gzipKb = (buffer: Buffer) => kb(gzipSync(buffer, { level: 9 }).length);

/** Marks, in the page, the moment a step with its figure is painted (after the next frame). */
const FIRST_STEP_PROBE = `
  (() => {
    const w = window;
    const check = () => {
      if (w.__firstStepPaintedMs !== undefined) return;
      if (document.querySelector('[data-segment-index] svg.pose-figure')) {
        requestAnimationFrame(() => { w.__firstStepPaintedMs = performance.now(); });
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

/**
 * Records, in the page, every change of the displayed segment and of the
 * countdown number, with the page's wall time.
 */
const SEGMENT_PROBE = `
  (() => {
    const w = window;
    w.__segmentChanges = [];
    w.__ticks = [];
    let last = null;
    let lastTick = null;
    const check = () => {
      const el = document.querySelector('[data-segment-index]');
      const index = el ? el.getAttribute('data-segment-index') : null;
      const at = performance.timeOrigin + performance.now();
      if (index !== null && index !== last) {
        last = index;
        w.__segmentChanges.push({ index: Number(index), at });
      }
      const number = document.querySelector('[data-testid="countdown"]');
      const text = number ? number.textContent : null;
      if (index !== null && text !== null && index + ':' + text !== lastTick) {
        lastTick = index + ':' + text;
        w.__ticks.push({ index: Number(index), text, at });
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  })();
`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** A returning user's settings: no welcome window, safety acknowledged, quiet. */
function returningUserSettings(): string {
  return JSON.stringify({
    ...defaultSettings(),
    welcomeCompleted: true,
    safetyAcknowledgedAt: new Date().toISOString(),
    soundEnabled: false,
  });
}

async function startPlaying(harness: Harness): Promise<Page> {
  await harness.setTo(Date.now());
  harness.core.routines.start('quick-seated-reset', 'tray');
  harness.core.routines.recordPain('before', null);
  return harness.waitForWindow('routine');
}

/** Bundle weights, measured from what the routine window actually requests. */
export async function measureWeight(browser: Browser, rendererUrl: string): Promise<WeightFigures> {
  const harness = await startHarness(browser, rendererUrl, {
    settingsFileText: returningUserSettings(),
    startTime: Date.now(),
    // These figures are real-time playback: the page keeps the browser's own clock.
    pageClock: 'real',
  });
  try {
    const bodies: { url: string; body: Buffer }[] = [];
    harness.context.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (/javascript|css/.test(type)) {
        void response.body().then((body) => bodies.push({ url: response.url(), body }));
      }
    });
    const page = await startPlaying(harness);
    await page.locator('[data-segment-index] svg.pose-figure').waitFor();
    await page.waitForLoadState('networkidle');
    const renderer = filesUnder(join(OUT, 'renderer')).filter((f) => /\.(js|css)$/.test(f));
    const main = readFileSync(join(OUT, 'main', 'index.js'));
    const preload = readFileSync(join(OUT, 'preload', 'index.cjs'));
    return {
      routineFirstLoadGzipKb: round(
        bodies.reduce((sum, b) => sum + gzipKb(b.body), 0),
        1,
      ),
      routineFirstLoadFiles: bodies.length,
      // electron.vite.config.ts names the chunk 'react'.
      routineFirstLoadReactGzipKb: round(
        bodies
          .filter((b) => /\/assets\/react-[^/]*\.js$/.test(b.url))
          .reduce((sum, b) => sum + gzipKb(b.body), 0),
        1,
      ),
      wholeRendererGzipKb: round(
        renderer.reduce((sum, f) => sum + gzipKb(readFileSync(f)), 0),
        1,
      ),
      mainBundleKb: kb(statSync(join(OUT, 'main', 'index.js')).size),
      mainBundleGzipKb: gzipKb(main),
      preloadBundleKb: kb(preload.length),
      preloadBundleGzipKb: gzipKb(preload),
    };
  } finally {
    await harness.close(true);
  }
}

/** 20 loads of a playing routine window: navigation start to first step painted. */
export async function measureReadiness(
  browser: Browser,
  rendererUrl: string,
  loads = 20,
): Promise<ReadinessFigures> {
  const harness = await startHarness(browser, rendererUrl, {
    settingsFileText: returningUserSettings(),
    startTime: Date.now(),
    // These figures are real-time playback: the page keeps the browser's own clock.
    pageClock: 'real',
  });
  try {
    await harness.context.addInitScript({ content: FIRST_STEP_PROBE });
    const page = await startPlaying(harness);
    const times: number[] = [];
    const documents: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.reload();
      await page.waitForFunction(() => '__firstStepPaintedMs' in window);
      const [painted, arrived] = await page.evaluate(() => [
        (window as unknown as { __firstStepPaintedMs: number }).__firstStepPaintedMs,
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
      ]);
      times.push(painted ?? Number.NaN);
      documents.push(arrived ?? Number.NaN);
    }
    const tidy = (s: Spread): Spread => ({
      ...s,
      median: round(s.median, 1),
      worst: round(s.worst, 1),
    });
    return { firstStepPaintedMs: tidy(spread(times)), documentArrivedMs: tidy(spread(documents)) };
  } finally {
    await harness.close(true);
  }
}

/**
 * Plays the quick seated reset (many short segments) in real time and
 * compares each displayed segment change with when the timeline says it
 * should happen.
 */
export async function measureCountdown(
  browser: Browser,
  rendererUrl: string,
  seconds = 120,
): Promise<CountdownFigures> {
  const harness = await startHarness(browser, rendererUrl, {
    settingsFileText: returningUserSettings(),
    startTime: Date.now(),
    // These figures are real-time playback: the page keeps the browser's own clock.
    pageClock: 'real',
  });
  try {
    await harness.context.addInitScript({ content: SEGMENT_PROBE });
    const page = await startPlaying(harness);
    const session = harness.core.routines.session();
    if (!session?.clock) throw new Error('the routine did not start');
    const startedAt = session.clock.startedAt;
    const timeline = expand(getRoutine('quick-seated-reset'));
    await page.waitForTimeout(seconds * 1000);
    const seen = await page.evaluate(
      () =>
        (window as unknown as { __segmentChanges: { index: number; at: number }[] })
          .__segmentChanges,
    );
    // The first record is the window showing whatever segment was current when it opened.
    const changes = seen.slice(1).filter((c) => c.index > 0 && c.index < timeline.length);
    const gaps = changes.map((c) => {
      const planned = startedAt + (timeline[c.index]?.startMs ?? Number.NaN);
      return Math.abs(c.at - planned);
    });
    const planned = timeline.filter((s) => s.startMs > 0 && s.startMs <= seconds * 1000).length;
    const ticks = await page.evaluate(
      () =>
        (window as unknown as { __ticks: { index: number; text: string; at: number }[] }).__ticks,
    );
    // A segment shows n from the moment n whole seconds remain in it.
    const tickGaps = ticks.slice(1).flatMap((t) => {
      const segment = timeline[t.index];
      const shown = shownSeconds(t.text);
      if (!segment || !Number.isFinite(shown) || shown * 1000 > segment.durationMs) return [];
      return [Math.abs(t.at - (startedAt + segment.startMs + segment.durationMs - shown * 1000))];
    });
    return {
      routine: 'quick-seated-reset',
      seconds,
      segmentChangesSeen: changes.length,
      segmentChangesPlanned: planned,
      worstGapMs: round(Math.max(...gaps), 1),
      medianGapMs: round(spread(gaps).median, 1),
      ticksSeen: tickGaps.length,
      worstTickGapMs: round(Math.max(...tickGaps), 1),
      medianTickGapMs: round(spread(tickGaps).median, 1),
    };
  } finally {
    await harness.close(true);
  }
}

export { serveDirectory };
