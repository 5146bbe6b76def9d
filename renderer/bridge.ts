import type { DecompressApi } from '../shared/ipc/bridge';

declare global {
  interface Window {
    /** Exposed by main/preload.ts (or the e2e harness), derived from shared/ipc/contract.ts. */
    readonly decompress: DecompressApi;
  }
}

/**
 * The typed bridge to main. Screens import this instead of touching window
 * directly. Every method resolves to an IpcResult: check `ok`, and show a
 * failure with errorText() from shared/settings/messages.ts.
 */
export const bridge: DecompressApi = window.decompress;
