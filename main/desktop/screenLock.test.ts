import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../core/logger';
import { createRig } from '../core/planner/testing/rig';
import { openSessionBus } from './dbus/sessionBus';
import { startPrivateBus, type PrivateBus } from './dbus/testing/privateBus';
import { exportStandInService, type StandInService } from './dbus/testing/standInService';
import { watchScreenLock, type ScreenLockEvent, type ScreenLockWatch } from './screenLock';

const SESSION_PATH = '/org/freedesktop/login1/session/_32';
const MIN = 60_000;

/** Collects the adapter's reports and lets a test wait for the next one. */
function recorder() {
  const events: ScreenLockEvent[] = [];
  let waiting: (() => void) | null = null;
  return {
    events,
    onChange(event: ScreenLockEvent) {
      events.push(event);
      waiting?.();
    },
    /** Resolves once `count` reports have arrived. */
    until(count: number): Promise<void> {
      if (events.length >= count) return Promise.resolve();
      return new Promise((resolve) => {
        waiting = () => {
          if (events.length >= count) resolve();
        };
      });
    },
  };
}

describe('screen lock from D-Bus (private session and system daemons)', () => {
  let sessionBus: PrivateBus;
  let systemBus: PrivateBus;
  let services: StandInService[] = [];
  let watch: ScreenLockWatch | null = null;

  beforeEach(async () => {
    [sessionBus, systemBus] = await Promise.all([startPrivateBus(), startPrivateBus()]);
  });
  afterEach(async () => {
    watch?.stop();
    watch = null;
    for (const service of services) service.close();
    services = [];
    await Promise.all([sessionBus.stop(), systemBus.stop()]);
  });

  async function screenSaver(name: 'org.gnome.ScreenSaver' | 'org.freedesktop.ScreenSaver') {
    const service = await exportStandInService(sessionBus.address, {
      name,
      path: name === 'org.gnome.ScreenSaver' ? '/org/gnome/ScreenSaver' : '/ScreenSaver',
      interface: name,
      methods: { GetActive: { outSignature: 'b', handler: () => false } },
      signals: { ActiveChanged: 'b' },
    });
    services.push(service);
    return service;
  }

  async function logind() {
    const service = await exportStandInService(systemBus.address, {
      name: 'org.freedesktop.login1',
      path: '/org/freedesktop/login1',
      interface: 'org.freedesktop.login1.Manager',
      methods: {
        GetSessionByPID: { inSignature: 'u', outSignature: 'o', handler: () => SESSION_PATH },
      },
      objects: [
        {
          path: SESSION_PATH,
          interface: 'org.freedesktop.login1.Session',
          properties: { LockedHint: { signature: 'b', value: false } },
          signals: { Lock: '', Unlock: '' },
        },
      ],
    });
    services.push(service);
    return service;
  }

  async function start(rec: ReturnType<typeof recorder>, log = memoryLogger()) {
    watch = await watchScreenLock({
      sessionBusAddress: sessionBus.address,
      systemBusAddress: systemBus.address,
      log,
      onChange: rec.onChange,
    });
    return watch;
  }

  it("forwards GNOME's screen shield locking and unlocking", async () => {
    const gnome = await screenSaver('org.gnome.ScreenSaver');
    const rec = recorder();
    expect((await start(rec)).sources).toEqual(['org.gnome.ScreenSaver']);
    gnome.emit('ActiveChanged', true);
    await rec.until(1);
    gnome.emit('ActiveChanged', false);
    await rec.until(2);
    expect(rec.events).toEqual(['lock', 'unlock']);
  });

  it('forwards the freedesktop screen saver (KDE and others)', async () => {
    const kde = await screenSaver('org.freedesktop.ScreenSaver');
    const rec = recorder();
    await start(rec);
    kde.emit('ActiveChanged', true);
    await rec.until(1);
    kde.emit('ActiveChanged', false);
    await rec.until(2);
    expect(rec.events).toEqual(['lock', 'unlock']);
  });

  it("forwards logind's Lock from the system bus and takes LockedHint going false as the unlock", async () => {
    const login = await logind();
    const rec = recorder();
    expect((await start(rec)).sources).toEqual(['logind']);
    login.object(SESSION_PATH).emit('Lock');
    await rec.until(1);
    // An unlock by password clears the hint; logind's Unlock signal only follows `loginctl unlock-session`.
    login.object(SESSION_PATH).set('LockedHint', false);
    await rec.until(2);
    login.object(SESSION_PATH).set('LockedHint', true);
    await rec.until(3);
    login.object(SESSION_PATH).emit('Unlock');
    await rec.until(4);
    expect(rec.events).toEqual(['lock', 'unlock', 'lock', 'unlock']);
  });

  it('reports one lock when several sources announce the same one', async () => {
    const gnome = await screenSaver('org.gnome.ScreenSaver');
    const login = await logind();
    const rec = recorder();
    expect((await start(rec)).sources).toEqual(['org.gnome.ScreenSaver', 'logind']);
    gnome.emit('ActiveChanged', true);
    await rec.until(1);
    // One service's signals arrive in the order it sent them, so the unlock
    // that ends each burst proves the repeats before it were heard and dropped.
    const session = login.object(SESSION_PATH);
    session.set('LockedHint', true);
    session.emit('Lock');
    session.set('LockedHint', false);
    await rec.until(2);
    gnome.emit('ActiveChanged', false);
    gnome.emit('ActiveChanged', true);
    await rec.until(3);
    expect(rec.events).toEqual(['lock', 'unlock', 'lock']);
  });

  it('ignores a lookalike signal from a process that does not own the screen saver name', async () => {
    const gnome = await screenSaver('org.gnome.ScreenSaver');
    const impostor = await exportStandInService(sessionBus.address, {
      name: 'org.example.Impostor',
      path: '/org/gnome/ScreenSaver',
      interface: 'org.gnome.ScreenSaver',
      methods: { GetActive: { outSignature: 'b', handler: () => true } },
      signals: { ActiveChanged: 'b' },
    });
    services.push(impostor);
    const rec = recorder();
    await start(rec);
    const client = await openSessionBus(sessionBus.address);
    if (!client) throw new Error('no client');
    // A reply from a service comes after every signal it sent before it: once
    // answered, the daemon has routed (or dropped) those signals.
    const drained = async (name: string) => {
      await client.call({
        destination: name,
        path: '/org/gnome/ScreenSaver',
        interface: 'org.gnome.ScreenSaver',
        member: 'GetActive',
      });
      await new Promise((resolve) => setImmediate(resolve));
    };
    try {
      impostor.emit('ActiveChanged', true);
      await drained('org.example.Impostor');
      // Heard, the fake lock would turn this unlock into a report of its own.
      gnome.emit('ActiveChanged', false);
      gnome.emit('ActiveChanged', true);
      await rec.until(1);
      await drained('org.gnome.ScreenSaver');
      expect(rec.events).toEqual(['lock']);
    } finally {
      client.close();
    }
  });

  it('with no such service says so once in the log, and the planner still finds the break in idle time', async () => {
    const log = memoryLogger();
    const rig = createRig();
    const w = await start(
      { events: [], onChange: (e) => rig.planner.power(e), until: () => Promise.resolve() },
      log,
    );
    expect(w.sources).toEqual([]);
    expect(log.entries).toEqual([
      {
        level: 'info',
        message:
          'screen lock: this desktop announces no screen lock over D-Bus (no ScreenSaver service, no logind session); a locked screen counts as a break once idle time shows it',
      },
    ]);
    // Locked from 09:20 to 09:40 with nothing to say so: no input, so idle time grows.
    rig.idle.at = (now: number) =>
      now >= rig.at('09:20') && now < rig.at('09:40') ? (now - rig.at('09:20')) / 1000 : 0;
    await rig.clock.setTo(rig.at('10:00'));
    expect(rig.events('naturalBreak')).toEqual([
      expect.objectContaining({ cause: 'idle', idleMs: expect.any(Number) }),
    ]);
    expect(rig.events('naturalBreak')[0]?.idleMs).toBeGreaterThanOrEqual(5 * MIN);
  });

  it('never throws where there is no bus at all, and says so once', async () => {
    const log = memoryLogger();
    const w = await watchScreenLock({
      sessionBusAddress: 'unix:path=/nonexistent/decompress-session',
      systemBusAddress: undefined,
      log,
      onChange: () => undefined,
    });
    expect(w.sources).toEqual([]);
    expect(log.entries).toHaveLength(1);
    w.stop();
  });
});
