import {
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  watch,
  writeFileSync,
  closeSync,
  type FSWatcher,
} from 'node:fs';
import { join } from 'node:path';
import type { StandinRuntime } from './runtime';

export interface SingleInstanceLock {
  readonly held: boolean;
  /** Electron's requestSingleInstanceLock: true for the first instance; a second one hands over its argv and gets false. */
  acquire(argv: string[], cwd: string, additionalData: Record<string, unknown>): boolean;
  release(): void;
}

interface Handover {
  argv: string[];
  cwd: string;
  additionalData: Record<string, unknown>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The single-instance lock, per userData folder as in Electron. Electron's
 * call is synchronous, so this one is too: an exclusive lock file holding
 * the owner's pid (a stale one, left by a killed process, is taken over),
 * and a second instance drops its argv into an inbox the owner watches,
 * which becomes the owner's 'second-instance' event.
 */
export function createSingleInstanceLock(
  userDataDir: string,
  runtime: StandinRuntime,
  onSecondInstance: (argv: string[], cwd: string, additionalData: Record<string, unknown>) => void,
): SingleInstanceLock {
  const lockFile = join(userDataDir, 'SingletonLock');
  const inbox = join(userDataDir, 'SingletonInbox');
  let held = false;
  let watcher: FSWatcher | null = null;

  function readInbox(): void {
    let names: string[];
    try {
      names = readdirSync(inbox)
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = join(inbox, name);
      try {
        const handover = JSON.parse(readFileSync(file, 'utf8')) as Handover;
        rmSync(file, { force: true });
        onSecondInstance(handover.argv, handover.cwd, handover.additionalData);
      } catch (err) {
        runtime.trace(`single instance: unreadable handover ${name}: ${String(err)}`);
        rmSync(file, { force: true });
      }
    }
  }

  function take(): boolean {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch {
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))
        return false;
      // Left behind by an instance that was killed: Electron takes over such a lock too.
      rmSync(lockFile, { force: true });
      return take();
    }
  }

  return {
    get held() {
      return held;
    },
    acquire(argv, cwd, additionalData) {
      mkdirSync(inbox, { recursive: true });
      if (take()) {
        held = true;
        watcher = watch(inbox, () => readInbox());
        // An fs watcher must not keep a quitting app alive.
        watcher.unref();
        return true;
      }
      const temp = join(inbox, `.${process.pid}.tmp`);
      writeFileSync(temp, JSON.stringify({ argv, cwd, additionalData } satisfies Handover));
      renameSync(temp, join(inbox, `${Date.now()}-${process.pid}.json`));
      return false;
    },
    release() {
      watcher?.close();
      watcher = null;
      if (held) rmSync(lockFile, { force: true });
      held = false;
    },
  };
}
