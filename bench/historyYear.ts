import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateYearOfHistory } from '../main/core/history/testing/generateHistory';
import { HISTORY_FILE_NAME, readHistoryFile } from '../main/core/history/historyLog';
import { summariseHistory } from '../main/core/history/historySummary';
import { round, spread, type Spread } from './stats';

export interface HistoryFigures {
  lines: number;
  fileKb: number;
  /** Read + parse + validate + summarise, as the history window's open does. */
  openAndSummariseMs: Spread;
}

/** A year of events (about 20,000 lines) on disk, read and summarised `runs` times. */
export function measureHistoryYear(runs = 10): HistoryFigures {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-history-'));
  const path = join(dir, HISTORY_FILE_NAME);
  const now = Date.UTC(2026, 10, 23, 12, 0);
  try {
    const events = generateYearOfHistory(now);
    writeFileSync(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const { events: read, skippedLines } = readHistoryFile(path);
      const summary = summariseHistory(read, now, skippedLines);
      times.push(performance.now() - started);
      if (read.length !== events.length || summary.streak === undefined) {
        throw new Error('history read back differs from what was written');
      }
    }
    const s = spread(times);
    return {
      lines: events.length,
      fileKb: round(statSync(path).size / 1024, 1),
      openAndSummariseMs: { ...s, median: round(s.median), worst: round(s.worst) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
