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

/** One object the stand-in exports: its path, one interface and that interface's members. */
export interface StandInObjectSpec {
  path: string;
  interface: string;
  properties?: Record<string, StandInProperty>;
  methods?: Record<string, StandInMethod>;
  /** Signal name -> its D-Bus signature. */
  signals?: Record<string, string>;
}

export interface StandInServiceSpec extends StandInObjectSpec {
  /** The well-known bus name the real desktop service owns, e.g. org.gnome.SessionManager. */
  name: string;
  /** More objects under the same name (logind: the manager and a session). */
  objects?: StandInObjectSpec[];
}

export interface StandInObject {
  /** Emits a signal with the given body. */
  emit(signal: string, ...body: unknown[]): void;
  /** Changes a property (and announces it with PropertiesChanged). */
  set(property: string, value: unknown): void;
}

export interface StandInService extends StandInObject {
  /** Another exported object, by its path. */
  object(path: string): StandInObject;
  close(): void;
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
  const objects = new Map<string, StandInObject>();
  const exported: { path: string; iface: InstanceType<typeof Interface> }[] = [];
  for (const objectSpec of [spec, ...(spec.objects ?? [])]) {
    const { iface, handle } = buildObject(objectSpec);
    objects.set(objectSpec.path, handle);
    exported.push({ path: objectSpec.path, iface });
  }
  await bus.requestName(spec.name, 0);
  for (const { path, iface } of exported) bus.export(path, iface);
  const main = objects.get(spec.path);
  if (!main) throw new Error(`stand-in ${spec.name} lost its own object`);
  return {
    ...main,
    object(path) {
      const found = objects.get(path);
      if (!found) throw new Error(`no object ${path} on the stand-in ${spec.name}`);
      return found;
    },
    close: () => bus.disconnect(),
  };
}

function buildObject(spec: StandInObjectSpec): {
  iface: InstanceType<typeof Interface>;
  handle: StandInObject;
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
  return {
    iface,
    handle: {
      emit(signal, ...body) {
        const fn: unknown = Reflect.get(iface, signal);
        if (typeof fn !== 'function') throw new Error(`no signal ${signal} on the stand-in`);
        fn.apply(iface, body);
      },
      set(property, value) {
        values.set(property, value);
        Interface.emitPropertiesChanged(iface, { [property]: value }, []);
      },
    },
  };
}
