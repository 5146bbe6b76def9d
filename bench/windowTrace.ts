import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { round } from './stats';

/** Where the raw traces go (git-ignored; BENCH_TRACE_DIR moves them); open one in Chrome DevTools' Performance panel. */
export const TRACE_DIR =
  process.env.BENCH_TRACE_DIR ?? join(import.meta.dirname, '..', '.tmp', 'bench-traces');

/**
 * Where a cold window's time goes, from a Chromium trace of one load: the
 * renderer's main thread (HTML, compile, evaluate, script, style, layout,
 * paint, GC, idle), each JS/CSS file's request, arrival and compile, the
 * JavaScript time per file from V8's sampling profiler, and the frame that
 * first showed content from the main thread's commit through raster,
 * activation and draw to presentation (first contentful paint).
 *
 * The categories are the DevTools Performance panel's light set plus V8's
 * sampler; V8's compile category is left out on purpose: it makes V8
 * collect source positions, which by itself took seconds per load here.
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

/** Starts a whole-browser trace (every renderer, the GPU process and the browser). */
export async function startTrace(browser: Browser): Promise<void> {
  await browser.startTracing(undefined, { categories: TRACE_CATEGORIES, screenshots: false });
}

export async function stopTrace(browser: Browser): Promise<TraceEvent[]> {
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as
    { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * Keeps a raw trace for a person to open in DevTools, with the options that
 * analyse it in its metadata (bench/summariseTraces.ts reads them); returns its path.
 */
export function saveTrace(events: TraceEvent[], name: string, analyse?: AnalyseOptions): string {
  mkdirSync(TRACE_DIR, { recursive: true });
  const file = join(TRACE_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify({ traceEvents: events, metadata: { benchAnalyse: analyse } }));
  return file;
}

export interface ResourceTiming {
  file: string;
  requestedMs: number;
  arrivedMs: number | null;
  /** Main-thread compile (the rest is streamed on a background thread while it arrives). */
  compileMs: number;
}

export interface ThreadShare {
  category: string;
  wallMs: number;
  cpuMs: number;
}

export interface ChunkJs {
  file: string;
  /** JavaScript sampled inside module evaluation (top-level code, including what it calls). */
  evaluateMs: number;
  /** JavaScript sampled after evaluation (React rendering, effects, handlers). */
  laterMs: number;
}

export interface ContentFrame {
  /** The main thread's commit of the frame that first showed content. */
  mainCommitMs: number;
  rasterTiles: number;
  rasterWallMs: number;
  rasterCpuMs: number;
  /** The compositor activated the tree once every tile of it was rastered. */
  activatedMs: number | null;
  drawnMs: number | null;
  presentedMs: number;
}

export interface WindowBreakdown {
  url: string;
  /** Milestones in order, ms after navigation start. */
  milestones: { label: string; atMs: number }[];
  resources: ResourceTiming[];
  /** The renderer's main thread from navigation start to first contentful paint. */
  mainThread: ThreadShare[];
  jsByFile: ChunkJs[];
  contentFrame: ContentFrame | null;
  firstContentfulPaintMs: number | null;
  /** Renderer processes that served a page during the trace (1 per window when nothing is shared). */
  rendererPids: number[];
}

const CATEGORY_OF: Record<string, string> = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  'v8.compileModule': 'compile JS',
  'v8.compile': 'compile JS',
  CompileScript: 'compile JS',
  'v8.evaluateModule': 'evaluate modules',
  EvaluateScript: 'other scripts (init scripts, DevTools protocol)',
  FunctionCall: 'run JS (after evaluation)',
  RunMicrotasks: 'run JS (after evaluation)',
  EventDispatch: 'run JS (after evaluation)',
  TimerFire: 'run JS (after evaluation)',
  FireAnimationFrame: 'run JS (after evaluation)',
  FireIdleCallback: 'run JS (after evaluation)',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint + commit',
  Paint: 'paint + commit',
  Layerize: 'paint + commit',
  Commit: 'paint + commit',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'V8.GC_MC_BACKGROUND_MARKING': 'garbage collection',
  BlinkGC: 'garbage collection',
};

function categoryOf(event: TraceEvent): string | null {
  if (CATEGORY_OF[event.name]) return CATEGORY_OF[event.name] ?? null;
  if (event.name.startsWith('V8.GC') || event.name.startsWith('BlinkGC'))
    return 'garbage collection';
  if (event.name.startsWith('DocumentLoader::') || event.name.startsWith('FrameLoader::')) {
    return 'navigation + loader';
  }
  return null;
}

const dataOf = (event: TraceEvent): Record<string, unknown> => {
  const data = event.args?.data;
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const fileOf = (url: string): string => url.split('/').pop()?.split(/[?#]/)[0] ?? url;

/**
 * Self time per category on one thread within [from, to] (µs): each
 * complete event's time minus its children's, charged to its own category
 * or, when it has none, to its nearest categorised ancestor's.
 */
function threadShares(events: TraceEvent[], from: number, to: number): ThreadShare[] {
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const wall = new Map<string, number>();
  const cpu = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, (map.get(key) ?? 0) + value);
  interface Frame {
    end: number;
    category: string;
    childWall: number;
    childCpu: number;
    event: TraceEvent;
  }
  const stack: Frame[] = [];
  const close = (frame: Frame) => {
    const start = Math.max(frame.event.ts, from);
    const end = Math.min(frame.end, to);
    const clippedWall = Math.max(0, end - start);
    const fullWall = frame.event.dur ?? 0;
    const share = fullWall > 0 ? clippedWall / fullWall : 0;
    add(wall, frame.category, Math.max(0, clippedWall - frame.childWall));
    add(cpu, frame.category, Math.max(0, ((frame.event.tdur ?? 0) - frame.childCpu) * share));
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.childWall += clippedWall;
      parent.childCpu += frame.event.tdur ?? 0;
    }
  };
  let busy = 0;
  let busyUntil = from;
  for (const event of complete) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= event.ts) {
      const done = stack.pop();
      if (done) close(done);
    }
    const parent = stack[stack.length - 1];
    const category = categoryOf(event) ?? parent?.category ?? 'other (Blink, IPC, tasks)';
    stack.push({ end: event.ts + (event.dur ?? 0), category, childWall: 0, childCpu: 0, event });
    if (!parent) {
      const start = Math.max(event.ts, busyUntil);
      const end = Math.min(event.ts + (event.dur ?? 0), to);
      if (end > start) busy += end - start;
      busyUntil = Math.max(busyUntil, end);
    }
  }
  while (stack.length > 0) {
    const done = stack.pop();
    if (done) close(done);
  }
  add(wall, 'idle (waiting: files, IPC, frames, CPU)', Math.max(0, to - from - busy));
  return [...wall.entries()]
    .map(([category, w]) => ({
      category,
      wallMs: round(w / 1000, 1),
      cpuMs: round((cpu.get(category) ?? 0) / 1000, 1),
    }))
    .filter((s) => s.wallMs > 0 || s.cpuMs > 0)
    .sort((a, b) => b.wallMs - a.wallMs);
}

/** JavaScript time per script file from V8's sampler, inside and after module evaluation. */
function jsByFile(
  events: TraceEvent[],
  pid: number,
  evaluations: { from: number; to: number }[],
  from: number,
  to: number,
): ChunkJs[] {
  const profile = events.find((e) => e.pid === pid && e.name === 'Profile');
  if (!profile) return [];
  const chunks = events
    .filter((e) => e.pid === pid && e.name === 'ProfileChunk' && e.id === profile.id)
    .sort((a, b) => a.ts - b.ts);
  const nodeUrl = new Map<number, string>();
  const nodeParent = new Map<number, number>();
  let t = Number(dataOf(profile).startTime ?? profile.ts);
  const evaluate = new Map<string, number>();
  const later = new Map<string, number>();
  const urlOf = (id: number): string => {
    let current: number | undefined = id;
    for (let depth = 0; current !== undefined && depth < 200; depth++) {
      const url = nodeUrl.get(current);
      if (url) return url;
      current = nodeParent.get(current);
    }
    return '';
  };
  for (const chunk of chunks) {
    const data = dataOf(chunk);
    const cpuProfile = (data.cpuProfile ?? {}) as {
      nodes?: { id: number; parent?: number; callFrame: { url?: string; functionName?: string } }[];
      samples?: number[];
    };
    for (const node of cpuProfile.nodes ?? []) {
      const url = node.callFrame.url ?? '';
      const name = node.callFrame.functionName ?? '';
      nodeUrl.set(node.id, url || (name.startsWith('(') ? name : ''));
      if (node.parent !== undefined) nodeParent.set(node.id, node.parent);
    }
    const deltas = (data.timeDeltas ?? []) as number[];
    const samples = cpuProfile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 200;
      if (t < from || t > to) continue;
      const url = urlOf(samples[i] ?? 0);
      if (!url || url === '(idle)' || url === '(root)') continue;
      const key = url.startsWith('(') ? url : fileOf(url);
      const inside = evaluations.some((e) => t >= e.from && t <= e.to);
      const map = inside ? evaluate : later;
      map.set(key, (map.get(key) ?? 0) + Math.min(next, 2000));
    }
  }
  const files = new Set([...evaluate.keys(), ...later.keys()]);
  return [...files]
    .map((file) => ({
      file,
      evaluateMs: round((evaluate.get(file) ?? 0) / 1000, 1),
      laterMs: round((later.get(file) ?? 0) / 1000, 1),
    }))
    .filter((c) => c.evaluateMs + c.laterMs >= 0.5)
    .sort((a, b) => b.evaluateMs + b.laterMs - (a.evaluateMs + a.laterMs));
}

export interface AnalyseOptions {
  /** A piece of the window's document URL ("#/prompt"). */
  urlIncludes: string;
  /** When the probe saw the content enter the DOM, ms after navigation start (places the content frame). */
  contentInDomMs?: number | null;
  /** The analysis stops here (ms after navigation start); first contentful paint when not given. */
  untilMs?: number | null;
}

/** The breakdown of one window's load from a whole-browser trace. */
export function analyseWindowTrace(events: TraceEvent[], options: AnalyseOptions): WindowBreakdown {
  const navigation = events
    .filter(
      (e) =>
        e.name === 'navigationStart' &&
        str(dataOf(e).documentLoaderURL).includes(options.urlIncludes),
    )
    .sort((a, b) => a.ts - b.ts)[0];
  if (!navigation) throw new Error(`no navigation to ${options.urlIncludes} in the trace`);
  const { pid, tid } = navigation;
  const t0 = navigation.ts;
  const ms = (ts: number) => round((ts - t0) / 1000, 1);
  const main = events.filter((e) => e.pid === pid && e.tid === tid);
  const fcp = main
    .filter((e) => e.name === 'firstContentfulPaint' && e.ts >= t0)
    .sort((a, b) => a.ts - b.ts)[0];
  const end =
    options.untilMs !== undefined && options.untilMs !== null
      ? t0 + options.untilMs * 1000
      : (fcp?.ts ?? t0 + 5_000_000);
  const milestones: { label: string; atMs: number }[] = [];
  const mark = (label: string, ts: number | undefined) => {
    if (ts !== undefined) milestones.push({ label, atMs: ms(ts) });
  };

  const requests = main.filter(
    (e) => e.name === 'ResourceSendRequest' && e.ts >= t0 && e.ts <= end + 2_000_000,
  );
  const finishes = new Map<string, TraceEvent>();
  for (const e of main) {
    if (e.name === 'ResourceFinish') finishes.set(str(dataOf(e).requestId), e);
  }
  const compiles = main.filter((e) => e.name === 'v8.compileModule' || e.name === 'v8.compile');
  const resources: ResourceTiming[] = requests
    .filter((e) => /\.(js|css|cjs|mjs|woff2?|ttf|otf|svg)(\?|$)/.test(str(dataOf(e).url)))
    .map((e) => {
      const url = str(dataOf(e).url);
      const finish = finishes.get(str(dataOf(e).requestId));
      const compile = compiles
        .filter((c) => str(dataOf(c).url) === url)
        .reduce((sum, c) => sum + (c.dur ?? 0), 0);
      return {
        file: fileOf(url),
        requestedMs: ms(e.ts),
        arrivedMs: finish ? ms(finish.ts) : null,
        compileMs: round(compile / 1000, 1),
      };
    });

  const parse = main.find((e) => e.name === 'ParseHTML' && e.ts >= t0);
  mark('HTML parsed', parse ? parse.ts + (parse.dur ?? 0) : undefined);
  const firstPaint = main.find((e) => e.name === 'firstPaint' && e.ts >= t0);
  mark('first paint (background, no content)', firstPaint?.ts);
  const evaluations = main
    .filter((e) => e.name === 'v8.evaluateModule' && e.ts >= t0 && e.ts <= end)
    .map((e) => ({ from: e.ts, to: e.ts + (e.dur ?? 0) }));
  evaluations.forEach((e, i) => {
    const what = i === 0 ? 'entry module graph' : `module graph ${i + 1} (the screen)`;
    mark(`evaluate ${what}: start`, e.from);
    mark(`evaluate ${what}: end`, e.to);
  });

  let contentFrame: ContentFrame | null = null;
  if (fcp) {
    const fromContent =
      options.contentInDomMs !== undefined && options.contentInDomMs !== null
        ? t0 + options.contentInDomMs * 1000
        : t0;
    // The last main-thread commit before the presentation that counted as FCP.
    const commit = main
      .filter((e) => e.name === 'Commit' && e.ph === 'X' && e.ts >= fromContent && e.ts < fcp.ts)
      .sort((a, b) => a.ts - b.ts)[0];
    if (commit) {
      const commitEnd = commit.ts + (commit.dur ?? 0);
      const sameRenderer = events.filter((e) => e.pid === pid && e.tid !== tid);
      const activation = sameRenderer
        .filter((e) => e.name === 'ActivateLayerTree' && e.ts >= commitEnd && e.ts <= fcp.ts)
        .sort((a, b) => a.ts - b.ts)[0];
      const rasters = sameRenderer.filter(
        (e) =>
          e.name === 'RasterTask' &&
          e.ph === 'X' &&
          e.ts >= commitEnd &&
          e.ts <= (activation?.ts ?? fcp.ts),
      );
      const draw = sameRenderer
        .filter(
          (e) => e.name === 'DrawFrame' && e.ts >= (activation?.ts ?? commitEnd) && e.ts <= fcp.ts,
        )
        .sort((a, b) => a.ts - b.ts)[0];
      contentFrame = {
        mainCommitMs: ms(commitEnd),
        rasterTiles: rasters.length,
        rasterWallMs: round(rasters.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000, 1),
        rasterCpuMs: round(rasters.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000, 1),
        activatedMs: activation ? ms(activation.ts) : null,
        drawnMs: draw ? ms(draw.ts) : null,
        presentedMs: ms(fcp.ts),
      };
      mark('content frame: main thread committed it', commitEnd);
      mark(`content frame: ${rasters.length} tiles rastered, tree activated`, activation?.ts);
      mark('content frame: drawn', draw?.ts);
    }
  }
  mark('first contentful paint (presented)', fcp?.ts);
  milestones.sort((a, b) => a.atMs - b.atMs);

  const rendererPids = [
    ...new Set(
      events
        .filter((e) => e.name === 'navigationStart' && str(dataOf(e).documentLoaderURL).length > 0)
        .filter((e) => !str(dataOf(e).documentLoaderURL).startsWith('chrome'))
        .map((e) => e.pid),
    ),
  ];

  return {
    url: str(dataOf(navigation).documentLoaderURL),
    milestones,
    resources,
    mainThread: threadShares(main, t0, end),
    jsByFile: jsByFile(events, pid, evaluations, t0, end),
    contentFrame,
    firstContentfulPaintMs: fcp ? ms(fcp.ts) : null,
    rendererPids,
  };
}

/** A breakdown as plain text (Markdown tables) for the README and the console. */
export function formatBreakdown(title: string, b: WindowBreakdown): string {
  const lines: string[] = [`#### ${title}`, ''];
  lines.push('| ms after navigation start | milestone |', '| ---: | --- |');
  for (const m of b.milestones) lines.push(`| ${m.atMs} | ${m.label} |`);
  lines.push(
    '',
    '| file | requested | arrived | main-thread compile |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const r of b.resources) {
    lines.push(`| ${r.file} | ${r.requestedMs} | ${r.arrivedMs ?? '-'} | ${r.compileMs} |`);
  }
  lines.push('', '| main thread, navigation to FCP | wall ms | CPU ms |', '| --- | ---: | ---: |');
  for (const s of b.mainThread) lines.push(`| ${s.category} | ${s.wallMs} | ${s.cpuMs} |`);
  if (b.jsByFile.length > 0) {
    lines.push(
      '',
      '| JavaScript by file (sampled) | in evaluation ms | after ms |',
      '| --- | ---: | ---: |',
    );
    for (const c of b.jsByFile) lines.push(`| ${c.file} | ${c.evaluateMs} | ${c.laterMs} |`);
  }
  const f = b.contentFrame;
  if (f) {
    lines.push(
      '',
      `Content frame: main thread committed at ${f.mainCommitMs} ms; ${f.rasterTiles} tiles rastered in software (${f.rasterWallMs} ms wall, ${f.rasterCpuMs} ms CPU); activated at ${f.activatedMs ?? '?'} ms, drawn at ${f.drawnMs ?? '?'} ms, presented (FCP) at ${f.presentedMs} ms.`,
    );
  }
  return lines.join('\n');
}
