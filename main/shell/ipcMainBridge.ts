import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, wireChannel } from '../../shared/ipc/contract';
import type { CallContext, Router } from '../core/ipc/router';

/**
 * Registers one ipcMain handler per contract channel, in one place, at
 * start-up. The sender must be one of the app's own windows showing the
 * app's own page; anything else reaches the router as a stranger (null).
 */
export function registerIpc(
  router: Router,
  identify: (event: IpcMainInvokeEvent) => CallContext | null,
): () => void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(wireChannel(name), (event, payload: unknown) =>
      router.call(name, payload, identify(event)),
    );
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(wireChannel(name));
  };
}

/** Where the app's own pages are: the built files (one per window), or the dev server. */
export interface AppOrigin {
  devUrl?: string;
  /** file:// URLs of the built window pages (out/renderer/prompt.html, ...). */
  pageFileUrls: readonly string[];
}

/** True when a frame URL is one of the app's window pages (a built file, or the dev server). */
export function isAppUrl(url: string, appOrigin: AppOrigin): boolean {
  try {
    const parsed = new URL(url);
    if (appOrigin.devUrl) return parsed.origin === new URL(appOrigin.devUrl).origin;
    return (
      parsed.protocol === 'file:' &&
      appOrigin.pageFileUrls.some((page) => new URL(page).pathname === parsed.pathname)
    );
  } catch {
    return false;
  }
}
