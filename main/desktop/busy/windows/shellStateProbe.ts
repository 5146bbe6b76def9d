import { createRequire } from 'node:module';
import type { ShellStateReading } from './shellState';

/** The WNF state name WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED. */
const WNF_QUIET_HOURS_PROFILE = 0x0d83063ea3bf1c75n;

export type ShellStateProbe = () => Promise<ShellStateReading>;

type NativeCall = (...args: unknown[]) => unknown;

/** The two koffi calls used here, typed locally so the package is needed only where it runs. */
interface Koffi {
  load(path: string): {
    func(convention: string, name: string, result: string, parameters: string[]): NativeCall;
  };
}

/**
 * Reads both values in process through koffi (an FFI whose N-API binaries
 * come prebuilt in its per-platform npm packages, @koromix/koffi-win32-x64).
 * koffi is not a dependency yet: electron-builder unpacks its .node file
 * beside app.asar, which package:check refuses today, so adding it (npm
 * install koffi) waits for that rule to allow one native module. Until then
 * this probe fails to load on Windows and both Windows shell sources answer
 * unavailable, logged once. Why not PowerShell:
 * Add-Type compiles C# on each start (about a second), is blocked where
 * PowerShell runs in Constrained Language Mode (common on managed work
 * laptops, exactly where the meetings are), and would be a process per
 * check. Loaded only on Windows, on first use; never imported on Linux.
 * Not run by this repository's tests (no Windows here): the decisions it
 * feeds are tested against recorded readings in fixtures/windows.
 */
export function koffiShellStateProbe(): ShellStateProbe {
  let calls: { quns: NativeCall; wnf: NativeCall } | null = null;
  return async () => {
    if (!calls) {
      // Resolved at run time, on Windows only (see above for why it is not imported).
      const koffi = createRequire(import.meta.url)('koffi') as Koffi;
      const shell32 = koffi.load('shell32.dll');
      const ntdll = koffi.load('ntdll.dll');
      calls = {
        quns: shell32.func('__stdcall', 'SHQueryUserNotificationState', 'int32', ['void *']),
        wnf: ntdll.func('__stdcall', 'NtQueryWnfStateData', 'int32', [
          'void *',
          'void *',
          'void *',
          'void *',
          'void *',
          'void *',
        ]),
      };
    }
    const state = Buffer.alloc(4);
    const hresult = Number(calls.quns(state));
    const name = Buffer.alloc(8);
    name.writeBigUInt64LE(WNF_QUIET_HOURS_PROFILE);
    const stamp = Buffer.alloc(4);
    const profile = Buffer.alloc(4);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(4);
    const ntstatus = Number(calls.wnf(name, null, null, stamp, profile, size));
    return {
      notificationState: { hresult, state: hresult >= 0 ? state.readInt32LE(0) : null },
      focusAssist: { ntstatus, profile: ntstatus >= 0 ? profile.readUInt32LE(0) : null },
    };
  };
}
