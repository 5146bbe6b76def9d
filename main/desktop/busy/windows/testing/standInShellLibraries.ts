/**
 * Stand-in shell32 and ntdll for running the Windows shell state probe on
 * Linux through the real koffi: shell32.dll and ntdll.dll exist only on
 * Windows, so the test compiles standInShell.c with the system C compiler
 * (`cc`; .ci/run installs gcc where it is missing) into two shared libraries
 * that export SHQueryUserNotificationState and NtQueryWnfStateData with their
 * Windows signatures and answer what the test sets.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import koffi from 'koffi';

export interface StandInShellLibraries {
  /** Paths to hand the probe in place of 'shell32.dll' and 'ntdll.dll'. */
  shell32: string;
  ntdll: string;
  /** What SHQueryUserNotificationState answers next (an HRESULT and a QUNS value). */
  setNotificationState(hresult: number, state: number): void;
  /** What NtQueryWnfStateData answers next for the Focus assist state (an NTSTATUS and a profile). */
  setFocusAssist(ntstatus: number, profile: number): void;
  remove(): void;
}

function compile(source: string, define: string, output: string): void {
  const run = spawnSync(
    'cc',
    ['-shared', '-fPIC', '-O2', '-Wall', '-Werror', `-D${define}`, '-o', output, source],
    { encoding: 'utf8' },
  );
  if (run.error) {
    throw new Error(`cannot run cc (${run.error.message}): install a C compiler, e.g. gcc`);
  }
  if (run.status !== 0) throw new Error(`cc failed on ${source}:\n${run.stderr}`);
}

/** Compiles both stand-ins into a temporary folder; call remove() when done. */
export function buildStandInShellLibraries(): StandInShellLibraries {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-standin-shell-'));
  const source = join(import.meta.dirname, 'standInShell.c');
  const shell32 = join(dir, 'shell32-standin.so');
  const ntdll = join(dir, 'ntdll-standin.so');
  compile(source, 'STANDIN_SHELL32', shell32);
  compile(source, 'STANDIN_NTDLL', ntdll);
  // The same paths the probe opens: dlopen hands back the same library, so
  // these setters change what the probe's calls answer.
  const setNotificationState = koffi
    .load(shell32)
    .func('void standin_set_notification_state(int32_t hresult, int32_t state)');
  const setFocusAssist = koffi
    .load(ntdll)
    .func('void standin_set_focus_assist(int32_t ntstatus, uint32_t profile)');
  return {
    shell32,
    ntdll,
    setNotificationState: (hresult, state) => {
      setNotificationState(hresult, state);
    },
    setFocusAssist: (ntstatus, profile) => {
      setFocusAssist(ntstatus, profile);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
