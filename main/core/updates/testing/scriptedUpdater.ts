import type { UpdaterEvent, UpdaterPort } from '../updaterPort';

/**
 * The core's own updater port, driven by the test: it records what the
 * controller asked and lets the test answer with events. electron-updater
 * itself is exercised in main/shell/updater.test.ts against a real feed.
 */
export interface ScriptedUpdater extends UpdaterPort {
  calls: string[];
  options: { autoDownload: boolean; installOnQuit: boolean } | null;
  emit(event: UpdaterEvent): void;
}

export function createScriptedUpdater(): ScriptedUpdater {
  const listeners = new Set<(event: UpdaterEvent) => void>();
  const updater: ScriptedUpdater = {
    calls: [],
    options: null,
    check() {
      updater.calls.push('check');
      return Promise.resolve();
    },
    download() {
      updater.calls.push('download');
      return Promise.resolve();
    },
    installNow() {
      updater.calls.push('installNow');
    },
    configure(options) {
      updater.options = options;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
  return updater;
}
