import { app } from 'electron';
import { createLinuxAutostart } from '../core/autostart/linuxAutostart';
import type { LoginItemPort } from '../core/ports';

export const APP_USER_MODEL_ID = 'app.decompress.desktop';

/**
 * What each OS needs before the first window or notification: macOS runs
 * Decompress as a menu-bar app (no Dock icon); Windows only shows
 * notifications for an app with a user model id that matches its shortcut.
 */
export function applyPlatformSetup(platform: NodeJS.Platform): void {
  if (platform === 'darwin') app.dock?.hide();
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}

/**
 * Launch at login. Electron's login items cover macOS and Windows; on Linux
 * they do nothing, so the app writes an XDG autostart entry itself.
 */
export function createLoginItem(
  platform: NodeJS.Platform,
  linux: {
    executablePath: string;
    args: readonly string[];
    env?: NodeJS.ProcessEnv;
    homeDir?: string;
  },
): LoginItemPort {
  if (platform === 'linux') return createLinuxAutostart(linux);
  return {
    setEnabled: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
  };
}
