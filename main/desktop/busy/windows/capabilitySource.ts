import { execFile } from 'node:child_process';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type SignalDetector,
} from '../signalDetector';
import { CONSENT_STORE_KEY, devicesInUse, type Capability } from './consentStore';

/** reg.exe normally answers in ~30 ms; a hung one must not hold a reminder. */
const REG_TIMEOUT_MS = 2000;

/** Runs `reg query KEY /s` and gives its stdout; rejects with the exit code when the key is missing. */
export type RegQuery = (key: string) => Promise<string>;

/** The real runner: reg.exe, with no console window, only when a decision needs it. */
export const regExeQuery: RegQuery = (key) =>
  new Promise((resolve, reject) => {
    execFile(
      'reg.exe',
      ['query', key, '/s'],
      { windowsHide: true, timeout: REG_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 },
      (err, stdout) => {
        if (err) reject(err instanceof Error ? err : new Error('reg.exe failed'));
        else resolve(stdout);
      },
    );
  });

/** "MSTeams_8wekyb3d8bbwe" -> "MSTeams"; "C:\\...\\Zoom.exe" -> "Zoom.exe". */
export function appTitle(app: string, packaged: boolean): string {
  return packaged ? (app.split('_')[0] ?? app) : (app.split('\\').pop() ?? app);
}

export interface WindowsCapabilityOptions {
  capability: Capability;
  query?: RegQuery;
  /** process.execPath: our own use of the device is left out. */
  ownExecutable?: string;
}

/**
 * Camera or microphone on Windows 10 1903+ and 11: the privacy consent store
 * (see consentStore.ts). This is the same record the taskbar's "in use"
 * icon is drawn from. Not seen: an app that reaches the device through a
 * driver of its own, bypassing the capability access manager (rare: some
 * virtual cameras), and use from another Windows account.
 * reg.exe prints in the console code page, so a path with letters outside
 * it may arrive mangled; that changes the app's name, never the answer.
 */
export function windowsCapabilitySource(options: WindowsCapabilityOptions): SignalDetector {
  const query = options.query ?? regExeQuery;
  const isCamera = options.capability === 'webcam';
  return {
    kind: isCamera ? 'camera' : 'microphone',
    label: isCamera ? 'Camera' : 'Microphone',
    freeWords: 'not in use',
    async check() {
      let output: string;
      try {
        output = await query(`${CONSENT_STORE_KEY}\\${options.capability}`);
      } catch (err) {
        // Exit code 1: the key is missing (Windows older than 1903, or a locked-down policy).
        if ((err as { code?: unknown }).code === 1) {
          throw new SignalUnavailableError(
            'cannot be seen: this Windows version does not record which app uses it',
          );
        }
        throw err;
      }
      const users = devicesInUse(output, options.ownExecutable ?? process.execPath);
      const first = users[0];
      if (!first) return NOT_BUSY;
      return busyBecause('in use by another app', { title: appTitle(first.app, first.packaged) });
    },
  };
}
