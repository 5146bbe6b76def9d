import type { TrayIconState } from '../core/tray/trayMenu';

/**
 * Folder, relative to the resources directory, that holds one sub-folder of
 * tray icons per state. Packaged builds get it through electron-builder's
 * `extraResources` (so it sits beside app.asar in `process.resourcesPath`);
 * in development it is `resources/icons/tray` in the repository.
 */
export const TRAY_ICON_DIR = 'icons/tray';

/**
 * The tray icon for a state, as a path relative to the resources directory.
 *
 * macOS gets template images: the menu bar recolours them for light, dark and
 * highlighted states itself, so `dark` does not matter there. Elsewhere the
 * caller says whether the tray area is dark, and gets a light glyph for a dark
 * bar or a dark glyph for a light one. Each file has an `@2x` sibling that
 * Electron's nativeImage picks on HiDPI screens, so only the 1x name is given.
 */
export function trayIconFile(
  state: TrayIconState,
  platform: NodeJS.Platform,
  dark: boolean,
): string {
  // The "Template" suffix is what tells Electron to mark the image as a template.
  const file =
    platform === 'darwin' ? 'trayTemplate.png' : dark ? 'tray-on-dark.png' : 'tray-on-light.png';
  return `${TRAY_ICON_DIR}/${state}/${file}`;
}
