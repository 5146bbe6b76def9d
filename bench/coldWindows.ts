import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startHarness, type Harness } from '../e2e/harness/harness';
import { defaultSettings } from '../shared/settings/defaults';
import { checkOutStretchly, STRETCHLY_FILL_SCRIPT } from './stretchly';
import {
  collectProbes,
  probeScript,
  windowFigures,
  type ProbeConfig,
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
import { serveInWorker } from './workerServer';

/**
 * Cold windows over the static-server path (the e2e harness): the built
 * renderer over http://127.0.0.1 from a worker thread, the harness's bridge
 * (the preload's createBridge behind a Playwright binding into the real
 * core) instead of the preload, and a fresh browser context for every load,
 * so nothing is cached: no HTTP cache, no V8 code cache, no renderer reused.
 * Loads of each window are interleaved with the others' and with
 * Stretchly's break window, so a busy spell of the machine hits all alike.
 */

const OUT_RENDERER = join(import.meta.dirname, '..', 'out', 'renderer');
const MINUTE_MS = 60_000;
/** Monday 23 Nov 2026, 09:00 local time (the runner pins TZ): inside default office hours. */
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime();
/** The viewport of every cold load here (the harness's); Stretchly's page gets the same. */
export const HARNESS_VIEWPORT = { width: 820, height: 720 };

/** What each window is measured by: what a person waits for, and what they click first. */
export const PROBES = {
  prompt: {
    content: '.prompt__actions .button--primary',
    // Skip answers without opening another window that would load during the measurement.
    click: {
      selector: '.prompt__actions .button--ghost',
      answer: '.prompt__actions .button--ghost[disabled]',
    },
  },
  checkIn: {
    content: '.rt-actions__main',
    click: { selector: '.rt-actions__main', answer: '[data-segment-index] .rt-title' },
  },
  player: {
    content: '[data-segment-index] .rt-title',
    click: { selector: '.rt-control--toggle', answer: '.rt-player--paused' },
  },
  stretchly: { content: '.break-idea' },
} satisfies Record<string, ProbeConfig>;

export type ColdWindow = keyof typeof PROBES;

export interface ColdWindowsFigures {
  loads: number;
  viewport: { width: number; height: number };
  windows: Partial<Record<ColdWindow, WindowFigures>>;
  stretchly: { version: string; commit: string } | null;
  /** One traced load of each window (not among the timed loads). */
  traces: Partial<Record<ColdWindow, WindowBreakdown>>;
}

function settledSettingsText(): string {
  return JSON.stringify({
    ...defaultSettings(),
    welcomeCompleted: true,
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    soundEnabled: false,
  });
}

/** Opens the window the way the app would open it, in a harness of its own. */
const OPEN: Record<Exclude<ColdWindow, 'stretchly'>, (h: Harness) => Promise<void> | void> = {
  // The first reminder of the day falls due 45 minutes into office hours.
  prompt: (h) => h.setTo(MONDAY_9AM + 45 * MINUTE_MS),
  checkIn: (h) => void h.core.routines.start('quick-seated-reset', 'tray'),
  player: (h) => {
    h.core.routines.start('quick-seated-reset', 'tray');
    h.core.routines.recordPain('before', null);
  },
};

async function loadAppWindow(
  browser: Browser,
  url: string,
  which: Exclude<ColdWindow, 'stretchly'>,
): Promise<ProbeReadings> {
  const harness = await startHarness(browser, url, {
    settingsFileText: settledSettingsText(),
    // The player reads elapsed time against the page's own clock: main's is the real one there.
    startTime: which === 'player' ? Date.now() : MONDAY_9AM,
  });
  try {
    const probes = collectProbes(harness.context);
    await harness.context.addInitScript({ content: probeScript(PROBES[which]) });
    const [{ readings }] = await Promise.all([probes.next(), OPEN[which](harness)]);
    probes.stop();
    return readings;
  } finally {
    await harness.close(true);
  }
}

async function loadStretchly(browser: Browser, url: string): Promise<ProbeReadings> {
  const context = await browser.newContext({
    viewport: HARNESS_VIEWPORT,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  try {
    const probes = collectProbes(context);
    await context.addInitScript({ content: probeScript(PROBES.stretchly) });
    await context.addInitScript({ content: STRETCHLY_FILL_SCRIPT });
    const page = await context.newPage();
    await page.goto(`${url}break.html`);
    const { readings } = await probes.next();
    probes.stop();
    return readings;
  } finally {
    await context.close();
  }
}

/**
 * `loads` cold loads of the prompt, the routine window's check-in, its
 * player and Stretchly's break window, interleaved; then one traced load of
 * each for the breakdown.
 */
export async function measureColdWindows(
  browser: Browser,
  loads = 20,
  log: (message: string) => void = () => undefined,
): Promise<ColdWindowsFigures> {
  const server = await serveInWorker(OUT_RENDERER);
  const stretchly = checkOutStretchly();
  const stretchlyServer = stretchly
    ? await serveInWorker(stretchly.appDir, { index: 'break.html' })
    : null;
  const order: ColdWindow[] = [
    'prompt',
    'checkIn',
    'player',
    ...(stretchlyServer ? ['stretchly' as const] : []),
  ];
  const readings: Record<ColdWindow, ProbeReadings[]> = {
    prompt: [],
    checkIn: [],
    player: [],
    stretchly: [],
  };
  const load = (which: ColdWindow): Promise<ProbeReadings> =>
    which === 'stretchly'
      ? loadStretchly(browser, stretchlyServer?.url ?? '')
      : loadAppWindow(browser, server.url, which);
  try {
    for (let i = 0; i < loads; i++) {
      // Rotated each round, so no window always follows the same one.
      for (let k = 0; k < order.length; k++) {
        const which = order[(i + k) % order.length];
        if (which) readings[which].push(await load(which));
      }
      if ((i + 1) % 5 === 0) log(`cold windows (static server): ${i + 1}/${loads} rounds`);
    }
    const traces: ColdWindowsFigures['traces'] = {};
    for (const which of order) {
      await startTrace(browser);
      let traced: ProbeReadings | null = null;
      try {
        traced = await load(which);
      } finally {
        const events = await stopTrace(browser);
        const analyse = {
          urlIncludes:
            which === 'stretchly' ? 'break.html' : which === 'prompt' ? '#/prompt' : '#/routine',
          contentInDomMs: traced?.contentInDom ?? null,
        };
        saveTrace(events, `${which}-static-server`, analyse);
        try {
          traces[which] = analyseWindowTrace(events, analyse);
        } catch (err) {
          log(`trace of ${which}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    const windows: ColdWindowsFigures['windows'] = {};
    for (const which of order) windows[which] = windowFigures(readings[which]);
    return {
      loads,
      viewport: HARNESS_VIEWPORT,
      windows,
      stretchly: stretchly ? { version: stretchly.version, commit: stretchly.commit } : null,
      traces,
    };
  } finally {
    await server.close();
    await stretchlyServer?.close();
    stretchly?.remove();
  }
}
