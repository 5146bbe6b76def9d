import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { busyBecause, NOT_BUSY, type SignalDetector } from '../signalDetector';
import { cameraNodeSurelyClosed, driverModuleSurelyClosed } from './cameraPower';
import { scanDeviceHolders, type HolderScan } from './deviceHolders';

/**
 * Processes that keep a camera node open whatever the person does, so their
 * hold says nothing about a call. v4l2-relayd feeds the v4l2loopback device
 * of Intel IPU6 (MIPI) laptop cameras and holds the sensor side all along;
 * the app on the loopback side still shows up as a holder of its own node.
 */
export const ALWAYS_OPEN_CAMERA_HOLDERS: ReadonlySet<string> = new Set(['v4l2-relayd']);

export interface LinuxCameraOptions {
  /** Where the video device nodes live; tests point this at a temporary folder. */
  deviceDir?: string;
  /** Which names in deviceDir are cameras. */
  devicePattern?: RegExp;
  procRoot?: string;
  ownPid?: number;
  /** Holders descended from this pid do not count (the app passes its own pid). */
  ignoreDescendantsOf?: number;
  /** Children of ours that may hold a device (none today); read at each check. */
  ignorePids?: () => ReadonlySet<number>;
  /** /sys, for the USB power shortcut; tests point it at a temporary tree. */
  sysRoot?: string;
  /** Sees every scan, for the bench's figures. */
  onScan?: (scan: HolderScan) => void;
}

/** The camera nodes present now: /dev/video0, /dev/video1, ... */
export function listVideoDevices(deviceDir = '/dev', pattern = /^video\d+$/): Set<string> {
  let names: string[];
  try {
    names = readdirSync(deviceDir);
  } catch {
    return new Set();
  }
  return new Set(names.filter((name) => pattern.test(name)).map((name) => join(deviceDir, name)));
}

/**
 * The camera is in use when another process holds a /dev/video* node open.
 *
 * What this sees and what it cannot:
 * - Apps that open the camera directly (Zoom, Teams for Linux, Chromium and
 *   Electron apps, Firefox before its PipeWire camera path, OBS, Cheese):
 *   the app itself is the holder.
 * - Apps that use the camera through PipeWire (the camera portal: Firefox
 *   116+ with PipeWire camera on, GNOME Snapshot, OBS 30's PipeWire source):
 *   the holder is the pipewire daemon. PipeWire's v4l2 node opens the device
 *   when a stream starts and closes it when WirePlumber suspends the idle
 *   node (5 s later by default), so a hold by pipewire means some client is
 *   streaming. A setup with suspend turned off, or PipeWire builds with the
 *   2022 regression that kept devices open, would read as always busy.
 * - Not seen: a camera used from another user's session or a container that
 *   does not share our /proc; network cameras and phone-as-webcam apps that
 *   never create a /dev/video node.
 * - Cost: a full scan reads one link per open fd of every readable process
 *   (tens of thousands on a desktop with a browser), so it is skipped when
 *   no camera node exists, when the kernel's USB power state shows every
 *   camera closed (cameraPower.ts), and the last holder is looked at first.
 * - Opening is not streaming: an app that keeps the node open with the
 *   camera off (a few meeting apps do between calls) reads as busy.
 */
export function linuxCameraSource(options: LinuxCameraOptions = {}): SignalDetector {
  let lastHolder: number | null = null;
  return {
    kind: 'camera',
    label: 'Camera',
    freeWords: 'not in use',
    async check() {
      const devices = listVideoDevices(options.deviceDir, options.devicePattern);
      // No camera at all (a desktop without one): nothing to scan.
      if (devices.size === 0) return NOT_BUSY;
      // Every camera closed by the kernel's own counts (its driver module's references, or
      // its USB interface asleep): nothing to scan either.
      const closed = (device: string) =>
        driverModuleSurelyClosed(device, options.sysRoot) ||
        cameraNodeSurelyClosed(device, options.sysRoot);
      if ([...devices].every(closed)) {
        lastHolder = null;
        return NOT_BUSY;
      }
      const scan = scanDeviceHolders({
        procRoot: options.procRoot,
        devices,
        ownPid: options.ownPid,
        ignoreDescendantsOf: options.ignoreDescendantsOf,
        ignorePids: options.ignorePids?.(),
        ignoreNames: ALWAYS_OPEN_CAMERA_HOLDERS,
        likelyPids: lastHolder === null ? [] : [lastHolder],
        firstOnly: true,
      });
      options.onScan?.(scan);
      const holder = scan.holders[0];
      lastHolder = holder?.pid ?? null;
      if (!holder) return NOT_BUSY;
      if (holder.name === 'pipewire')
        return busyBecause('in use by another app (through PipeWire)');
      return busyBecause('in use by another app', { title: holder.name });
    },
  };
}
