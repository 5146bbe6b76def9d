import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdFileOpen, type FileHolder } from '../testing/fileHolder';
import { linuxCameraSource } from './cameraSource';
import { scanDeviceHolders } from './deviceHolders';

// Real /proc throughout: a child process holding a plain file stands in for
// an app holding /dev/video0, and the folder it lives in stands in for /dev.
describe('the Linux camera detector, on the real /proc', () => {
  let dir: string;
  let holder: FileHolder | null = null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decompress-camera-'));
    writeFileSync(join(dir, 'video0'), '');
    writeFileSync(join(dir, 'video1'), '');
    writeFileSync(join(dir, 'notes.txt'), '');
  });
  afterEach(async () => {
    await holder?.stop();
    holder = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds another process holding a camera node, by pid and name', async () => {
    holder = await holdFileOpen(join(dir, 'video1'));
    const scan = scanDeviceHolders({
      devices: new Set([join(dir, 'video0'), join(dir, 'video1')]),
    });
    expect(scan.holders).toEqual([{ pid: holder.pid, name: 'node', device: join(dir, 'video1') }]);
    const camera = linuxCameraSource({ deviceDir: dir });
    expect(await camera.check()).toEqual({
      busy: true,
      until: null,
      because: 'in use by another app',
      title: 'node',
    });
  });

  it('ignores itself: our own open camera node is not a call', async () => {
    const fd = openSync(join(dir, 'video0'), 'r');
    try {
      const camera = linuxCameraSource({ deviceDir: dir });
      expect(await camera.check()).toEqual({ busy: false });
    } finally {
      closeSync(fd);
    }
  });

  it('ignores the children it is told about, and its own descendants when asked to', async () => {
    holder = await holdFileOpen(join(dir, 'video0'));
    const known = holder.pid;
    const told = linuxCameraSource({ deviceDir: dir, ignorePids: () => new Set([known]) });
    expect(await told.check()).toEqual({ busy: false });
    // The holder is this test's child, as Electron's renderer is the app's.
    const family = linuxCameraSource({ deviceDir: dir, ignoreDescendantsOf: process.pid });
    expect(await family.check()).toEqual({ busy: false });
  });

  it('answers not busy once the holder lets go, and when no camera node exists', async () => {
    holder = await holdFileOpen(join(dir, 'video0'));
    const camera = linuxCameraSource({ deviceDir: dir });
    expect((await camera.check()).busy).toBe(true);
    await holder.stop();
    holder = null;
    expect(await camera.check()).toEqual({ busy: false });
    const empty = mkdtempSync(join(tmpdir(), 'decompress-nocamera-'));
    try {
      expect(await linuxCameraSource({ deviceDir: empty }).check()).toEqual({ busy: false });
      expect(await linuxCameraSource({ deviceDir: join(empty, 'missing') }).check()).toEqual({
        busy: false,
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a file that is not a camera node does not count', async () => {
    holder = await holdFileOpen(join(dir, 'notes.txt'));
    expect(await linuxCameraSource({ deviceDir: dir }).check()).toEqual({ busy: false });
  });

  it('skips the scan when the kernel shows every camera asleep, and scans when it cannot tell', async () => {
    holder = await holdFileOpen(join(dir, 'video0'));
    const sys = join(dir, 'sys');
    // /sys/class/video4linux/videoN/device is the USB interface; its parent is the USB device.
    const usbDevice = join(sys, 'devices', 'usb1', '1-6');
    const setPower = (node: string, control: string, status: string) => {
      const iface = join(usbDevice, `1-6:1.${node}`);
      mkdirSync(join(iface, 'power'), { recursive: true });
      mkdirSync(join(usbDevice, 'power'), { recursive: true });
      writeFileSync(join(usbDevice, 'power', 'control'), `${control}\n`);
      writeFileSync(join(iface, 'power', 'runtime_status'), `${status}\n`);
      mkdirSync(join(sys, 'class', 'video4linux', `video${node}`), { recursive: true });
      rmSync(join(sys, 'class', 'video4linux', `video${node}`, 'device'), { force: true });
      symlinkSync(iface, join(sys, 'class', 'video4linux', `video${node}`, 'device'));
    };
    const scans: number[] = [];
    const camera = linuxCameraSource({
      deviceDir: dir,
      sysRoot: sys,
      onScan: (s) => scans.push(s.fdsRead),
    });
    setPower('0', 'auto', 'suspended');
    setPower('1', 'auto', 'suspended');
    // The stand-in holder is a plain file, so the kernel's word is taken: no scan, not busy.
    expect(await camera.check()).toEqual({ busy: false });
    expect(scans).toEqual([]);
    setPower('1', 'on', 'active');
    expect((await camera.check()).busy).toBe(true);
    expect(scans).toHaveLength(1);
  });

  it("skips the scan when the driver module's count says no node is open, whatever the power settings", async () => {
    holder = await holdFileOpen(join(dir, 'video0'));
    const sys = join(dir, 'sys');
    // The shapes the kernel gives: videoN/device -> the USB interface, its driver/ -> the
    // driver, the driver's module/ -> /sys/module/uvcvideo with refcnt and holders/.
    const moduleDir = join(sys, 'module', 'uvcvideo');
    const driverDir = join(sys, 'bus', 'usb', 'drivers', 'uvcvideo');
    const iface = join(sys, 'devices', 'usb1', '1-6', '1-6:1.0');
    mkdirSync(join(moduleDir, 'holders'), { recursive: true });
    mkdirSync(driverDir, { recursive: true });
    mkdirSync(iface, { recursive: true });
    symlinkSync(moduleDir, join(driverDir, 'module'));
    symlinkSync(driverDir, join(iface, 'driver'));
    // A webcam's two nodes (video and metadata), both on the one interface.
    for (const node of ['video0', 'video1']) {
      mkdirSync(join(sys, 'class', 'video4linux', node), { recursive: true });
      symlinkSync(iface, join(sys, 'class', 'video4linux', node, 'device'));
    }
    const setRefcnt = (n: number) => writeFileSync(join(moduleDir, 'refcnt'), `${n}\n`);
    const scans: number[] = [];
    const camera = linuxCameraSource({
      deviceDir: dir,
      sysRoot: sys,
      onScan: (s) => scans.push(s.fdsRead),
    });

    // lsmod's "Used by 0": the stand-in holder is a plain file, so the kernel's word is taken.
    setRefcnt(0);
    expect(await camera.check()).toEqual({ busy: false });
    expect(scans).toEqual([]);
    // One module depends on uvcvideo and holds its one reference: still nothing open.
    mkdirSync(join(moduleDir, 'holders', 'uvc_extension'));
    setRefcnt(1);
    expect(await camera.check()).toEqual({ busy: false });
    expect(scans).toEqual([]);
    // One more reference than holders: a node is open, so the scan runs and finds the holder.
    setRefcnt(2);
    expect((await camera.check()).busy).toBe(true);
    expect(scans).toHaveLength(1);
    // A count that cannot be read means "do not know": scan.
    writeFileSync(join(moduleDir, 'refcnt'), 'garbled\n');
    expect((await camera.check()).busy).toBe(true);
    expect(scans).toHaveLength(2);
  });

  it('scans when the driver is built into the kernel (no module count to read)', async () => {
    holder = await holdFileOpen(join(dir, 'video0'));
    const sys = join(dir, 'sys');
    const driverDir = join(sys, 'bus', 'usb', 'drivers', 'uvcvideo');
    const iface = join(sys, 'devices', 'usb1', '1-6', '1-6:1.0');
    mkdirSync(driverDir, { recursive: true });
    mkdirSync(iface, { recursive: true });
    symlinkSync(driverDir, join(iface, 'driver'));
    for (const node of ['video0', 'video1']) {
      mkdirSync(join(sys, 'class', 'video4linux', node), { recursive: true });
      symlinkSync(iface, join(sys, 'class', 'video4linux', node, 'device'));
    }
    expect((await linuxCameraSource({ deviceDir: dir, sysRoot: sys }).check()).busy).toBe(true);
  });

  it('looks at the last holder first, so a call still going on costs one process', async () => {
    holder = await holdFileOpen(join(dir, 'video0'));
    const scans: number[] = [];
    const camera = linuxCameraSource({
      deviceDir: dir,
      onScan: (s) => scans.push(s.processesRead),
    });
    await camera.check();
    await camera.check();
    expect(scans[1]).toBe(1);
    expect(scans[0]).toBeGreaterThanOrEqual(1);
  });
});
