import { interface as dbusInterface, sessionBus, type MessageBus } from '@jellybrick/dbus-next';
import { onLibraryError } from '../sessionBus';

const { Interface } = dbusInterface;

export interface StandInProperty {
  signature: string;
  value: unknown;
}

export interface StandInMethod {
  inSignature?: string;
  outSignature?: string;
  /** Returns the reply body (one value, or undefined for none); a never-settling promise models a hung service. */
  handler: (...args: unknown[]) => unknown;
}

/** One more object the same service exports (gnome-session's /org/gnome/SessionManager/InhibitorN). */
export interface StandInObject {
  path: string;
  interface: string;
  properties?: Record<string, StandInProperty>;
  methods?: Record<string, StandInMethod>;
}

export interface StandInServiceSpec {
  /** The well-known bus name the real desktop service owns, e.g. org.gnome.SessionManager. */
  name: string;
  path: string;
  /** Further objects on the same connection, under the same name. */
  objects?: StandInObject[];
  interface: string;
  properties?: Record<string, StandInProperty>;
  methods?: Record<string, StandInMethod>;
  /** Signal name -> its D-Bus signature. */
  signals?: Record<string, string>;
}

export interface StandInService {
  /** Emits a signal with the given body. */
  emit(signal: string, ...body: unknown[]): void;
  /** Changes a property (and announces it with PropertiesChanged). */
  set(property: string, value: unknown): void;
  close(): void;
}

type InterfaceSpec = Pick<StandInServiceSpec, 'interface' | 'properties' | 'methods' | 'signals'>;

/** A fresh library Interface class per object, with the spec's members on its prototype. */
function buildInterface(spec: InterfaceSpec): {
  iface: InstanceType<typeof Interface>;
  values: Map<string, unknown>;
} {
  class Service extends Interface {}
  const values = new Map<string, unknown>(
    Object.entries(spec.properties ?? {}).map(([key, p]) => [key, p.value]),
  );
  // The library looks members up on the class, so they go on this fresh class's prototype.
  const proto: object = Service.prototype;
  for (const key of Object.keys(spec.properties ?? {})) {
    Object.defineProperty(proto, key, { get: () => values.get(key), configurable: true });
  }
  for (const [key, method] of Object.entries(spec.methods ?? {})) {
    Object.defineProperty(proto, key, {
      value: method.handler,
      writable: true,
      configurable: true,
    });
  }
  for (const key of Object.keys(spec.signals ?? {})) {
    // The library emits a signal when its method is called; the body is what the method returns.
    Object.defineProperty(proto, key, {
      value: (...body: unknown[]) => (body.length === 1 ? body[0] : body),
      // The library wraps each signal function in place.
      writable: true,
      configurable: true,
    });
  }
  Service.configureMembers({
    properties: Object.fromEntries(
      Object.entries(spec.properties ?? {}).map(([key, p]) => [key, { signature: p.signature }]),
    ),
    methods: Object.fromEntries(
      Object.entries(spec.methods ?? {}).map(([key, m]) => [
        key,
        { inSignature: m.inSignature ?? '', outSignature: m.outSignature ?? '' },
      ]),
    ),
    signals: Object.fromEntries(
      Object.entries(spec.signals ?? {}).map(([key, signature]) => [key, { signature }]),
    ),
  });
  const iface = new Service(spec.interface);
  // @jellybrick/dbus-next 0.11 declares these as class fields, so each instance gets own
  // `undefined` copies that hide what configureMembers put on the prototype. Drop them.
  for (const key of ['$properties', '$methods', '$signals']) Reflect.deleteProperty(iface, key);
  return { iface, values };
}

/**
 * Exports a stand-in for a desktop service on a (private) bus: the real bus
 * name, object path, interface, properties, methods and signals, so the
 * app's D-Bus code is tested against the protocol rather than a mock of our
 * own client.
 */
export async function exportStandInService(
  address: string,
  spec: StandInServiceSpec,
): Promise<StandInService> {
  const bus: MessageBus = sessionBus({ busAddress: address });
  // The bus going away at the end of a test is expected; unheard, the library's 'error' would crash the run.
  onLibraryError(bus, () => undefined);
  const { iface, values } = buildInterface(spec);
  for (const extra of spec.objects ?? []) bus.export(extra.path, buildInterface(extra).iface);
  await bus.requestName(spec.name, 0);
  bus.export(spec.path, iface);
  return {
    emit(signal, ...body) {
      const fn: unknown = Reflect.get(iface, signal);
      if (typeof fn !== 'function') throw new Error(`no signal ${signal} on the stand-in`);
      fn.apply(iface, body);
    },
    set(property, value) {
      values.set(property, value);
      Interface.emitPropertiesChanged(iface, { [property]: value }, []);
    },
    close: () => bus.disconnect(),
  };
}
