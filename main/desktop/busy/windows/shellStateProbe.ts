import type { LibraryHandle } from 'koffi';
import type { ShellStateReading } from './shellState';

/** The WNF state name WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED. */
const WNF_QUIET_HOURS_PROFILE = 0x0d83063ea3bf1c75n;

export type ShellStateProbe = () => Promise<ShellStateReading>;

type NativeCall = (...args: unknown[]) => unknown;

/** The part of koffi used here: opening a library. */
export interface KoffiLoader {
  load(path: string): Pick<LibraryHandle, 'func'>;
}

export interface KoffiProbeOptions {
  /** The library exporting SHQueryUserNotificationState; tests pass a stand-in. */
  shell32?: string;
  /** The library exporting NtQueryWnfStateData; tests pass a stand-in. */
  ntdll?: string;
  /** How koffi itself is loaded; by default `import('koffi')` on the first probe. */
  loadKoffi?: () => Promise<KoffiLoader>;
}

interface ShellCalls {
  quns: NativeCall;
  wnf: NativeCall;
}

/**
 * Binds the two functions. __stdcall is what the Win32 API uses on 32-bit
 * x86; koffi documents it as ignored on every other architecture (x64 and
 * ARM64 Windows have one calling convention), so the same declaration is
 * right on every Windows and in the Linux tests.
 */
async function bindShellCalls(options: KoffiProbeOptions): Promise<ShellCalls> {
  const koffi = await (options.loadKoffi ?? defaultKoffi)().catch((err: unknown) => {
    throw new Error(`koffi could not be loaded: ${messageOf(err)}`);
  });
  const open = (path: string) => {
    try {
      return koffi.load(path);
    } catch (err) {
      // koffi's message does not say which library it could not open.
      throw new Error(`koffi could not open ${path}: ${messageOf(err)}`);
    }
  };
  const shell32 = open(options.shell32 ?? 'shell32.dll');
  const ntdll = open(options.ntdll ?? 'ntdll.dll');
  return {
    // HRESULT SHQueryUserNotificationState(QUERY_USER_NOTIFICATION_STATE *pquns)
    quns: shell32.func('__stdcall', 'SHQueryUserNotificationState', 'int32', ['void *']),
    // NTSTATUS NtQueryWnfStateData(PCWNF_STATE_NAME StateName, PCWNF_TYPE_ID TypeId,
    //   const VOID *ExplicitScope, PWNF_CHANGE_STAMP ChangeStamp, PVOID Buffer, PULONG BufferSize)
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

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function defaultKoffi(): Promise<KoffiLoader> {
  // A dynamic import, so that koffi (and its native module) is loaded on the
  // first probe on Windows only, never at start-up and never on Linux or macOS.
  return import('koffi');
}

function read(calls: ShellCalls): ShellStateReading {
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
}

/**
 * Reads both values in process through koffi, an FFI whose N-API binaries
 * come prebuilt in per-platform npm packages (@koromix/koffi-win32-x64), so
 * nothing is compiled at install and nothing is rebuilt per Electron version.
 * Why not PowerShell: Add-Type compiles C# on each start (about a second), is
 * blocked where PowerShell runs in Constrained Language Mode (common on
 * managed work laptops, exactly where the meetings are), and would be a
 * process per check.
 *
 * koffi and the two libraries are loaded on the first probe and kept: each
 * later probe is two in-process calls. A load that fails (koffi's binary
 * missing from the package, a Windows without the function) fails every
 * probe with the same error, and is not retried: the guard logs it once and
 * both sources answer unavailable.
 */
export function koffiShellStateProbe(options: KoffiProbeOptions = {}): ShellStateProbe {
  let calls: Promise<ShellCalls> | null = null;
  return async () => {
    calls ??= bindShellCalls(options);
    return read(await calls);
  };
}
