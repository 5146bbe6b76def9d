import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../core/logger';
import type { SessionBus } from '../../dbus/sessionBus';
import type { StandInServiceSpec } from '../../dbus/testing/standInService';
import { usePrivateBus } from '../../dbus/testing/usePrivateBus';
import { guardSource } from '../guardedSource';
import { SignalUnavailableError } from '../signalDetector';
import { linuxPresentationSource } from './presentationSource';

const SESSION = {
  name: 'org.gnome.SessionManager',
  path: '/org/gnome/SessionManager',
  interface: 'org.gnome.SessionManager',
};

/** gnome-session with one inhibitor object, as `gdbus introspect` shows them. */
function gnomeSession(
  inhibitedActions: number | null,
  inhibitor: { appId: string; reason: string; flags: number } | null,
  isInhibited: (flags: unknown) => unknown = (flags) =>
    inhibitedActions !== null && (inhibitedActions & Number(flags)) !== 0,
): StandInServiceSpec {
  return {
    ...SESSION,
    properties:
      inhibitedActions === null
        ? {}
        : { InhibitedActions: { signature: 'u', value: inhibitedActions } },
    methods: {
      IsInhibited: { inSignature: 'u', outSignature: 'b', handler: isInhibited },
      GetInhibitors: {
        outSignature: 'ao',
        handler: () => (inhibitor ? ['/org/gnome/SessionManager/Inhibitor7'] : []),
      },
    },
    objects: inhibitor
      ? [
          {
            path: '/org/gnome/SessionManager/Inhibitor7',
            interface: 'org.gnome.SessionManager.Inhibitor',
            methods: {
              GetAppId: { outSignature: 's', handler: () => inhibitor.appId },
              GetReason: { outSignature: 's', handler: () => inhibitor.reason },
              GetFlags: { outSignature: 'u', handler: () => inhibitor.flags },
            },
          },
        ]
      : [],
  };
}

const AT = new Date(2026, 10, 23, 10, 42).getTime();

describe('presentation / fullscreen video on Linux, against a private dbus-daemon', () => {
  const { serve, connect } = usePrivateBus();
  function source(bus: SessionBus) {
    return linuxPresentationSource({ bus: async () => bus });
  }

  it('GNOME: an idle inhibitor is busy, and names the app that holds it', async () => {
    await serve(
      gnomeSession(8 | 4, { appId: 'org.mozilla.firefox', reason: 'video-playing', flags: 8 }),
    );
    expect(await source(await connect()).check()).toEqual({
      busy: true,
      until: null,
      because: 'firefox keeps the screen awake (a video or a presentation)',
      title: 'firefox',
    });
  });

  it('GNOME: a browser holding a WebRTC call says so', async () => {
    await serve(
      gnomeSession(8, { appId: 'chromium', reason: 'WebRTC has active PeerConnections', flags: 8 }),
    );
    expect(await source(await connect()).check()).toMatchObject({
      busy: true,
      because: 'a call is running in chromium',
    });
  });

  it('GNOME: only a suspend inhibitor (a download, an update) is not a presentation', async () => {
    await serve(gnomeSession(4, { appId: 'org.gnome.Software', reason: 'Installing', flags: 4 }));
    expect(await source(await connect()).check()).toEqual({ busy: false });
  });

  it('GNOME without the InhibitedActions property: IsInhibited(idle) answers', async () => {
    const asked: unknown[] = [];
    await serve(
      gnomeSession(null, null, (flags) => {
        asked.push(flags);
        return true;
      }),
    );
    expect((await source(await connect()).check()).busy).toBe(true);
    expect(asked).toEqual([8]);
  });

  it('KDE Plasma: PowerDevil HasInhibition(ChangeScreenSettings)', async () => {
    let inhibited = true;
    const asked: unknown[] = [];
    await serve({
      name: 'org.kde.Solid.PowerManagement',
      path: '/org/kde/Solid/PowerManagement/PolicyAgent',
      interface: 'org.kde.Solid.PowerManagement.PolicyAgent',
      methods: {
        HasInhibition: {
          inSignature: 'u',
          outSignature: 'b',
          handler: (policies) => {
            asked.push(policies);
            return inhibited;
          },
        },
      },
    });
    const presentation = source(await connect());
    expect((await presentation.check()).busy).toBe(true);
    inhibited = false;
    expect(await presentation.check()).toEqual({ busy: false });
    expect(asked).toEqual([4, 4]);
  });

  it('no such service on the bus: says it cannot be seen, and the guard counts it as not busy', async () => {
    const presentation = source(await connect());
    await expect(presentation.check()).rejects.toBeInstanceOf(SignalUnavailableError);
    const log = memoryLogger();
    const guarded = guardSource(presentation, { isEnabled: () => true, log });
    expect((await guarded.ask(AT)).state).toBe('unavailable');
    expect((await guarded.ask(AT)).state).toBe('unavailable');
    expect(guarded.status().state).toBe('unavailable');
    expect(log.entries).toHaveLength(1);
  });

  it('a session manager that hangs past the timeout: not busy, logged once, never a crash', async () => {
    await serve(gnomeSession(null, null, () => new Promise(() => undefined)));
    const log = memoryLogger();
    const guarded = guardSource(source(await connect(200)), {
      isEnabled: () => true,
      log,
    });
    expect((await guarded.ask(AT)).state).toBe('unavailable');
    expect((await guarded.ask(AT)).state).toBe('unavailable');
    expect(guarded.status().state).toBe('failed');
    expect(log.entries.map((e) => e.level)).toEqual(['warn']);
    expect(log.entries[0]?.fields?.error).toMatch(/no answer in 200 ms/);
  });
});
