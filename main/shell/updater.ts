import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
// electron-updater is CommonJS and builds `autoUpdater` in a getter, which
// Node's ESM named-export detection does not see: take it from the default.
import electronUpdater, { type AppUpdater } from 'electron-updater';
import type { TestOnlyUpdaterOptions } from 'electron-updater/out/AppUpdater';
import type { Logger } from '../core/logger';
import {
  detectPackageKind,
  type PackageFacts,
  type PackageKind,
} from '../core/updates/packageKind';
import type { UpdaterEvent, UpdaterFailure, UpdaterPort } from '../core/updates/updaterPort';

const LONGEST_VERSION = 40;
const LONGEST_LOG_TEXT = 300;

/**
 * The facts detectPackageKind needs, read the way electron-updater reads
 * them: $APPIMAGE from the AppImage runtime, and resources/package-type,
 * which electron-builder writes into .deb/.rpm/pacman builds.
 */
export function readPackageFacts(
  packaged: boolean,
  env: NodeJS.ProcessEnv = process.env,
  // Electron sets process.resourcesPath; plain Node (tests, tools) does not.
  resourcesPath: string | undefined = process.resourcesPath,
  platform: string = process.platform,
  executablePath: string = process.execPath,
): PackageFacts {
  let packageType: string | null = null;
  try {
    const marker = resourcesPath ? join(resourcesPath, 'package-type') : null;
    if (marker && existsSync(marker)) {
      packageType = readFileSync(marker, 'utf8').trim().slice(0, 20);
    }
  } catch {
    packageType = null;
  }
  return {
    platform,
    packaged,
    appImagePath: env.APPIMAGE,
    snap: env.SNAP,
    packageType,
    executablePath,
  };
}

/**
 * The electron-updater instance for an install, or null where none applies.
 * Its `autoUpdater` already is the AppImage, NSIS, Mac or Deb/Rpm/Pacman
 * updater for this install; only the tarball needs another: autoUpdater is
 * the AppImage updater there, which stays inactive without $APPIMAGE. The
 * tarball (like every .deb) is only ever asked to check, never to download,
 * so any Linux updater serves; DebUpdater is the one that checks whenever
 * the app is packaged.
 */
export function updateEngineFor(kind: PackageKind): AppUpdater | null {
  switch (kind) {
    case 'appimage':
    case 'nsis':
    case 'dmg':
    case 'deb':
    case 'rpm':
    case 'pacman':
      return electronUpdater.autoUpdater;
    case 'tarball':
      return new electronUpdater.DebUpdater();
    case 'snap':
    case 'unpackaged':
      return null;
  }
}

/** What electron-builder writes as resources/app-update.yml, for a test feed. */
export const TEST_UPDATE_CONFIG = 'test-app-update.yml';

/**
 * A feed for tests that ask for an update check (the stand-in specs): only
 * with DECOMPRESS_TEST_HOOKS=1, and only a plain-http server on this machine.
 * Returns whether the engine now points at it. With `configDir`, the
 * app-update.yml a packaged build carries is written there too: a download
 * reads its updaterCacheDirName, and an unpackaged run has none.
 */
export function applyTestFeed(
  engine: AppUpdater,
  env: NodeJS.ProcessEnv = process.env,
  configDir: string | null = null,
): boolean {
  const feed = env.DECOMPRESS_UPDATE_FEED;
  if (env.DECOMPRESS_TEST_HOOKS !== '1' || !feed) return false;
  let url: URL;
  try {
    url = new URL(feed);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    return false;
  }
  if (configDir) {
    mkdirSync(configDir, { recursive: true });
    const configPath = join(configDir, TEST_UPDATE_CONFIG);
    writeFileSync(
      configPath,
      `provider: generic\nurl: ${url.href}\nupdaterCacheDirName: decompress-updater\n`,
    );
    engine.updateConfigPath = configPath;
  }
  engine.setFeedURL({ provider: 'generic', url: url.href });
  // An unpackaged build is otherwise skipped by electron-updater.
  engine.forceDevUpdateConfig = true;
  return true;
}

/**
 * The NSIS installer's updater for a stand-in spec on Linux
 * (DECOMPRESS_TEST_PLATFORM=win32 beside a test feed): the updater Windows
 * gets, reading the feed Windows reads. electron-updater picks the feed file
 * (latest.yml on Windows, latest-linux.yml on Linux) from the platform in its
 * `_testOnlyOptions`, the switch its own test suite sets; it is not in the
 * typings, hence Object.assign. A full download, as the first install of a
 * version has no old installer to diff against.
 */
function windowsEngineForTests(): AppUpdater {
  const engine = new electronUpdater.NsisUpdater();
  const testOnly: TestOnlyUpdaterOptions = { platform: 'win32', isUseDifferentialDownload: false };
  Object.assign(engine, { _testOnlyOptions: testOnly });
  return engine;
}

/**
 * Which install this is and the electron-updater instance for it (null for
 * a development run or a snap). A test feed (see applyTestFeed) makes an
 * unpackaged build count as packaged, so stand-in specs can ask for checks;
 * nothing else does, so tests and CI never check on their own.
 */
export function updateSetup(
  packaged: boolean,
  env: NodeJS.ProcessEnv = process.env,
  /** Where a test feed's app-update.yml goes (the app's userData). */
  testConfigDir: string | null = null,
): { kind: PackageKind; engine: AppUpdater | null } {
  const testFeed = env.DECOMPRESS_TEST_HOOKS === '1' && !!env.DECOMPRESS_UPDATE_FEED;
  if (testFeed && env.DECOMPRESS_TEST_PLATFORM === 'win32') {
    const engine = windowsEngineForTests();
    return applyTestFeed(engine, env, testConfigDir)
      ? { kind: 'nsis', engine }
      : { kind: 'unpackaged', engine: null };
  }
  const kind = detectPackageKind(readPackageFacts(packaged || testFeed, env));
  const engine = updateEngineFor(kind);
  if (engine && testFeed && !applyTestFeed(engine, env, testConfigDir))
    return { kind: 'unpackaged', engine: null };
  return { kind, engine };
}

/** Home directories out of library messages before they reach the log. */
function scrub(text: string, home: string): string {
  const cut = text.length > LONGEST_LOG_TEXT ? `${text.slice(0, LONGEST_LOG_TEXT)}…` : text;
  return home ? cut.split(home).join('~') : cut;
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** What can be classified about a library error: its code and HTTP status, never its text. */
export function failureOf(err: unknown): UpdaterFailure {
  const code = property(err, 'code');
  const statusCode = property(err, 'statusCode');
  const message = err instanceof Error ? err.message : String(err);
  const netError = /net::ERR_[A-Z_]+/.exec(message)?.[0] ?? null;
  return {
    code: typeof code === 'string' ? code : netError,
    statusCode: typeof statusCode === 'number' ? statusCode : null,
  };
}

/** A version from the feed, kept only if it looks like one (it lands in a tray label). */
function versionOf(info: unknown): string {
  const version = property(info, 'version');
  return typeof version === 'string' &&
    version.length <= LONGEST_VERSION &&
    /^[0-9A-Za-z.+-]+$/.test(version)
    ? version
    : 'a new version';
}

/**
 * The core's UpdaterPort over an electron-updater instance: its events
 * become UpdaterEvents, its promises never reject to the caller, and an
 * error it reports both as an event and a rejection is reported once.
 */
export function createUpdaterPort(
  engine: AppUpdater,
  log: Logger,
  home: string = homedir(),
): UpdaterPort & { dispose(): void } {
  const listeners = new Set<(event: UpdaterEvent) => void>();
  let errorsSeen = 0;
  const emit = (event: UpdaterEvent) => {
    for (const listener of listeners) listener(event);
  };

  engine.logger = {
    // Its info lines narrate every request; the core logs what matters.
    info: () => undefined,
    warn: (message: unknown) => log.warn(`updater: ${scrub(String(message), home)}`),
    error: (message: unknown) => log.warn(`updater: ${scrub(String(message), home)}`),
  };
  // No web installers are built, and a download must never fall back to one.
  engine.disableWebInstaller = true;

  const handlers = {
    checking: () => emit({ type: 'checking' }),
    available: (info: unknown) => emit({ type: 'available', version: versionOf(info) }),
    notAvailable: (info: unknown) => emit({ type: 'not-available', version: versionOf(info) }),
    progress: (info: unknown) => {
      const percent = property(info, 'percent');
      if (typeof percent === 'number' && Number.isFinite(percent))
        emit({ type: 'progress', percent });
    },
    downloaded: (info: unknown) => emit({ type: 'downloaded', version: versionOf(info) }),
    error: (err: Error) => {
      errorsSeen += 1;
      emit({ type: 'error', failure: failureOf(err) });
    },
  };
  engine.on('checking-for-update', handlers.checking);
  engine.on('update-available', handlers.available);
  engine.on('update-not-available', handlers.notAvailable);
  engine.on('download-progress', handlers.progress);
  engine.on('update-downloaded', handlers.downloaded);
  engine.on('error', handlers.error);

  /** Runs a library call; a rejection it did not also emit is emitted here. */
  async function guarded(what: string, run: () => Promise<unknown>): Promise<unknown> {
    const before = errorsSeen;
    try {
      return await run();
    } catch (err) {
      if (errorsSeen === before)
        handlers.error(err instanceof Error ? err : new Error(String(err)));
      const failure = failureOf(err);
      log.warn(`updater: ${what} failed`, { code: failure.code, status: failure.statusCode });
      return null;
    }
  }

  return {
    async check() {
      const before = errorsSeen;
      const result = await guarded('check', async () => {
        const checked = await engine.checkForUpdates();
        // With autoDownload the library starts the download and hands back its
        // promise; a failed download is already an 'error' event, and left
        // unheard the rejection would be an unhandled one in main.
        void checked?.downloadPromise?.catch(() => undefined);
        return checked;
      });
      // null without an error: electron-updater chose not to check (not
      // packaged, or an AppImage build run without $APPIMAGE). Say so, or a
      // check the person asked for would never be answered.
      if (result === null && errorsSeen === before) {
        handlers.error(
          Object.assign(new Error('updater inactive'), { code: 'ERR_UPDATER_INACTIVE' }),
        );
      }
    },
    async download() {
      await guarded('download', () => engine.downloadUpdate());
    },
    installNow() {
      try {
        // Silent, then start the new version: the person asked for a restart.
        engine.quitAndInstall(true, true);
      } catch (err) {
        handlers.error(err instanceof Error ? err : new Error(String(err)));
      }
    },
    configure({ autoDownload, installOnQuit }) {
      engine.autoDownload = autoDownload;
      engine.autoInstallOnAppQuit = installOnQuit;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      engine.off('checking-for-update', handlers.checking);
      engine.off('update-available', handlers.available);
      engine.off('update-not-available', handlers.notAvailable);
      engine.off('download-progress', handlers.progress);
      engine.off('update-downloaded', handlers.downloaded);
      engine.off('error', handlers.error);
      listeners.clear();
    },
  };
}

/**
 * What main/index.ts hands the core: the install kind and the port over
 * electron-updater, or null where nothing checks (a development run without
 * a test feed, a snap). `dispose` lets go of the library's events at quit.
 */
export function appUpdates(
  packaged: boolean,
  log: Logger,
  userDataDir: string,
): { kind: PackageKind; updater: UpdaterPort; dispose(): void } | null {
  const { kind, engine } = updateSetup(packaged, process.env, userDataDir);
  if (!engine) {
    log.info('updates: none for this copy', { kind });
    return null;
  }
  const port = createUpdaterPort(engine, log);
  return { kind, updater: port, dispose: () => port.dispose() };
}
