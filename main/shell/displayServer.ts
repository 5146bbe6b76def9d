/** Which window system the app's windows live on; it decides what a window can do. */
export type DisplayServer = 'wayland' | 'x11' | 'other';

/**
 * The display server Electron picks, decided the way Chromium decides it
 * (ui/linux/display_server_utils.cc, SetOzonePlatformForLinuxIfNeeded): an
 * explicit `--ozone-platform` wins; otherwise XDG_SESSION_TYPE=wayland means
 * Wayland and anything else X11 (Electron 38 dropped its own
 * ELECTRON_OZONE_PLATFORM_HINT in favour of this). macOS and Windows are
 * 'other': every window call works there.
 *
 * @param ozonePlatformSwitch `app.commandLine.getSwitchValue('ozone-platform')` ('' when absent).
 */
export function displayServer(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  ozonePlatformSwitch: string,
): DisplayServer {
  if (platform !== 'linux') return 'other';
  const chosen = ozonePlatformSwitch.trim().toLowerCase();
  if (chosen === 'wayland' || chosen === 'x11') return chosen;
  if (chosen) return 'other';
  return env.XDG_SESSION_TYPE === 'wayland' ? 'wayland' : 'x11';
}
