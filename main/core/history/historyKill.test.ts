import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_FILE_NAME, openHistoryLog, readHistoryFile } from './historyLog';

const KILLS = 30;
let dir: string;
let child: string;

/** The real historyLog.ts, bundled once into a plain script a child Node can run. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-kill-'));
  const outDir = join(dir, 'bin');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(import.meta.dirname, 'fixtures', 'appendUntilKilled.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'appendUntilKilled.mjs' } },
    },
    ssr: { noExternal: true },
  });
  child = join(outDir, 'appendUntilKilled.mjs');
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  openedTorn: boolean;
  acknowledged: number[];
}

/**
 * When to kill: a random moment after the log is open, or a fraction of the
 * way into a long append (timed on the run's first long append), which is
 * where a kill can tear a line.
 */
type KillPlan = { after: 'open'; ms: number } | { after: 'long-write'; fraction: number };

/** Starts the child and kills it with SIGKILL as planned. */
function appendThenKill(path: string, firstSeq: number, plan: KillPlan): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, path, String(firstSeq)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let longStarted = 0;
    let longTook = 0;
    const kill = (ms: number) => (timer = setTimeout(() => proc.kill('SIGKILL'), ms));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer) return;
      if (plan.after === 'open') {
        if (out.includes('\n')) kill(plan.ms);
        return;
      }
      const lines = out.split('\n');
      const last = lines[lines.length - 2] ?? '';
      if (last.startsWith('writing')) {
        if (longTook) kill(longTook * plan.fraction);
        else longStarted = performance.now();
      } else if (longStarted && !longTook && /^\d+$/.test(last)) {
        longTook = performance.now() - longStarted;
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (${String(signal)}): ${err}`));
        return;
      }
      // Only whole lines count: an acknowledgement cut off by the kill was not given.
      const lines = out.split('\n').slice(0, -1);
      resolve({
        openedTorn: lines[0] === 'open torn',
        acknowledged: lines.filter((line) => /^\d+$/.test(line)).map(Number),
      });
    });
  });
}

describe('history log under SIGKILL', () => {
  it(`keeps every acknowledged event, in order, across ${KILLS} kills at random points`, async () => {
    const path = join(dir, HISTORY_FILE_NAME);
    let nextSeq = 0;
    let tornReports = 0;
    let acknowledgedTotal = 0;

    for (let run = 0; run < KILLS; run++) {
      const plan: KillPlan =
        run % 2 === 0
          ? { after: 'open', ms: Math.floor(Math.random() * 60) }
          : { after: 'long-write', fraction: 0.5 + Math.random() * 0.5 };
      const { openedTorn, acknowledged } = await appendThenKill(path, nextSeq, plan);
      if (openedTorn) tornReports++;
      acknowledgedTotal += acknowledged.length;

      const { events, skippedLines } = readHistoryFile(path);
      const seqs = events.map((e) => e.at);
      // Nothing lost and nothing doubled: exactly 0..n-1, in order.
      expect(seqs, `run ${run}`).toEqual(seqs.map((_, i) => i));
      for (const seq of acknowledged) expect(seqs, `run ${run}: event ${seq}`).toContain(seq);
      // Damaged lines are only ever torn tails: the ones repaired so far plus, perhaps, this run's.
      expect(skippedLines - tornReports, `run ${run}`).toBeGreaterThanOrEqual(0);
      expect(skippedLines - tornReports, `run ${run}`).toBeLessThanOrEqual(1);
      nextSeq = seqs.length;
    }

    // A final open repairs the last tear, if any, and reads the same as a plain read.
    const log = openHistoryLog(path);
    const final = log.readAll();
    expect(final.events.map((e) => e.at)).toEqual(final.events.map((_, i) => i));
    expect(final.skippedLines).toBe(tornReports + (log.openReport.tornLine ? 1 : 0));
    expect(acknowledgedTotal).toBeGreaterThan(KILLS);
    // A bound for a hang only: 30 child starts take minutes on a loaded machine.
  }, 600_000);
});
