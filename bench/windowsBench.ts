import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { measureAppWindows, type AppWindowsFigures } from './appWindows';
import { measureColdWindows, type ColdWindowsFigures } from './coldWindows';
import { measureFootprint, type FootprintFigures } from './mainFootprint';
import { BUILT_PRELOAD, measurePreloads, type PreloadFigures } from './preloadLoad';
import type { Spread } from './stats';
import { formatBreakdown, TRACE_DIR } from './windowTrace';

/**
 * The window and main-process figures of issue 17, run by `npm run bench`:
 * cold windows over the static server (beside Stretchly's break window),
 * cold windows on the real loading path (the stand-in), the preload's cost,
 * and main's start and footprint. Returns the table rows for run.ts and the
 * raw figures for results.json; writes the trace breakdowns beside the raw
 * traces (.tmp/bench-traces/breakdown.md).
 */

/** A table row as run.ts's row() takes it. */
export interface BenchRow {
  what: string;
  value: number;
  unit: string;
  max: number | null;
  shown?: string;
}

export interface WindowsBenchFigures {
  cold: ColdWindowsFigures;
  standin: AppWindowsFigures;
  preload: PreloadFigures[];
  footprint: FootprintFigures;
}

const ms = (s: Spread): string => `${s.median} ms (worst ${s.worst}, best ${s.best ?? '-'})`;
const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));

/** The table rows of the figures. */
export function windowRows(f: WindowsBenchFigures): BenchRow[] {
  const out: BenchRow[] = [];
  const add = (what: string, s: Spread | undefined, max: number | null, note = '') => {
    if (!s) return;
    out.push({ what, value: s.median, unit: 'ms', max, shown: `${ms(s)}${note}` });
  };
  const { prompt, checkIn, player, stretchly } = f.cold.windows;
  const n = f.cold.loads;
  const cold = `cold, http + harness bridge, median of ${n}`;
  add(`Prompt: first contentful paint (${cold})`, prompt?.firstContentfulPaintMs, null);
  add(`Prompt: buttons on screen (${cold})`, prompt?.contentPresentedMs, null);
  add(`Prompt: interactive, Skip answered (${cold})`, prompt?.interactiveMs, 100);
  add(`Routine check-in: first contentful paint (${cold})`, checkIn?.firstContentfulPaintMs, null);
  add(`Routine check-in: Start on screen (${cold})`, checkIn?.contentPresentedMs, null);
  add(
    `Routine check-in: Start answered, first step in DOM (${cold})`,
    checkIn?.interactiveMs,
    null,
  );
  add(`Routine player: first step on screen (${cold})`, player?.contentPresentedMs, 100);
  add(`Routine player: interactive, Pause answered (${cold})`, player?.interactiveMs, null);
  if (stretchly && f.cold.stretchly) {
    add(
      `Stretchly ${f.cold.stretchly.version} break window: idea on screen (same run, no preload)`,
      stretchly.contentPresentedMs,
      null,
    );
    const bar = stretchly.contentPresentedMs.median;
    for (const [what, s] of [
      ['Prompt interactive / Stretchly', prompt?.interactiveMs],
      ['Routine first step on screen / Stretchly', player?.contentPresentedMs],
    ] as const) {
      if (s) out.push({ what, value: ratio(s.median, bar), unit: 'x', max: 0.5 });
    }
  }
  for (const [name, w] of [
    ['Prompt', prompt],
    ['Routine player', player],
  ] as const) {
    if (!w) continue;
    const gap = w.firstContentfulPaintMs.median - w.contentPresentedMs.median;
    out.push({
      what: `${name}: first contentful paint after content on screen (cold)`,
      value: gap,
      unit: 'ms',
      max: 0,
      shown: `${gap} ms (content entered the DOM ${w.presentedAfterDomMs.median} ms before it was on screen)`,
    });
  }

  const s = f.standin;
  const real = `cold, stand-in: file:// + real preload + IPC, median of ${s.loads}`;
  add(`Prompt: first contentful paint (${real})`, s.prompt.firstContentfulPaintMs, null);
  add(`Prompt: buttons on screen (${real})`, s.prompt.contentPresentedMs, null);
  add(`Prompt: interactive, Skip answered (${real})`, s.prompt.interactiveMs, 100);
  add(`Routine check-in: Start on screen (${real})`, s.routine.contentPresentedMs, null);
  add(`Routine: first step on screen after Start (${real})`, s.routine.answerPresentedMs, null);
  out.push({
    what: 'Between breaks: windows / pages / renderer processes (stand-in, worst after a flow)',
    value: s.between.worst.windows,
    unit: '',
    max: 0,
    shown: `${s.between.worst.windows} / ${s.between.worst.pages} / ${s.between.worst.rendererProcesses} after ${s.between.checks} flows (last: ${s.between.last.windows} / ${s.between.last.pages} / ${s.between.last.rendererProcesses})`,
  });

  const built = f.preload.find((p) => p.file === BUILT_PRELOAD);
  if (built) {
    out.push({
      what: 'Preload bundle, raw',
      value: built.rawBytes,
      unit: 'B',
      max: 3 * 1024,
      shown: `${built.rawBytes} B (${built.gzipBytes} B gzip)`,
    });
    add(`Preload cold load in Node, median of ${built.nodeColdMs.runs}`, built.nodeColdMs, null);
    add(`Preload cold run in a page, median of ${built.pageColdMs.runs}`, built.pageColdMs, null);
  }
  for (const other of f.preload.filter((p) => p.file !== BUILT_PRELOAD)) {
    out.push({
      what: `Preload for comparison (${other.file})`,
      value: other.rawBytes,
      unit: 'B',
      max: null,
      shown: `${other.rawBytes} B (${other.gzipBytes} B gzip), Node ${ms(other.nodeColdMs)}, page ${ms(other.pageColdMs)}`,
    });
  }

  const m = f.footprint;
  add(
    `Main: launch to tray (stand-in, ${m.start.launches} launches)`,
    m.start.launchToTrayMs,
    null,
    `; 'ready' to tray ${m.start.readyToTrayMs.median} ms, app top level ${m.start.appTopLevelMs.median} ms`,
  );
  out.push({
    what: "Main's heap after start (after GC)",
    value: m.afterStart.heapUsedKb,
    unit: 'KB',
    max: null,
    shown: `${m.afterStart.heapUsedKb} KB used (stand-in alone ${m.standinOnlyHeap.heapUsedKb} KB; rss ${m.afterStart.rssKb} KB)`,
  });
  out.push({
    what: "Main's heap after a simulated workday (after GC)",
    value: m.afterWorkday.heapUsedKb,
    unit: 'KB',
    max: null,
    shown: `${m.afterWorkday.heapUsedKb} KB used after ${m.afterWorkday.prompts} prompts answered`,
  });
  out.push({
    what: `Leak check: heap growth per prompt over ${m.leak.prompts} prompts`,
    value: m.leak.slopeBytesPerPrompt,
    unit: 'B/prompt',
    max: null,
    shown: `${m.leak.slopeBytesPerPrompt} B/prompt (growth ${m.leak.growthKb} KB after warm-up; ${m.leak.seconds} s)`,
  });
  out.push({
    what: 'Leak check: windows / pages / renderer processes after each answer (worst)',
    value: m.leak.worstBetween.windows,
    unit: '',
    max: 0,
    shown: `${m.leak.worstBetween.windows} / ${m.leak.worstBetween.pages} / ${m.leak.worstBetween.rendererProcesses} (idle: ${m.leak.rendererProcessesIdle} renderer processes)`,
  });
  return out;
}

/** Every trace breakdown of the run, as Markdown. */
export function breakdowns(f: WindowsBenchFigures): string {
  const parts: string[] = [];
  for (const [which, b] of Object.entries(f.cold.traces)) {
    if (b) parts.push(formatBreakdown(`${which}, cold, static server`, b));
  }
  for (const [which, b] of Object.entries(f.standin.traces)) {
    if (b) parts.push(formatBreakdown(`${which}, cold, stand-in (file:// + real preload)`, b));
  }
  return parts.join('\n\n');
}

/** Runs every window and main-process measurement; `quick` shortens the counts. */
export async function measureWindows(
  browser: Browser,
  quick: boolean,
  log: (message: string) => void,
): Promise<{ figures: WindowsBenchFigures; rows: BenchRow[]; breakdown: string }> {
  // BENCH_WINDOW_LOADS: fewer loads when the machine cannot spare the time (say so beside the figures).
  const loads = Number(process.env.BENCH_WINDOW_LOADS ?? (quick ? 3 : 20));
  log(`windows: ${loads} cold loads of each window over the static server, with Stretchly's`);
  const cold = await measureColdWindows(browser, loads, log);
  log(`windows: ${loads} prompts and routine windows on the stand-in`);
  const standin = await measureAppWindows(loads, log);
  log('preload: size and cold loads');
  const compare = process.env.BENCH_PRELOAD_BEFORE;
  const preload = await measurePreloads(
    browser,
    compare ? [compare, BUILT_PRELOAD] : [BUILT_PRELOAD],
    loads,
  );
  // 1,000 prompts take about half an hour on a busy 2-core machine; BENCH_LEAK_PROMPTS shortens it.
  const prompts = Number(process.env.BENCH_LEAK_PROMPTS ?? (quick ? 50 : 1000));
  const footprint = await measureFootprint(prompts, quick ? 2 : 5, log);
  const figures = { cold, standin, preload, footprint };
  const breakdown = breakdowns(figures);
  writeFileSync(join(TRACE_DIR, 'breakdown.md'), `${breakdown}\n`);
  return { figures, rows: windowRows(figures), breakdown };
}
