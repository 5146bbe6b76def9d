#!/usr/bin/env node
// Builds the Electron stand-in (e2e/standin) into e2e/standin/dist: test
// equipment that `npm run test:app` runs the built app on. Not part of the
// app: nothing here is packed into app.asar.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', 'e2e', 'standin');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // Libraries the stand-in uses stay where npm put them.
  packages: 'external',
};

await build({
  ...common,
  entryPoints: {
    boot: join(root, 'boot.ts'),
    driver: join(root, 'driver', 'chromiumDriver.ts'),
    hooks: join(root, 'hooks.ts'),
    electron: join(root, 'electronEsm.ts'),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
});

// Loaded with -r into a REAL Electron by `npm run test:electron`: the same controls there.
await build({
  ...common,
  format: 'cjs',
  entryPoints: { realElectron: join(root, 'realElectron.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
});

// The CommonJS view of the same module instance boot.ts made.
writeFileSync(
  join(dist, 'electron.cjs'),
  "'use strict';\nif (!globalThis.__electronStandin) throw new Error('standin: electron loaded outside the stand-in');\nmodule.exports = globalThis.__electronStandin;\n",
);
console.log('standin: built into e2e/standin/dist');
