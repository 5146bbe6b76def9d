import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayPort } from '../core/ports';
import type { MenuItemModel, TrayIconState, TrayModel } from '../core/tray/trayMenu';

/** Translates the core's menu model into Electron's template. Pure apart from the click callback. */
export function toMenuTemplate(
  items: readonly MenuItemModel[],
  onAction: (action: string) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'status':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, onAction) };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => onAction(item.action) };
    }
  });
}

/**
 * Owns the one Tray; the menu is rebuilt only when the core's model changes.
 * The image is replaced whenever the resolved file changes, not only the
 * state: the file also depends on the theme (a light glyph for a dark bar),
 * and a theme switch arrives as a refresh with the same state.
 */
export function createTrayController(
  iconFor: (state: TrayIconState) => string,
  onAction: (action: string) => void,
): TrayPort & { destroy(): void } {
  let tray: Tray | null = null;
  let lastIconFile: string | null = null;
  return {
    update(model: TrayModel) {
      const iconFile = iconFor(model.icon);
      if (!tray) {
        tray = new Tray(nativeImage.createFromPath(iconFile));
      } else if (lastIconFile !== iconFile) {
        tray.setImage(nativeImage.createFromPath(iconFile));
      }
      lastIconFile = iconFile;
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.items, onAction)));
    },
    destroy() {
      tray?.destroy();
      tray = null;
      lastIconFile = null;
    },
  };
}
