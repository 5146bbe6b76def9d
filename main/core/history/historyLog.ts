import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { historyEventSchema, type HistoryEvent } from '../../../shared/history/events';

export const HISTORY_FILE_NAME = 'history.jsonl';

export interface HistoryReadResult {
  events: HistoryEvent[];
  /** Lines that could not be read (a torn last line after a crash, or damage). */
  skippedLines: number;
}

export interface HistoryLog {
  readonly path: string;
  append(event: HistoryEvent): void;
  readAll(): HistoryReadResult;
}

/**
 * JSON Lines, one event per line, appended and flushed to disk so a crash
 * right after a decision still keeps it. Reading skips a torn or damaged
 * line and keeps everything else.
 */
export function openHistoryLog(path: string): HistoryLog {
  return {
    path,
    append(event) {
      const line = `${JSON.stringify(historyEventSchema.parse(event))}\n`;
      const fd = openSync(path, 'a');
      try {
        writeSync(fd, line);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    readAll() {
      if (!existsSync(path)) return { events: [], skippedLines: 0 };
      const events: HistoryEvent[] = [];
      let skippedLines = 0;
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const parsed = historyEventSchema.safeParse(JSON.parse(line));
          if (parsed.success) events.push(parsed.data);
          else skippedLines++;
        } catch {
          skippedLines++;
        }
      }
      return { events, skippedLines };
    },
  };
}

/** Makes sure a torn last line (no newline) does not glue onto the next append. */
export function repairTornTail(path: string): void {
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) appendFileSync(path, '\n');
}
