import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * True when the kernel itself says no one holds this camera node open, so
 * the /proc scan can be skipped. uvcvideo (every USB webcam, most built-in
 * ones) takes a runtime-PM reference on its USB interface in open() and
 * drops it in release(); with autosuspend allowed on the device
 * (power/control = "auto", which TLP, powertop and many laptop setups set),
 * an interface whose runtime_status is "suspended" has no open handle.
 * Anything else (autosuspend off, a MIPI/IPU6 camera, a loopback device, a
 * missing file) answers false: "do not know, scan".
 */
export function cameraNodeSurelyClosed(devicePath: string, sysRoot = '/sys'): boolean {
  let iface: string;
  try {
    // The link leads to the USB interface; a lexical "device/.." would not follow it.
    iface = realpathSync(join(sysRoot, 'class', 'video4linux', basename(devicePath), 'device'));
  } catch {
    return false;
  }
  if (read(join(dirname(iface), 'power', 'control')) !== 'auto') return false;
  return read(join(iface, 'power', 'runtime_status')) === 'suspended';
}
