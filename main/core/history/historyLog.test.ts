import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/history/events';
import { HISTORY_FILE_NAME, openHistoryLog, readHistoryFile } from './historyLog';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-history-'));
  path = join(dir, HISTORY_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.UTC(2026, 10, 23, 9, 0);
/** A finished routine `n` seconds after T0; `n` keeps the tests' numbers short. */
const completed = (n: number): HistoryEvent => ({
  type: 'completed',
  at: T0 + n * 1000,
  routineId: 'quick-seated-reset',
  startedAt: T0 + n * 1000 - 120_000,
  painBefore: 4,
  painAfter: 2,
  skippedSteps: 0,
});
const line = (event: HistoryEvent) => `${JSON.stringify(event)}\n`;

describe('history log', () => {
  it('appends one JSON line per event and reads them back in order', () => {
    const log = openHistoryLog(path);
    log.append({ type: 'prompted', at: 1000, reason: 'interval' });
    log.append(completed(2000));
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(3);
    expect(log.readAll()).toEqual({
      events: [{ type: 'prompted', at: 1000, reason: 'interval' }, completed(2000)],
      skippedLines: 0,
    });
  });

  it('refuses an event that does not match the schema and writes nothing', () => {
    const log = openHistoryLog(path);
    expect(() => log.append({ type: 'skipped', at: -5 })).toThrow();
    expect(log.readAll().events).toEqual([]);
  });

  it('reads nothing, and reports nothing, when there is no file yet', () => {
    const log = openHistoryLog(path);
    expect(log.openReport).toEqual({ tornLine: false });
    expect(log.readAll()).toEqual({ events: [], skippedLines: 0 });
  });

  it('skips a torn last line, reports it once, and loses nothing before it', () => {
    const whole = line(completed(1000)) + line(completed(2000));
    writeFileSync(path, `${whole}{"type":"completed","at":30`);
    const log = openHistoryLog(path);
    expect(log.openReport).toEqual({ tornLine: true });
    expect(log.readAll()).toEqual({ events: [completed(1000), completed(2000)], skippedLines: 1 });

    // The next event starts a line of its own instead of gluing onto the fragment.
    log.append(completed(4000));
    expect(log.readAll().events).toEqual([completed(1000), completed(2000), completed(4000)]);
    // Reopening finds a clean end: the tear is not reported again.
    expect(openHistoryLog(path).openReport).toEqual({ tornLine: false });
  });

  it('keeps a complete last event that only lacks its newline, without calling it torn', () => {
    writeFileSync(path, line(completed(1000)) + JSON.stringify(completed(2000)));
    const log = openHistoryLog(path);
    expect(log.openReport).toEqual({ tornLine: false });
    log.append(completed(3000));
    expect(log.readAll()).toEqual({
      events: [completed(1000), completed(2000), completed(3000)],
      skippedLines: 0,
    });
  });

  it('skips a damaged line in the middle and keeps both sides', () => {
    writeFileSync(
      path,
      `${line(completed(1000))}not json\n{"type":"teleported","at":5}\n${line(completed(2000))}`,
    );
    expect(openHistoryLog(path).readAll()).toEqual({
      events: [completed(1000), completed(2000)],
      skippedLines: 2,
    });
  });

  it('keeps a good event between damaged lines that look like parts of JSON', () => {
    writeFileSync(path, `[1\n${line(completed(1000))}2]\n3,4\n${line(completed(2000))}`);
    expect(openHistoryLog(path).readAll()).toEqual({
      events: [completed(1000), completed(2000)],
      skippedLines: 3,
    });
  });

  it('reads only what was added since the last read, and sees appends from the same log', () => {
    const log = openHistoryLog(path);
    log.append(completed(1000));
    expect(log.readAll().events).toHaveLength(1);
    log.append(completed(2000));
    appendFileSync(path, line(completed(3000)));
    expect(log.readAll().events).toEqual([completed(1000), completed(2000), completed(3000)]);
  });

  it('reads the file again in full when it shrank (replaced by hand)', () => {
    const log = openHistoryLog(path);
    log.append(completed(1000));
    log.append(completed(2000));
    expect(log.readAll().events).toHaveLength(2);
    truncateSync(path, 0);
    appendFileSync(path, line(completed(9000)));
    expect(log.readAll().events).toEqual([completed(9000)]);
  });

  it('tells listeners about each append, after it is on disk', () => {
    const log = openHistoryLog(path);
    const seen: { at: number; onDisk: number }[] = [];
    const off = log.onAppend((e) =>
      seen.push({ at: e.at, onDisk: readHistoryFile(path).events.length }),
    );
    log.append(completed(1000));
    off();
    log.append(completed(2000));
    expect(seen).toEqual([{ at: completed(1000).at, onDisk: 1 }]);
  });
});
