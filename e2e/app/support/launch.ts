import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { Route } from '../../../shared/routes';
import type { StandinControls } from '../../standin/control';

export const REPO_DIR = join(import.meta.dirname, '..', '..', '..');
export const STANDIN_BINARY = join(REPO_DIR, 'e2e', 'standin', 'bin', 'electron');

/**
 * Which Electron the app specs drive: the stand-in here, or a real binary
 * when ELECTRON_BINARY names one (`npm run test:electron`).
 */
export const REAL_ELECTRON = process.env.ELECTRON_BINARY ?? null;
/** The controls' recorder, loaded into a real Electron's main process before the app. */
const REAL_ELECTRON_CONTROLS = join(REPO_DIR, 'e2e', 'standin', 'dist', 'realElectron.cjs');

/** The binary and arguments that start the app on the Electron in use. */
export function electronCommand(extraArgs: string[] = []): { binary: string; args: string[] } {
  return REAL_ELECTRON
    ? { binary: REAL_ELECTRON, args: ['-r', REAL_ELECTRON_CONTROLS, REPO_DIR, ...extraArgs] }
    : { binary: STANDIN_BINARY, args: [REPO_DIR, ...extraArgs] };
}

export interface LaunchOptions {
  /** Reuse a profile, to see what a restart keeps. */
  userDataDir?: string;
  /** Main's clock starts here, paused: it moves only when a spec moves it. */
  fakeNow?: number;
  /** Written as settings.json before the launch: an object as JSON, or raw text. */
  settings?: Record<string, unknown> | string;
  /** Extra environment for the app. */
  env?: Record<string, string>;
  /** Extra arguments after the app folder. */
  args?: string[];
  /** Shapes the app's home folder before it starts (its .config exists already). */
  prepareHome?: (homeDir: string) => void;
}

export interface RunningApp {
  app: ElectronApplication;
  userDataDir: string;
  /** The app's home folder (XDG_CONFIG_HOME lives inside it): nothing touches the real one. */
  homeDir: string;
  /** Resolves once the app has had Electron's 'ready' (and run its start-up). */
  ready(): Promise<void>;
  /** Everything the process wrote to stderr since the launch returned. */
  stderr(): string;
  /** Resolves with the first stderr line matching `pattern` (already written or still to come). */
  stderrLine(pattern: RegExp): Promise<string>;
  /** The window showing `route` once its page has navigated there. */
  window(route: Route): Promise<Page>;
  /** The desktop controls (tray, notifications, clock, power, theme): the stand-in's, or the recorder's on real Electron. */
  desktop<R>(act: (controls: StandinControls) => R | Promise<R>): Promise<R>;
  /**
   * Starts the app again on the same profile, as the person would from a
   * menu or a terminal, with `args`; resolves when that second process has
   * exited (it hands over to the first and leaves).
   */
  launchAgain(...args: string[]): Promise<{ code: number | null; stdout: string }>;
  /** Moves main's clock (and the pages') forward, running every timer that falls due. */
  tick(ms: number): Promise<void>;
  /** Resolves when the process has exited, with its code. */
  exited: Promise<number | null>;
}

type WithStandin = { __standin: StandinControls };

/**
 * Launches the BUILT app (out/main/index.js) the way Playwright launches
 * Electron: through `_electron.launch`, on the stand-in binary unless a real
 * one is given. Each launch gets its own profile and home folder.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'decompress-app-'));
  const homeDir = mkdtempSync(join(tmpdir(), 'decompress-home-'));
  mkdirSync(join(homeDir, '.config'), { recursive: true });
  options.prepareHome?.(homeDir);
  if (options.settings !== undefined) {
    const text =
      typeof options.settings === 'string' ? options.settings : JSON.stringify(options.settings);
    writeFileSync(join(userDataDir, 'settings.json'), text);
  }
  const appEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...(process.env as Record<string, string>),
    HOME: homeDir,
    XDG_CONFIG_HOME: join(homeDir, '.config'),
    DECOMPRESS_USER_DATA: userDataDir,
    // The app must not find a real session bus or desktop here.
    DBUS_SESSION_BUS_ADDRESS: '',
    TZ: process.env.TZ ?? 'Europe/Berlin',
    ...extra,
  });
  const command = electronCommand(options.args);
  const app = await _electron.launch({
    executablePath: command.binary,
    args: command.args,
    cwd: REPO_DIR,
    env: appEnv({
      ...(options.fakeNow !== undefined ? { STANDIN_FAKE_NOW: String(options.fakeNow) } : {}),
      ...options.env,
    }),
  });
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  app.process().stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of [...waiters]) {
      const line = stderr.split('\n').find((l) => waiter.pattern.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => {
    const child = app.process();
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

  async function window(route: Route): Promise<Page> {
    const wanted = `#/${route}`;
    const matches = (page: Page) => page.url().endsWith(wanted);
    // A window main has just closed can still be in app.windows() until its
    // close reaches this process (a reminder's second prompt found the
    // snoozed first one): a round trip into the page tells a live one.
    const closing = new Set<Page>();
    for (const page of app.windows().filter(matches)) {
      const live = await page.evaluate(() => true).catch(() => false);
      if (live && !page.isClosed()) return page;
      closing.add(page);
    }
    return new Promise<Page>((resolve) => {
      const watch = (page: Page) => {
        if (closing.has(page)) return;
        if (matches(page)) resolve(page);
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame() && matches(page)) resolve(page);
        });
      };
      for (const page of app.windows()) watch(page);
      app.on('window', watch);
    });
  }

  return {
    app,
    userDataDir,
    homeDir,
    ready: () => app.evaluate(({ app: electronApp }) => electronApp.whenReady()),
    stderr: () => stderr,
    stderrLine(pattern) {
      const line = stderr.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) return Promise.resolve(line);
      return new Promise((resolve) => waiters.push({ pattern, resolve }));
    },
    window,
    desktop<R>(act: (controls: StandinControls) => R | Promise<R>): Promise<R> {
      return app.evaluate((electron, source) => {
        const controls =
          (electron as unknown as Partial<WithStandin>).__standin ??
          (globalThis as unknown as WithStandin).__standin;
        // Rebuilt in the app's process from its source: specs pass plain functions.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test equipment: a spec's function, sent as text into the app's process
        const fn = (new Function(`return (${source})`) as () => (c: StandinControls) => unknown)();
        return fn(controls);
      }, act.toString()) as Promise<R>;
    },
    launchAgain(...args) {
      const again = electronCommand(args);
      const child = spawn(again.binary, again.args, {
        cwd: REPO_DIR,
        env: appEnv(options.env),
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout })));
    },
    tick(ms) {
      return app.evaluate((electron, by) => {
        const controls =
          (electron as unknown as Partial<WithStandin>).__standin ??
          (globalThis as unknown as WithStandin).__standin;
        return controls.clock.tick(by);
      }, ms);
    },
    exited,
  };
}
