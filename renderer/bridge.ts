import type { DecompressApi } from '../shared/ipc/bridge';

declare global {
  interface Window {
    /** Exposed by main/preload.ts (or the e2e harness), derived from shared/ipc/contract.ts. */
    readonly decompress: DecompressApi;
  }
}

/** The typed bridge to main. Screens import this instead of touching window directly. */
export const bridge: DecompressApi = window.decompress;

/** The message of a rejected bridge call, ready to show next to a field or in a banner. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
