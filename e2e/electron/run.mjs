#!/usr/bin/env node
// Runs the Playwright electron specs against the built app, where an Electron
// binary exists. Machines that cannot download Electron say so and pass.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;

if (!binary || !existsSync(binary)) {
  console.log(
    'electron specs: no Electron binary on this machine (node_modules/electron/dist is empty), so they did not run.',
  );
  process.exit(0);
}

const result = spawnSync(
  'npx',
  ['playwright', 'test', '--config', join(import.meta.dirname, 'playwright.config.ts')],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_BINARY: binary } },
);
process.exit(result.status ?? 1);
