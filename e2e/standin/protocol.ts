/**
 * Messages between the stand-in's Electron API (the main thread, where the
 * app runs, possibly under fake timers) and its Chromium driver (a worker
 * thread with real timers, so Playwright's own timeouts keep working).
 * Everything here is structured-clonable.
 */

export interface WindowSpec {
  width: number;
  height: number;
  /** Source of the built preload (CommonJS), run in the page before its scripts; null for none. */
  preloadSource: string | null;
}

/** Main thread -> driver. */
export type DriverCommand =
  | { op: 'create'; windowId: number; webContentsId: number; spec: WindowSpec }
  | { op: 'load'; webContentsId: number; url: string }
  | { op: 'resize'; webContentsId: number; width: number; height: number }
  | { op: 'send'; webContentsId: number; channel: string; args: unknown[] }
  | { op: 'close'; webContentsId: number }
  | { op: 'colorScheme'; scheme: 'light' | 'dark' }
  | { op: 'clock'; now: number }
  | { op: 'reply'; replyId: number; ok: true; value: unknown }
  | { op: 'reply'; replyId: number; ok: false; message: string }
  | { op: 'shutdown' };

/** Driver -> main thread. */
export type DriverEvent =
  | { ev: 'started'; devToolsUrl: string }
  | { ev: 'failed'; message: string }
  | { ev: 'targetId'; webContentsId: number; targetId: string }
  | { ev: 'loaded'; webContentsId: number; url: string; title: string }
  | { ev: 'loadFailed'; webContentsId: number; url: string; message: string }
  | { ev: 'title'; webContentsId: number; title: string }
  | {
      ev: 'invoke';
      webContentsId: number;
      frameUrl: string;
      isMainFrame: boolean;
      channel: string;
      args: unknown[];
      replyId: number;
    }
  | {
      ev: 'message';
      webContentsId: number;
      frameUrl: string;
      isMainFrame: boolean;
      channel: string;
      args: unknown[];
    }
  | { ev: 'pageClosed'; webContentsId: number }
  | { ev: 'stopped' };
