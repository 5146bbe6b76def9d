import { EventEmitter } from 'node:events';
import type { IpcMain } from 'electron';
import type { StandinRuntime } from './runtime';
import { StandinWebContents, type StandinFrame } from './webContents';

type UsedIpcMain = Pick<IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>;

/** What an ipcMain handler receives as its event: the real sender and the frame the call came from. */
export interface StandinIpcEvent {
  sender: StandinWebContents;
  senderFrame: StandinFrame;
  frameId: number;
  processId: number;
  returnValue?: unknown;
}

type Handler = (event: StandinIpcEvent, ...args: unknown[]) => unknown;

export type StandinIpcMain = UsedIpcMain &
  EventEmitter & {
    /** A page called ipcRenderer.invoke: run the handler, answer as Electron would. */
    dispatchInvoke(
      webContentsId: number,
      frame: StandinFrame,
      channel: string,
      args: unknown[],
    ): Promise<{ ok: true; value: unknown } | { ok: false; message: string }>;
    /** A page called ipcRenderer.send. */
    dispatchMessage(
      webContentsId: number,
      frame: StandinFrame,
      channel: string,
      args: unknown[],
    ): void;
    handlerCount(): number;
  };

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    // Chromium reports file:// documents with the opaque origin "file://".
    return parsed.protocol === 'file:' ? 'file://' : parsed.origin;
  } catch {
    return 'null';
  }
}

/** A frame description from what the driver saw. */
export function frameOf(url: string, isMainFrame: boolean): StandinFrame {
  return { url, origin: originOf(url), name: '', isMainFrame };
}

/**
 * Electron's ipcMain: one handler per channel (a second registration
 * throws, as in Electron), and calls carrying the real sender webContents
 * and frame, so the app's own sender check is what decides.
 */
export function createIpcMain(runtime: StandinRuntime): StandinIpcMain {
  const emitter = new EventEmitter();
  const handlers = new Map<string, Handler>();

  const api: UsedIpcMain = {
    handle(channel, listener) {
      if (handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      handlers.set(channel, listener as unknown as Handler);
    },
    handleOnce(channel, listener) {
      api.handle(channel, (event, ...args: unknown[]) => {
        handlers.delete(channel);
        return (listener as unknown as Handler)(event as unknown as StandinIpcEvent, ...args);
      });
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };

  return Object.assign(emitter, api, {
    async dispatchInvoke(
      webContentsId: number,
      frame: StandinFrame,
      channel: string,
      args: unknown[],
    ) {
      const sender = StandinWebContents.fromId(webContentsId);
      const handler = handlers.get(channel);
      if (!sender) return { ok: false as const, message: 'Error: the sender is gone' };
      if (!handler) {
        return { ok: false as const, message: `Error: No handler registered for '${channel}'` };
      }
      const event: StandinIpcEvent = { sender, senderFrame: frame, frameId: 1, processId: 0 };
      try {
        const value: unknown = await handler(event, ...args);
        structuredClone(value);
        return { ok: true as const, value };
      } catch (err) {
        const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        runtime.trace(`ipc ${channel} rejected: ${message}`);
        return { ok: false as const, message };
      }
    },
    dispatchMessage(webContentsId: number, frame: StandinFrame, channel: string, args: unknown[]) {
      const sender = StandinWebContents.fromId(webContentsId);
      if (!sender) return;
      const event: StandinIpcEvent = { sender, senderFrame: frame, frameId: 1, processId: 0 };
      emitter.emit(channel, event, ...args);
      sender.emit('ipc-message', event, channel, ...args);
    },
    handlerCount: () => handlers.size,
  });
}
