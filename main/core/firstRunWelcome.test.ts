import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Route } from '../../shared/routes';
import { createCore, type Core } from './createCore';
import { HISTORY_FILE_NAME, openHistoryLog } from './history/historyLog';
import { memoryLogger } from './logger';
import { createManualClock } from './manualClock';
import type { ShellPorts } from './ports';
import { openTestSettingsStore } from './settings/fixtures/testSettingsStore';
import { loadSettings } from './settings/loadSettings';
import { SETTINGS_FILE_NAME } from './settings/settingsStore';

/** A desktop that only records which windows the core opened. */
function quietShell(opened: Route[]): ShellPorts {
  return {
    windows: {
      open: (route) => void opened.push(route),
      close: () => undefined,
      closeWindow: () => undefined,
      isOpen: () => false,
      broadcast: () => undefined,
    },
    tray: { update: () => undefined },
    notifier: { notify: () => undefined },
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    links: { open: () => undefined },
    loginItem: { setEnabled: () => undefined },
    app: {
      info: { name: 'Decompress', version: '0', platform: 'linux', trayLocation: 'the tray' },
      quit: () => undefined,
      openLogFolder: () => undefined,
    },
    cron: { schedule: () => ({ stop: () => undefined }) },
    idle: { idleSeconds: () => 0 },
  };
}

/** Starts the core over `dir` the way main/index.ts does, passing the loader's firstRun on. */
function launch(dir: string): { core: Core; opened: Route[] } {
  const log = memoryLogger();
  const opened: Route[] = [];
  const shell = quietShell(opened);
  const loaded = loadSettings(
    join(dir, SETTINGS_FILE_NAME),
    () => openTestSettingsStore(dir),
    existsSync,
    log,
  );
  const core = createCore({
    clock: createManualClock(Date.UTC(2026, 10, 23, 9, 0)),
    log,
    shell,
    settingsStore: loaded.store,
    initialSettings: loaded.settings,
    history: openHistoryLog(join(dir, HISTORY_FILE_NAME)),
    version: '0.0.0-test',
    firstRun: loaded.firstRun,
  });
  return { core, opened };
}

describe('the welcome window on first launch', () => {
  let dir: string;
  const started: Core[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decompress-welcome-'));
  });
  afterEach(() => {
    for (const core of started.splice(0)) core.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens on the very first launch only, even if the welcome was never finished', () => {
    const first = launch(dir);
    started.push(first.core);
    expect(first.opened).toEqual(['welcome']);
    first.core.stop();

    const second = launch(dir);
    started.push(second.core);
    expect(second.core.settings.get().welcomeCompleted).toBe(false);
    expect(second.opened).toEqual([]);
  });

  it('"Show welcome" in the tray opens it again on any launch', () => {
    launch(dir).core.stop();
    const later = launch(dir);
    started.push(later.core);
    later.core.trayAction('welcome');
    expect(later.opened).toEqual(['welcome']);
  });
});
