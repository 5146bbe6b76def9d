import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestCore } from '../main/core/settings/fixtures/testCore';
import { percentile, round } from './stats';

export interface SettingsSaveFigures {
  saves: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** 1,000 saves through the IPC router to the real store on disk (write-through, atomic). */
export async function measureSettingsSaves(saves = 1000): Promise<SettingsSaveFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-settings-'));
  const { core } = startTestCore(dir);
  const ctx = { route: 'settings' as const, windowId: 1 };
  const times: number[] = [];
  try {
    for (let i = 0; i < saves; i++) {
      const started = performance.now();
      const result = await core.router.call(
        'updateSettings',
        { intervalMinutes: 30 + (i % 60) },
        ctx,
      );
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`save ${i} refused: ${result.error.message}`);
    }
  } finally {
    core.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    saves,
    p50Ms: round(percentile(times, 50), 3),
    p95Ms: round(percentile(times, 95), 3),
    maxMs: round(Math.max(...times), 3),
  };
}
