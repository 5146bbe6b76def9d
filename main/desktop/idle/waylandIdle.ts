import type { SessionBus } from '../dbus/sessionBus';

/** What an idle read found: the time since the last input, or why it cannot be known. */
export type IdleReading =
  | { known: true; idleMs: number; via: 'mutter' | 'kde' | 'electron' }
  | { known: false; reason: string };

/** The words Settings shows when idle cannot be known on this desktop. */
export const IDLE_UNKNOWN_WORDS =
  'Time away from the keyboard cannot be read on this desktop, so only screen lock and sleep count as a break.';

const MUTTER = {
  name: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  iface: 'org.gnome.Mutter.IdleMonitor',
};
const KDE_SCREENSAVER = {
  name: 'org.freedesktop.ScreenSaver',
  path: '/ScreenSaver',
  iface: 'org.freedesktop.ScreenSaver',
};

/**
 * True on a Wayland session. Electron's powerMonitor.getSystemIdleTime asks
 * X11's screen-saver extension; under Wayland that is XWayland, which only
 * sees input sent to X11 windows, so it reads "idle" while the person types
 * into native Wayland apps (or 0, depending on the build). Chromium's
 * Wayland idle support needs ext-idle-notify, which GNOME's Mutter lacks,
 * so on Wayland the compositor's own D-Bus service is asked instead.
 */
export function electronIdleUnreliable(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.XDG_SESSION_TYPE === 'wayland' || (!!env.WAYLAND_DISPLAY && !env.DISPLAY);
}

function milliseconds(value: unknown, scale: number): number | null {
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n * scale : null;
}

export interface WaylandIdleOptions {
  bus: () => Promise<SessionBus | null>;
}

/**
 * Reads idle time from the Wayland compositor over D-Bus, only when asked
 * (the idle sampler reads it at its sparse sampling moments):
 * - GNOME: Mutter's IdleMonitor GetIdletime (milliseconds), the same
 *   monitor gnome-settings-daemon uses to blank the screen.
 * - KDE Plasma: org.freedesktop.ScreenSaver GetSessionIdleTime (seconds),
 *   backed by KIdleTime, which works on KWin Wayland.
 * - Others (sway, Hyprland, other wlroots compositors): idle is only in
 *   the ext-idle-notify Wayland protocol, which a D-Bus client cannot
 *   reach; the reading says so and Settings shows IDLE_UNKNOWN_WORDS.
 *   (Reading /dev/input instead, as Stretchly does, needs the `input` group.)
 */
export function waylandIdleReader(options: WaylandIdleOptions): { read(): Promise<IdleReading> } {
  let via: 'mutter' | 'kde' | null = null;

  async function ask(bus: SessionBus, which: 'mutter' | 'kde'): Promise<number | null> {
    if (which === 'mutter') {
      const [ms] = await bus.call({
        destination: MUTTER.name,
        path: MUTTER.path,
        interface: MUTTER.iface,
        member: 'GetIdletime',
      });
      return milliseconds(ms, 1);
    }
    const [seconds] = await bus.call({
      destination: KDE_SCREENSAVER.name,
      path: KDE_SCREENSAVER.path,
      interface: KDE_SCREENSAVER.iface,
      member: 'GetSessionIdleTime',
    });
    return milliseconds(seconds, 1000);
  }

  return {
    async read() {
      const bus = await options.bus();
      if (!bus) return { known: false, reason: 'no D-Bus session bus' };
      const order: ('mutter' | 'kde')[] = via ? [via] : ['mutter', 'kde'];
      for (const which of order) {
        try {
          const idleMs = await ask(bus, which);
          if (idleMs !== null) {
            via = which;
            return { known: true, idleMs, via: which };
          }
        } catch {
          // Not this desktop (or it went away): try the next one, and look again next time.
          if (via === which) via = null;
        }
      }
      return { known: false, reason: 'the compositor offers no idle time over D-Bus' };
    },
  };
}
