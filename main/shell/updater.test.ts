import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppImageUpdater, DebUpdater, NsisUpdater, type AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateMode } from '../../shared/settings/schema';
import { memoryLogger } from '../core/logger';
import { createManualClock } from '../core/testing/manualClock';
import type { PackageKind } from '../core/updates/packageKind';
import { createUpdateController, type UpdateController } from '../core/updates/updateController';
import type { UpdateAnnouncement, UpdateView } from '../core/updates/updateView';
import { NodeUpdateHttpExecutor } from './testing/nodeUpdateHttpExecutor';
import {
  installerBytes,
  startLocalUpdateFeed,
  type LocalUpdateFeed,
} from './testing/localUpdateFeed';
import { createTestUpdaterApp, type TestUpdaterApp } from './testing/updaterAppAdapter';
import { applyTestFeed, createUpdaterPort, readPackageFacts, updateSetup } from './updater';

/*
 * electron-updater for real (its providers, YAML parsing, semver rules,
 * download, sha512 check and install-on-quit) against a generic feed on
 * 127.0.0.1. Two things stand in for Electron, which cannot run here: the
 * AppAdapter its constructors accept instead of Electron's `app`, and
 * electron-builder's own Node HTTP executor instead of Electron's `net`.
 */

interface Rig {
  app: TestUpdaterApp;
  engine: AppUpdater;
  controller: UpdateController;
  views: UpdateView[];
  announced: UpdateAnnouncement[];
  log: ReturnType<typeof memoryLogger>;
  pagesOpened: number;
  /** Resolves with the first view (from now on) that satisfies `done`. */
  until(done: (view: UpdateView) => boolean): Promise<UpdateView>;
}

let dir: string;
let feed: LocalUpdateFeed;
let appImage: string;
const rigs: Rig[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-updater-'));
  feed = await startLocalUpdateFeed();
  // The running AppImage: the AppImage runtime sets $APPIMAGE to its path.
  appImage = join(dir, 'Decompress.AppImage');
  writeFileSync(appImage, installerBytes('0.1.0'), { mode: 0o755 });
  vi.stubEnv('APPIMAGE', appImage);
});

afterEach(async () => {
  for (const r of rigs.splice(0)) r.controller.stop();
  vi.unstubAllEnvs();
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
});

type Engine = 'appimage' | 'nsis' | 'deb';

function makeEngine(which: Engine, app: TestUpdaterApp): AppUpdater {
  const engine =
    which === 'nsis'
      ? new NsisUpdater(null, app)
      : which === 'deb'
        ? new DebUpdater(null, app)
        : new AppImageUpdater(null, app);
  // Internal in electron-updater: the executor its constructor leaves null
  // when given an AppAdapter (Electron's net would be used in the app).
  Reflect.set(engine, 'httpExecutor', new NodeUpdateHttpExecutor());
  // The stand-in AppImage carries no embedded block map; real ones do.
  engine.disableDifferentialDownload = true;
  if (which === 'nsis') {
    // electron-updater's own test switch: read the Windows channel (latest.yml) on this Linux box.
    Reflect.set(engine, '_testOnlyOptions', {
      platform: 'win32',
      isUseDifferentialDownload: false,
    });
  }
  return engine;
}

function rig(kind: PackageKind, mode: UpdateMode, which: Engine = 'appimage'): Rig {
  const app = createTestUpdaterApp(dir, feed.url);
  const engine = makeEngine(which, app);
  const log = memoryLogger();
  const views: UpdateView[] = [];
  const announced: UpdateAnnouncement[] = [];
  const waiters: { done: (v: UpdateView) => boolean; resolve: (v: UpdateView) => void }[] = [];
  const r: Rig = {
    app,
    engine,
    views,
    announced,
    log,
    pagesOpened: 0,
    until: (done) => new Promise((resolve) => waiters.push({ done, resolve })),
    controller: createUpdateController({
      clock: createManualClock(Date.UTC(2026, 10, 23, 8, 0)),
      updater: createUpdaterPort(engine, log, dir),
      kind,
      currentVersion: '0.1.0',
      log,
      mode: () => mode,
      isRoutineRunning: () => false,
      isBusy: () => false,
      onChange: (view) => {
        views.push(view);
        for (const w of waiters.splice(0)) {
          if (w.done(view)) w.resolve(view);
          else waiters.push(w);
        }
      },
      announce: (a) => announced.push(a),
      openReleasePage: () => {
        r.pagesOpened += 1;
      },
    }),
  };
  r.controller.start();
  rigs.push(r);
  return r;
}

const settled = (view: UpdateView) =>
  view.trayItem?.action !== null && !view.statusLine.startsWith('Checking');

describe('electron-updater against a local generic feed', () => {
  it('a newer version: downloaded in the background, "Restart to update to 0.3.0", installed on quit', async () => {
    feed.answer({ kind: 'release', version: '0.3.0' });
    const r = rig('appimage', 'automatic');
    const ready = r.until((v) => v.trayItem?.action === 'update:install');
    r.controller.act('update:check');
    const view = await ready;
    expect(view.trayItem).toEqual({
      label: 'Restart to update to 0.3.0',
      action: 'update:install',
    });
    expect(r.announced.map((a) => a.title)).toEqual(['Decompress 0.3.0 is ready']);
    expect(feed.requests).toEqual(['latest-linux.yml', 'Decompress-0.3.0.AppImage']);
    const downloaded = join(
      dir,
      'cache',
      'decompress-updater',
      'pending',
      'Decompress-0.3.0.AppImage',
    );
    expect(readFileSync(downloaded)).toEqual(installerBytes('0.3.0'));

    // Quitting installs it: the running AppImage file is replaced by the new one.
    r.app.quitWith(0);
    expect(readFileSync(appImage)).toEqual(installerBytes('0.3.0'));
  });

  it('a newer version in "tell me" mode: offered, downloaded only when chosen', async () => {
    feed.answer({ kind: 'release', version: '0.3.0' });
    const r = rig('appimage', 'notify');
    const offered = r.until(settled);
    r.controller.act('update:check');
    expect((await offered).trayItem).toEqual({
      label: 'Download Decompress 0.3.0',
      action: 'update:download',
    });
    expect(feed.requests).toEqual(['latest-linux.yml']);
    const ready = r.until((v) => v.trayItem?.action === 'update:install');
    r.controller.act('update:download');
    expect((await ready).trayItem?.label).toBe('Restart to update to 0.3.0');
    expect(r.announced.map((a) => a.title)).toEqual([
      'Decompress 0.3.0 is available',
      'Decompress 0.3.0 is ready',
    ]);
  });

  it('the Windows feed (latest.yml) through the NSIS updater', async () => {
    feed.answer({ kind: 'release', version: '0.3.0' });
    const r = rig('nsis', 'automatic', 'nsis');
    const ready = r.until((v) => v.trayItem?.action === 'update:install');
    r.controller.act('update:check');
    expect((await ready).trayItem?.label).toBe('Restart to update to 0.3.0');
    expect(feed.requests).toEqual(['latest.yml', 'Decompress-Setup-0.3.0.exe']);
  });

  it('a .deb install: told where to get it, nothing downloaded', async () => {
    feed.answer({ kind: 'release', version: '0.3.0' });
    const r = rig('deb', 'automatic', 'deb');
    const told = r.until(settled);
    r.controller.act('update:check');
    const view = await told;
    expect(view.trayItem).toEqual({
      label: 'Update available: get 0.3.0 from the releases page…',
      action: 'update:open-page',
    });
    expect(r.announced[0]?.body).toMatch(/^This copy was installed from a \.deb package/);
    expect(feed.requests).toEqual(['latest-linux.yml']);
    r.controller.act('update:open-page');
    expect(r.pagesOpened).toBe(1);
  });

  it('the same version: up to date, and said so because the person asked', async () => {
    feed.answer({ kind: 'release', version: '0.1.0' });
    const r = rig('appimage', 'automatic');
    const answered = r.until(settled);
    r.controller.act('update:check');
    const view = await answered;
    expect(view.statusLine).toBe('Decompress 0.1.0 is the latest version.');
    expect(view.trayItem).toEqual({ label: 'Check for updates…', action: 'update:check' });
    expect(r.announced.map((a) => a.title)).toEqual(['Decompress is up to date']);
    expect(feed.requests).toEqual(['latest-linux.yml']);
  });

  it.each([
    [{ kind: 'malformed' } as const, 'The update information on the server could not be read.'],
    [{ kind: 'bad-version' } as const, 'The update information on the server could not be read.'],
    [
      { kind: 'status', code: 500 } as const,
      'The update server had a problem (HTTP 500); Decompress will try again later.',
    ],
    [
      { kind: 'status', code: 404 } as const,
      'The update server has no update information for this system.',
    ],
  ])('%j: the right notice, nothing thrown, nothing downloaded', async (answer, body) => {
    feed.answer(answer);
    const r = rig('appimage', 'automatic');
    const failed = r.until(settled);
    r.controller.act('update:check');
    const view = await failed;
    expect(view.trayItem).toEqual({ label: 'Check for updates…', action: 'update:check' });
    expect(r.announced).toEqual([
      { key: expect.any(String), title: 'Could not check for updates', body, actions: [] },
    ]);
    expect(JSON.stringify(r.views)).not.toContain('secret');
    expect(existsSync(join(dir, 'cache', 'decompress-updater', 'pending'))).toBe(false);
  });

  it('a download that does not match its checksum is thrown away and said so', async () => {
    feed.answer({ kind: 'damaged-download', version: '0.3.0' });
    const r = rig('appimage', 'automatic');
    const failed = r.until((v) => v.statusLine.startsWith('The update download failed'));
    r.controller.act('update:check');
    expect((await failed).statusLine).toBe(
      'The update download failed: the downloaded update did not match what the server promised, so it was thrown away.',
    );
    r.app.quitWith(0);
    expect(readFileSync(appImage)).toEqual(installerBytes('0.1.0'));
  });

  it('no server at all (offline): "could not be reached", after the library\'s own retries', async () => {
    const r = rig('appimage', 'automatic');
    await feed.close();
    const failed = r.until(settled);
    r.controller.act('update:check');
    expect((await failed).statusLine).toBe(
      'The update check failed: the update server could not be reached; check the internet connection.',
    );
  });

  it('a timer check that fails stays quiet, and the log has no home directory in it', async () => {
    feed.answer({ kind: 'status', code: 500 });
    const r = rig('appimage', 'automatic');
    const failed = r.until(settled);
    r.controller.act('update:check');
    await failed;
    expect(r.log.entries.some((e) => e.message.includes(dir))).toBe(false);
  });
});

describe('reading the install and the test feed', () => {
  it('reads resources/package-type as electron-builder writes it', () => {
    const resources = join(dir, 'res');
    expect(readPackageFacts(true, {}, resources, 'linux').packageType).toBeNull();
    rmSync(resources, { recursive: true, force: true });
    writeFileSync(join(dir, 'package-type'), 'deb\n');
    expect(
      readPackageFacts(true, { APPIMAGE: '/a' }, dir, 'linux', '/opt/Decompress/decompress'),
    ).toEqual({
      platform: 'linux',
      packaged: true,
      appImagePath: '/a',
      snap: undefined,
      packageType: 'deb',
      executablePath: '/opt/Decompress/decompress',
    });
  });

  it('sets nothing up for a development run: tests and CI never check on their own', () => {
    expect(updateSetup(false, {})).toEqual({ kind: 'unpackaged', engine: null });
    expect(updateSetup(false, { DECOMPRESS_UPDATE_FEED: feed.url })).toEqual({
      kind: 'unpackaged',
      engine: null,
    });
  });

  it('a test feed on an unpackaged run downloads too: its app-update.yml is written beside the profile', async () => {
    // An unpackaged run has no resources/app-update.yml; electron-updater reads
    // the cache folder's name from it before downloading (the stand-in spec
    // failed with ENOENT dev-app-update.yml before the test feed wrote one).
    const unpackaged = { ...createTestUpdaterApp(dir, feed.url), isPackaged: false };
    unpackaged.appUpdateConfigPath = join(dir, 'dev-app-update.yml');
    feed.answer({ kind: 'release', version: '0.3.0' });
    const outcome = async (configDir: string | null) => {
      const engine = makeEngine('appimage', unpackaged);
      expect(
        applyTestFeed(
          engine,
          { DECOMPRESS_TEST_HOOKS: '1', DECOMPRESS_UPDATE_FEED: feed.url },
          configDir,
        ),
      ).toBe(true);
      const port = createUpdaterPort(engine, memoryLogger(), dir);
      port.configure({ autoDownload: false, installOnQuit: false });
      const events: string[] = [];
      port.onEvent((e) => events.push(e.type === 'error' ? `error:${e.failure.code}` : e.type));
      await port.check();
      await port.download();
      port.dispose();
      return events.filter((e) => e !== 'progress');
    };
    expect(await outcome(null)).toEqual(['checking', 'available', 'error:ENOENT']);
    expect(await outcome(join(dir, 'userData'))).toEqual(['checking', 'available', 'downloaded']);
    expect(readFileSync(join(dir, 'userData', 'test-app-update.yml'), 'utf8')).toContain(
      `url: ${feed.url}`,
    );
  });

  it('takes a test feed only with the test hooks on, and only on this machine', () => {
    const engine = makeEngine('appimage', createTestUpdaterApp(dir, feed.url));
    const hooks = { DECOMPRESS_TEST_HOOKS: '1' };
    expect(applyTestFeed(engine, { DECOMPRESS_UPDATE_FEED: feed.url })).toBe(false);
    expect(
      applyTestFeed(engine, { ...hooks, DECOMPRESS_UPDATE_FEED: 'https://evil.example/' }),
    ).toBe(false);
    expect(applyTestFeed(engine, { ...hooks, DECOMPRESS_UPDATE_FEED: 'not a url' })).toBe(false);
    expect(applyTestFeed(engine, { ...hooks, DECOMPRESS_UPDATE_FEED: feed.url })).toBe(true);
  });
});
