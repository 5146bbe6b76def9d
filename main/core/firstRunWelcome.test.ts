import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from './createCore';
import { memoryLogger } from './logger';
import { openCore } from './openCore';
import { createManualClock } from './testing/manualClock';
import { createRecordingShell } from './testing/recordingShell';
import { openTestSettingsStore } from './settings/fixtures/testSettingsStore';

/** Starts the core over `dir` through openCore, as main/index.ts does. */
function launch(dir: string): { core: Core; opened: string[] } {
  const log = memoryLogger();
  const { shell, record } = createRecordingShell();
  const { core } = openCore({
    userDataDir: dir,
    openSettingsStore: () => openTestSettingsStore(dir),
    clock: createManualClock(Date.UTC(2026, 10, 23, 9, 0)),
    log,
    shell,
    version: '0.0.0-test',
  });
  return { core, opened: record.windowsOpened };
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
