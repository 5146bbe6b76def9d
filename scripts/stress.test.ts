import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const STRESS = join(import.meta.dirname, 'stress.mjs');
const dir = mkdtempSync(join(tmpdir(), 'decompress-stress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  out: string;
}

/**
 * Runs the stress script on a stand-in command. Resolves when its output
 * pipe closes: that happens only once every process holding it (the
 * script, its guard, the command and anything the command started) is gone.
 */
function stress(
  args: string[],
  onLine: (line: string, kill: () => void) => void = () => undefined,
): Promise<Run> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [STRESS, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let code: number | null = null;
    proc.on('exit', (c) => (code = c));
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      for (const line of chunk.split('\n')) if (line) onLine(line, () => proc.kill('SIGKILL'));
    });
    proc.stdout.on('close', () => {
      if (proc.exitCode !== null || proc.signalCode !== null) resolve({ code, out });
      else proc.on('exit', () => resolve({ code, out }));
    });
  });
}

/** The process group a stand-in command wrote down, and whether anything in it is still alive. */
function groupAlive(pidFile: string): boolean {
  const pgid = Number(readFileSync(pidFile, 'utf8').trim());
  expect(pgid).toBeGreaterThan(1);
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm run test:stress', () => {
  it('passes when the command passes, with the load made and stopped', async () => {
    const run = await stress(['--threads', '1', '--', 'node', '-e', 'process.exit(0)']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/stress: running "node -e process.exit\(0\)" with 1 busy threads/);
    expect(run.out).toMatch(/stress: load stopped \(\d+ s of CPU burnt on 1 threads\)/);
    expect(run.out).toMatch(/stress: PASSED: .* took 0 min \d+ s with 1 busy threads/);
  }, 30_000);

  it('fails with the command’s own exit code', async () => {
    const run = await stress(['--threads', '0', '--', 'node', '-e', 'process.exit(3)']);
    expect(run.code).toBe(3);
    expect(run.out).toContain('stress: FAILED (exit 3)');
  }, 30_000);

  it('stops a hung command at the time limit, and everything it started', async () => {
    const pidFile = join(dir, 'hung.pid');
    // A command that never ends, with a child of its own.
    const run = await stress([
      '--threads',
      '0',
      '--timeout-minutes',
      '0.02',
      '--',
      'sh',
      '-c',
      `echo $$ > ${pidFile}; sleep 1000 & sleep 1000`,
    ]);
    expect(run.code).toBe(124);
    expect(run.out).toContain('the time limit was reached');
    expect(run.out).toContain('stress: HUNG (stopped at the time limit)');
    expect(groupAlive(pidFile)).toBe(false);
  }, 30_000);

  it('leaves nothing behind when the stress script itself is killed outright', async () => {
    const pidFile = join(dir, 'orphan.pid');
    const run = await stress(
      ['--threads', '1', '--', 'sh', '-c', `echo $$ > ${pidFile}; echo started; sleep 1000`],
      (line, kill) => {
        if (line === 'started') kill();
      },
    );
    expect(run.code).toBeNull();
    expect(run.out).toContain('stress: the stress run ended; stopping what is left');
    expect(groupAlive(pidFile)).toBe(false);
  }, 30_000);

  it('refuses arguments it does not know', async () => {
    const run = await stress(['--threads', 'many']);
    expect(run.code).toBe(2);
    expect(run.out).toContain('stress: unknown or bad argument --threads');
  }, 30_000);
});
