import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/ipc/bridge';
import { CHANNEL_NAMES, wireChannel, wireEvent } from '../shared/ipc/contract';
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
  CHANNEL_NAMES,
);

contextBridge.exposeInMainWorld('decompress', api);
