import type {
  BusySourceStatusView,
  ShortcutStatusView,
  TrayHostView,
} from '../../shared/ipc/desktopChannels';

/** What the desktop told the shell, for Settings and the welcome to read. */
export interface DesktopFacts {
  shortcutStatus(): ShortcutStatusView;
  trayHost(): TrayHostView;
  /** Each live busy source's last answer (empty where there are none). */
  busySources(): BusySourceStatusView[];
  /** Asks every live source once, now, for Settings' "Check now". */
  checkBusySources(): Promise<BusySourceStatusView[]>;
  /**
   * Whether the prompt that opened at `promptOpenedAt` says where Decompress
   * lives: the first prompt of the run that asks while the tray is absent,
   * and only that one.
   */
  claimNoTrayLine(promptOpenedAt: number): boolean;
}

/** The live busy sources as Settings sees them (main/desktop/busy/sourceBoard.ts). */
export interface BusySourceReadings {
  statuses(): BusySourceStatusView[];
  checkAll(): Promise<BusySourceStatusView[]>;
}

const NO_SOURCES: BusySourceReadings = {
  statuses: () => [],
  checkAll: () => Promise.resolve([]),
};

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
  sources: BusySourceReadings = NO_SOURCES,
): DesktopFactsCell {
  let trayHost: TrayHostView = { status: 'present', advice: null };
  let linePrompt: number | null = null;
  return {
    shortcutStatus,
    trayHost: () => trayHost,
    busySources: () => sources.statuses(),
    checkBusySources: () => sources.checkAll(),
    claimNoTrayLine(promptOpenedAt) {
      if (linePrompt !== null) return linePrompt === promptOpenedAt;
      if (trayHost.status !== 'absent') return false;
      linePrompt = promptOpenedAt;
      return true;
    },
    setTrayHost(view) {
      trayHost = view;
      onTrayHostChange(view);
    },
  };
}
