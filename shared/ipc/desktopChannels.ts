import { z } from 'zod';
import { channel, event } from './channel';

/** The global shortcut as the OS took it, for the key recorder (main/shell/globalShortcut.ts). */
export type ShortcutStatusView =
  | { state: 'off' }
  | { state: 'active'; accelerator: string; note: string | null }
  /** Another app or the desktop holds the combination. */
  | { state: 'taken'; accelerator: string; message: string }
  /** Not a combination this OS accepts. */
  | { state: 'refused'; accelerator: string; message: string };

/** Whether a tray shows Decompress's icon (main/desktop/trayHost.ts), and what to do if not. */
export interface TrayHostView {
  /** 'unknown': no session bus, or an X11 desktop whose old-style tray may still show it. */
  status: 'present' | 'absent' | 'unknown';
  advice: { title: string; steps: string[] } | null;
}

/** A live busy source's last answer, for Settings ("Camera: in use by another app at 10:42"). */
export interface BusySourceStatusView {
  kind: 'camera' | 'microphone' | 'presentation' | 'doNotDisturb';
  state: 'off' | 'not-checked' | 'busy' | 'free' | 'unavailable' | 'failed';
  /** When it last answered (epoch ms), null when never or off. */
  at: number | null;
  /** The whole line, in main's words. */
  text: string;
}

export const desktopChannels = {
  getShortcutStatus: channel<ShortcutStatusView>()(z.undefined()),
  getTrayHost: channel<TrayHostView>()(z.undefined()),
  /** Each live busy source's last answer; nothing is read to give it. */
  getBusySources: channel<BusySourceStatusView[]>()(z.undefined()),
  /** Asks every live source once, now (Settings' "Check now"), and gives their answers. */
  checkBusySources: channel<BusySourceStatusView[]>()(z.undefined()),
  /**
   * The prompt asks whether to say where Decompress lives: true for the
   * run's first prompt shown while no tray shows the icon (the same prompt,
   * by when it opened, keeps its answer when it re-renders).
   */
  claimNoTrayLine: channel<boolean>()(
    z.object({ promptOpenedAt: z.number().int().nonnegative() }).strict(),
  ),
};

export const desktopEvents = {
  /** A panel with a tray came or went (at login it may start after Decompress). */
  trayHostChanged: event<TrayHostView>(),
  /** A live busy source answered (the planner asked it, or Settings did). */
  busySourcesChanged: event<BusySourceStatusView[]>(),
};
