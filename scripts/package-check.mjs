#!/usr/bin/env node
// npm run package:check — packs the app offline and audits app.asar.
//
// Real installers need Electron's prebuilt binary, which only downloads from
// outside the package registries. This check does not: it hands
// electron-builder a stand-in "unpacked Electron" (an `electron` shell script),
// packs `--dir --linux` into a temp directory, then reads app.asar and applies
// scripts/asarRules.ts. Everything electron-builder does with the app's own
// files (the `files` globs, production dependency collection, asar packing,
// extraResources) is the real thing; only the Electron binary is fake, so
// fuses, which patch that binary, are switched off for this run.
//
// Run through tsx (see package.json) so the rules can stay typed TypeScript.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asar from '@electron/asar';
import { Arch, Platform, build } from 'electron-builder';
import { REQUIRED_FILES, allowedNativeModule, auditAsar, importedSpecifiers } from './asarRules.ts';
import { desktopEntryProblems } from './desktopEntryRules.ts';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;

/** Tray images main/shell/trayIconPaths.ts asks for, relative to resources/. */
const EXTRA_RESOURCES = [
  'icon.png',
  ...['normal', 'paused', 'due'].flatMap((state) =>
    ['tray-on-light', 'tray-on-dark', 'trayTemplate'].flatMap((name) => [
      `icons/tray/${state}/${name}.png`,
      `icons/tray/${state}/${name}@2x.png`,
    ]),
  ),
];

function fail(message) {
  console.error(`\npackage:check FAILED\n${message}`);
  process.exit(1);
}

function ensureBuilt() {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length === 0) return;
  console.log(`package:check: ${missing.join(', ')} missing, running npm run build`);
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) fail('npm run build failed');
}

/**
 * A directory electron-builder accepts as an unpacked Linux Electron: it
 * copies it, renames `electron` to the executable name and writes
 * resources/app.asar beside it. Nothing in a `--dir` build executes it.
 */
function makeStandInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const exe = join(dir, 'electron');
  writeFileSync(exe, '#!/bin/sh\necho "stand-in Electron for package:check" >&2\nexit 1\n');
  chmodSync(exe, 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  writeFileSync(join(dir, 'version'), `${electronVersion}\n`);
}

/** Files (not folders) in an archive, with their sizes, from its header. */
function listArchive(archive) {
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (entry.files) walk(entry, path);
      else files.push({ path, size: Number(entry.size ?? 0), unpacked: entry.unpacked === true });
    }
  };
  walk(asar.getRawHeader(archive).header, '');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

async function main() {
  const started = Date.now();
  ensureBuilt();

  const temp = mkdtempSync(join(tmpdir(), 'decompress-package-check-'));
  const electronDist = join(temp, 'electron-dist');
  makeStandInElectron(electronDist);

  const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64;
  let appOutDir = null;
  /** The .desktop file each package would install, as electron-builder computed it. */
  const desktopFiles = new Map();
  await build({
    projectDir: root,
    // The AppImage and the .deb are taken as far as their .desktop file and
    // stopped there (effectiveOptionComputed, electron-builder's own hook for
    // reading what a target computed): the tools that would make the
    // packages download from outside the registries.
    targets: Platform.LINUX.createTarget(['dir', 'AppImage', 'deb'], arch),
    publish: 'never',
    effectiveOptionComputed: async (computed) => {
      if (Array.isArray(computed)) {
        // deb: [fpm arguments, the path of the .desktop file it wrote]
        desktopFiles.set('deb', readFileSync(computed[1], 'utf8'));
        return true;
      }
      if (computed && typeof computed.desktop === 'string') {
        desktopFiles.set('AppImage', computed.desktop);
        return true;
      }
      return false;
    },
    // Merged over electron-builder.yml, so the checked config is the shipped one.
    config: {
      directories: { output: join(temp, 'dist') },
      electronDist,
      electronVersion,
      // Fuses patch the real binary's sentinel, which the stand-in lacks.
      electronFuses: null,
      // koffi, the only native module, is prebuilt for Node-API (nothing to
      // rebuild per Electron version), and a rebuild would want Electron headers.
      npmRebuild: false,
      afterPack: (context) => {
        appOutDir = context.appOutDir;
      },
    },
  });
  if (!appOutDir) fail('electron-builder finished without packing an app');

  const archive = join(appOutDir, 'resources', 'app.asar');
  if (!existsSync(archive)) fail(`no app.asar at ${archive}`);
  const entries = listArchive(archive);
  const files = entries.map((entry) => entry.path);
  const readJson = (path) => JSON.parse(asar.extractFile(archive, path).toString('utf8'));

  const manifests = new Map();
  for (const file of files) {
    if (/(^|\/)node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(file)) {
      manifests.set(file, readJson(file));
    }
  }
  const entryImports = new Map();
  for (const entry of ['out/main/index.js', 'out/preload/index.cjs']) {
    if (!files.includes(entry)) continue;
    entryImports.set(entry, importedSpecifiers(asar.extractFile(archive, entry).toString('utf8')));
  }
  const unpacked = entries.filter((entry) => entry.unpacked).map((entry) => entry.path);
  const target = { platform: 'linux', arch: arch === Arch.arm64 ? 'arm64' : 'x64' };
  const audit = auditAsar({
    files,
    appManifest: files.includes('package.json') ? readJson('package.json') : {},
    manifests,
    entryImports,
    unpacked,
    target,
  });
  // The header marks a file unpacked; Electron then reads it from this folder.
  for (const file of unpacked) {
    if (!existsSync(join(appOutDir, 'resources', 'app.asar.unpacked', file))) {
      audit.problems.push(`${file} is marked unpacked but missing from app.asar.unpacked`);
    }
  }
  const native = allowedNativeModule(target);
  const nativeEntry = entries.find((entry) => entry.path === native.binary);
  for (const file of EXTRA_RESOURCES) {
    if (!existsSync(join(appOutDir, 'resources', file))) {
      audit.problems.push(`missing resources/${file} (extraResources)`);
    }
  }

  for (const label of ['AppImage', 'deb']) {
    const text = desktopFiles.get(label);
    if (text === undefined) {
      audit.problems.push(`${label}: electron-builder computed no .desktop file`);
      continue;
    }
    writeFileSync(join(temp, `${label}.desktop`), text);
    audit.problems.push(...desktopEntryProblems(label, text));
  }

  const listing = join(temp, 'app.asar.txt');
  writeFileSync(
    listing,
    entries.map((entry) => `${String(entry.size).padStart(9)}  ${entry.path}`).join('\n') + '\n',
  );
  const sizeKb = Math.round(readFileSync(archive).length / 1024);
  const outFiles = files.filter((file) => file.startsWith('out/')).length;

  console.log('\npackage:check');
  console.log(`  app.asar      ${sizeKb} KB, ${files.length} files (${outFiles} in out/)`);
  console.log(
    `  packages      ${audit.packages.map((dir) => dir.replace(/^node_modules\//, '')).join(', ')}`,
  );
  console.log(
    `  native        ${nativeEntry ? `${native.binary}, ${Math.round(nativeEntry.size / 1024)} KB, unpacked` : 'none'}`,
  );
  console.log(`  listing       ${listing}`);
  console.log(`  unpacked app  ${appOutDir}`);
  console.log(`  .desktop      ${join(temp, 'AppImage.desktop')}, ${join(temp, 'deb.desktop')}`);
  for (const warning of audit.warnings) console.log(`  warning: ${warning}`);
  if (audit.problems.length > 0) {
    fail(audit.problems.map((problem) => `  - ${problem}`).join('\n'));
  }
  console.log(`package:check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
