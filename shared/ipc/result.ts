/**
 * What crosses the wire for every invoke. Errors travel as data rather than
 * thrown exceptions so the renderer gets the router's own message, not
 * Electron's "Error invoking remote method" wrapper.
 */
export type IpcResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: IpcErrorCode; message: string; field?: string } };

export type IpcErrorCode = 'unknown-channel' | 'bad-payload' | 'forbidden-sender' | 'failed';
