import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let unreachable = '';

beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((done) => probe.close(done));
  unreachable = `http://127.0.0.1:${port}/`;
});

/** Runs a script with no Electron binary in reach: an empty dist and a mirror nobody answers. */
function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, script), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(join(tmpdir(), 'decompress-nodist-')),
      ELECTRON_MIRROR: unreachable,
      electron_config_cache: mkdtempSync(join(tmpdir(), 'decompress-ecache-')),
    },
  });
}

describe('fetching Electron before it is needed', () => {
  it('says in one line what failed and what to do, and exits 1', () => {
    const result = run('scripts/ensure-electron.mjs');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Decompress: could not fetch Electron \d+\.\d+\.\d+ from 127\.0\.0\.1:\d+ \(connection refused\)\./,
    );
    expect(lines[0]).toContain('ELECTRON_MIRROR');
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
  });

  it('as an optional step it answers "not available" (3) instead of failing', () => {
    expect(run('scripts/ensure-electron.mjs', '--optional').status).toBe(3);
  });

  it('the real-Electron runner says SKIPPED and exits 2 when there is no binary: never a pass', () => {
    const result = run('e2e/electron/run.mjs');
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(
      /^electron specs: SKIPPED, nothing was tested on real Electron\. could not fetch Electron/m,
    );
    expect(result.stdout).not.toMatch(/passed/i);
  });
});
