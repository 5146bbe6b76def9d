/**
 * Cost of the live busy signals on Linux: one check of each source, many
 * times, on the real /proc and against a private dbus-daemon with stand-in
 * desktop services; and one check of the Windows presentation source through
 * the real koffi, into stand-in shell32/ntdll libraries built with cc (the
 * call's cost, not Windows' own). Counts the child processes the checks
 * start (the rule is zero on Linux). Also holds the helpers a planner-driven bench uses to
 * count checks per office hour once the planner asks these sources.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DBusError } from '@jellybrick/dbus-next';
import { memoryLogger } from '../main/core/logger';
import { openSessionBus, type SessionBus } from '../main/desktop/dbus/sessionBus';
import { startPrivateBus } from '../main/desktop/dbus/testing/privateBus';
import {
  exportStandInService,
  type StandInService,
} from '../main/desktop/dbus/testing/standInService';
import type { BusyAnswer, LiveBusySource } from '../main/desktop/busy/busyPort';
import { guardSource } from '../main/desktop/busy/guardedSource';
import { linuxCameraSource } from '../main/desktop/busy/linux/cameraSource';
import type { HolderScan } from '../main/desktop/busy/linux/deviceHolders';
import { linuxDoNotDisturbSource } from '../main/desktop/busy/linux/doNotDisturbSource';
import { linuxMicrophoneSource } from '../main/desktop/busy/linux/microphoneSource';
import { linuxPresentationSource } from '../main/desktop/busy/linux/presentationSource';
import type { SignalDetector } from '../main/desktop/busy/signalDetector';
import { koffiShellStateProbe } from '../main/desktop/busy/windows/shellStateProbe';
import { windowsPresentationSource } from '../main/desktop/busy/windows/shellStateSources';
import { buildStandInShellLibraries } from '../main/desktop/busy/windows/testing/standInShellLibraries';
import { waylandIdleReader } from '../main/desktop/idle/waylandIdle';
import { round, spread, type Spread } from './stats';

export interface SourceCost {
  what: string;
  /** One check, in ms. */
  checkMs: Spread;
  answer: string;
}

export interface BusySignalFigures {
  sources: SourceCost[];
  /** Processes and fds one full camera scan read on this machine (the scan's cost grows with them). */
  cameraScan: { processesRead: number; fdsRead: number; extraFdsHeld: number };
  /** child_process calls made by all the checks (spawn, exec, execFile, fork and their Sync forms). */
  childProcessesSpawned: number;
  runs: number;
}

/** Counts every child_process call made while `during` runs, by wrapping the module's functions. */
async function countChildProcesses<T>(
  during: () => Promise<T>,
): Promise<{ result: T; spawned: number }> {
  const require = createRequire(import.meta.url);
  const cp = require('node:child_process') as Record<string, unknown>;
  const names = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];
  const originals = new Map<string, unknown>();
  let spawned = 0;
  for (const name of names) {
    const original = cp[name];
    if (typeof original !== 'function') continue;
    originals.set(name, original);
    cp[name] = (...args: unknown[]) => {
      spawned++;
      return Reflect.apply(original, cp, args) as unknown;
    };
  }
  // ES module imports of node:child_process read the wrapped functions only after this.
  syncBuiltinESMExports();
  try {
    return { result: await during(), spawned };
  } finally {
    for (const [name, original] of originals) cp[name] = original;
    syncBuiltinESMExports();
  }
}

/** A process holding `count` fds open (of /dev/null), standing in for a browser's many sockets and files. */
async function holdManyFds(count: number, extraPath?: string): Promise<ChildProcess> {
  const program = [
    "const fs = require('node:fs');",
    `for (let i = 0; i < ${count}; i++) fs.openSync('/dev/null', 'r');`,
    'if (process.argv[1]) fs.openSync(process.argv[1], "r");',
    "process.stdout.write('ready\\n');",
    'setInterval(() => undefined, 1 << 30);',
  ].join(' ');
  const child = spawn(process.execPath, ['-e', program, extraPath ?? ''], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    if (!child.stdout) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).once('line', () => resolve());
  });
  return child;
}

async function timeChecks(
  what: string,
  check: () => Promise<string>,
  runs: number,
): Promise<SourceCost> {
  // A first check warms caches and discovers the desktop; it is not what a planner pays later.
  let answer = await check();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    answer = await check();
    times.push(performance.now() - start);
  }
  const s = spread(times);
  return { what, checkMs: { median: round(s.median, 3), worst: round(s.worst, 3), runs }, answer };
}

const describe = (answer: { busy: boolean }) => (answer.busy ? 'busy' : 'free');

/** Measures one check of each Linux source, `runs` times each. */
export async function measureBusySignals(runs = 200): Promise<BusySignalFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-busy-'));
  // Two stand-ins for /dev: one camera nobody holds, one held by another process.
  const freeDev = join(dir, 'dev-free');
  const heldDev = join(dir, 'dev-held');
  for (const dev of [freeDev, heldDev]) {
    mkdirSync(dev);
    writeFileSync(join(dev, 'video0'), '');
  }
  // /proc/asound of a laptop: built-in card with HDMI, and a USB headset; nothing recording.
  const asound = join(dir, 'asound');
  const closed = 'closed\n';
  for (const sub of [
    'card0/pcm0p/sub0',
    'card0/pcm0c/sub0',
    'card0/pcm3p/sub0',
    'card1/pcm0p/sub0',
    'card1/pcm0c/sub0',
  ]) {
    mkdirSync(join(asound, sub), { recursive: true });
    writeFileSync(join(asound, sub, 'status'), closed);
  }
  const EXTRA_FDS = 4000;
  const crowd = await holdManyFds(EXTRA_FDS);
  const privateBus = await startPrivateBus();
  const services: StandInService[] = [];
  let bus: SessionBus | null = null;
  const holder = await holdManyFds(0, join(heldDev, 'video0'));
  // Compiled here, before child processes are counted (cc is one).
  const shellLibraries = buildStandInShellLibraries();
  let lastScan: HolderScan | null = null;
  try {
    services.push(
      await exportStandInService(privateBus.address, {
        name: 'org.gnome.SessionManager',
        path: '/org/gnome/SessionManager',
        interface: 'org.gnome.SessionManager',
        properties: { InhibitedActions: { signature: 'u', value: 0 } },
        methods: { IsInhibited: { inSignature: 'u', outSignature: 'b', handler: () => false } },
      }),
      await exportStandInService(privateBus.address, {
        name: 'org.freedesktop.portal.Desktop',
        path: '/org/freedesktop/portal/desktop',
        interface: 'org.freedesktop.portal.Settings',
        methods: {
          ReadOne: {
            inSignature: 'ss',
            outSignature: 'v',
            handler: () => {
              throw new DBusError(
                'org.freedesktop.portal.Error.NotFound',
                'Requested setting not found',
              );
            },
          },
        },
      }),
      await exportStandInService(privateBus.address, {
        name: 'org.freedesktop.Notifications',
        path: '/org/freedesktop/Notifications',
        interface: 'org.freedesktop.Notifications',
        properties: { Inhibited: { signature: 'b', value: false } },
      }),
      await exportStandInService(privateBus.address, {
        name: 'org.gnome.Mutter.IdleMonitor',
        path: '/org/gnome/Mutter/IdleMonitor/Core',
        interface: 'org.gnome.Mutter.IdleMonitor',
        methods: { GetIdletime: { outSignature: 't', handler: () => 42_000n } },
      }),
    );
    const opened = await openSessionBus(privateBus.address);
    if (!opened) throw new Error('no private bus');
    bus = opened;
    const busFn = async () => opened;
    const dconfFile = join(
      import.meta.dirname,
      '..',
      'main',
      'desktop',
      'busy',
      'fixtures',
      'dconf',
      'banners-on.gvdb',
    );
    // No such /sys: the USB power shortcut cannot tell, so every free check is a full scan.
    const noSys = join(dir, 'no-sys');
    const freeCamera = linuxCameraSource({
      deviceDir: freeDev,
      sysRoot: noSys,
      onScan: (scan) => {
        lastScan = scan;
      },
    });
    const heldCamera = linuxCameraSource({ deviceDir: heldDev, sysRoot: noSys });
    // A /sys where the webcam's USB interface is runtime-suspended with autosuspend allowed.
    const sleepySys = join(dir, 'sys');
    const usbInterface = join(sleepySys, 'devices', 'usb1', '1-6', '1-6:1.0');
    mkdirSync(join(usbInterface, 'power'), { recursive: true });
    mkdirSync(join(usbInterface, '..', 'power'), { recursive: true });
    writeFileSync(join(usbInterface, '..', 'power', 'control'), 'auto\n');
    writeFileSync(join(usbInterface, 'power', 'runtime_status'), 'suspended\n');
    mkdirSync(join(sleepySys, 'class', 'video4linux', 'video0'), { recursive: true });
    symlinkSync(usbInterface, join(sleepySys, 'class', 'video4linux', 'video0', 'device'));
    const sleepyCamera = linuxCameraSource({ deviceDir: freeDev, sysRoot: sleepySys });
    // A /sys where the webcam stays powered (autosuspend off) but uvcvideo's count says no node is open.
    const idleSys = join(dir, 'sys-idle');
    const idleModule = join(idleSys, 'module', 'uvcvideo');
    const idleDriver = join(idleSys, 'bus', 'usb', 'drivers', 'uvcvideo');
    const idleInterface = join(idleSys, 'devices', 'usb1', '1-6', '1-6:1.0');
    mkdirSync(join(idleModule, 'holders'), { recursive: true });
    writeFileSync(join(idleModule, 'refcnt'), '0\n');
    mkdirSync(idleDriver, { recursive: true });
    mkdirSync(idleInterface, { recursive: true });
    symlinkSync(idleModule, join(idleDriver, 'module'));
    symlinkSync(idleDriver, join(idleInterface, 'driver'));
    mkdirSync(join(idleSys, 'class', 'video4linux', 'video0'), { recursive: true });
    symlinkSync(idleInterface, join(idleSys, 'class', 'video4linux', 'video0', 'device'));
    const idleCamera = linuxCameraSource({ deviceDir: freeDev, sysRoot: idleSys });
    const log = memoryLogger();
    const guarded = (detector: SignalDetector) =>
      guardSource(detector, { isEnabled: () => true, log });
    const viaPort = async (source: LiveBusySource) => (await source.ask(Date.now())).state;

    const { result: sources, spawned } = await countChildProcesses(async () => {
      const costs: SourceCost[] = [];
      costs.push(
        await timeChecks(
          'camera, nobody holds it (full /proc scan)',
          async () => describe(await freeCamera.check()),
          runs,
        ),
      );
      costs.push(
        await timeChecks(
          'camera, asleep by its USB power state (no scan)',
          async () => describe(await sleepyCamera.check()),
          runs,
        ),
      );
      costs.push(
        await timeChecks(
          "camera, powered but closed by its driver module's count (no scan)",
          async () => describe(await idleCamera.check()),
          runs,
        ),
      );
      costs.push(
        await timeChecks(
          'camera, held by another app (last holder first)',
          async () => describe(await heldCamera.check()),
          runs,
        ),
      );
      costs.push(
        await timeChecks(
          'microphone (/proc/asound shaped tree)',
          async () => describe(await linuxMicrophoneSource({ asoundRoot: asound }).check()),
          runs,
        ),
      );
      costs.push(
        await timeChecks(
          'presentation, GNOME session manager (D-Bus)',
          () => viaPort(guarded(linuxPresentationSource({ bus: busFn }))),
          runs,
        ),
      );
      const gnomeDnd = guarded(
        linuxDoNotDisturbSource({ bus: busFn, currentDesktop: 'GNOME', dconfFile }),
      );
      costs.push(
        await timeChecks(
          'do not disturb, GNOME (portal NotFound once, then dconf file)',
          () => viaPort(gnomeDnd),
          runs,
        ),
      );
      const kdeDnd = guarded(linuxDoNotDisturbSource({ bus: busFn, currentDesktop: 'KDE' }));
      costs.push(
        await timeChecks('do not disturb, KDE Inhibited (D-Bus)', () => viaPort(kdeDnd), runs),
      );
      // The first check (not timed) loads koffi and opens both libraries.
      shellLibraries.setNotificationState(0, 4);
      const windowsPresentation = guarded(
        windowsPresentationSource(
          koffiShellStateProbe({ shell32: shellLibraries.shell32, ntdll: shellLibraries.ntdll }),
        ),
      );
      costs.push(
        await timeChecks(
          'Windows fullscreen/presentation, one shell probe through koffi (stand-in shell32/ntdll)',
          () => viaPort(windowsPresentation),
          runs,
        ),
      );
      const idle = waylandIdleReader({ bus: busFn });
      costs.push(
        await timeChecks(
          'idle on Wayland, Mutter GetIdletime (D-Bus)',
          async () => String((await idle.read()).known),
          runs,
        ),
      );
      return costs;
    });
    // The size of the last full scan on this machine (TypeScript cannot see the callback assign it).
    const scan = lastScan as HolderScan | null;
    return {
      sources,
      cameraScan: {
        processesRead: scan?.processesRead ?? 0,
        fdsRead: scan?.fdsRead ?? 0,
        extraFdsHeld: EXTRA_FDS,
      },
      childProcessesSpawned: spawned,
      runs,
    };
  } finally {
    holder.kill('SIGTERM');
    crowd.kill('SIGTERM');
    bus?.close();
    for (const s of services) s.close();
    await privateBus.stop();
    shellLibraries.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// For the planner-driven bench (checks per office hour on a day with two
// 30-minute calls): the planner integration calls these.

/** A call on the day being simulated: [start, end) in epoch ms. */
export interface CallSpell {
  start: number;
  end: number;
}

/**
 * A live source that is busy during the given calls, judged by the `now` the
 * planner passes to ask (so a ManualClock drives it), as a camera would be.
 */
export function scriptedCallSource(id: string, calls: readonly CallSpell[]): LiveBusySource {
  return {
    type: 'live',
    id,
    ask: async (now: number): Promise<BusyAnswer> =>
      calls.some((c) => now >= c.start && now < c.end)
        ? { state: 'busy', sourceId: id, kind: 'camera', until: null }
        : { state: 'free', sourceId: id },
  };
}

/** Wraps sources so a bench can count how often the planner asked them, and when. */
export function countingSources(sources: readonly LiveBusySource[]): {
  sources: LiveBusySource[];
  asks: () => number[];
} {
  const at: number[] = [];
  return {
    sources: sources.map((source) => ({
      type: 'live' as const,
      id: source.id,
      ask: (now: number) => {
        at.push(now);
        return source.ask(now);
      },
    })),
    asks: () => [...at],
  };
}

/** Asks per office hour from the recorded ask times, counting one planner decision per distinct instant. */
export function checksPerOfficeHour(askTimes: readonly number[], officeHours: number): number {
  return round(new Set(askTimes).size / officeHours, 1);
}
