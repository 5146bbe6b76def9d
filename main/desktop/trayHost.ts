import { openSessionBus, type SessionBus } from './dbus/sessionBus';
import {
  detectLinuxDesktop,
  trayAdvice,
  type LinuxDesktop,
  type TrayAdvice,
} from './trayHostAdvice';

/** The StatusNotifierItem watcher: Plasma's kded, GNOME's AppIndicator extension, Waybar, … */
export const WATCHER_NAME = 'org.kde.StatusNotifierWatcher';
export const WATCHER_PATH = '/StatusNotifierWatcher';
export const WATCHER_INTERFACE = 'org.kde.StatusNotifierWatcher';

export type TrayHostStatus = 'present' | 'absent' | 'unknown';

export type TrayHostReason =
  | 'not-linux'
  /** A watcher runs and a host (a panel that draws the icons) registered with it. */
  | 'host-registered'
  /** A watcher runs but nothing draws its items: no icon will show. */
  | 'watcher-without-host'
  /** No watcher on a desktop with no other tray (GNOME, any Wayland session). */
  | 'no-watcher'
  /** No watcher on X11 outside GNOME: an old-style (XEmbed) tray may still show the icon. */
  | 'no-watcher-xembed-possible'
  | 'no-session-bus'
  | 'bus-error';

export interface TrayHostAnswer {
  status: TrayHostStatus;
  reason: TrayHostReason;
  desktop: LinuxDesktop | null;
  /** What to tell the person; null when the tray is there. */
  advice: TrayAdvice | null;
}

export interface TrayHostContext {
  platform: string;
  env: NodeJS.ProcessEnv;
}

function answer(
  status: TrayHostStatus,
  reason: TrayHostReason,
  desktop: LinuxDesktop | null,
): TrayHostAnswer {
  return {
    status,
    reason,
    desktop,
    advice: status === 'present' || !desktop ? null : trayAdvice(desktop),
  };
}

/**
 * Whether a tray will show Decompress's icon. macOS and Windows always have
 * one. On Linux, Electron's tray is a StatusNotifierItem, shown only where
 * a watcher runs with a host registered (IsStatusNotifierHostRegistered).
 * Never throws: a missing bus or a failing call answers "unknown".
 */
export async function checkTrayHost(
  bus: SessionBus | null,
  context: TrayHostContext,
): Promise<TrayHostAnswer> {
  if (context.platform !== 'linux') return answer('present', 'not-linux', null);
  const desktop = detectLinuxDesktop(context.env);
  if (!bus) return answer('unknown', 'no-session-bus', desktop);
  try {
    if (!(await bus.nameHasOwner(WATCHER_NAME))) {
      const wayland = context.env.XDG_SESSION_TYPE === 'wayland' || !!context.env.WAYLAND_DISPLAY;
      const gnome = desktop === 'gnome' || desktop === 'ubuntu-gnome';
      return wayland || gnome
        ? answer('absent', 'no-watcher', desktop)
        : answer('unknown', 'no-watcher-xembed-possible', desktop);
    }
    const registered = await bus.getProperty(
      WATCHER_NAME,
      WATCHER_PATH,
      WATCHER_INTERFACE,
      'IsStatusNotifierHostRegistered',
    );
    return registered === true
      ? answer('present', 'host-registered', desktop)
      : answer('absent', 'watcher-without-host', desktop);
  } catch {
    return answer('unknown', 'bus-error', desktop);
  }
}

/**
 * Checks now and again whenever the answer may have changed: a watcher
 * appearing or leaving (NameOwnerChanged), a host registering or leaving.
 * At login the app can start before the panel does, so the first answer
 * may be "absent" for a few seconds. `onAnswer` hears each change; the
 * returned function stops listening.
 */
export async function watchTrayHost(
  bus: SessionBus | null,
  context: TrayHostContext,
  onAnswer: (answer: TrayHostAnswer) => void,
): Promise<() => void> {
  let last = await checkTrayHost(bus, context);
  onAnswer(last);
  if (!bus || context.platform !== 'linux') return () => undefined;

  let stopped = false;
  // Only the latest check counts: one begun before the watcher left can
  // answer late (its call failed as the service went) and must not
  // overwrite what the check begun by the leaving says.
  let latest = 0;
  const recheck = () => {
    const mine = ++latest;
    void checkTrayHost(bus, context).then((next) => {
      if (stopped || mine !== latest) return;
      if (next.status === last.status && next.reason === last.reason) return;
      last = next;
      onAnswer(next);
    });
  };
  const unsubscribers: (() => void)[] = [];
  try {
    unsubscribers.push(
      await bus.onSignal(
        { interface: 'org.freedesktop.DBus', member: 'NameOwnerChanged' },
        (body) => {
          if (body[0] === WATCHER_NAME) recheck();
        },
      ),
      await bus.onSignal(
        { interface: WATCHER_INTERFACE, member: 'StatusNotifierHostRegistered' },
        recheck,
      ),
      await bus.onSignal(
        { interface: WATCHER_INTERFACE, member: 'StatusNotifierHostUnregistered' },
        recheck,
      ),
    );
  } catch {
    // A bus that cannot subscribe still gave its first answer.
  }
  return () => {
    stopped = true;
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
  };
}

/** What Settings and the welcome show: the advice only where no tray will show the icon. */
export function trayHostView(answer: TrayHostAnswer): {
  status: TrayHostStatus;
  advice: TrayAdvice | null;
} {
  return { status: answer.status, advice: answer.status === 'absent' ? answer.advice : null };
}

/**
 * Opens the session bus at `address` and watches for a tray host on it
 * (watchTrayHost); no bus answers "unknown" once. The returned function
 * stops watching and closes the bus. Never throws.
 */
export async function watchTrayHostOnSessionBus(
  address: string | undefined,
  context: TrayHostContext,
  onAnswer: (answer: TrayHostAnswer) => void,
): Promise<() => void> {
  const bus = context.platform === 'linux' ? await openSessionBus(address) : null;
  const stop = await watchTrayHost(bus, context, onAnswer);
  return () => {
    stop();
    bus?.close();
  };
}
