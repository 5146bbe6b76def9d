import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parentPort, workerData } from 'node:worker_threads';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { DriverCommand, DriverEvent } from '../protocol';
import { pageScriptSource } from './pageScript';

/**
 * The stand-in's Chromium: one real browser whose pages are the app's
 * windows. It runs in a worker thread so that the app's fake timers (main
 * thread) never stop Playwright's own clocks. Chromium is started with a
 * DevTools port so a spec's Playwright (`_electron.launch`) can attach to the
 * same pages, exactly as it attaches to a real Electron.
 */

interface DriverOptions {
  chromiumPath: string;
  headless: boolean;
}

const options = workerData as DriverOptions;
const port = parentPort;
if (!port) throw new Error('the Chromium driver must run in a worker thread');

function post(event: DriverEvent): void {
  port?.postMessage(event);
}

interface WindowPage {
  /** Null until Chromium has made the page; every operation waits in `queue` behind that. */
  page: Page | null;
  /** Operations on one window run in order, as Electron's would. */
  queue: Promise<void>;
  /** Pushes waiting for the page's long poll. */
  pending: { channel: string; args: unknown[] }[];
  waiter: ((batch: { channel: string; args: unknown[] }[]) => void) | null;
}

const windows = new Map<number, WindowPage>();
const replies = new Map<number, (reply: unknown) => void>();
let nextReplyId = 1;
let browser: Browser | null = null;
let context: BrowserContext | null = null;
let chromiumProcess: ChildProcess | null = null;
let profileDir: string | null = null;
let colorScheme: 'light' | 'dark' = 'light';
let clockNow: number | null = null;
let clockInstalled = false;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--password-store=basic',
  '--use-mock-keychain',
  // The app's renderer is loaded over file:// as ES modules (Electron's loadFile).
  '--allow-file-access-from-files',
  // Electron does not throttle windows in the background unless asked; nor do we.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

async function launch(): Promise<string> {
  profileDir = mkdtempSync(join(tmpdir(), 'decompress-standin-chromium-'));
  const args = [
    ...CHROMIUM_ARGS,
    ...(options.headless ? ['--headless'] : []),
    '--remote-debugging-port=0',
    // Held open and never used: Chromium quits when it closes, so a killed
    // stand-in (a crash test's SIGKILL) never leaves a browser behind.
    '--remote-debugging-pipe',
    `--user-data-dir=${profileDir}`,
    'about:blank',
  ];
  const child = spawn(options.chromiumPath, args, {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  chromiumProcess = child;
  return new Promise<string>((resolve, reject) => {
    child.once('error', (err) =>
      reject(new Error(`Chromium could not start (${options.chromiumPath}): ${err.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`Chromium exited at start (code ${code})`)));
    const lines = createInterface({ input: child.stderr ?? process.stdin });
    lines.on('line', (line) => {
      const match = /^DevTools listening on (ws:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
}

function windowFor(webContentsId: number): WindowPage | undefined {
  return windows.get(webContentsId);
}

/** Runs `op` after everything already asked of this window (its creation first). */
function enqueue(webContentsId: number, op: (w: WindowPage, page: Page) => Promise<void>): void {
  const w = windowFor(webContentsId);
  if (!w) return;
  w.queue = w.queue.then(() => (w.page ? op(w, w.page) : undefined)).catch(() => undefined);
}

async function syncClock(target: BrowserContext): Promise<void> {
  if (clockNow === null) return;
  // The renderer reads the same wall clock as main: pin its Date to main's (fake) now.
  if (!clockInstalled) {
    clockInstalled = true;
    await target.clock.install({ time: clockNow });
  }
  await target.clock.setFixedTime(clockNow);
}

function createWindow(
  webContentsId: number,
  spec: { width: number; height: number; preloadSource: string | null },
): void {
  const entry: WindowPage = { page: null, queue: Promise.resolve(), pending: [], waiter: null };
  // Registered at once, so a load or send that follows is queued behind the creation.
  windows.set(webContentsId, entry);
  const bindingName = `__standinIpc${Math.random().toString(36).slice(2)}`;
  const created = (async () => {
    if (!context) throw new Error('no browser');
    const page = await context.newPage();
    entry.page = page;
    page.on('close', () => {
      windows.delete(webContentsId);
      post({ ev: 'pageClosed', webContentsId });
    });
    await page.setViewportSize({ width: spec.width, height: spec.height });
    await page.emulateMedia({ colorScheme });
    await page.exposeBinding(bindingName, async (source, payload: unknown) => {
      const message = payload as
        | { kind: 'invoke'; channel: string; args: unknown[] }
        | { kind: 'send'; channel: string; args: unknown[] }
        | { kind: 'title'; title: string }
        | { kind: 'poll' };
      const frameUrl = source.frame.url();
      const isMainFrame = source.frame === source.page.mainFrame();
      switch (message.kind) {
        case 'invoke': {
          const replyId = nextReplyId++;
          const reply = new Promise<unknown>((resolve) => replies.set(replyId, resolve));
          post({
            ev: 'invoke',
            webContentsId,
            frameUrl,
            isMainFrame,
            channel: message.channel,
            args: message.args,
            replyId,
          });
          return reply;
        }
        case 'send':
          post({
            ev: 'message',
            webContentsId,
            frameUrl,
            isMainFrame,
            channel: message.channel,
            args: message.args,
          });
          return null;
        case 'title':
          post({ ev: 'title', webContentsId, title: message.title });
          return null;
        case 'poll':
          if (entry.pending.length > 0) return entry.pending.splice(0);
          return new Promise((resolve) => {
            entry.waiter = resolve;
          });
      }
    });
    await page.addInitScript({ content: pageScriptSource(bindingName, spec.preloadSource) });
    const session = await context.newCDPSession(page);
    const info = (await session.send('Target.getTargetInfo')) as {
      targetInfo: { targetId: string };
    };
    await session.detach();
    post({ ev: 'targetId', webContentsId, targetId: info.targetInfo.targetId });
  })();
  entry.queue = created.catch((err: unknown) => {
    post({
      ev: 'loadFailed',
      webContentsId,
      url: 'about:blank',
      message: err instanceof Error ? err.message : String(err),
    });
  });
}

function deliver(w: WindowPage): void {
  if (!w.waiter || w.pending.length === 0) return;
  const waiter = w.waiter;
  w.waiter = null;
  waiter(w.pending.splice(0));
}

async function handle(command: DriverCommand): Promise<void> {
  switch (command.op) {
    case 'create':
      createWindow(command.webContentsId, command.spec);
      return;
    case 'load':
      enqueue(command.webContentsId, async (w, page) => {
        // A new document starts with no pushes waiting: the old page's are gone with it.
        w.pending = [];
        w.waiter = null;
        try {
          await page.goto(command.url, { waitUntil: 'load' });
          // The title as loaded, so main knows it by the time the load is reported.
          const title = await page.title();
          post({ ev: 'loaded', webContentsId: command.webContentsId, url: page.url(), title });
        } catch (err) {
          post({
            ev: 'loadFailed',
            webContentsId: command.webContentsId,
            url: command.url,
            message: err instanceof Error ? err.message : String(err),
          });
        }
      });
      return;
    case 'resize':
      enqueue(command.webContentsId, (_w, page) =>
        page.setViewportSize({ width: command.width, height: command.height }),
      );
      return;
    case 'send': {
      const w = windowFor(command.webContentsId);
      if (!w) return;
      w.pending.push({ channel: command.channel, args: command.args });
      deliver(w);
      return;
    }
    case 'close':
      enqueue(command.webContentsId, (_w, page) => page.close());
      return;
    case 'colorScheme':
      colorScheme = command.scheme;
      for (const w of windows.values()) {
        await w.page?.emulateMedia({ colorScheme }).catch(() => undefined);
      }
      return;
    case 'clock':
      clockNow = command.now;
      if (context) await syncClock(context);
      return;
    case 'reply': {
      const resolve = replies.get(command.replyId);
      replies.delete(command.replyId);
      resolve?.(
        command.ok ? { ok: true, value: command.value } : { ok: false, message: command.message },
      );
      return;
    }
    case 'shutdown':
      await shutdown();
      return;
  }
}

/** Chromium's helper processes may still be writing the profile for a moment after it exits. */
async function removeProfile(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  process.stderr.write(`standin driver: left ${dir} behind (still in use)\n`);
}

async function shutdown(): Promise<void> {
  try {
    for (const w of windows.values()) w.waiter?.([]);
    windows.clear();
    await browser?.close().catch(() => undefined);
    browser = null;
    if (chromiumProcess && chromiumProcess.exitCode === null) {
      const exited = new Promise((resolve) => chromiumProcess?.once('exit', resolve));
      chromiumProcess.kill('SIGTERM');
      await exited;
    }
    if (profileDir) await removeProfile(profileDir);
  } finally {
    // Whatever went wrong above, the app's process must be let go.
    post({ ev: 'stopped' });
    port?.close();
  }
}

async function start(): Promise<void> {
  try {
    const devToolsUrl = await launch();
    browser = await chromium.connectOverCDP(devToolsUrl);
    const defaultContext = browser.contexts()[0];
    if (!defaultContext) throw new Error('Chromium has no default context');
    context = defaultContext;
    // Chromium opens one blank tab; Electron has no window until the app makes one.
    for (const page of context.pages()) await page.close();
    if (clockNow !== null) await syncClock(context);
    post({ ev: 'started', devToolsUrl });
  } catch (err) {
    post({ ev: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
}

port.on('message', (command: DriverCommand) => {
  void handle(command).catch((err: unknown) => {
    process.stderr.write(
      `standin driver: ${command.op} failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
  });
});
void start();
