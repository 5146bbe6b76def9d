import { EventEmitter } from 'node:events';
import type { AutoUpdater } from 'electron';

export type StandinAutoUpdater = Pick<AutoUpdater, 'getFeedURL' | 'checkForUpdates'> &
  EventEmitter & {
    /** How often 'before-quit-for-update' was emitted (electron-updater does, before it quits to install). */
    quitsForUpdate(): number;
  };

/**
 * Electron's built-in autoUpdater (Squirrel) as on Linux, where it has no
 * support: electron-updater only emits 'before-quit-for-update' on it, so
 * windows that listen know the quit is an update's.
 */
export function createAutoUpdater(): StandinAutoUpdater {
  const emitter = new EventEmitter();
  let quits = 0;
  emitter.on('before-quit-for-update', () => {
    quits += 1;
  });
  const api: Pick<AutoUpdater, 'getFeedURL' | 'checkForUpdates'> = {
    getFeedURL: () => '',
    checkForUpdates() {
      emitter.emit('error', new Error('Auto-updates are not supported on Linux'));
    },
  };
  return Object.assign(emitter, api, { quitsForUpdate: () => quits });
}
