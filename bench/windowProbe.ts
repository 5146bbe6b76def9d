import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { timeSpread, type Spread } from './stats';

/**
 * What a cold window load is measured with: a script run in the page before
 * its own scripts (an init script), that records, on the page's native
 * clock (milliseconds since navigation start):
 *
 * - first paint and first contentful paint (Paint Timing);
 * - `content`: when the element a person is waiting for was first presented
 *   on screen (Element Timing: the probe tags the element the moment it
 *   enters the DOM, so its text's paint is reported with the presentation
 *   time of the frame that drew it, the same clock FCP uses);
 * - `contentInDom`: when that element entered the DOM (a MutationObserver);
 * - `contentFrame`: the start of the frame after it entered the DOM (the
 *   old bench's "painted": requestAnimationFrame); only where the page's
 *   timers are real (the stand-in's fake clock replaces rAF in its pages);
 * - `clicked` / `answered` / `answerPresented`: interactive. As soon as the
 *   content is presented, a click on `click.selector` is dispatched in a
 *   new task (so it waits behind whatever the page is still doing); then the
 *   DOM showing `click.answer` is the click answered, and a one-character
 *   marker the probe adds at that moment reports, by Element Timing, when
 *   the frame showing the answer was presented;
 * - long tasks (over 50 ms) on the page's main thread.
 *
 * It never reads `performance.now()` or an event's timeStamp: in the
 * stand-in's fake-clock windows, Playwright's clock replaces both (and
 * `window.performance`'s entry lists are empty). PerformanceObserver entries
 * and `new PerformanceMark()` stay on the native clock, so everything here
 * is read from those.
 */

export interface ProbeConfig {
  /** The element whose presentation is "content visible" (a text-bearing element). */
  content: string;
  /** Clicked as soon as the content is presented; `answer` matches once the app has answered it. */
  click?: { selector: string; answer: string };
}

export interface ProbeReadings {
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  contentInDom: number | null;
  contentFrame: number | null;
  content: number | null;
  clicked: number | null;
  answered: number | null;
  answerPresented: number | null;
  longTasks: { start: number; duration: number }[];
  /** Navigation start on the wall clock (epoch ms), for lining up with other clocks; null under a fake page clock. */
  timeOrigin: number | null;
}

/** The page side. Shipped as source text, so it references nothing outside its body. */
function probe(config: ProbeConfig): void {
  if (window !== window.top) return;
  // A PerformanceMark made with its constructor reads the native clock even
  // when window.performance (and Event#timeStamp) have been replaced by
  // Playwright's fake clock, as the stand-in does in every window.
  const now = (): number => new PerformanceMark('bench-probe').startTime;
  const fakeClock = (Date as unknown as { isFake?: boolean }).isFake === true;
  const readings: ProbeReadings = {
    firstPaint: null,
    firstContentfulPaint: null,
    contentInDom: null,
    contentFrame: null,
    content: null,
    clicked: null,
    answered: null,
    answerPresented: null,
    longTasks: [],
    timeOrigin: fakeClock ? null : Date.now() - now(),
  };
  // Reported on the console at each step: a prompt's window can be closed by
  // main a moment after its click, before anyone could ask the page.
  const report = (final: boolean): void =>
    console.debug(`${final ? 'bench-probe-final' : 'bench-probe'} ${JSON.stringify(readings)}`);
  const done = (): void => report(true);
  const raf = window.requestAnimationFrame.bind(window);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-paint') readings.firstPaint = entry.startTime;
      if (entry.name === 'first-contentful-paint') readings.firstContentfulPaint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        readings.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are a Chromium extra; nothing else depends on them.
  }

  const clickNow = (): void => {
    const click = config.click;
    if (!click) return done();
    const target = document.querySelector<HTMLElement>(click.selector);
    if (!target) return done();
    const answered = (): boolean => document.querySelector(click.answer) !== null;
    const watch = new MutationObserver(() => {
      if (readings.answered !== null || !answered()) return;
      readings.answered = now();
      watch.disconnect();
      report(false);
      const marker = document.createElement('span');
      marker.textContent = '.';
      marker.setAttribute('elementtiming', 'bench-answer');
      marker.setAttribute('aria-hidden', 'true');
      marker.style.cssText =
        'position:fixed;right:0;bottom:0;font-size:8px;line-height:8px;pointer-events:none;z-index:2147483647';
      document.body.append(marker);
    });
    watch.observe(document, { subtree: true, childList: true, attributes: true });
    readings.clicked = now();
    target.click();
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceElementTiming[]) {
      const at = entry.renderTime || entry.loadTime;
      if (entry.identifier === 'bench-content' && readings.content === null) {
        readings.content = at;
        report(false);
        // A new task: the click queues behind whatever the page is doing now.
        const channel = new MessageChannel();
        channel.port1.onmessage = clickNow;
        channel.port2.postMessage(null);
      }
      if (entry.identifier === 'bench-answer' && readings.answerPresented === null) {
        readings.answerPresented = at;
        done();
      }
    }
  }).observe({ type: 'element', buffered: true });

  const seen = new MutationObserver(() => {
    const element = document.querySelector(config.content);
    if (!element) return;
    seen.disconnect();
    readings.contentInDom = now();
    element.setAttribute('elementtiming', 'bench-content');
    // A fake clock's rAF is a timer, not a frame: only a real one says when the frame began.
    if (!fakeClock) raf((t) => (readings.contentFrame = t));
  });
  seen.observe(document, { subtree: true, childList: true });
}

/**
 * One init script for every window of an app: the probe configured for the
 * route in the window's URL hash (#/prompt, #/routine), none for others.
 */
export function probeScriptByRoute(configs: Record<string, ProbeConfig>): string {
  const branches = Object.entries(configs)
    .map(
      ([route, config]) =>
        `if (location.hash.startsWith(${JSON.stringify(`#/${route}`)})) (${probe.toString()})(${JSON.stringify(config)});`,
    )
    .join('\n  else ');
  return `(() => { const __name = (target) => target;\n  ${branches}\n})();`;
}

/** Element Timing's entry, which lib.dom does not declare yet. */
interface PerformanceElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

/** The init script for a window measured with `config`. */
export function probeScript(config: ProbeConfig): string {
  // Under tsx, esbuild's keepNames wraps named functions in __name(...): give
  // the shipped source that helper as a local, so the page gets no new global.
  return `(() => { const __name = (target) => target; (${probe.toString()})(${JSON.stringify(config)}); })();`;
}

/** The readings in a console line from the probe, and whether they are its last; null for other lines. */
export function parseProbeLine(text: string): { readings: ProbeReadings; final: boolean } | null {
  const match = /^(bench-probe(?:-final)?) (\{.*\})$/s.exec(text);
  if (!match?.[2]) return null;
  return {
    readings: JSON.parse(match[2]) as ProbeReadings,
    final: match[1] === 'bench-probe-final',
  };
}

/**
 * Collects the probe's readings from every page of `context`: `next()`
 * resolves with the readings of the next page to finish, when its probe says
 * it is done or when the page closes (a prompt closed by its own answer).
 */
export function collectProbes(context: BrowserContext): {
  next(): Promise<{ page: Page; readings: ProbeReadings }>;
  stop(): void;
} {
  const latest = new Map<Page, ProbeReadings>();
  const finished: { page: Page; readings: ProbeReadings }[] = [];
  const waiting: ((value: { page: Page; readings: ProbeReadings }) => void)[] = [];
  const settled = new Set<Page>();
  const finish = (page: Page) => {
    const readings = latest.get(page);
    if (!readings || settled.has(page)) return;
    settled.add(page);
    const value = { page, readings };
    const waiter = waiting.shift();
    if (waiter) waiter(value);
    else finished.push(value);
  };
  const onConsole = (message: ConsoleMessage) => {
    const parsed = parseProbeLine(message.text());
    const page = message.page();
    if (!parsed || !page) return;
    latest.set(page, parsed.readings);
    if (parsed.final) finish(page);
  };
  const onPage = (page: Page) => page.once('close', () => finish(page));
  context.on('console', onConsole);
  context.on('page', onPage);
  for (const page of context.pages()) onPage(page);
  return {
    next() {
      const ready = finished.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => waiting.push(resolve));
    },
    stop() {
      context.off('console', onConsole);
      context.off('page', onPage);
    },
  };
}

export interface WindowFigures {
  loads: number;
  /** The first frame presented at all (the page's background: nothing to read yet). */
  firstPaintMs: Spread;
  firstContentfulPaintMs: Spread;
  /** The awaited element (the prompt's buttons, the step's title) presented on screen. */
  contentPresentedMs: Spread;
  /** The awaited element entered the DOM (React committed it). */
  contentInDomMs: Spread;
  /** The start of the next frame after that (requestAnimationFrame): the old bench's "painted". */
  contentFrameStartMs: Spread;
  /** Presented minus entered the DOM: what the frame pipeline adds. */
  presentedAfterDomMs: Spread;
  /** A click dispatched at the content's presentation was answered (the app's reaction in the DOM). */
  interactiveMs: Spread;
  /** The frame showing that answer was presented. */
  answerPresentedMs: Spread;
  /** Main-thread tasks over 50 ms before the content was presented, summed. */
  longTasksBeforeContentMs: Spread;
}

/** Median/best/worst of each reading over the loads of one window. */
export function windowFigures(all: readonly ProbeReadings[]): WindowFigures {
  const pick = (f: (r: ProbeReadings) => number | null) => timeSpread(all.map(f));
  return {
    loads: all.length,
    firstPaintMs: pick((r) => r.firstPaint),
    firstContentfulPaintMs: pick((r) => r.firstContentfulPaint),
    contentPresentedMs: pick((r) => r.content),
    contentInDomMs: pick((r) => r.contentInDom),
    contentFrameStartMs: pick((r) => r.contentFrame),
    presentedAfterDomMs: pick((r) =>
      r.content !== null && r.contentInDom !== null ? r.content - r.contentInDom : null,
    ),
    interactiveMs: pick((r) => r.answered),
    answerPresentedMs: pick((r) => r.answerPresented),
    longTasksBeforeContentMs: pick((r) =>
      r.content === null
        ? null
        : r.longTasks
            .filter((t) => t.start < (r.content ?? 0))
            .reduce((sum, t) => sum + t.duration, 0),
    ),
  };
}
