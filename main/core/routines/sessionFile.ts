import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../logger';
import { parseSessionSnapshot, type SessionSnapshot } from './sessionSnapshot';

/** Beside the history log and the settings, in userData. */
export const ROUTINE_SESSION_FILE_NAME = 'routine-session.json';

/** A real snapshot is well under 4 KiB; anything this big is not one, and is not read. */
const MAX_FILE_BYTES = 64 * 1024;

export type SessionLoad =
  | { kind: 'none' }
  | { kind: 'found'; snapshot: SessionSnapshot }
  /** The file was not a session the app could have written: moved aside (to `copy`, when that worked). */
  | { kind: 'set-aside'; reason: string; copy: string | null };

/** Where the routine in progress is kept between runs of main. */
export interface SessionStore {
  readonly path: string;
  /** Replaces the file whole (temp file + rename): a crash leaves the old or the new, never half. */
  save(snapshot: SessionSnapshot): void;
  /** Reads what a previous run left; never throws, and never leaves a bad file in place. */
  load(): SessionLoad;
  /** No routine in progress any more. */
  clear(): void;
}

/** The session file for a userData folder, found from the history log's path. */
export function sessionPathBeside(historyPath: string): string {
  return join(dirname(historyPath), ROUTINE_SESSION_FILE_NAME);
}

function writeAll(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** Flushes the folder entry too, so the rename itself survives a power cut (best effort). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform lets a folder be opened (Windows); the rename is still atomic.
  }
}

/**
 * The session file at `path`. Writes fail soft (logged; the routine goes
 * on), and a file that is not a session this app wrote (torn, edited,
 * planted, a link or a folder, too big) is moved aside with a log line.
 */
export function openSessionFile(path: string, log: Logger, now: () => number): SessionStore {
  const folder = dirname(path);
  const temp = `${path}.tmp`;

  function setAside(reason: string): SessionLoad {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    const copy = join(folder, basename(path).replace(/\.json$/, `.corrupt-${stamp}.json`));
    try {
      renameSync(path, copy);
      log.warn('routines: the saved routine session was unusable; set aside', {
        reason,
        copy: basename(copy),
      });
      return { kind: 'set-aside', reason, copy };
    } catch (err) {
      // Moving failed (a read-only folder?): remove it, so it cannot come back every start.
      let removed = true;
      try {
        rmSync(path, { recursive: true, force: true });
      } catch {
        removed = false;
      }
      log.warn(
        `routines: the saved routine session was unusable; ${removed ? 'removed' : 'left'}`,
        {
          reason,
          message: String(err),
        },
      );
      return { kind: 'set-aside', reason, copy: null };
    }
  }

  return {
    path,
    save(snapshot) {
      try {
        const fd = openSync(temp, 'w', 0o600);
        try {
          writeAll(fd, Buffer.from(`${JSON.stringify(snapshot)}\n`));
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, path);
        syncFolder(folder);
      } catch (err) {
        log.error('routines: could not save the routine in progress', { message: String(err) });
      }
    },
    load() {
      // A temp file is a write that a crash cut off; the file it was replacing still stands.
      try {
        rmSync(temp, { recursive: true, force: true });
      } catch {
        // Left for the next save to overwrite; it is never read.
      }
      let stats;
      try {
        stats = lstatSync(path);
      } catch {
        return { kind: 'none' };
      }
      try {
        if (!stats.isFile()) return setAside('not a plain file');
        if (stats.size > MAX_FILE_BYTES) return setAside(`too large (${stats.size} bytes)`);
        const parsed = parseSessionSnapshot(readFileSync(path, 'utf8'));
        if (!parsed.ok) return setAside(parsed.reason);
        return { kind: 'found', snapshot: parsed.snapshot };
      } catch (err) {
        return setAside(`unreadable (${String(err)})`);
      }
    },
    clear() {
      try {
        rmSync(path, { force: true });
      } catch (err) {
        log.error('routines: could not remove the finished routine session', {
          message: String(err),
        });
      }
    },
  };
}
