import { exportStandInService, type StandInService } from '../dbus/testing/standInService';
import { WATCHER_INTERFACE, WATCHER_NAME, WATCHER_PATH } from '../trayHost';

/**
 * org.kde.StatusNotifierWatcher as Plasma's kded or GNOME's AppIndicator
 * extension exports it, on the bus at `address`; `hostRegistered` says
 * whether a panel that draws the items has registered.
 */
export function exportTrayWatcher(address: string, hostRegistered = true): Promise<StandInService> {
  return exportStandInService(address, {
    name: WATCHER_NAME,
    path: WATCHER_PATH,
    interface: WATCHER_INTERFACE,
    properties: {
      IsStatusNotifierHostRegistered: { signature: 'b', value: hostRegistered },
      ProtocolVersion: { signature: 'i', value: 0 },
      RegisteredStatusNotifierItems: { signature: 'as', value: [] },
    },
    methods: {
      RegisterStatusNotifierItem: { inSignature: 's', handler: () => undefined },
      RegisterStatusNotifierHost: { inSignature: 's', handler: () => undefined },
    },
    signals: { StatusNotifierHostRegistered: '', StatusNotifierHostUnregistered: '' },
  });
}
