import { afterEach, beforeEach } from 'vitest';
import { openSessionBus, type SessionBus } from '../sessionBus';
import { startPrivateBus, type PrivateBus } from './privateBus';
import {
  exportStandInService,
  type StandInService,
  type StandInServiceSpec,
} from './standInService';

/** A private dbus-daemon for each test of a describe block, with what the test put on it. */
export interface PrivateBusRig {
  /** The running daemon's address (only inside a test or a hook of the block). */
  readonly address: string;
  /** Exports a stand-in service on the bus; closed after the test. */
  serve(spec: StandInServiceSpec): Promise<StandInService>;
  /** Connects the app's own client to the bus; closed after the test. Fails the test without one. */
  connect(callTimeoutMs?: number): Promise<SessionBus>;
}

/**
 * Registers beforeEach/afterEach hooks that start a private dbus-daemon for
 * every test and, after it, close each client and stand-in it made and stop
 * the daemon. Call it once at the top of a describe block.
 */
export function usePrivateBus(): PrivateBusRig {
  let daemon: PrivateBus | null = null;
  const services: StandInService[] = [];
  const clients: SessionBus[] = [];

  beforeEach(async () => {
    daemon = await startPrivateBus();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    for (const service of services.splice(0)) service.close();
    await daemon?.stop();
    daemon = null;
  });

  const running = (): PrivateBus => {
    if (!daemon) throw new Error('the private bus runs only inside a test');
    return daemon;
  };

  return {
    get address() {
      return running().address;
    },
    async serve(spec) {
      const service = await exportStandInService(running().address, spec);
      services.push(service);
      return service;
    },
    async connect(callTimeoutMs) {
      const client = await openSessionBus(running().address, undefined, callTimeoutMs);
      if (!client) throw new Error('no client');
      clients.push(client);
      return client;
    },
  };
}
