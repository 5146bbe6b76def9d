import {
  DBusError,
  Message,
  MessageType,
  sessionBus,
  Variant,
  type MessageBus,
} from '@jellybrick/dbus-next';

/**
 * Every call the app makes on D-Bus ends within this: a hung desktop service
 * must never hold up a reminder. A service that answers later is ignored.
 */
export const DBUS_CALL_TIMEOUT_MS = 1500;

/** One method call: the address of a member and its arguments, with their D-Bus signature. */
export interface MethodCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

/** What a signal subscription matches; unset fields match anything. */
export interface SignalMatch {
  sender?: string;
  path?: string;
  interface: string;
  member: string;
}

/**
 * A session-bus connection with the few operations the app needs, typed.
 * The library's proxy objects are built from introspection (a round trip per
 * object, and untyped members); plain messages are cheaper and checkable.
 */
export interface SessionBus {
  call(request: MethodCall, timeoutMs?: number): Promise<unknown[]>;
  /** A property's value, unwrapped from its Variant. */
  getProperty(destination: string, path: string, iface: string, property: string): Promise<unknown>;
  /** True when some process owns the well-known name now. */
  nameHasOwner(name: string): Promise<boolean>;
  /** Calls `listener` with each matching signal's body; returns the function that unsubscribes. */
  onSignal(match: SignalMatch, listener: (body: unknown[]) => void): Promise<() => void>;
  /** The connection's unique name on the bus (":1.42"), as other peers see it. */
  readonly uniqueName: string | null;
  close(): void;
}

function matchRule(match: SignalMatch): string {
  const parts = [`type='signal'`, `interface='${match.interface}'`, `member='${match.member}'`];
  if (match.sender) parts.push(`sender='${match.sender}'`);
  if (match.path) parts.push(`path='${match.path}'`);
  return parts.join(',');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    // A pending D-Bus answer must not keep the app (or a test) alive.
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/**
 * The D-Bus error name of a failed call ("org.freedesktop.DBus.Error.ServiceUnknown",
 * "org.freedesktop.portal.Error.NotFound"), or null for a failure that is not
 * a D-Bus error reply (a timeout, a closed connection).
 */
export function dbusErrorName(err: unknown): string | null {
  return err instanceof DBusError ? err.type : null;
}

/** Variants arrive wrapped; callers want the value inside. */
export function unwrapVariant(value: unknown): unknown {
  return value instanceof Variant ? value.value : value;
}

/**
 * The library emits 'error' on its buses but leaves it out of their event
 * map, so the listener goes on through Node's untyped EventEmitter view.
 */
export function onLibraryError(
  bus: MessageBus,
  listener: (err: Error) => void,
  mode: 'on' | 'once' = 'on',
): void {
  const emitter = bus as unknown as NodeJS.EventEmitter;
  emitter[mode]('error', (err: unknown) =>
    listener(err instanceof Error ? err : new Error(String(err))),
  );
}

function wrap(bus: MessageBus, callTimeoutMs: number): SessionBus {
  const api: SessionBus = {
    async call(request, timeoutMs = callTimeoutMs) {
      const message = new Message({
        type: MessageType.METHOD_CALL,
        destination: request.destination,
        path: request.path,
        interface: request.interface,
        member: request.member,
        signature: request.signature ?? '',
        body: request.body ?? [],
      });
      const what = `${request.destination} ${request.interface}.${request.member}`;
      const reply = await withTimeout(bus.call(message), timeoutMs, what);
      return reply?.body ?? [];
    },
    async getProperty(destination, path, iface, property) {
      const [value] = await api.call({
        destination,
        path,
        interface: 'org.freedesktop.DBus.Properties',
        member: 'Get',
        signature: 'ss',
        body: [iface, property],
      });
      return unwrapVariant(value);
    },
    async nameHasOwner(name) {
      const [owned] = await api.call({
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member: 'NameHasOwner',
        signature: 's',
        body: [name],
      });
      return owned === true;
    },
    async onSignal(match, listener) {
      const rule = matchRule(match);
      await api.call({
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member: 'AddMatch',
        signature: 's',
        body: [rule],
      });
      const onMessage = (message: Message) => {
        if (message.type !== MessageType.SIGNAL) return;
        if (message.interface !== match.interface || message.member !== match.member) return;
        if (match.path && message.path !== match.path) return;
        listener(message.body);
      };
      bus.on('message', onMessage);
      return () => {
        bus.off('message', onMessage);
        api
          .call({
            destination: 'org.freedesktop.DBus',
            path: '/org/freedesktop/DBus',
            interface: 'org.freedesktop.DBus',
            member: 'RemoveMatch',
            signature: 's',
            body: [rule],
          })
          .catch(() => undefined);
      };
    },
    get uniqueName() {
      return bus.name ?? null;
    },
    close: () => bus.disconnect(),
  };
  return api;
}

/**
 * Connects to the session bus, or answers null where there is none: not
 * Linux, no DBUS_SESSION_BUS_ADDRESS, or a socket nobody listens on. Never
 * throws, so a desktop without D-Bus simply has fewer signals.
 */
export async function openSessionBus(
  address: string | undefined = process.env.DBUS_SESSION_BUS_ADDRESS,
  timeoutMs = DBUS_CALL_TIMEOUT_MS,
  /** The bound on each call made without its own timeout (getProperty, nameHasOwner too). */
  callTimeoutMs = DBUS_CALL_TIMEOUT_MS,
): Promise<SessionBus | null> {
  if (!address) return null;
  let bus: MessageBus;
  try {
    bus = sessionBus({ busAddress: address });
  } catch {
    return null;
  }
  // The library reports a dead socket as an 'error' event; unheard, it would crash main.
  const failed = new Promise<never>((_resolve, reject) => {
    onLibraryError(bus, (err) => reject(err), 'once');
  });
  onLibraryError(bus, () => undefined);
  const connected = new Promise<void>((resolve) => bus.once('connect', () => resolve()));
  try {
    await withTimeout(Promise.race([connected, failed]), timeoutMs, 'session bus');
    return wrap(bus, callTimeoutMs);
  } catch {
    try {
      bus.disconnect();
    } catch {
      // Already closed: nothing to release.
    }
    return null;
  }
}

/** The D-Bus system bus when DBUS_SYSTEM_BUS_ADDRESS is unset (the D-Bus specification's default). */
export const SYSTEM_BUS_DEFAULT_ADDRESS = 'unix:path=/var/run/dbus/system_bus_socket';

/**
 * Connects to the system bus (NetworkManager, logind) with the same client
 * and guards as openSessionBus: typed plain messages, every call bounded,
 * null (never a throw) where there is none, as in containers or on systems
 * without D-Bus. The protocol is the same on both buses; only the address
 * differs.
 */
export function openSystemBus(
  address: string | undefined = process.env.DBUS_SYSTEM_BUS_ADDRESS ?? SYSTEM_BUS_DEFAULT_ADDRESS,
  timeoutMs = DBUS_CALL_TIMEOUT_MS,
): Promise<SessionBus | null> {
  return openSessionBus(address, timeoutMs);
}
