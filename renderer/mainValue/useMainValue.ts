import { useState, useSyncExternalStore } from 'react';
import type { IpcResult } from '../../shared/ipc/result';
import {
  createMainValueStore,
  type MainValue,
  type MainValueOptions,
  type PushSource,
} from './mainValueStore';

export interface MainValueHandle<T> {
  /** Loading, ready with the value, or failed with main's error (as data). */
  state: MainValue<T>;
  /** The value, or undefined until it has arrived. */
  value: T | undefined;
  /** Takes a value from an answer to this window's own call (same rule: never older). */
  accept(value: T): void;
}

/**
 * A value main holds, read once and kept current by its push: settings,
 * the planner's status, the prompt, the routine session. `get` and `push`
 * are read on the first render only (pass bridge methods, not new lambdas
 * each time).
 */
export function useMainValue<T>(
  get: () => Promise<IpcResult<T>>,
  push: PushSource<T>,
  options?: MainValueOptions<T>,
): MainValueHandle<T> {
  const [store] = useState(() => createMainValueStore(get, push, options));
  const state = useSyncExternalStore(store.subscribe, store.snapshot);
  return { state, value: state.status === 'ready' ? state.value : undefined, accept: store.accept };
}
