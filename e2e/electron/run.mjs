#!/usr/bin/env node
// `npm run test:electron`: the app specs (e2e/app) against a REAL Electron
// binary, through Playwright's _electron, wherever one can be had. Electron's
// binary is fetched the way `npm start` fetches it; where it cannot be, this
// says SKIPPED and why, and exits 2: a run that tested nothing is never a pass.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const ensure = spawnSync(
  process.execPath,
  [join(root, 'scripts', 'ensure-electron.mjs'), '--optional'],
  {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  },
);
if (ensure.status !== 0) {
  const why = (ensure.stderr ?? '').trim().split('\n').at(-1) || 'no reason given';
  console.log(
    `electron specs: SKIPPED, nothing was tested on real Electron. ${why.replace(/^Decompress: /, '')}`,
  );
  process.exit(2);
}

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
  ? join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      readFileSync(join(electronDir, 'path.txt'), 'utf8'),
    )
  : join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8'));

// The front-door specs test npm start itself and always run on the stand-in archive.
const result = spawnSync(
  'npx',
  [
    'playwright',
    'test',
    '--config',
    join(root, 'e2e', 'app', 'playwright.config.ts'),
    '--grep-invert',
    '@front-door',
  ],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_BINARY: binary } },
);
process.exit(result.status ?? 1);
