/**
 * What to tell the person when no tray will show Decompress's icon, per
 * desktop. Pure text, so the welcome, Settings and the first prompt (all in
 * the renderer) say the same thing, and tests can read it.
 */

export type LinuxDesktop =
  | 'gnome'
  | 'ubuntu-gnome'
  | 'kde'
  | 'xfce'
  | 'cinnamon'
  | 'mate'
  | 'lxqt'
  | 'budgie'
  | 'pantheon'
  | 'cosmic'
  | 'wlroots'
  | 'unknown';

export interface TrayAdvice {
  /** One line: what is missing. */
  title: string;
  /** How to get a tray on this desktop, in order. */
  steps: string[];
}

/**
 * The desktop in use, from XDG_CURRENT_DESKTOP (a colon-separated list such
 * as "ubuntu:GNOME" or "Budgie:GNOME"), else XDG_SESSION_DESKTOP or
 * DESKTOP_SESSION. The more specific name wins: Budgie before GNOME.
 */
export function detectLinuxDesktop(env: NodeJS.ProcessEnv): LinuxDesktop {
  const raw = env.XDG_CURRENT_DESKTOP || env.XDG_SESSION_DESKTOP || env.DESKTOP_SESSION || '';
  const names = raw
    .toLowerCase()
    .split(':')
    .map((n) => n.trim());
  const has = (...wanted: string[]) => names.some((n) => wanted.includes(n));
  if (has('budgie', 'budgie-desktop')) return 'budgie';
  if (has('pantheon')) return 'pantheon';
  if (has('x-cinnamon', 'cinnamon')) return 'cinnamon';
  if (has('kde', 'plasma', 'plasmawayland')) return 'kde';
  if (has('xfce', 'xfce4', 'xubuntu')) return 'xfce';
  if (has('mate')) return 'mate';
  if (has('lxqt', 'lubuntu')) return 'lxqt';
  if (has('cosmic')) return 'cosmic';
  if (has('sway', 'hyprland', 'river', 'wayfire', 'niri', 'labwc', 'wlroots')) return 'wlroots';
  if (has('ubuntu') && has('gnome')) return 'ubuntu-gnome';
  if (has('gnome', 'gnome-classic', 'gnome-xorg', 'ubuntu')) {
    return has('ubuntu') ? 'ubuntu-gnome' : 'gnome';
  }
  return 'unknown';
}

const APP_MENU_FALLBACK =
  'Until then, open Decompress from your app menu: that opens Settings, which has everything the tray menu has: start a break now, pause reminders, and when the next reminder comes.';

const STEPS: Readonly<Record<LinuxDesktop, string[]>> = {
  gnome: [
    'GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension.',
    'Install it (the package is gnome-shell-extension-appindicator on Debian, Ubuntu and Fedora, or get it from extensions.gnome.org), turn it on in the Extensions app, then log out and back in.',
  ],
  'ubuntu-gnome': [
    'Ubuntu shows tray icons with its “Ubuntu AppIndicators” extension, which is on unless it was switched off.',
    'Open the Extensions app and turn “Ubuntu AppIndicators” on (if it is missing: sudo apt install gnome-shell-extension-appindicator, then log out and back in).',
  ],
  kde: [
    'Plasma shows tray icons in its System Tray widget, which this panel does not have.',
    'Right-click the panel, choose “Add Widgets…” and add “System Tray”.',
  ],
  xfce: [
    'Xfce shows tray icons in the Status Tray plugin of its panel.',
    'Right-click the panel, choose Panel → Add New Items…, and add “Status Tray Plugin”.',
  ],
  cinnamon: [
    'Cinnamon shows tray icons in its Xapp Status applet.',
    'Right-click the panel, choose “Applets”, and add “Xapp Status Applet”.',
  ],
  mate: [
    'MATE shows tray icons in the Indicator Applet or the Notification Area of a panel.',
    'Right-click the panel, choose “Add to Panel…”, and add “Indicator Applet Complete” (package mate-indicator-applet) or “Notification Area”.',
  ],
  lxqt: [
    'LXQt shows tray icons in the Status Notifier plugin of its panel.',
    'Right-click the panel, choose “Manage Widgets”, and add “Status Notifier”.',
  ],
  budgie: [
    'Budgie shows tray icons in its System Tray applet.',
    'Open Budgie Desktop Settings, go to the panel’s Applets, press +, and add “System Tray”.',
  ],
  pantheon: [
    'elementary OS shows tray icons only with the Ayatana indicator for Wingpanel.',
    'Install wingpanel-indicator-ayatana, then log out and back in.',
  ],
  cosmic: [
    'COSMIC shows tray icons in its System Tray applet.',
    'Open Settings → Desktop → Panel → Configure panel applets, and add “System Tray”.',
  ],
  wlroots: [
    'Your bar needs a tray that speaks StatusNotifierItem.',
    'In Waybar, add "tray" to your modules; other bars have a similar tray module.',
  ],
  unknown: [
    'Your desktop needs a system tray that supports StatusNotifierItem (also called AppIndicator).',
    'Look in your panel or bar settings for a “system tray” or “status notifier” item and add it.',
  ],
};

/** How to get a tray on this desktop, ending with what works without one. */
export function trayAdvice(desktop: LinuxDesktop): TrayAdvice {
  return {
    title: 'There is no tray for Decompress’s icon on this desktop',
    steps: [...STEPS[desktop], APP_MENU_FALLBACK],
  };
}

/** What the welcome and Settings say when there is no tray: the lead-in above the advice. */
export const NO_TRAY_SUMMARY =
  'Decompress keeps working without a tray: reminders still arrive on time. Open Decompress from your app menu whenever you want to start a break, pause reminders or change settings.';

/**
 * Where Decompress lives, for the first prompt ("You can find Decompress
 * in …"). `trayLocation` is the OS's usual wording for its tray.
 */
export function whereDecompressLives(trayPresent: boolean | null, trayLocation: string): string {
  if (trayPresent === false) {
    return 'There is no tray on this desktop, so Decompress lives in your app menu: open it from there to start a break, pause reminders or change settings.';
  }
  const hedge =
    trayPresent === null
      ? ' If you cannot see its icon, open Decompress from your app menu instead.'
      : '';
  return `Decompress lives in ${trayLocation}: its icon there starts a break, pauses reminders and opens Settings.${hedge}`;
}
