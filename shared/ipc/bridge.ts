import type { ChannelInput, ChannelName, ChannelResult, EventName, EventPayload } from './contract';
import type { IpcResult } from './result';

type Method<K extends ChannelName> =
  undefined extends ChannelInput<K>
    ? (arg?: ChannelInput<K>) => Promise<ChannelResult<K>>
    : (arg: ChannelInput<K>) => Promise<ChannelResult<K>>;

/** The API a window sees as `window.decompress`: one method per channel, plus `on`. */
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
      const result = await transport.invoke(name, arg);
      if (result.ok) return result.value;
      // The field leads the message because Electron's contextBridge keeps
      // only an Error's message when it crosses into the page.
      const { code, field, message } = result.error;
      const error = new Error(field ? `${field}: ${message}` : message);
      Object.assign(error, { code, field });
      throw error;
    };
  }
  api.on = (eventName: string, listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('on() needs a listener function');
    return transport.subscribe(eventName, listener);
  };
  return Object.freeze(api);
}
