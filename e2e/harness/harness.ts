import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createBridge } from '../../shared/ipc/bridge';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { windowPage, type Route } from '../../shared/routes';
import type { Settings } from '../../shared/settings/schema';
import type { Core, CoreDeps } from '../../main/core/createCore';
import { openCore } from '../../main/core/openCore';
import type { CallContext } from '../../main/core/ipc/router';
import { memoryLogger } from '../../main/core/logger';
import { createManualClock, type ManualClock } from '../../main/core/testing/manualClock';
import {
  SETTINGS_CONFIG_NAME,
  SETTINGS_FILE_NAME,
  SETTINGS_STORE_OPTIONS,
  type SettingsStore,
} from '../../main/core/settings/settingsStore';
import {
  createCalendarService,
  type CalendarService,
} from '../../main/core/calendar/calendarService';
import { createHttpsFetcher } from '../../main/core/calendar/feedFetcher';
import { memorySecretStore } from '../../main/core/calendar/secretStore';
import { TEST_CA } from '../../main/core/calendar/testing/feedServer';
import type { LiveBusySource } from '../../main/core/busy/busySource';
import { expectNoAxeViolations } from './axeGate';
import { createShellDoubles, type DialogAnswers, type ShellRecord } from './shellDoubles';

export interface HarnessOptions {
  /** Epoch ms the core's clock and the pages' clock start at. */
  startTime?: number;
  /** Reuse a settings directory (to check what survives a "restart"). */
  userDataDir?: string;
  /** Raw text written as settings.json before the core starts. */
  settingsFileText?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * 'paused' (the default): every page runs on Playwright's clock, paused at
   * the core's time, and both move only together, through advance() and
   * setTo(); nothing a spec sees depends on how fast the machine is.
   * 'real': pages keep the browser's own clock (the benchmark measures
   * real-time playback); advance() and setTo() then move the core only.
   */
  pageClock?: 'paused' | 'real';
  /** Live busy sources (stand-ins for the camera, microphone...) handed to the core's planner. */
  liveSources?: readonly LiveBusySource[];
  /** Updates and the desktop's answers (shortcut, tray host), as main/index.ts would hand them. */
  integrations?: Pick<CoreDeps, 'updates' | 'desktop'>;
}

export interface Harness {
  core: Core;
  /**
   * The real calendar service, on the core's clock, keeping its files in
   * userDataDir/calendar. Its fetcher trusts the test certificate of
   * main/core/calendar/testing/feedServer.ts, so a spec can serve feeds over
   * https on 127.0.0.1; a local .ics file works as well.
   */
  calendar: CalendarService;
  /** The core's time. It is read here and moved only with advance() or setTo(), so pages keep up. */
  clock: Pick<ManualClock, 'now' | 'pendingTimers'>;
  /**
   * Moves the pages' clock and the core's clock forward together by `ms`,
   * firing the timers that fall due on both sides.
   */
  advance(ms: number): Promise<void>;
  /** advance() to an absolute time (forwards only). */
  setTo(epochMs: number): Promise<void>;
  record: ShellRecord;
  dialogs: DialogAnswers;
  idle: { seconds: number };
  cronTasks: { expression: string; task: () => void; stopped: boolean }[];
  userDataDir: string;
  context: BrowserContext;
  log: ReturnType<typeof memoryLogger>;
  firstRun: boolean;
  /** Opens a route the way the core would, and returns its page once the screen has rendered. */
  openWindow(route: Route): Promise<Page>;
  /**
   * The page of the window open on `route`, or of the next one the core
   * opens there: resolved by the opening itself, once the screen has
   * rendered (nothing polls).
   */
  waitForWindow(route: Route): Promise<Page>;
  /** Resolves when `page` has closed (at once if it already has). */
  closed(page: Page): Promise<void>;
  /**
   * Resolves with the settings once they match (at once if they already
   * do), on the change itself: by then the settings file has been written.
   */
  settingsWhere(match: (settings: Settings) => boolean): Promise<Settings>;
  pageFor(route: Route): Page | undefined;
  /** Saves a screenshot under e2e/screenshots/. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Stops the core and closes every page; keeps userDataDir unless `remove` is true. */
  close(remove?: boolean): Promise<void>;
  /**
   * Ends this run the way a crash of main would: the pages go and the core
   * is never told, so nothing is recorded or tidied on the way out.
   */
  crash(): Promise<void>;
}

const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'screenshots');

interface OpenWindow {
  id: number;
  route: Route;
  page: Promise<Page>;
}

/**
 * Real core, real renderer, real files: only Electron's shell is replaced.
 * window.decompress in each page is built by the same createBridge as the
 * preload, and routed through an exposed binding to the core's router.
 */
export async function startHarness(
  browser: Browser,
  baseUrl: string,
  options: HarnessOptions = {},
): Promise<Harness> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'decompress-e2e-'));
  const settingsPath = join(userDataDir, SETTINGS_FILE_NAME);
  if (options.settingsFileText !== undefined) writeFileSync(settingsPath, options.settingsFileText);

  const clock = createManualClock(options.startTime ?? Date.UTC(2026, 10, 23, 9, 0));
  const log = memoryLogger();
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 820, height: 720 },
    reducedMotion: 'reduce',
  });
  const pagesPaused = (options.pageClock ?? 'paused') === 'paused';
  // Playwright's clock belongs to the context (page.clock is context.clock).
  // Installed and paused before any page exists, both steps are only logged,
  // and each page replays the log as its document starts: it opens paused at
  // the core's time, with no moment of real time in between.
  if (pagesPaused) {
    await context.clock.install({ time: clock.now() });
    await context.clock.pauseAt(clock.now());
  }
  const dialogs: DialogAnswers = { savePath: null, openPath: null };
  const idle = { seconds: 0 };
  const cronTasks: Harness['cronTasks'] = [];

  const windows = new Map<Route, OpenWindow>();
  /** Specs waiting for a window on a route; told by host.open, or failed when the harness ends. */
  const windowWaiters = new Set<{
    route: Route;
    resolve(open: OpenWindow): void;
    reject(e: Error): void;
  }>();
  let nextWindowId = 1;
  const contextFor = new Map<Page, CallContext>();

  async function createPage(route: Route, id: number): Promise<Page> {
    const page = await context.newPage();
    contextFor.set(page, { route, windowId: id });
    // Functions below are shipped to the page as source text. Under tsx (the
    // benchmark's runner) esbuild's keepNames wraps them in __name(...) calls,
    // a helper the page does not have; give it the identity it stands for.
    await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
    await page.addInitScript(
      ({ source, channels }) => {
        const listeners = new Map<string, Set<(payload: unknown) => void>>();
        const w = window as unknown as Record<string, unknown>;
        w.__decompressEmit = (event: string, payload: unknown) => {
          for (const listener of listeners.get(event) ?? []) listener(payload);
        };
        const invoke = w.__decompressInvoke as (c: string, a: unknown) => Promise<unknown>;
        const transport = {
          invoke: (channel: string, arg: unknown) => invoke(channel, arg),
          subscribe(event: string, listener: (payload: unknown) => void) {
            const set = listeners.get(event) ?? new Set();
            set.add(listener);
            listeners.set(event, set);
            return () => void set.delete(listener);
          },
        };
        // The preload's own bridge factory, shipped as source text.
        const build =
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the bridge factory arrives as source text
          (new Function(`return (${source})`) as () => (t: unknown, c: string[]) => unknown)();
        Object.defineProperty(window, 'decompress', { value: build(transport, channels) });
      },
      { source: createBridge.toString(), channels: CHANNEL_NAMES },
    );
    page.on('close', () => {
      const open = windows.get(route);
      if (open?.id === id) windows.delete(route);
      contextFor.delete(page);
    });
    await page.goto(`${baseUrl}${windowPage(route)}#/${route}`);
    await page.locator('#root > *:not([aria-busy])').first().waitFor();
    return page;
  }

  /** Pages main has closed whose close Playwright has not finished yet. */
  const closing = new Set<Promise<unknown>>();
  const host = {
    open(route: Route) {
      if (windows.has(route)) return;
      const id = nextWindowId++;
      const page = createPage(route, id);
      // A window the core opened on its own (the first-run welcome) may still
      // be loading when a test ends and closes the context; only a test that
      // waits for that page should hear about it.
      page.catch(() => undefined);
      const open = { id, route, page };
      windows.set(route, open);
      for (const waiter of windowWaiters) {
        if (waiter.route !== route) continue;
        windowWaiters.delete(waiter);
        waiter.resolve(open);
      }
    },
    close(route: Route) {
      const open = windows.get(route);
      windows.delete(route);
      if (!open) return;
      // A page that never finished loading has nothing to close.
      const done = open.page.then((p) => p.close()).catch(() => undefined);
      closing.add(done);
      void done.then(() => closing.delete(done));
    },
    closeById(windowId: number) {
      for (const open of windows.values()) if (open.id === windowId) host.close(open.route);
    },
    isOpen: (route: Route) => windows.has(route),
    broadcast(event: string, payload: unknown) {
      for (const open of windows.values()) {
        void open.page.then(
          (p) =>
            p
              .evaluate(
                ([e, data]) =>
                  (
                    (window as unknown as Record<string, unknown>).__decompressEmit as (
                      e: string,
                      d: unknown,
                    ) => void
                  )(e, data),
                [event, payload] as const,
              )
              .catch(() => undefined),
          // A window still loading when its test ended gets no pushes; its
          // failure must not surface as an unhandled rejection in another test.
          () => undefined,
        );
      }
    },
  };

  await context.exposeBinding('__decompressInvoke', ({ page }, channel: string, arg: unknown) =>
    core.router.call(channel, arg, contextFor.get(page) ?? null),
  );

  const { shell, record } = createShellDoubles(host, dialogs, idle, cronTasks);
  const calendar = createCalendarService({
    clock,
    log,
    dir: join(userDataDir, 'calendar'),
    secrets: memorySecretStore(),
    fetch: createHttpsFetcher({ clock, ca: TEST_CA }),
  });
  await calendar.load();
  const { core, loaded } = openCore({
    userDataDir,
    openSettingsStore: (): SettingsStore =>
      new Conf<Record<string, unknown>>({
        ...SETTINGS_STORE_OPTIONS,
        configName: SETTINGS_CONFIG_NAME,
        cwd: userDataDir,
        projectName: 'decompress',
      }),
    clock,
    log,
    shell,
    calendar,
    version: '0.0.0-harness',
    ...(options.liveSources ? { liveSources: options.liveSources } : {}),
    ...options.integrations,
  });

  /** Both clocks move by `ms`: the pages' first, so a window the core opens meanwhile starts in step. */
  async function advance(ms: number): Promise<void> {
    if (ms < 0) throw new Error('the harness clocks only move forwards');
    if (pagesPaused) {
      // A document still loading could see this move twice (once replayed,
      // once evaluated): let every window finish loading first.
      await Promise.allSettled([...windows.values()].map((w) => w.page));
      await Promise.allSettled([...closing]);
      await runPageClocksFor(ms);
    }
    clock.advance(ms);
  }

  /**
   * context.clock.runFor, again when a window closing at that moment made it
   * fail. Playwright first registers the move for documents yet to load (an
   * init script on every page) and only then moves the pages; a page that is
   * closing rejects that registration with "Target page, context or browser
   * has been closed", Playwright takes the registration back, and no page
   * has moved, so trying again cannot move any page twice. (A stress run saw
   * it: a snoozed prompt closed by main as the spec moved the clocks.)
   */
  async function runPageClocksFor(ms: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await context.clock.runFor(ms);
        return;
      } catch (err) {
        const pageWentAway =
          err instanceof Error &&
          /Target page, context or browser has been closed/.test(err.message);
        if (!pageWentAway || ended || attempt >= 5) throw err;
        await Promise.allSettled([...closing]);
        // A page can be gone for the client while Playwright's server still
        // lists it; nothing here can see when the server lets go of it, so
        // a short pause, longer each time, before asking again.
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  let ended = false;
  /** Set by crash() (and by close(), so a second close does not stop the core twice). */
  let crashed = false;
  function failWaiters(): void {
    ended = true;
    for (const waiter of windowWaiters) {
      waiter.reject(new Error(`the core did not open the ${waiter.route} window`));
    }
    windowWaiters.clear();
  }

  return {
    core,
    calendar,
    clock,
    advance,
    setTo: (epochMs) => advance(epochMs - clock.now()),
    record,
    dialogs,
    idle,
    cronTasks,
    userDataDir,
    context,
    log,
    firstRun: loaded.firstRun,
    async openWindow(route) {
      host.open(route);
      const open = windows.get(route);
      if (!open) throw new Error(`could not open the ${route} window`);
      return open.page;
    },
    waitForWindow(route) {
      const open = windows.get(route);
      if (open) return open.page;
      if (ended) return Promise.reject(new Error(`the harness has ended: no ${route} window`));
      return new Promise<OpenWindow>((resolve, reject) => {
        windowWaiters.add({ route, resolve, reject });
      }).then((w) => w.page);
    },
    closed(page) {
      if (page.isClosed()) return Promise.resolve();
      return new Promise((resolve) => page.once('close', () => resolve()));
    },
    settingsWhere(match) {
      const now = core.settings.get();
      if (match(now)) return Promise.resolve(now);
      return new Promise((resolve) => {
        const off = core.settings.onChange((next) => {
          if (!match(next)) return;
          off();
          resolve(next);
        });
      });
    },
    pageFor(route) {
      for (const [page, ctx] of contextFor) if (ctx.route === route) return page;
      return undefined;
    },
    async screenshot(page, name) {
      // Every state a spec thinks worth a picture is also checked by axe, in both themes.
      await expectNoAxeViolations(page, name);
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close(remove = false) {
      calendar.stop();
      if (!crashed) core.stop();
      crashed = true;
      failWaiters();
      await context.close();
      if (remove) rmSync(userDataDir, { recursive: true, force: true });
    },
    async crash() {
      crashed = true;
      failWaiters();
      await context.close();
    },
  };
}
