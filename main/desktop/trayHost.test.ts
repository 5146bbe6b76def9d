import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionBus, type SessionBus } from './dbus/sessionBus';
import { startPrivateBus, type PrivateBus } from './dbus/testing/privateBus';
import { exportStandInService, type StandInService } from './dbus/testing/standInService';
import { checkTrayHost, watchTrayHost, WATCHER_NAME, type TrayHostAnswer } from './trayHost';
import { exportTrayWatcher } from './testing/standInTrayWatcher';

const GNOME = { XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'wayland' };
const KDE = { XDG_CURRENT_DESKTOP: 'KDE', XDG_SESSION_TYPE: 'wayland' };
const XFCE_X11 = { XDG_CURRENT_DESKTOP: 'XFCE', XDG_SESSION_TYPE: 'x11' };
const linux = (env: NodeJS.ProcessEnv) => ({ platform: 'linux', env });

describe('is there a tray? asked over a private session bus', () => {
  let privateBus: PrivateBus;
  let client: SessionBus | null = null;
  const services: StandInService[] = [];

  beforeEach(async () => {
    privateBus = await startPrivateBus();
    client = await openSessionBus(privateBus.address);
  });
  afterEach(async () => {
    client?.close();
    client = null;
    for (const s of services.splice(0)) s.close();
    await privateBus.stop();
  });

  /** Answers as they come, and a promise kept when one says "present". */
  function collectUntilPresent() {
    let resolve: () => void = () => undefined;
    const present = new Promise<void>((r) => (resolve = r));
    const answers: TrayHostAnswer[] = [];
    const onAnswer = (a: TrayHostAnswer) => {
      answers.push(a);
      if (a.status === 'present') resolve();
    };
    return { answers, onAnswer, present };
  }

  function bus(): SessionBus {
    if (!client) throw new Error('no bus');
    return client;
  }

  /** The watcher as Plasma's kded or GNOME's AppIndicator extension exports it. */
  async function watcher(hostRegistered: boolean): Promise<StandInService> {
    const service = await exportTrayWatcher(privateBus.address, hostRegistered);
    services.push(service);
    return service;
  }

  it('present where a watcher runs with a host registered (Plasma, GNOME with the extension)', async () => {
    await watcher(true);
    expect(await checkTrayHost(bus(), linux(KDE))).toEqual({
      status: 'present',
      reason: 'host-registered',
      desktop: 'kde',
      advice: null,
    });
  });

  it('absent on stock GNOME: no watcher, and the advice is the AppIndicator extension', async () => {
    const found = await checkTrayHost(bus(), linux(GNOME));
    expect(found).toMatchObject({ status: 'absent', reason: 'no-watcher', desktop: 'gnome' });
    expect(found.advice?.steps[0]).toBe(
      'GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension.',
    );
    expect(found.advice?.steps.at(-1)).toMatch(/^Until then, open Decompress from your app menu/);
  });

  it('absent where a watcher runs but no panel draws its icons', async () => {
    await watcher(false);
    expect(await checkTrayHost(bus(), linux(KDE))).toMatchObject({
      status: 'absent',
      reason: 'watcher-without-host',
      advice: {
        steps: expect.arrayContaining([
          'Right-click the panel, choose “Add Widgets…” and add “System Tray”.',
        ]),
      },
    });
  });

  it('unknown on X11 outside GNOME without a watcher: an old XEmbed tray may show it', async () => {
    expect(await checkTrayHost(bus(), linux(XFCE_X11))).toMatchObject({
      status: 'unknown',
      reason: 'no-watcher-xembed-possible',
      desktop: 'xfce',
    });
  });

  it('unknown, not an exception, when the watcher name is owned but answers nothing useful', async () => {
    // Something holds the name without exporting the watcher object.
    services.push(
      await exportStandInService(privateBus.address, {
        name: WATCHER_NAME,
        path: '/Elsewhere',
        interface: 'org.example.NotTheWatcher',
      }),
    );
    expect(await checkTrayHost(bus(), linux(KDE))).toMatchObject({
      status: 'unknown',
      reason: 'bus-error',
    });
  });

  it('notices a host that registers after start (the panel starting after the app at login)', async () => {
    const service = await watcher(false);
    const { answers, onAnswer, present } = collectUntilPresent();
    const stop = await watchTrayHost(bus(), linux(KDE), onAnswer);
    service.set('IsStatusNotifierHostRegistered', true);
    service.emit('StatusNotifierHostRegistered');
    await present;
    stop();
    expect(answers.map((a) => a.status)).toEqual(['absent', 'present']);
  });

  it('notices a watcher that appears later (the GNOME extension switched on)', async () => {
    const { answers, onAnswer, present } = collectUntilPresent();
    const stop = await watchTrayHost(bus(), linux(GNOME), onAnswer);
    // As the extension does: take the name, export the watcher, register its host.
    const service = await watcher(true);
    service.emit('StatusNotifierHostRegistered');
    await present;
    stop();
    expect(answers[0]).toMatchObject({ status: 'absent', reason: 'no-watcher' });
    expect(answers.at(-1)).toMatchObject({ status: 'present', reason: 'host-registered' });
  });
});

describe('is there a tray? without D-Bus', () => {
  it('is always there on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32']) {
      expect(await checkTrayHost(null, { platform, env: {} })).toEqual({
        status: 'present',
        reason: 'not-linux',
        desktop: null,
        advice: null,
      });
    }
  });

  it('is unknown on Linux without a session bus, with advice for the desktop', async () => {
    const found = await checkTrayHost(null, linux(GNOME));
    expect(found).toMatchObject({ status: 'unknown', reason: 'no-session-bus', desktop: 'gnome' });
    expect(found.advice).not.toBeNull();
    expect(await openSessionBus('unix:path=/nonexistent/decompress-bus')).toBeNull();
  });
});
