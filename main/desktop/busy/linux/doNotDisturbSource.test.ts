import { DBusError, Variant } from '@jellybrick/dbus-next';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../core/logger';
import type { StandInServiceSpec } from '../../dbus/testing/standInService';
import { usePrivateBus } from '../../dbus/testing/usePrivateBus';
import { guardSource } from '../guardedSource';
import { SignalUnavailableError } from '../signalDetector';
import { desktopFamily, linuxDoNotDisturbSource } from './doNotDisturbSource';

const dconf = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'dconf', name);

/** xdg-desktop-portal's Settings as GNOME ships it: ReadOne of this namespace answers NotFound. */
function portal(readOne: (namespace: unknown, key: unknown) => unknown): StandInServiceSpec {
  return {
    name: 'org.freedesktop.portal.Desktop',
    path: '/org/freedesktop/portal/desktop',
    interface: 'org.freedesktop.portal.Settings',
    properties: { version: { signature: 'u', value: 2 } },
    methods: { ReadOne: { inSignature: 'ss', outSignature: 'v', handler: readOne } },
  };
}
const gnomePortal = () =>
  portal(() => {
    throw new DBusError('org.freedesktop.portal.Error.NotFound', 'Requested setting not found');
  });

function notificationServer(inhibited: boolean | null): StandInServiceSpec {
  return {
    name: 'org.freedesktop.Notifications',
    path: '/org/freedesktop/Notifications',
    interface: 'org.freedesktop.Notifications',
    properties: inhibited === null ? {} : { Inhibited: { signature: 'b', value: inhibited } },
    methods: {
      GetServerInformation: {
        outSignature: 'ssss',
        handler: () =>
          inhibited === null
            ? ['gnome-shell', 'GNOME', '46.0', '1.2']
            : ['Plasma', 'KDE', '2.0', '1.2'],
      },
    },
  };
}

const AT = new Date(2026, 10, 23, 10, 42).getTime();

describe('Do not disturb on Linux, against a private dbus-daemon and real dconf files', () => {
  const { serve, connect } = usePrivateBus();

  it('tells the desktops apart from XDG_CURRENT_DESKTOP', () => {
    expect(desktopFamily('ubuntu:GNOME')).toBe('gnome');
    expect(desktopFamily('KDE')).toBe('kde');
    expect(desktopFamily('XFCE')).toBe('xfce');
    expect(desktopFamily('sway')).toBe('other');
    expect(desktopFamily(undefined)).toBe('other');
  });

  it('KDE: the notification server’s Inhibited property, on and off', async () => {
    const plasma = await serve(notificationServer(true));
    const bus = await connect();
    const dnd = linuxDoNotDisturbSource({ bus: async () => bus, currentDesktop: 'KDE' });
    expect(await dnd.check()).toEqual({ busy: true, until: null, because: 'Do not disturb is on' });
    plasma.set('Inhibited', false);
    expect(await dnd.check()).toEqual({ busy: false });
  });

  it('GNOME: the portal answers NotFound, so banners off is read from dconf', async () => {
    let asked = 0;
    await serve(
      portal(() => {
        asked++;
        throw new DBusError('org.freedesktop.portal.Error.NotFound', 'Requested setting not found');
      }),
    );
    const bus = await connect();
    const off = linuxDoNotDisturbSource({
      bus: async () => bus,
      currentDesktop: 'GNOME',
      dconfFile: dconf('banners-off.gvdb'),
    });
    expect(await off.check()).toMatchObject({ busy: true, because: 'Do not disturb is on' });
    // NotFound will not change this session: the portal is not asked again.
    expect(await off.check()).toMatchObject({ busy: true });
    expect(asked).toBe(1);
  });

  it('GNOME: banners on, or never changed, is not busy', async () => {
    await serve(gnomePortal());
    const bus = await connect();
    for (const file of ['banners-on.gvdb', 'banners-unset.gvdb', 'no-dconf-file-yet']) {
      const dnd = linuxDoNotDisturbSource({
        bus: async () => bus,
        currentDesktop: 'ubuntu:GNOME',
        dconfFile: dconf(file),
      });
      expect(await dnd.check()).toEqual({ busy: false });
    }
  });

  it('GNOME: a portal backend that does serve the key is believed, without reading dconf', async () => {
    await serve(
      portal((namespace, key) => {
        if (namespace !== 'org.gnome.desktop.notifications' || key !== 'show-banners') {
          throw new DBusError(
            'org.freedesktop.portal.Error.NotFound',
            'Requested setting not found',
          );
        }
        return new Variant('b', false);
      }),
    );
    const bus = await connect();
    const dnd = linuxDoNotDisturbSource({
      bus: async () => bus,
      currentDesktop: 'GNOME',
      // Torn: reading it would throw, so an answer proves the portal gave it.
      dconfFile: dconf('truncated.gvdb'),
    });
    expect(await dnd.check()).toMatchObject({ busy: true });
  });

  it('GNOME with no portal running, and with no bus at all: dconf answers', async () => {
    const bus = await connect();
    const noPortal = linuxDoNotDisturbSource({
      bus: async () => bus,
      currentDesktop: 'GNOME',
      dconfFile: dconf('banners-off.gvdb'),
    });
    expect((await noPortal.check()).busy).toBe(true);
    const noBus = linuxDoNotDisturbSource({
      bus: async () => null,
      currentDesktop: 'GNOME',
      dconfFile: dconf('banners-on.gvdb'),
    });
    expect(await noBus.check()).toEqual({ busy: false });
  });

  it('GNOME: a portal that hangs past the timeout still gets an answer from dconf', async () => {
    await serve(portal(() => new Promise(() => undefined)));
    const bus = await connect(200);
    const dnd = linuxDoNotDisturbSource({
      bus: async () => bus,
      currentDesktop: 'GNOME',
      dconfFile: dconf('banners-off.gvdb'),
    });
    expect((await dnd.check()).busy).toBe(true);
  });

  it('GNOME: a torn dconf file counts as not busy through the guard, logged once', async () => {
    await serve(gnomePortal());
    const bus = await connect();
    const log = memoryLogger();
    const guarded = guardSource(
      linuxDoNotDisturbSource({
        bus: async () => bus,
        currentDesktop: 'GNOME',
        dconfFile: dconf('truncated.gvdb'),
      }),
      { isEnabled: () => true, log },
    );
    expect((await guarded.ask(AT)).state).toBe('unavailable');
    expect((await guarded.ask(AT)).state).toBe('unavailable');
    expect(log.entries).toHaveLength(1);
    expect(guarded.status().text).toBe(
      'Do not disturb: could not be read at 10:42, so it counts as not busy',
    );
  });

  it('Xfce: xfce4-notifyd’s do-not-disturb in xfconf; never set means off', async () => {
    let stored: boolean | null = true;
    await serve({
      name: 'org.xfce.Xfconf',
      path: '/org/xfce/Xfconf',
      interface: 'org.xfce.Xfconf',
      methods: {
        GetProperty: {
          inSignature: 'ss',
          outSignature: 'v',
          handler: (channel, property) => {
            if (channel !== 'xfce4-notifyd' || property !== '/do-not-disturb' || stored === null) {
              throw new DBusError(
                'org.xfce.Xfconf.Error.PropertyNotFound',
                'Property does not exist',
              );
            }
            return new Variant('b', stored);
          },
        },
      },
    });
    const bus = await connect();
    const dnd = linuxDoNotDisturbSource({ bus: async () => bus, currentDesktop: 'XFCE' });
    expect((await dnd.check()).busy).toBe(true);
    stored = null;
    expect(await dnd.check()).toEqual({ busy: false });
  });

  it('elsewhere: a notification server without Inhibited, or none, cannot be known', async () => {
    const bus = await connect();
    const dnd = linuxDoNotDisturbSource({ bus: async () => bus, currentDesktop: 'sway' });
    await expect(dnd.check()).rejects.toBeInstanceOf(SignalUnavailableError);
    await serve(notificationServer(null));
    await expect(dnd.check()).rejects.toBeInstanceOf(SignalUnavailableError);
  });
});
