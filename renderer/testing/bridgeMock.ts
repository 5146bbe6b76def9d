import { vi, type Mock } from 'vitest';
import type { DecompressApi } from '../../shared/ipc/bridge';
import {
  CHANNEL_NAMES,
  type ChannelName,
  type EventName,
  type EventPayload,
} from '../../shared/ipc/contract';
import type { IpcError, IpcResult, Issue } from '../../shared/ipc/result';

/** A successful answer from main. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed answer from main, as the router sends it. */
export function failed(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

/** A refusal of a value, with its issue as data (what the router sends for a bad setting). */
export function refused(issue: Issue, message = 'refused'): IpcResult<never> {
  return failed({ code: 'refused', message, issue });
}

/**
 * window.decompress for a component test, typed from the contract: each
 * channel is a mock of DecompressApi's own method, so a renamed channel or a
 * changed result type fails the type check of every test that uses it.
 */
export type BridgeMock = { [K in ChannelName]: Mock<DecompressApi[K]> } & {
  on: Mock<DecompressApi['on']>;
  /** Delivers a push to the window's listeners, as main would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
};

/** Every channel answers "not set up in this test" until the test says otherwise. */
export function createBridgeMock(): BridgeMock {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const channels = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      vi.fn(async () => failed({ code: 'failed', message: `${name} is not set up in this test` })),
    ]),
  );
  const on = vi.fn((event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  });
  const mock = {
    ...channels,
    on,
    emit(event: string, payload: unknown) {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
  };
  // Built by name from CHANNEL_NAMES, which TypeScript cannot follow: the
  // one place the mock is cast to the contract's shape.
  return mock as unknown as BridgeMock;
}
