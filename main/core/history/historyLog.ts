import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs';
import { historyEventSchema, type HistoryEvent } from '../../../shared/history/events';

export const HISTORY_FILE_NAME = 'history.jsonl';

export interface HistoryReadResult {
  events: HistoryEvent[];
  /** Lines that could not be read (a torn last line after a crash, or damage). */
  skippedLines: number;
}

/** What opening the log found at its end. */
export interface HistoryOpenReport {
  /**
   * The last line was cut off (a crash mid-write). It is now skipped: a
   * newline was added after it so the next event starts a line of its own.
   */
  tornLine: boolean;
}

export interface HistoryLog {
  readonly path: string;
  readonly openReport: HistoryOpenReport;
  /** Validates, appends one line and flushes it to disk before returning. */
  append(event: HistoryEvent): void;
  readAll(): HistoryReadResult;
  /** Called after each append (e.g. to refresh an open history window). */
  onAppend(listener: (event: HistoryEvent) => void): () => void;
}

const NEWLINE = 0x0a;
/** Far longer than any event line; a torn tail is always shorter. */
const TAIL_BYTES = 64 * 1024;

/**
 * Writes every byte (writeSync may write fewer than asked), at `position`
 * or, without one, where the descriptor is (the end, for a file opened 'a').
 */
function writeAll(fd: number, data: Buffer, position?: number): void {
  let offset = 0;
  while (offset < data.length) {
    const at = position === undefined ? null : position + offset;
    offset += writeSync(fd, data, offset, data.length - offset, at);
  }
}

function isEvent(line: string): boolean {
  try {
    return historyEventSchema.safeParse(JSON.parse(line)).success;
  } catch {
    return false;
  }
}

/**
 * Looks at the end of the file only (reading a year of history to check one
 * line would slow every start). A last line without its newline is either a
 * complete event (the crash hit between the two: keep it) or torn. Either way
 * a newline is added so the next append cannot glue onto it.
 */
function repairTail(path: string): HistoryOpenReport {
  if (!existsSync(path)) return { tornLine: false };
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return { tornLine: false };
    const length = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, size - length);
    if (tail[length - 1] === NEWLINE) return { tornLine: false };
    const lastNewline = tail.lastIndexOf(NEWLINE);
    const fragment = tail.subarray(lastNewline + 1).toString('utf8');
    // 'r+' starts at the beginning of the file: the newline goes at the end, explicitly.
    writeAll(fd, Buffer.from('\n'), size);
    fsyncSync(fd);
    return { tornLine: !isEvent(fragment) };
  } finally {
    closeSync(fd);
  }
}

interface Cache {
  events: HistoryEvent[];
  skippedLines: number;
  /** Bytes of the file already read, always at a line boundary. */
  bytes: number;
}

/** Parses whole lines into `into`; returns how many lines it could not read. */
function parseLines(text: string, into: HistoryEvent[]): number {
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const parsed = historyEventSchema.safeParse(JSON.parse(line));
      if (parsed.success) into.push(parsed.data);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return skipped;
}

/**
 * JSON Lines, one event per line, appended and flushed to disk so a crash
 * right after a decision still keeps it. A torn last line left by a crash is
 * made harmless when the log is opened and reported once in `openReport`;
 * reading skips it (and any other damaged line) and keeps everything else.
 *
 * The log is append-only and this process is its only writer, so reads are
 * incremental: the first reads the whole file, later ones only what was
 * added since. A file that shrank (replaced by hand) is read again in full.
 */
export function openHistoryLog(path: string): HistoryLog {
  const openReport = repairTail(path);
  const listeners = new Set<(event: HistoryEvent) => void>();
  let cache: Cache | null = null;

  function readAll(): HistoryReadResult {
    if (!existsSync(path)) {
      cache = null;
      return { events: [], skippedLines: 0 };
    }
    const size = statSync(path).size;
    if (!cache || size < cache.bytes) cache = { events: [], skippedLines: 0, bytes: 0 };
    if (size > cache.bytes) {
      const fd = openSync(path, 'r');
      let chunk: Buffer;
      try {
        chunk = Buffer.alloc(size - cache.bytes);
        const read = readSync(fd, chunk, 0, chunk.length, cache.bytes);
        chunk = chunk.subarray(0, read);
      } finally {
        closeSync(fd);
      }
      // Only whole lines go into the cache; a line still without its newline is read next time.
      const whole = chunk.lastIndexOf(NEWLINE) + 1;
      cache.skippedLines += parseLines(chunk.subarray(0, whole).toString('utf8'), cache.events);
      cache.bytes += whole;
      if (whole < chunk.length) {
        const pending: HistoryEvent[] = [];
        const skipped = parseLines(chunk.subarray(whole).toString('utf8'), pending);
        return {
          events: [...cache.events, ...pending],
          skippedLines: cache.skippedLines + skipped,
        };
      }
    }
    return { events: [...cache.events], skippedLines: cache.skippedLines };
  }

  return {
    path,
    openReport,
    append(event) {
      const parsed = historyEventSchema.parse(event);
      const line = Buffer.from(`${JSON.stringify(parsed)}\n`, 'utf8');
      const fd = openSync(path, 'a');
      try {
        writeAll(fd, line);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      for (const listener of listeners) {
        try {
          listener(parsed);
        } catch {
          // The event is on disk; a failing observer must not make it look lost.
        }
      }
    },
    readAll,
    onAppend(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reads a log file once, without keeping it open (tools and tests). */
export function readHistoryFile(path: string): HistoryReadResult {
  if (!existsSync(path)) return { events: [], skippedLines: 0 };
  const events: HistoryEvent[] = [];
  const skippedLines = parseLines(readFileSync(path, 'utf8'), events);
  return { events, skippedLines };
}
