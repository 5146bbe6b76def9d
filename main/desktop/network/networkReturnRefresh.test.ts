import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCalendarService, type CalendarService } from '../../core/calendar/calendarService';
import { createHttpsFetcher } from '../../core/calendar/feedFetcher';
import { refreshOnNetworkReturn } from '../../core/calendar/networkReturnRefresh';
import { memorySecretStore } from '../../core/calendar/secretStore';
import {
  ICS_OK,
  startFeedServer,
  TEST_CA,
  type FeedServer,
} from '../../core/calendar/testing/feedServer';
import { memoryLogger } from '../../core/logger';
import { createManualClock, type ManualClock } from '../../core/testing/manualClock';
import { openSessionBus, type SessionBus } from '../dbus/sessionBus';
import type { StandInService } from '../dbus/testing/standInService';
import { usePrivateBus } from '../dbus/testing/usePrivateBus';
import { dbusNetworkWatch, NETWORK_MANAGER, type NetworkWatchStarter } from './networkReturn';

const NOW = Date.parse('2026-03-02T07:00:00Z');
const FEED = '/calendar/ical/ann/private-4f2c9e1b7a/basic.ics';
const MIN = 60_000;

describe('the network comes back: one calendar refresh reaches the feed server', () => {
  const bus = usePrivateBus();
  let server: FeedServer;
  let dir: string;
  let clock: ManualClock;
  let calendar: CalendarService;
  let follower: { stop(): void } | null = null;

  beforeEach(async () => {
    server = await startFeedServer();
    server.route(FEED, (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"' }).end(ICS_OK);
    });
    dir = mkdtempSync(join(tmpdir(), 'decompress-network-'));
    clock = createManualClock(NOW);
    calendar = createCalendarService({
      clock,
      log: memoryLogger(),
      dir,
      secrets: memorySecretStore(),
      fetch: createHttpsFetcher({ clock, ca: TEST_CA }),
    });
    await calendar.load();
  });
  afterEach(async () => {
    system = null;
    watches = 0;
    follower?.stop();
    follower = null;
    calendar.stop();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fetches = () => server.requests.filter((r) => r.path === FEED);

  /** The watch's own system-bus connection, once it opened one. */
  let system: SessionBus | null = null;
  let watches = 0;

  /** The real D-Bus watch, with a promise for the moment it is listening. */
  function watchStarter(): { starter: NetworkWatchStarter; listening: Promise<void> } {
    const inner = dbusNetworkWatch({
      sessionBus: async () => null,
      log: memoryLogger(),
      // The private daemon plays the system bus, where NetworkManager lives.
      openSystemBus: async () => (system = await openSessionBus(bus.address)),
    });
    let listening: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (listening = resolve));
    return {
      starter: {
        async watch(onReturn) {
          watches++;
          const watch = await inner.watch(onReturn);
          listening();
          return watch;
        },
      },
      listening: started,
    };
  }

  /**
   * NetworkManager's reply comes after its signals on the same connection:
   * once the watch's own connection has it, every return has been acted on.
   */
  const heard = (client: SessionBus | null) =>
    client?.call({
      destination: NETWORK_MANAGER.name,
      path: NETWORK_MANAGER.path,
      interface: NETWORK_MANAGER.interface,
      member: 'GetDevices',
    });

  it('offline then connected: one conditional GET per return; a flapping network adds none for 2 min', async () => {
    const nm: StandInService = await bus.serve({
      ...NETWORK_MANAGER,
      properties: { State: { signature: 'u', value: 70 } },
      methods: { GetDevices: { outSignature: 'ao', handler: () => [] } },
      signals: { StateChanged: 'u' },
    });
    const observer = await bus.connect();
    const { starter, listening } = watchStarter();
    follower = refreshOnNetworkReturn(calendar, starter, memoryLogger());
    // No feed yet: nothing watches the network, and no system bus is opened.
    expect(watches).toBe(0);
    expect(system).toBeNull();
    expect((await calendar.addUrl({ url: server.url(FEED) })).status).toBe('added');
    await listening;
    expect(fetches()).toHaveLength(1);

    clock.advance(5 * MIN);
    const refreshed = new Promise<void>((resolve) => {
      const off = calendar.onChange(() => {
        off();
        resolve();
      });
    });
    const asked = server.nextRequest(FEED);
    nm.emit('StateChanged', 20);
    nm.emit('StateChanged', 70);
    await asked;
    await refreshed;
    expect(fetches()).toHaveLength(2);
    expect(fetches()[1]?.headers['if-none-match']).toBe('"v1"');
    expect(calendar.overview().feeds[0]).toMatchObject({
      status: 'ok',
      lastAttemptAt: clock.now(),
    });

    // Flapping for the next 90 s: the watcher reports every return, the calendar fetches none.
    const lastAttempt = clock.now();
    for (let flap = 0; flap < 3; flap++) {
      clock.advance(30_000);
      nm.emit('StateChanged', 20);
      nm.emit('StateChanged', 70);
    }
    await heard(system);
    expect(calendar.overview().feeds[0]?.lastAttemptAt).toBe(lastAttempt);

    clock.advance(MIN);
    const again = server.nextRequest(FEED);
    nm.emit('StateChanged', 20);
    nm.emit('StateChanged', 70);
    await again;
    expect(fetches()).toHaveLength(3);
    expect(watches).toBe(1);

    // The last feed goes: the watch stops and its system-bus connection is closed.
    const name = system?.uniqueName ?? null;
    let resolveGone: () => void = () => undefined;
    const gone = new Promise<void>((resolve) => (resolveGone = resolve));
    await observer.onSignal(
      {
        sender: 'org.freedesktop.DBus',
        interface: 'org.freedesktop.DBus',
        member: 'NameOwnerChanged',
      },
      ([changed, , owner]) => {
        if (changed === name && owner === '') resolveGone();
      },
    );
    const id = calendar.overview().feeds[0]?.id ?? '';
    expect(await calendar.remove(id)).toBe(true);
    await gone;
    const [names] = await observer.call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'ListNames',
    });
    expect(names).not.toContain(name);
  });
});
