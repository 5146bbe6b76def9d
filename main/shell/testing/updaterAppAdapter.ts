import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';

export interface TestUpdaterApp extends AppAdapter {
  /** Runs the handlers electron-updater registered for app quit, as Electron's 'quit' would. */
  quitWith(exitCode: number): void;
  quits: number;
}

/**
 * electron-updater's AppAdapter (what it otherwise builds from Electron's
 * `app`) for an installed copy living in `dir`: app-update.yml beside it as
 * electron-builder writes it (here pointing at a local feed), user data and
 * the download cache inside `dir`. electron-updater's updater classes take
 * this adapter in their constructor, which is how they run without Electron.
 */
export function createTestUpdaterApp(
  dir: string,
  feedUrl: string,
  version = '0.1.0',
): TestUpdaterApp {
  const resources = join(dir, 'resources');
  mkdirSync(resources, { recursive: true });
  const appUpdateConfigPath = join(resources, 'app-update.yml');
  writeFileSync(
    appUpdateConfigPath,
    `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: decompress-updater\n`,
  );
  const quitHandlers: ((exitCode: number) => void)[] = [];
  const app: TestUpdaterApp = {
    version,
    name: 'Decompress',
    isPackaged: true,
    appUpdateConfigPath,
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    quits: 0,
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => {
      app.quits += 1;
    },
    onQuit: (handler) => void quitHandlers.push(handler),
    quitWith(exitCode) {
      for (const handler of quitHandlers.splice(0)) handler(exitCode);
    },
  };
  return app;
}
