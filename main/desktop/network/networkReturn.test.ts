import { describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../../core/logger';
import type { SessionBus } from '../dbus/sessionBus';
import type { StandInService, StandInServiceSpec } from '../dbus/testing/standInService';
import { usePrivateBus } from '../dbus/testing/usePrivateBus';
import {
  NETWORK_MANAGER,
  NETWORK_MONITOR_PORTAL,
  watchNetworkReturn,
  type NetworkReturnWatch,
} from './networkReturn';

/** NetworkManager's manager object as `busctl introspect` shows the parts we read (NMState values). */
const networkManager = (state: number): StandInServiceSpec => ({
  ...NETWORK_MANAGER,
  properties: { State: { signature: 'u', value: state } },
  methods: { GetDevices: { outSignature: 'ao', handler: () => [] } },
  signals: { StateChanged: 'u' },
});

/** xdg-desktop-portal's NetworkMonitor, version 3 (GetConnectivity: 1 local, 2 limited, 3 portal, 4 full). */
const portal = (connectivity: () => number, onGetConnectivity = () => {}): StandInServiceSpec => ({
  ...NETWORK_MONITOR_PORTAL,
  properties: { version: { signature: 'u', value: 3 } },
  methods: {
    GetConnectivity: {
      outSignature: 'u',
      handler: () => {
        onGetConnectivity();
        return connectivity();
      },
    },
    GetAvailable: { outSignature: 'b', handler: () => connectivity() > 1 },
  },
  signals: { changed: '' },
});

const DISCONNECTED = 20;
const CONNECTED_SITE = 60;
const CONNECTED_GLOBAL = 70;

describe('the network coming back, against a private dbus-daemon', () => {
  const bus = usePrivateBus();

  async function watch(
    system: SessionBus | null,
    session: SessionBus | null,
  ): Promise<{
    watch: NetworkReturnWatch;
    returns: () => number;
    log: ReturnType<typeof memoryLogger>;
  }> {
    let returns = 0;
    const log = memoryLogger();
    const started = await watchNetworkReturn({
      systemBus: async () => system,
      sessionBus: async () => session,
      log,
      onReturn: () => returns++,
    });
    return { watch: started, returns: () => returns, log };
  }

  /**
   * A reply from a stand-in comes after every signal it sent before it, so
   * once it is here those signals have been heard.
   */
  const nmHeard = (client: SessionBus) =>
    client.call({ ...callTo(NETWORK_MANAGER), member: 'GetDevices' });
  /**
   * The watcher asks GetConnectivity once at start and once per changed(),
   * one call after another, so counting the portal's GetConnectivity answers
   * says how far it has got; then one call of our own (GetAvailable, which
   * the watcher never asks), answered after the watcher's, and a macrotask
   * for its continuation. (Counting only our own round trips was not enough:
   * CI saw ours overtake the watcher's second call.)
   */
  const portalHeard = async (client: SessionBus, answered: () => number, expected: number) => {
    await vi.waitFor(() => expect(answered()).toBe(expected));
    await client.call({ ...callTo(NETWORK_MONITOR_PORTAL), member: 'GetAvailable' });
    await new Promise((settle) => setImmediate(settle));
  };

  it('NetworkManager: each move to connected-global is one return; the state at start is not', async () => {
    const nm = await bus.serve(networkManager(CONNECTED_GLOBAL));
    const client = await bus.connect();
    const { watch: w, returns, log } = await watch(client, null);
    expect(w.via).toBe('networkmanager');
    expect(log.entries.map((e) => e.message)).toEqual([
      'network: watching for the network to come back',
    ]);
    await nmHeard(client);
    expect(returns()).toBe(0);

    nm.emit('StateChanged', DISCONNECTED);
    nm.emit('StateChanged', CONNECTED_SITE);
    await nmHeard(client);
    // A LAN without the internet is not a return: a feed could not be fetched.
    expect(returns()).toBe(0);
    nm.emit('StateChanged', CONNECTED_GLOBAL);
    nm.emit('StateChanged', CONNECTED_GLOBAL);
    await nmHeard(client);
    expect(returns()).toBe(1);

    w.stop();
    nm.emit('StateChanged', DISCONNECTED);
    nm.emit('StateChanged', CONNECTED_GLOBAL);
    await nmHeard(client);
    expect(returns()).toBe(1);
  });

  it('NetworkManager disconnected at start: the first connection is a return', async () => {
    const nm = await bus.serve(networkManager(DISCONNECTED));
    const client = await bus.connect();
    const { returns } = await watch(client, null);
    nm.emit('StateChanged', CONNECTED_GLOBAL);
    await nmHeard(client);
    expect(returns()).toBe(1);
  });

  it('no NetworkManager: the portal’s changed() is asked GetConnectivity, and full is a return', async () => {
    let connectivity = 4;
    let answered = 0;
    const monitor: StandInService = await bus.serve(
      portal(
        () => connectivity,
        () => answered++,
      ),
    );
    const system = await bus.connect();
    const session = await bus.connect();
    const { watch: w, returns } = await watch(system, session);
    expect(w.via).toBe('portal');
    connectivity = 1;
    monitor.emit('changed');
    connectivity = 3;
    monitor.emit('changed');
    await portalHeard(session, () => answered, 3);
    expect(returns()).toBe(0);
    connectivity = 4;
    monitor.emit('changed');
    monitor.emit('changed');
    await portalHeard(session, () => answered, 5);
    expect(returns()).toBe(1);
    w.stop();
  });

  it('neither service, or no bus at all: nothing is watched, one log line, no throw', async () => {
    const client = await bus.connect();
    const onBus = await watch(client, client);
    expect(onBus.watch.via).toBeNull();
    expect(onBus.log.entries).toHaveLength(1);
    expect(onBus.log.entries[0]?.message).toMatch(
      /neither NetworkManager nor the network monitor portal/,
    );
    const noBus = await watch(null, null);
    expect(noBus.watch.via).toBeNull();
    expect(noBus.log.entries).toHaveLength(1);
    noBus.watch.stop();
  });

  it('a portal that hangs is not watched, within the call timeout', async () => {
    await bus.serve({
      ...NETWORK_MONITOR_PORTAL,
      methods: {
        GetConnectivity: { outSignature: 'u', handler: () => new Promise(() => undefined) },
      },
    });
    const client = await bus.connect(200);
    const { watch: w } = await watch(null, client);
    expect(w.via).toBeNull();
  });
});

function callTo(service: { name: string; path: string; interface: string }) {
  return { destination: service.name, path: service.path, interface: service.interface };
}
