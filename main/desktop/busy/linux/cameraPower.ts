import { readdirSync, readFileSync, realpathSync } from 'node:fs';
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

/**
 * True when the camera's driver module says none of its nodes is open, so
 * the /proc scan can be skipped whatever the power settings. Opening a
 * character device takes a reference on the module that registered it
 * (fs/char_dev.c: chrdev_open -> cdev_get -> try_module_get on the cdev's
 * owner, which v4l2 sets to the driver's fops owner, e.g. uvcvideo) and the
 * last close drops it (__fput -> cdev_put). Each module that depends on it
 * holds one more, listed in holders/. So a refcnt no larger than the number
 * of holders means no node of that driver is open: lsmod's "Used by" reads
 * uvcvideo 0 with the camera idle, 1 while an app streams. A driver built
 * into the kernel has no refcnt, and anything unreadable answers false:
 * "do not know, scan".
 */
export function driverModuleSurelyClosed(devicePath: string, sysRoot = '/sys'): boolean {
  let moduleDir: string;
  try {
    moduleDir = realpathSync(
      join(sysRoot, 'class', 'video4linux', basename(devicePath), 'device', 'driver', 'module'),
    );
  } catch {
    return false;
  }
  const text = read(join(moduleDir, 'refcnt'));
  const refcnt = text === null || !/^\d+$/.test(text) ? null : Number(text);
  if (refcnt === null) return false;
  let holders = 0;
  try {
    holders = readdirSync(join(moduleDir, 'holders')).length;
  } catch {
    // No holders folder: nothing depends on the module.
  }
  return refcnt <= holders;
}
