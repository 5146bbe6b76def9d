import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/ipc/bridge';
// The plain list, not the contract: the contract would bundle every zod
// validator into the preload, and main validates every argument anyway.
import { CHANNEL_NAME_LIST, wireChannel, wireEvent } from '../shared/ipc/channelNames';
import type { IpcResult } from '../shared/ipc/result';

/**
 * The only door between a page and main: one method per contract channel and
 * `on()` for pushes. No ipcRenderer, no process, no Node.
 */
const api = createBridge(
  {
    invoke: (channel, arg) =>
      ipcRenderer.invoke(wireChannel(channel), arg) as Promise<IpcResult<unknown>>,
    subscribe(event, listener) {
      const wire = wireEvent(event);
      const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(wire, handler);
      return () => {
        ipcRenderer.removeListener(wire, handler);
      };
    },
  },
  CHANNEL_NAME_LIST,
);

contextBridge.exposeInMainWorld('decompress', api);
