import { describe, expect, it } from 'vitest';
import { usePrivateBus } from '../dbus/testing/usePrivateBus';
import { electronIdleUnreliable, waylandIdleReader } from './waylandIdle';

describe('idle time on Wayland, against a private dbus-daemon', () => {
  const { serve, connect } = usePrivateBus();

  it('knows when Electron’s X11-based idle time cannot be trusted', () => {
    expect(electronIdleUnreliable({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' })).toBe(true);
    expect(electronIdleUnreliable({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(electronIdleUnreliable({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toBe(false);
    expect(electronIdleUnreliable({})).toBe(false);
  });

  it('GNOME: Mutter’s IdleMonitor GetIdletime, in milliseconds', async () => {
    let idle = 93_500n;
    await serve({
      name: 'org.gnome.Mutter.IdleMonitor',
      path: '/org/gnome/Mutter/IdleMonitor/Core',
      interface: 'org.gnome.Mutter.IdleMonitor',
      methods: { GetIdletime: { outSignature: 't', handler: () => idle } },
    });
    const bus = await connect();
    const reader = waylandIdleReader({ bus: async () => bus });
    expect(await reader.read()).toEqual({ known: true, idleMs: 93_500, via: 'mutter' });
    idle = 0n;
    expect(await reader.read()).toEqual({ known: true, idleMs: 0, via: 'mutter' });
  });

  it('KDE Plasma: org.freedesktop.ScreenSaver GetSessionIdleTime, in seconds', async () => {
    await serve({
      name: 'org.freedesktop.ScreenSaver',
      path: '/ScreenSaver',
      interface: 'org.freedesktop.ScreenSaver',
      methods: { GetSessionIdleTime: { outSignature: 'u', handler: () => 300 } },
    });
    const bus = await connect();
    expect(await waylandIdleReader({ bus: async () => bus }).read()).toEqual({
      known: true,
      idleMs: 300_000,
      via: 'kde',
    });
  });

  it('sway and other compositors without either service: idle cannot be known, and says why', async () => {
    const bus = await connect();
    expect(await waylandIdleReader({ bus: async () => bus }).read()).toEqual({
      known: false,
      reason: 'the compositor offers no idle time over D-Bus',
    });
    expect(await waylandIdleReader({ bus: async () => null }).read()).toEqual({
      known: false,
      reason: 'no D-Bus session bus',
    });
  });

  it('a compositor that hangs past the timeout reads as unknown, not as a crash', async () => {
    await serve({
      name: 'org.gnome.Mutter.IdleMonitor',
      path: '/org/gnome/Mutter/IdleMonitor/Core',
      interface: 'org.gnome.Mutter.IdleMonitor',
      methods: {
        GetIdletime: { outSignature: 't', handler: () => new Promise(() => undefined) },
      },
    });
    const bus = await connect(200);
    expect((await waylandIdleReader({ bus: async () => bus }).read()).known).toBe(false);
  });
});
