import { parseRegQueryOutput, regNumber } from './regQueryOutput';

export type Capability = 'webcam' | 'microphone';

export const CONSENT_STORE_KEY =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** An app Windows says is using the device right now. */
export interface DeviceUser {
  /** The package family name, or the executable path for a desktop (NonPackaged) app. */
  app: string;
  packaged: boolean;
}

/** "C:#Program Files#Zoom#bin#Zoom.exe" -> "C:\Program Files\Zoom\bin\Zoom.exe" */
function nonPackagedPath(keyName: string): string {
  return keyName.replace(/#/g, '\\');
}

/**
 * Who uses the camera or microphone, from `reg query <ConsentStore>\<cap> /s`.
 * Windows writes LastUsedTimeStart when an app opens the device and
 * LastUsedTimeStop (a FILETIME) when it lets go; while in use the stop time
 * is 0. Packaged apps are keys directly under the capability; desktop apps
 * are under NonPackaged, named by their path with \ written as #.
 * `ownExecutable` (process.execPath) is left out: our own use is not a call.
 */
export function devicesInUse(regOutput: string, ownExecutable: string | null): DeviceUser[] {
  const users: DeviceUser[] = [];
  const own = ownExecutable?.toLowerCase() ?? null;
  for (const key of parseRegQueryOutput(regOutput)) {
    const match = /\\ConsentStore\\(?:webcam|microphone)\\(NonPackaged\\)?([^\\]+)$/i.exec(
      key.path,
    );
    if (!match?.[2]) continue;
    const packaged = !match[1];
    if (packaged && match[2].toLowerCase() === 'nonpackaged') continue;
    const stop = key.values.find((v) => v.name === 'LastUsedTimeStop');
    const start = key.values.find((v) => v.name === 'LastUsedTimeStart');
    if (!stop || !start) continue;
    const stopTime = regNumber(stop.data);
    const startTime = regNumber(start.data);
    if (stopTime !== 0n || startTime === null || startTime === 0n) continue;
    const app = packaged ? match[2] : nonPackagedPath(match[2]);
    if (!packaged && own !== null && app.toLowerCase() === own) continue;
    users.push({ app, packaged });
  }
  return users;
}
