import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../../shared/history/summary';
import { generateHistory } from '../history/testing/generateHistory';
import { HISTORY_FILE_NAME } from '../history/historyLog';
import { startTestCore, type TestCore } from '../settings/fixtures/testCore';
import { csvFileName } from './historyHandlers';

const NOW = new Date(2026, 10, 23, 17, 0).getTime();
let dir: string;
let t: TestCore | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-history-ipc-'));
});
afterEach(() => {
  t?.core.stop();
  rmSync(dir, { recursive: true, force: true });
});

function writeLog(text: string): void {
  writeFileSync(join(dir, HISTORY_FILE_NAME), text);
}

describe('history through the router', () => {
  it('summarises the log against the core clock', async () => {
    const events = generateHistory({ endAt: NOW, days: 28, seed: 4 });
    writeLog(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    t = startTestCore(dir, NOW);
    const result = await t.call('getHistorySummary');
    expect(result.ok).toBe(true);
    const summary = (result as { value: HistorySummary }).value;
    expect(summary.now).toBe(NOW);
    expect(summary.totalEvents).toBe(events.length);
    expect(summary.last28Days.at(-1)?.date).toBe('2026-11-23');
    expect(summary.last28Days.reduce((n, d) => n + d.completed, 0)).toBe(
      events.filter((e) => e.type === 'completed' && e.at > NOW - 28 * 86_400_000).length,
    );
  });

  it('exports CSV where the save dialog says, named by date', async () => {
    writeLog(`${JSON.stringify({ type: 'skipped', at: NOW - 60_000 })}\n`);
    t = startTestCore(dir, NOW);
    const target = join(dir, 'export.csv');
    t.dialogs.savePath = target;
    expect(await t.call('exportHistoryCsv')).toEqual({
      ok: true,
      value: { status: 'done', path: target, events: 1 },
    });
    expect(readFileSync(target, 'utf8')).toMatch(
      /^date,time,event,.*\r\n2026-11-23,16:59:00,skipped,/,
    );
    expect(csvFileName(NOW)).toBe('decompress-history-2026-11-23.csv');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    t = startTestCore(dir, NOW);
    expect(await t.call('exportHistoryCsv')).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('tells open windows when an event is appended', () => {
    t = startTestCore(dir, NOW);
    t.core.history.append({ type: 'skipped', at: NOW });
    expect(t.broadcasts).toContainEqual({ event: 'historyChanged', payload: null });
  });

  it('reports a torn last line once, with a notice, and keeps the events before it', async () => {
    writeLog(`${JSON.stringify({ type: 'skipped', at: NOW - 1000 })}\n{"type":"compl`);
    t = startTestCore(dir, NOW);
    expect(t.core.notices.list().map((n) => n.id)).toEqual(['history-torn-line']);
    const result = await t.call('getHistorySummary');
    expect(result).toMatchObject({ ok: true, value: { totalEvents: 1, skippedLines: 1 } });

    t.core.stop();
    t = startTestCore(dir, NOW);
    expect(t.core.notices.list()).toEqual([]);
  });
});
