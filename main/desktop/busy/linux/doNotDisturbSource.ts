import { dbusErrorName, unwrapVariant, type SessionBus } from '../../dbus/sessionBus';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type SignalAnswer,
  type SignalDetector,
} from '../signalDetector';
import { dconfUserDatabasePath, readDconfKey } from './dconfUserDb';

const BANNERS_SCHEMA = 'org.gnome.desktop.notifications';
const BANNERS_KEY = 'show-banners';
const BANNERS_DCONF_PATH = '/org/gnome/desktop/notifications/show-banners';

const PORTAL = {
  name: 'org.freedesktop.portal.Desktop',
  path: '/org/freedesktop/portal/desktop',
  iface: 'org.freedesktop.portal.Settings',
};
const NOTIFICATIONS = {
  name: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  iface: 'org.freedesktop.Notifications',
};
const XFCONF = { name: 'org.xfce.Xfconf', path: '/org/xfce/Xfconf', iface: 'org.xfce.Xfconf' };

const DND_ON = busyBecause('Do not disturb is on');

export interface LinuxDoNotDisturbOptions {
  bus: () => Promise<SessionBus | null>;
  /** XDG_CURRENT_DESKTOP, e.g. "GNOME", "ubuntu:GNOME", "KDE", "XFCE". */
  currentDesktop?: string;
  /** The dconf user database; tests point this at a fixture. */
  dconfFile?: string;
}

type Desktop = 'gnome' | 'kde' | 'xfce' | 'other';

export function desktopFamily(currentDesktop: string | undefined): Desktop {
  const parts = (currentDesktop ?? '').toLowerCase().split(':');
  if (parts.some((p) => p === 'kde')) return 'kde';
  if (parts.some((p) => p === 'gnome' || p === 'unity' || p === 'pop' || p === 'budgie'))
    return 'gnome';
  if (parts.some((p) => p === 'xfce')) return 'xfce';
  return 'other';
}

/**
 * GNOME's switch, through the settings portal first. Neither GNOME's portal
 * backend (xdg-desktop-portal-gnome) nor the GTK one exposes the
 * org.gnome.desktop.notifications schema: their Settings implementation
 * serves a fixed list (interface, a11y, sound, privacy, wm.preferences, ...)
 * and answers any other namespace with org.freedesktop.portal.Error.NotFound
 * ("Requested setting not found"). So on GNOME as shipped the portal says
 * NotFound, and the key is read from the dconf database file itself, which
 * is what every GSettings reader does (no gsettings process, no dconf
 * service call). A later backend that does serve the namespace is used.
 */
async function gnomeBannersShown(
  bus: SessionBus | null,
  dconfFile: string,
  portalKnownAbsent: { value: boolean },
): Promise<boolean> {
  if (bus && !portalKnownAbsent.value) {
    try {
      const [value] = await bus.call({
        destination: PORTAL.name,
        path: PORTAL.path,
        interface: PORTAL.iface,
        member: 'ReadOne',
        signature: 'ss',
        body: [BANNERS_SCHEMA, BANNERS_KEY],
      });
      const shown = unwrapVariant(value);
      if (typeof shown === 'boolean') return shown;
    } catch (err) {
      const name = dbusErrorName(err);
      // NotFound: the backend does not serve it. ServiceUnknown/UnknownMethod: no portal, or
      // one older than ReadOne. Either way the answer will not change this session.
      if (
        name === 'org.freedesktop.portal.Error.NotFound' ||
        name === 'org.freedesktop.DBus.Error.ServiceUnknown' ||
        name === 'org.freedesktop.DBus.Error.UnknownMethod'
      ) {
        portalKnownAbsent.value = true;
      }
    }
  }
  const stored = readDconfKey(dconfFile, BANNERS_DCONF_PATH);
  // Never changed: the schema default, banners shown.
  if (stored === undefined) return true;
  if (stored.type !== 'b') throw new Error(`show-banners holds a ${stored.type}, not a boolean`);
  return stored.value === true;
}

async function notificationsInhibited(bus: SessionBus): Promise<boolean | null> {
  try {
    const inhibited = await bus.getProperty(
      NOTIFICATIONS.name,
      NOTIFICATIONS.path,
      NOTIFICATIONS.iface,
      'Inhibited',
    );
    return typeof inhibited === 'boolean' ? inhibited : null;
  } catch (err) {
    // A notification server without the property (GNOME Shell, dunst, mako) is not a failure.
    if (dbusErrorName(err) !== null) return null;
    throw err;
  }
}

async function xfceDoNotDisturb(bus: SessionBus): Promise<boolean> {
  try {
    const [value] = await bus.call({
      destination: XFCONF.name,
      path: XFCONF.path,
      interface: XFCONF.iface,
      member: 'GetProperty',
      signature: 'ss',
      body: ['xfce4-notifyd', '/do-not-disturb'],
    });
    return unwrapVariant(value) === true;
  } catch (err) {
    // xfconf answers "Property does not exist" until the switch was first used.
    if (dbusErrorName(err) === 'org.xfce.Xfconf.Error.PropertyNotFound') return false;
    throw err;
  }
}

/**
 * Do not disturb on Linux, read without a child process:
 * - KDE Plasma: org.freedesktop.Notifications' Inhibited property (Plasma's
 *   notification server sets it while Do not disturb is on).
 * - GNOME: org.gnome.desktop.notifications show-banners = false is GNOME's
 *   Do not disturb switch; see gnomeBannersShown for how it is read.
 * - Xfce: xfce4-notifyd's /do-not-disturb in xfconf, over D-Bus.
 * - Elsewhere: the Inhibited property where the notification server has it;
 *   otherwise it cannot be known (dunst, mako and swaync keep their pause
 *   state behind their own control commands).
 */
export function linuxDoNotDisturbSource(options: LinuxDoNotDisturbOptions): SignalDetector {
  const desktop = desktopFamily(options.currentDesktop);
  const dconfFile = options.dconfFile ?? dconfUserDatabasePath();
  const portalKnownAbsent = { value: false };
  return {
    kind: 'doNotDisturb',
    label: 'Do not disturb',
    freeWords: 'off',
    async check(): Promise<SignalAnswer> {
      const bus = await options.bus();
      if (desktop === 'gnome') {
        return (await gnomeBannersShown(bus, dconfFile, portalKnownAbsent)) ? NOT_BUSY : DND_ON;
      }
      if (!bus) throw new SignalUnavailableError('cannot be seen: no D-Bus session bus');
      if (desktop === 'xfce') return (await xfceDoNotDisturb(bus)) ? DND_ON : NOT_BUSY;
      const inhibited = await notificationsInhibited(bus);
      if (inhibited === null) {
        throw new SignalUnavailableError(
          "cannot be seen: this desktop's notification service does not say when Do not disturb is on",
        );
      }
      return inhibited ? DND_ON : NOT_BUSY;
    },
  };
}
