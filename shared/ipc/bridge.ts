import type { ChannelInput, ChannelName, ChannelResult, EventName, EventPayload } from './contract';
import type { IpcResult } from './result';

type Method<K extends ChannelName> =
  undefined extends ChannelInput<K>
    ? (arg?: ChannelInput<K>) => Promise<IpcResult<ChannelResult<K>>>
    : (arg: ChannelInput<K>) => Promise<IpcResult<ChannelResult<K>>>;

/**
 * The API a window sees as `window.decompress`: one method per channel, plus
 * `on`. Every method resolves to an IpcResult and never rejects: a refusal
 * arrives as data (code, issue), because contextBridge would strip an
 * Error down to its message.
 */
export type DecompressApi = { [K in ChannelName]: Method<K> } & {
  /** Subscribes to a push from main; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** How a bridge reaches main: Electron's ipcRenderer in the preload, a Playwright binding in the harness. */
export interface BridgeTransport {
  invoke(channel: string, arg: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.decompress` from a transport. It must stay self-contained
 * (no references outside its body): the e2e harness serialises it with
 * Function#toString into the page, so the page gets this very code.
 */
export function createBridge(
  transport: BridgeTransport,
  channelNames: readonly string[],
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    api[name] = async (arg?: unknown) => {
      try {
        return await transport.invoke(name, arg);
      } catch (err) {
        // Main could not answer at all (no handler, a closed channel): still
        // an answer the page can show, never an unhandled rejection.
        return {
          ok: false,
          error: { code: 'unreachable', message: err instanceof Error ? err.message : String(err) },
        };
      }
    };
  }
  api.on = (eventName: string, listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('on() needs a listener function');
    return transport.subscribe(eventName, listener);
  };
  return Object.freeze(api);
}
