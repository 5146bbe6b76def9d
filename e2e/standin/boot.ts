import { existsSync, readFileSync, readlinkSync, readdirSync, statSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { withGlobal, type Clock as FakeClock } from '@sinonjs/fake-timers';
import { createElectronModule } from './api/electronModule';
import { createRuntime } from './api/runtime';
import { createControls } from './control';
import type { DriverCommand, DriverEvent } from './protocol';

/**
 * The Electron stand-in's main: started by bin/electron in place of
 * Electron's binary, with Electron's command line (switches, then the app
 * folder). It makes `electron` resolve to the stand-in, runs the app's main
 * script before 'ready' (as Electron does), starts Chromium, prints the
 * DevTools line Playwright's `_electron.launch` waits for, then emits ready.
 * Test equipment only: never shipped, and users always run real Electron.
 */

const ELECTRON_VERSION = '45.4.1';
const CHROME_VERSION = '142.0.0.0';
const QUIT_GRACE_MS = 5000;

// Captured before any fake clock: the stand-in's own waits keep real time.
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const realDateNow = Date.now;

const [, , standinExecutable = 'electron', ...cliArgs] = process.argv;
const appArg = cliArgs.find((a) => !a.startsWith('-')) ?? '.';

function fail(message: string): never {
  process.stderr.write(`standin: ${message}\n`);
  process.exit(1);
}

const appPath = resolve(appArg);
const packagePath = join(
  statSync(appPath).isDirectory() ? appPath : resolve(appPath, '..'),
  'package.json',
);
if (!existsSync(packagePath)) fail(`no package.json for the app at ${appPath}`);
const pkg = JSON.parse(readFileSync(packagePath, 'utf8')) as {
  name?: string;
  productName?: string;
  version?: string;
  main?: string;
};
const appDir = resolve(packagePath, '..');
const mainScript = statSync(appPath).isDirectory() ? join(appDir, pkg.main ?? 'index.js') : appPath;
if (!existsSync(mainScript))
  fail(`the app's main script ${mainScript} does not exist (run the build first)`);

// Fake timers go in before a line of the app runs, so every timer it (or node-cron) makes is movable.
let clock: FakeClock | null = null;
const fakeNow = process.env.STANDIN_FAKE_NOW;
if (fakeNow) {
  const now = Number(fakeNow);
  if (!Number.isFinite(now)) fail(`STANDIN_FAKE_NOW must be epoch milliseconds, not "${fakeNow}"`);
  clock = withGlobal(globalThis).install({
    now,
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'Date',
      'hrtime',
      'performance',
    ],
    shouldClearNativeTimers: true,
  });
}

const driverListeners = new Set<(event: DriverEvent) => void>();
const worker = new Worker(new URL('./driver.mjs', import.meta.url), {
  workerData: {
    chromiumPath: process.env.STANDIN_CHROMIUM ?? '/usr/bin/chromium',
    headless: process.env.STANDIN_HEADFUL !== '1',
  },
});
worker.on('message', (event: DriverEvent) => {
  for (const listener of driverListeners) listener(event);
});
worker.on('error', (err) => fail(`the Chromium driver failed: ${err.message}`));

const runtime = createRuntime({
  send: (command: DriverCommand) => worker.postMessage(command),
  subscribe(listener) {
    driverListeners.add(listener);
    return () => void driverListeners.delete(listener);
  },
  realSetTimeout,
  realClearTimeout,
});

const electron = createElectronModule(runtime, runtime.markReady, {
  identity: {
    name: pkg.productName ?? pkg.name ?? 'Electron',
    version: pkg.version ?? '0.0.0',
    appPath: appDir,
    execPath: standinExecutable,
  },
  // Electron 38+ runs natively on Wayland when the session offers it.
  wayland: process.env.XDG_SESSION_TYPE === 'wayland' && Boolean(process.env.WAYLAND_DISPLAY),
});
const controls = createControls(electron, runtime, clock);
const moduleObject = Object.assign(electron, { __standin: controls });
Object.assign(globalThis, { __electronStandin: moduleObject });

// ES modules (the app, electron-store) get the stand-in through a resolve hook...
register('./hooks.mjs', import.meta.url, {
  data: { electronUrl: new URL('./electron.mjs', import.meta.url).href },
});
// ...and CommonJS (electron-log, the inspector's require used by Playwright) through the resolver.
const cjsShim = new URL('./electron.cjs', import.meta.url).pathname;
const nodeModule = createRequire(import.meta.url)('node:module') as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const resolveFilename = nodeModule._resolveFilename;
nodeModule._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? cjsShim : resolveFilename.call(this, request, ...rest);
};

// What the app sees of its process, as under Electron.
// In the order given: Chromium's switches and the app's own arguments may come on either side of the folder.
process.argv = [standinExecutable, ...cliArgs];
Object.assign(process, {
  type: 'browser',
  // `electron <app folder>` is a default-app run: argv carries the folder after the executable.
  defaultApp: true,
  resourcesPath: join(appDir, 'node_modules', 'electron', 'dist', 'resources'),
});
Object.assign(process.versions, { electron: ELECTRON_VERSION, chrome: CHROME_VERSION });

/** Files under the app's userData still open: what "closes the history file" is checked against. */
function openUserDataFiles(): string[] {
  const userData = electron.app.getPath('userData');
  const open: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(userData)) open.push(target);
    } catch {
      // The fd used to list the folder is gone by now.
    }
  }
  return open;
}

let finishing = false;
electron.app.setQuitSteps({
  closeAllWindows() {
    for (const win of electron.BrowserWindow.getAllWindows()) win.close();
    return electron.BrowserWindow.getAllWindows().length === 0;
  },
  finish(exitCode) {
    if (finishing) return;
    finishing = true;
    const pending = clock ? clock.countTimers() : 0;
    const started = realDateNow();
    worker.once('exit', () => {
      const files = openUserDataFiles();
      process.stderr.write(
        `standin: quit (exit code ${exitCode}); app timers pending: ${pending}; userData files open: ${files.length ? files.join(', ') : 'none'}\n`,
      );
      process.exitCode = exitCode;
      // Electron would exit now whatever is left; the stand-in waits for the
      // app to let go, so a timer or socket it forgot shows up here.
      const watchdog = realSetTimeout(() => {
        const held = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
        process.stderr.write(
          `standin: the app still holds the process ${realDateNow() - started} ms after quit: ${held.join(', ')}\n`,
        );
        process.exit(70);
      }, QUIT_GRACE_MS);
      watchdog.unref();
      clock?.uninstall();
    });
    worker.postMessage({ op: 'shutdown' } satisfies DriverCommand);
  },
});

// Electron runs its main process with --unhandled-rejections=warn, not Node's throw.
process.on('unhandledRejection', (reason) => {
  const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  process.stderr.write(
    `standin: unhandled promise rejection in main (Electron warns and goes on): ${text}\n`,
  );
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    // Chromium quits the app on these; a second signal ends it at once.
    process.once(signal, () => process.exit(1));
    electron.app.quit();
  });
}

const started = new Promise<string>((resolveStarted, rejectStarted) => {
  const unsubscribe = runtime.onDriverEvent((event) => {
    if (event.ev === 'started') {
      unsubscribe();
      resolveStarted(event.devToolsUrl);
    } else if (event.ev === 'failed') {
      unsubscribe();
      rejectStarted(new Error(event.message));
    }
  });
});
if (clock) runtime.send({ op: 'clock', now: Date.now() });

try {
  // The app's top level runs before 'ready', as under Electron.
  await import(pathToFileURL(mainScript).href);
} catch (err) {
  process.stderr.write(
    `standin: the app's main script threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
}

try {
  const devToolsUrl = await started;
  process.stderr.write(`\nDevTools listening on ${devToolsUrl}\n`);
  // Always said: specs and the front-door test wait for it.
  process.stderr.write(`standin: ready (${electron.app.getName()} ${electron.app.getVersion()})\n`);
  electron.app.emitReady();
} catch (err) {
  // An app that quits before 'ready' (--help, a second instance) stops
  // Chromium while it is still starting: that is the quit, not a failure,
  // and the quit path reports and exits.
  if (!finishing) {
    fail(`Chromium did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}
