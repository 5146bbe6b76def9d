import { dbusErrorName, type SessionBus } from '../../dbus/sessionBus';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type SignalAnswer,
  type SignalDetector,
} from '../signalDetector';

/** GnomeSessionManager's inhibit flags (gnome-session's gsm-inhibitor-flag.h). */
export const GSM_INHIBIT_IDLE = 8;
/** PowerDevil's PolicyAgent policy that screen-saver inhibitions map to. */
export const KDE_CHANGE_SCREEN_SETTINGS = 4;

const GNOME = {
  name: 'org.gnome.SessionManager',
  path: '/org/gnome/SessionManager',
  iface: 'org.gnome.SessionManager',
  inhibitor: 'org.gnome.SessionManager.Inhibitor',
};
const KDE = {
  name: 'org.kde.Solid.PowerManagement',
  path: '/org/kde/Solid/PowerManagement/PolicyAgent',
  iface: 'org.kde.Solid.PowerManagement.PolicyAgent',
};
const FDO_POWER = {
  name: 'org.freedesktop.PowerManagement',
  path: '/org/freedesktop/PowerManagement/Inhibit',
  iface: 'org.freedesktop.PowerManagement.Inhibit',
};

const SOMEONE_AWAKE = 'an app keeps the screen awake (a video or a presentation)';

/** At most this many inhibitors are asked who they are: a busy answer needs one name, not all. */
const MAX_INHIBITORS_NAMED = 4;

export type InhibitDesktop = 'gnome' | 'kde' | 'freedesktop';

export interface PresentationOptions {
  /** The session bus, opened lazily by the caller; null where there is none. */
  bus: () => Promise<SessionBus | null>;
}

/** "org.mozilla.firefox" -> "firefox", "chromium-browser" stays. */
function appNameOf(appId: string): string {
  const cleaned = appId.replace(/\.desktop$/, '');
  const last = cleaned.split('.').pop() ?? cleaned;
  return last || 'an app';
}

/** Chromium's reason while a WebRTC call runs; Firefox says "audio-playing"/"video-playing". */
function looksLikeCall(reason: string): boolean {
  return /webrtc|call|meeting|conference/i.test(reason);
}

async function gnomeInhibitedForIdle(bus: SessionBus): Promise<boolean> {
  try {
    const actions = await bus.getProperty(GNOME.name, GNOME.path, GNOME.iface, 'InhibitedActions');
    if (typeof actions === 'number') return (actions & GSM_INHIBIT_IDLE) !== 0;
  } catch {
    // Older gnome-session builds lack the property: the method says the same.
  }
  const [inhibited] = await bus.call({
    destination: GNOME.name,
    path: GNOME.path,
    interface: GNOME.iface,
    member: 'IsInhibited',
    signature: 'u',
    body: [GSM_INHIBIT_IDLE],
  });
  return inhibited === true;
}

/** Who holds the idle inhibitor, for the words in Settings; never decides busy or not. */
async function gnomeIdleInhibitor(bus: SessionBus): Promise<SignalAnswer> {
  try {
    const [paths] = await bus.call({
      destination: GNOME.name,
      path: GNOME.path,
      interface: GNOME.iface,
      member: 'GetInhibitors',
    });
    if (!Array.isArray(paths)) return busyBecause(SOMEONE_AWAKE);
    for (const path of paths.slice(0, MAX_INHIBITORS_NAMED)) {
      if (typeof path !== 'string') continue;
      const ask = async (member: string): Promise<unknown> =>
        (await bus.call({ destination: GNOME.name, path, interface: GNOME.inhibitor, member }))[0];
      const flags = await ask('GetFlags');
      if (typeof flags !== 'number' || (flags & GSM_INHIBIT_IDLE) === 0) continue;
      const app = await ask('GetAppId');
      const reason = await ask('GetReason');
      if (typeof app !== 'string' || !app) return busyBecause(SOMEONE_AWAKE);
      const name = appNameOf(app);
      if (typeof reason === 'string' && looksLikeCall(reason)) {
        return busyBecause(`a call is running in ${name}`, { title: name });
      }
      return busyBecause(`${name} keeps the screen awake (a video or a presentation)`, {
        title: name,
      });
    }
  } catch {
    // The names are a courtesy; the inhibited flag already answered.
  }
  return busyBecause(SOMEONE_AWAKE);
}

/**
 * A fullscreen video or a presentation, as the desktop knows it: apps that
 * show one ask the session not to blank the screen (an idle inhibitor).
 * Video players, browsers playing video or holding a WebRTC call (Chromium
 * says "WebRTC has active PeerConnections"), LibreOffice Impress and
 * presenter apps all do; so do "caffeine" extensions, which read as busy.
 *
 * - GNOME: org.gnome.SessionManager's InhibitedActions has the idle bit (8);
 *   the IsInhibited(8) method where the property is missing. This also
 *   covers apps that inhibit through org.freedesktop.ScreenSaver or the
 *   Inhibit portal, which GNOME forwards to the session manager.
 * - KDE Plasma: PowerDevil's PolicyAgent HasInhibition(ChangeScreenSettings),
 *   which is where org.freedesktop.ScreenSaver.Inhibit lands.
 * - Xfce and others running a freedesktop power manager:
 *   org.freedesktop.PowerManagement.Inhibit HasInhibit (that one tracks
 *   sleep inhibitors, so it is the weakest of the three).
 * - Not seen: a fullscreen window that inhibits nothing (no D-Bus service
 *   says which window is fullscreen on Wayland; on X11 it would need an X
 *   client), and desktops with none of these services (sway, Hyprland:
 *   their idle inhibit is a Wayland protocol, not a bus service).
 */
export function linuxPresentationSource(options: PresentationOptions): SignalDetector {
  let desktop: InhibitDesktop | null = null;

  async function findDesktop(bus: SessionBus): Promise<InhibitDesktop | null> {
    if (await bus.nameHasOwner(GNOME.name)) return 'gnome';
    if (await bus.nameHasOwner(KDE.name)) return 'kde';
    if (await bus.nameHasOwner(FDO_POWER.name)) return 'freedesktop';
    return null;
  }

  async function ask(bus: SessionBus, which: InhibitDesktop): Promise<SignalAnswer> {
    switch (which) {
      case 'gnome':
        return (await gnomeInhibitedForIdle(bus)) ? await gnomeIdleInhibitor(bus) : NOT_BUSY;
      case 'kde': {
        const [has] = await bus.call({
          destination: KDE.name,
          path: KDE.path,
          interface: KDE.iface,
          member: 'HasInhibition',
          signature: 'u',
          body: [KDE_CHANGE_SCREEN_SETTINGS],
        });
        return has === true ? busyBecause(SOMEONE_AWAKE) : NOT_BUSY;
      }
      case 'freedesktop': {
        const [has] = await bus.call({
          destination: FDO_POWER.name,
          path: FDO_POWER.path,
          interface: FDO_POWER.iface,
          member: 'HasInhibit',
        });
        return has === true ? busyBecause('an app keeps the computer awake') : NOT_BUSY;
      }
    }
  }

  return {
    kind: 'presentation',
    label: 'Presentation or video',
    freeWords: 'no app keeps the screen awake',
    async check() {
      const bus = await options.bus();
      if (!bus) throw new SignalUnavailableError('cannot be seen: no D-Bus session bus');
      desktop ??= await findDesktop(bus);
      if (!desktop) {
        throw new SignalUnavailableError(
          'cannot be seen: this desktop offers no service that says when an app keeps the screen awake',
        );
      }
      try {
        return await ask(bus, desktop);
      } catch (err) {
        // The service went away (a desktop restart): look again next time.
        if (dbusErrorName(err) === 'org.freedesktop.DBus.Error.ServiceUnknown') desktop = null;
        throw err;
      }
    },
  };
}
