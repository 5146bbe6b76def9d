import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { bridge } from '../bridge';

/** A value main holds, as a window last heard it. */
export type MainValue<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; /** This window's clock when it arrived. */ receivedAt: number }
  | { status: 'failed'; error: IpcError };

/** Events whose payload is exactly `T`: their push replaces the value. */
export type ValueEvent<T> = {
  [E in EventName]: [EventPayload<E>] extends [T]
    ? [T] extends [EventPayload<E>]
      ? E
      : never
    : never;
}[EventName];

/**
 * How a push keeps the value current: an event that carries the value, or
 * one that only says "changed" (`{ refetchOn }`), or none (read once).
 */
export type PushSource<T> = ValueEvent<T> | { refetchOn: EventName } | null;

export interface MainValueOptions<T> {
  /** False when `next` is older than `current` (pushes and answers can cross). Default: always newer. */
  isNewer?(next: T, current: T): boolean;
}

export interface MainValueStore<T> {
  subscribe(onChange: () => void): () => void;
  snapshot(): MainValue<T>;
  /** Takes a value this window got from main in an answer to its own call. */
  accept(value: T): void;
}

const LOADING = { status: 'loading' } as const;

/**
 * "Get, then keep current with the push", once: the store asks main when its
 * first subscriber arrives, listens for the push while anyone subscribes,
 * and never lets an older answer replace a newer push.
 */
export function createMainValueStore<T>(
  get: () => Promise<IpcResult<T>>,
  push: PushSource<T>,
  options: MainValueOptions<T> = {},
): MainValueStore<T> {
  let current: MainValue<T> = LOADING;
  const listeners = new Set<() => void>();
  /** Grows with every value taken: an answer to a read started earlier is stale. */
  let generation = 0;
  let unsubscribePush: (() => void) | null = null;

  const emit = () => {
    for (const listener of listeners) listener();
  };

  function take(value: T): void {
    if (current.status === 'ready' && options.isNewer && !options.isNewer(value, current.value)) {
      return;
    }
    generation++;
    current = { status: 'ready', value, receivedAt: Date.now() };
    emit();
  }

  function read(): void {
    const startedAt = generation;
    const settle = (result: IpcResult<T>) => {
      if (listeners.size === 0 || generation !== startedAt) return;
      if (result.ok) take(result.value);
      else if (current.status !== 'ready') {
        current = { status: 'failed', error: result.error };
        emit();
      }
    };
    // The bridge never rejects; anything else that does is reported the same way.
    get().then(settle, (err: unknown) =>
      settle({ ok: false, error: { code: 'unreachable', message: String(err) } }),
    );
  }

  function listen(): () => void {
    if (push === null) return () => undefined;
    if (typeof push === 'object') return bridge.on(push.refetchOn, () => read());
    // ValueEvent<T> guarantees the payload is a T.
    return bridge.on(push, (payload) => take(payload as T));
  }

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) {
        unsubscribePush = listen();
        read();
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          unsubscribePush?.();
          unsubscribePush = null;
        }
      };
    },
    snapshot: () => current,
    accept: take,
  };
}
