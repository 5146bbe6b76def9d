import type { Logger } from '../../core/logger';
import { lazyBus } from '../dbus/lazyBus';
import type { SessionBus } from '../dbus/sessionBus';

/*
 * Why NetworkManager on the system bus first, and the portal second.
 *
 * Electron's main process has no online/offline event and net.isOnline()
 * is a question, not a notification, so asking it would be polling. Linux
 * desktops announce the network over D-Bus in two ways:
 *
 * - NetworkManager (org.freedesktop.NetworkManager on the SYSTEM bus) sends
 *   StateChanged(u) with the new NMState in the signal itself, so a change
 *   costs no further call, and NM_STATE_CONNECTED_GLOBAL (70) means "the
 *   internet is reachable", which is what a feed fetch needs. It is what
 *   Pidgin, Gajim and Dino listen to, and the system bus policy lets any
 *   user receive its signals and read its State. It runs on nearly every
 *   desktop distribution (GNOME, KDE, Xfce, Cinnamon defaults).
 * - The portal (org.freedesktop.portal.NetworkMonitor on the SESSION bus,
 *   served by xdg-desktop-portal itself, no backend needed) sends changed()
 *   with no arguments: each one needs a GetConnectivity call. It is built on
 *   GLib's GNetworkMonitor, which fires on any route change (noisy), and
 *   exists only where xdg-desktop-portal runs. But it also covers systems
 *   without NetworkManager (systemd-networkd, ConnMan, iwd alone: GLib falls
 *   back to netlink there), and it is the one a Flatpak build can reach
 *   without a hole in its sandbox.
 *
 * So: NetworkManager when it owns its name on the system bus; otherwise the
 * portal when it answers GetConnectivity (version 2 and later); otherwise
 * nothing is watched and the log says so once. Either way the calendar also
 * retries a network failure on the planner's next wake-up (calendarService),
 * which is the fallback on every OS.
 */

export const NETWORK_MANAGER = {
  name: 'org.freedesktop.NetworkManager',
  path: '/org/freedesktop/NetworkManager',
  interface: 'org.freedesktop.NetworkManager',
} as const;

/** NMState: a device is connected with global (internet) connectivity. */
export const NM_STATE_CONNECTED_GLOBAL = 70;

export const NETWORK_MONITOR_PORTAL = {
  name: 'org.freedesktop.portal.Desktop',
  path: '/org/freedesktop/portal/desktop',
  interface: 'org.freedesktop.portal.NetworkMonitor',
} as const;

/** GNetworkConnectivity as the portal reports it: 4 is full internet access. */
export const PORTAL_CONNECTIVITY_FULL = 4;

export interface NetworkReturnOptions {
  /** The system bus (NetworkManager), or null where there is none. */
  systemBus: () => Promise<SessionBus | null>;
  /** The session bus (the portal), or null where there is none. */
  sessionBus: () => Promise<SessionBus | null>;
  log: Logger;
  /** Called once each time the network goes from not connected (or unknown) to connected. */
  onReturn(): void;
}

export interface NetworkReturnWatch {
  /** What is watched: NetworkManager, the portal, or nothing. */
  via: 'networkmanager' | 'portal' | null;
  /** Stops watching (the buses belong to the caller, who closes them). */
  stop(): void;
}

interface Edges {
  /** A change the service announced: a move to connected is a return. */
  report(connected: boolean): void;
  /** The state read at start: remembered, never a return (the start refresh covers it). */
  baseline(connected: boolean): void;
}

/** Calls onReturn on each move from not connected (or unknown) to connected, and never for repeats. */
function edges(onReturn: () => void, stopped: () => boolean): Edges {
  let last: boolean | null = null;
  return {
    report(connected) {
      const returned = connected && last !== true;
      last = connected;
      if (returned && !stopped()) onReturn();
    },
    baseline(connected) {
      // A signal that came while the state was being read is newer than the read.
      last ??= connected;
    },
  };
}

async function watchNetworkManager(
  bus: SessionBus,
  { report, baseline }: Edges,
): Promise<(() => void) | null> {
  if (!(await bus.nameHasOwner(NETWORK_MANAGER.name).catch(() => false))) return null;
  // Subscribed before the first read, so a change in between is not lost.
  const unsubscribe = await bus.onSignal(
    {
      sender: NETWORK_MANAGER.name,
      path: NETWORK_MANAGER.path,
      interface: NETWORK_MANAGER.interface,
      member: 'StateChanged',
    },
    (body) => {
      if (typeof body[0] === 'number') report(body[0] === NM_STATE_CONNECTED_GLOBAL);
    },
  );
  const state = await bus
    .getProperty(NETWORK_MANAGER.name, NETWORK_MANAGER.path, NETWORK_MANAGER.interface, 'State')
    .catch(() => null);
  if (typeof state === 'number') baseline(state === NM_STATE_CONNECTED_GLOBAL);
  return unsubscribe;
}

async function portalConnectivity(bus: SessionBus): Promise<number | null> {
  const [value] = await bus.call({
    destination: NETWORK_MONITOR_PORTAL.name,
    path: NETWORK_MONITOR_PORTAL.path,
    interface: NETWORK_MONITOR_PORTAL.interface,
    member: 'GetConnectivity',
  });
  return typeof value === 'number' ? value : null;
}

async function watchPortal(
  bus: SessionBus,
  { report, baseline }: Edges,
): Promise<(() => void) | null> {
  let initial: number | null;
  try {
    // Also starts the portal where it is D-Bus activated.
    initial = await portalConnectivity(bus);
  } catch {
    // ServiceUnknown: no portal; UnknownMethod / UnknownInterface: a portal before version 2
    // (no getters); a timeout: a portal that hangs. None of them can be watched.
    return null;
  }
  // Answers are asked one at a time, so a late answer never overtakes a newer one.
  let chain: Promise<void> = Promise.resolve();
  const unsubscribe = await bus.onSignal(
    {
      sender: NETWORK_MONITOR_PORTAL.name,
      path: NETWORK_MONITOR_PORTAL.path,
      interface: NETWORK_MONITOR_PORTAL.interface,
      member: 'changed',
    },
    () => {
      chain = chain.then(async () => {
        const connectivity = await portalConnectivity(bus).catch(() => null);
        if (connectivity !== null) report(connectivity === PORTAL_CONNECTIVITY_FULL);
      });
    },
  );
  if (initial !== null) baseline(initial === PORTAL_CONNECTIVITY_FULL);
  return unsubscribe;
}

/**
 * Watches for the network coming back, with no polling: NetworkManager's
 * StateChanged on the system bus, else the portal's NetworkMonitor changed
 * on the session bus (see the comment at the top for why in that order).
 * The state at start is a baseline; each later move to connected calls
 * onReturn once. Without either service nothing is watched and one log
 * line says so. Never throws.
 */
export async function watchNetworkReturn(
  options: NetworkReturnOptions,
): Promise<NetworkReturnWatch> {
  const { log } = options;
  let stopped = false;
  const edge = edges(options.onReturn, () => stopped);
  const watched = (via: NetworkReturnWatch['via'], unsubscribe: () => void): NetworkReturnWatch => {
    log.info('network: watching for the network to come back', { via });
    return {
      via,
      stop() {
        if (stopped) return;
        stopped = true;
        unsubscribe();
      },
    };
  };
  try {
    const system = await options.systemBus();
    const nm = system ? await watchNetworkManager(system, edge) : null;
    if (nm) return watched('networkmanager', nm);
    const session = await options.sessionBus();
    const portal = session ? await watchPortal(session, edge) : null;
    if (portal) return watched('portal', portal);
  } catch (err) {
    log.warn('network: could not watch the network', { error: String(err) });
    return { via: null, stop: () => undefined };
  }
  log.info(
    'network: neither NetworkManager nor the network monitor portal is on D-Bus; calendars refresh on start, wake, every 15 min and 2 min after a network failure',
  );
  return { via: null, stop: () => undefined };
}

/** Starts a watch; the network-return follower in the core calls it while feeds exist. */
export interface NetworkWatchStarter {
  watch(onReturn: () => void): Promise<{ stop(): void }>;
}

/**
 * Watches over a system-bus connection of its own, opened when a watch
 * starts and closed when it stops (or at once where NetworkManager is not
 * there), and the shared session bus for the portal, which its owner closes.
 */
export function dbusNetworkWatch(options: {
  sessionBus: () => Promise<SessionBus | null>;
  log: Logger;
  openSystemBus: () => Promise<SessionBus | null>;
}): NetworkWatchStarter {
  return {
    async watch(onReturn) {
      const system = lazyBus(options.openSystemBus);
      const watch = await watchNetworkReturn({
        systemBus: system.get,
        sessionBus: options.sessionBus,
        log: options.log,
        onReturn,
      });
      if (watch.via !== 'networkmanager') system.close();
      return {
        stop() {
          watch.stop();
          system.close();
        },
      };
    },
  };
}
