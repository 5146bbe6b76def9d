import type { UpdateStatus, updatesChannels } from '../../../shared/ipc/updatesChannels';
import type { Handlers } from '../ipc/router';
import type { CoreUpdates } from '../updates/coreUpdates';

type UpdatesHandlers = Pick<Handlers, keyof typeof updatesChannels>;

/**
 * Settings → Updates. A core without an updater (the harness, a test)
 * answers as a development build does: nothing to check.
 */
export function updatesHandlers(updates: CoreUpdates | null, version: string): UpdatesHandlers {
  const none: UpdateStatus = {
    currentVersion: version,
    canCheck: false,
    working: false,
    percent: null,
    statusLine: 'This is a development build; it does not look for updates.',
    next: null,
  };
  return {
    getUpdateStatus: () => updates?.status() ?? none,
    checkForUpdates() {
      updates?.act('update:check');
      return updates?.status() ?? none;
    },
    runUpdateStep({ action }) {
      updates?.act(action);
      return updates?.status() ?? none;
    },
  };
}
