import type { Logger } from '../core/logger';
import {
  openSessionBus,
  unwrapVariant,
  type SessionBus,
  type SignalMatch,
} from './dbus/sessionBus';

/** What the core's power port calls a screen lock and its end. */
export type ScreenLockEvent = 'lock' | 'unlock';

/** The D-Bus system bus when DBUS_SYSTEM_BUS_ADDRESS is unset (the D-Bus specification's default). */
export const DEFAULT_SYSTEM_BUS_ADDRESS = 'unix:path=/var/run/dbus/system_bus_socket';

const LOGIND = 'org.freedesktop.login1';
const LOGIND_MANAGER_PATH = '/org/freedesktop/login1';
const LOGIND_SESSION = 'org.freedesktop.login1.Session';

/**
 * Screen savers that announce locking with ActiveChanged(b) on the session
 * bus: the freedesktop one (KDE, Xfce, Cinnamon, MATE, LXQt) and GNOME's own.
 */
const SCREEN_SAVERS = ['org.freedesktop.ScreenSaver', 'org.gnome.ScreenSaver'] as const;

export interface ScreenLockOptions {
  /** Where the desktop's services live; DBUS_SESSION_BUS_ADDRESS by default. */
  sessionBusAddress?: string | undefined;
  /** Where logind lives; DBUS_SYSTEM_BUS_ADDRESS or the system default. Tests pass a private daemon. */
  systemBusAddress?: string | undefined;
  /** The process whose logind session is watched (this one). */
  pid?: number;
  log: Logger;
  onChange(event: ScreenLockEvent): void;
}

export interface ScreenLockWatch {
  /** The services found when watching began (bus names, 'logind' for the session). */
  sources: string[];
  stop(): void;
}

/**
 * Electron's powerMonitor has no lock-screen or unlock-screen event on Linux
 * (its docs list both as macOS and Windows only), so a locked screen was
 * never a natural break there. This watches what Linux desktops announce
 * over D-Bus and reports each change once as 'lock' or 'unlock':
 *
 * - session bus: ActiveChanged(b) from org.freedesktop.ScreenSaver and
 *   org.gnome.ScreenSaver;
 * - system bus: the caller's logind session, its Lock and Unlock signals and
 *   changes of its LockedHint property (set by lockers that support it).
 *
 * Matches name the service as sender, so another process on the bus cannot
 * fake a lock. The latest report wins: an unlock by password often comes
 * only as ActiveChanged(false) or LockedHint, never as logind's Unlock.
 * Where none of these exists the planner still sees the absence through idle
 * time; that is said once in the log. Never throws.
 */
export async function watchScreenLock(options: ScreenLockOptions): Promise<ScreenLockWatch> {
  const { log } = options;
  const sessionAddress =
    'sessionBusAddress' in options
      ? options.sessionBusAddress
      : process.env.DBUS_SESSION_BUS_ADDRESS;
  const systemAddress =
    'systemBusAddress' in options
      ? options.systemBusAddress
      : (process.env.DBUS_SYSTEM_BUS_ADDRESS ?? DEFAULT_SYSTEM_BUS_ADDRESS);

  let locked: boolean | null = null;
  let stopped = false;
  const report = (nowLocked: boolean) => {
    if (stopped || nowLocked === locked || (!nowLocked && locked === null)) return;
    locked = nowLocked;
    options.onChange(nowLocked ? 'lock' : 'unlock');
  };

  const buses: SessionBus[] = [];
  const unsubscribes: (() => void)[] = [];
  const sources: string[] = [];
  const subscribe = async (bus: SessionBus, match: SignalMatch, on: (body: unknown[]) => void) => {
    try {
      unsubscribes.push(await bus.onSignal(match, on));
      return true;
    } catch (err) {
      log.warn('screen lock: could not subscribe', { member: match.member, error: String(err) });
      return false;
    }
  };

  // The session bus: the screen savers.
  const session = sessionAddress ? await openSessionBus(sessionAddress) : null;
  if (session) {
    buses.push(session);
    for (const name of SCREEN_SAVERS) {
      // Subscribed even when nobody owns the name yet: a match on a well-known
      // sender follows whoever takes the name later (a shell that restarts).
      await subscribe(
        session,
        { sender: name, interface: name, member: 'ActiveChanged' },
        (body) => {
          if (typeof body[0] === 'boolean') report(body[0]);
        },
      );
      if (await session.nameHasOwner(name).catch(() => false)) sources.push(name);
    }
  }

  // The system bus: this process's logind session.
  const system = systemAddress ? await openSessionBus(systemAddress) : null;
  if (system) {
    buses.push(system);
    const sessionPath = await logindSessionPath(system, options.pid ?? process.pid);
    if (sessionPath) {
      const base = { sender: LOGIND, path: sessionPath, interface: LOGIND_SESSION };
      const watched = await Promise.all([
        subscribe(system, { ...base, member: 'Lock' }, () => report(true)),
        subscribe(system, { ...base, member: 'Unlock' }, () => report(false)),
        subscribe(
          system,
          {
            sender: LOGIND,
            path: sessionPath,
            interface: 'org.freedesktop.DBus.Properties',
            member: 'PropertiesChanged',
          },
          (body) => {
            const [iface, changed] = body;
            if (iface !== LOGIND_SESSION || typeof changed !== 'object' || changed === null) return;
            const hint = unwrapVariant(Reflect.get(changed, 'LockedHint'));
            if (typeof hint === 'boolean') report(hint);
          },
        ),
      ]);
      if (watched.some(Boolean)) sources.push('logind');
    }
  }

  if (sources.length === 0) {
    log.info(
      'screen lock: this desktop announces no screen lock over D-Bus (no ScreenSaver service, no logind session); a locked screen counts as a break once idle time shows it',
    );
  } else {
    log.info('screen lock: watching', { sources });
  }

  return {
    sources,
    stop() {
      stopped = true;
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
      for (const bus of buses.splice(0)) bus.close();
    },
  };
}

/** The object path of the logind session a process belongs to, or null where it has none. */
async function logindSessionPath(bus: SessionBus, pid: number): Promise<string | null> {
  try {
    const [path] = await bus.call({
      destination: LOGIND,
      path: LOGIND_MANAGER_PATH,
      interface: 'org.freedesktop.login1.Manager',
      member: 'GetSessionByPID',
      signature: 'u',
      body: [pid],
    });
    return typeof path === 'string' ? path : null;
  } catch {
    // No logind (containers, non-systemd systems) or a process outside any session.
    return null;
  }
}
