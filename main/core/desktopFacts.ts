import type { ShortcutStatusView, TrayHostView } from '../../shared/ipc/desktopChannels';

/** What the desktop told the shell, for Settings and the welcome to read. */
export interface DesktopFacts {
  shortcutStatus(): ShortcutStatusView;
  trayHost(): TrayHostView;
}

export interface DesktopFactsCell extends DesktopFacts {
  /** The tray-host watch answered (at start, and when a panel comes or goes). */
  setTrayHost(view: TrayHostView): void;
}

/**
 * Holds the latest tray-host answer; until the D-Bus check answers the tray
 * counts as there (the common case), so nothing flashes "no tray" at start.
 */
export function createDesktopFacts(
  shortcutStatus: () => ShortcutStatusView,
  onTrayHostChange: (view: TrayHostView) => void,
): DesktopFactsCell {
  let trayHost: TrayHostView = { status: 'present', advice: null };
  return {
    shortcutStatus,
    trayHost: () => trayHost,
    setTrayHost(view) {
      trayHost = view;
      onTrayHostChange(view);
    },
  };
}
