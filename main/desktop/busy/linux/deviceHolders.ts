import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** One process that holds one of the watched device files open. */
export interface DeviceHolder {
  pid: number;
  /** The kernel's short process name (/proc/<pid>/comm), e.g. "zoom", "pipewire". */
  name: string;
  device: string;
}

export interface HolderScanOptions {
  /** The /proc to read; tests keep the real one. */
  procRoot?: string;
  /** The device paths that count, as the fd links show them (e.g. /dev/video0). */
  devices: ReadonlySet<string>;
  /** Our own process: never reported. */
  ownPid?: number;
  /**
   * Holders descended from this pid are passed over too: the app sets its
   * own pid, so its Electron renderer, GPU and utility processes never count.
   */
  ignoreDescendantsOf?: number;
  /** Further pids to ignore (children we started ourselves and know of). */
  ignorePids?: ReadonlySet<number>;
  /** Holders with these process names are passed over (they hold the device whatever the person does). */
  ignoreNames?: ReadonlySet<string>;
  /** Looked at first, so a holder that is still there answers after one process. */
  likelyPids?: readonly number[];
  /** Stop at the first holder found (a busy check needs one). */
  firstOnly?: boolean;
}

export interface HolderScan {
  holders: DeviceHolder[];
  /** Processes whose fds were read; the cost of a scan grows with this and their fd counts. */
  processesRead: number;
  fdsRead: number;
  /** Processes skipped because their fds belong to another user (EACCES): normal, not an error. */
  processesDenied: number;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Parent pid from /proc/<pid>/stat; the name field may hold spaces and parentheses, so parse after the last ')'. */
export function parentPidOf(procRoot: string, pid: number): number | null {
  const stat = readText(join(procRoot, String(pid), 'stat'));
  if (!stat) return null;
  const tail = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(tail[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** True when `pid` is `ancestor` or descends from it (Electron's renderer, GPU and utility processes do). */
export function descendsFrom(procRoot: string, pid: number, ancestor: number): boolean {
  let current: number | null = pid;
  // A chain longer than this is a loop in a half-read /proc, not a real process tree.
  for (let depth = 0; current !== null && current > 0 && depth < 64; depth++) {
    if (current === ancestor) return true;
    current = parentPidOf(procRoot, current);
  }
  return false;
}

/**
 * Which processes hold one of `devices` open, from the /proc/<pid>/fd links:
 * no child process, no lsof. Another user's processes cannot be read without
 * privileges and are skipped (a camera used by another login session is not
 * this person's call). Processes that vanish mid-scan are skipped too.
 */
export function scanDeviceHolders(options: HolderScanOptions): HolderScan {
  const procRoot = options.procRoot ?? '/proc';
  const ownPid = options.ownPid ?? process.pid;
  const result: HolderScan = { holders: [], processesRead: 0, fdsRead: 0, processesDenied: 0 };
  if (options.devices.size === 0) return result;

  const listed = readdirSync(procRoot)
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
  const likely = (options.likelyPids ?? []).filter((pid) => listed.includes(pid));
  const order = [...likely, ...listed.filter((pid) => !likely.includes(pid))];

  for (const pid of order) {
    if (pid === ownPid || options.ignorePids?.has(pid)) continue;
    const fdDir = join(procRoot, String(pid), 'fd');
    let fds: string[];
    try {
      fds = readdirSync(fdDir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EACCES') result.processesDenied++;
      continue;
    }
    result.processesRead++;
    let device: string | null = null;
    for (const fd of fds) {
      result.fdsRead++;
      let target: string;
      try {
        target = readlinkSync(join(fdDir, fd));
      } catch {
        continue;
      }
      if (options.devices.has(target)) {
        device = target;
        break;
      }
    }
    if (device === null) continue;
    if (
      options.ignoreDescendantsOf !== undefined &&
      descendsFrom(procRoot, pid, options.ignoreDescendantsOf)
    ) {
      continue;
    }
    const name = (readText(join(procRoot, String(pid), 'comm')) ?? '').trim() || `pid ${pid}`;
    if (options.ignoreNames?.has(name)) continue;
    result.holders.push({ pid, name, device });
    if (options.firstOnly) break;
  }
  return result;
}
