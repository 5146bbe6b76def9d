import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

const STARTERS = [
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
] as const;

/**
 * Counts the child processes this process starts while it is installed:
 * every starter of node:child_process is wrapped, and syncBuiltinESMExports
 * makes the ESM named imports (`import { spawn } from ...`) see the wrappers
 * too. Bench equipment: the calendar's "zero child processes" target.
 */
export function countChildProcesses(): { started(): string[]; restore(): void } {
  const started: string[] = [];
  const originals = new Map<string, unknown>();
  const target = childProcess as unknown as Record<string, unknown>;
  for (const name of STARTERS) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    originals.set(name, original);
    target[name] = (...args: unknown[]): unknown => {
      started.push(`${name} ${String(args[0])}`);
      const result: unknown = Reflect.apply(original, childProcess, args);
      return result;
    };
  }
  syncBuiltinESMExports();
  return {
    started: () => [...started],
    restore() {
      for (const [name, original] of originals) target[name] = original;
      syncBuiltinESMExports();
    },
  };
}
