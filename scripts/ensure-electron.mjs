#!/usr/bin/env node
// Runs before every command that starts Electron (npm start, npm run dev,
// npm run dist, npm run test:electron). Since Electron 43 the electron
// package no longer fetches its binary at install time: its index.js does it
// on the first require('electron'), which electron-vite never makes (it
// reads node_modules/electron/path.txt itself and fails with "Electron
// uninstall"). So fetch it here, with the electron package's own installer,
// which keeps ELECTRON_MIRROR, electron_config_cache, proxies
// (ELECTRON_GET_USE_PROXY) and remote checksums working as documented.
//
//   node scripts/ensure-electron.mjs             fetch if missing; exit 1 with one line if it cannot
//   node scripts/ensure-electron.mjs --optional  same, but exit 3 ("not available") instead of 1
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NODE_WANTED = [22, 12];
const optional = process.argv.includes('--optional');
const require = createRequire(import.meta.url);

function say(line) {
  process.stdout.write(`Decompress: ${line}\n`);
}

function nodeIsOld() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major < NODE_WANTED[0] || (major === NODE_WANTED[0] && minor < NODE_WANTED[1]);
}

if (nodeIsOld()) {
  say(
    `Electron 45's tools ask for Node.js ${NODE_WANTED.join('.')} or newer; this is ${process.version}. ` +
      'Decompress is tested on both and should run; if a step fails, switch to the version in .nvmrc (nvm use).',
  );
}

let electronDir;
try {
  electronDir = dirname(require.resolve('electron/package.json'));
} catch {
  process.stderr.write(
    'Decompress: the electron package is not installed. Run npm install first.\n',
  );
  process.exit(optional ? 3 : 1);
}
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

/** Where Electron's binary lives inside its zip, per OS (the electron package's own rule). */
function platformPath() {
  const platform =
    process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform;
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function installed() {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  try {
    const distVersion = readFileSync(join(dist, 'version'), 'utf8').trim().replace(/^v/, '');
    const pathTxt = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return distVersion === version && pathTxt === platformPath() && existsSync(join(dist, pathTxt));
  } catch {
    return false;
  }
}

/** The mirror, by host only: a mirror URL may carry credentials. */
function mirrorHost() {
  const mirror =
    process.env.ELECTRON_MIRROR ||
    process.env.npm_config_electron_mirror ||
    process.env.NPM_CONFIG_ELECTRON_MIRROR;
  if (!mirror) return 'github.com';
  try {
    return new URL(mirror).host || mirror;
  } catch {
    return mirror;
  }
}

/** The installer prints a stack; the person needs its first line, without the error class. */
function reasonFrom(stderr) {
  const first = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at '));
  if (!first) return 'no reason given';
  const reason = first.replace(/^([A-Za-z]*Error|Error)(\s*\[[^\]]*\])?:\s*/, '');
  return reason.length > 200 ? `${reason.slice(0, 197)}...` : reason;
}

const CAUSES = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  CERT_HAS_EXPIRED: 'certificate expired',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted certificate (a proxy?)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted certificate (a proxy?)',
};

/**
 * Node's fetch says only "fetch failed" and the installer drops the cause,
 * so ask the mirror once more to learn why (refused, unknown host, timeout).
 */
async function networkCause() {
  const mirror =
    process.env.ELECTRON_MIRROR ||
    process.env.npm_config_electron_mirror ||
    process.env.NPM_CONFIG_ELECTRON_MIRROR ||
    'https://github.com/electron/electron/releases/download/';
  try {
    await fetch(mirror, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return null;
  } catch (err) {
    if (err?.name === 'TimeoutError') return 'timed out';
    const code = err?.cause?.code;
    return CAUSES[code] ?? code ?? err?.cause?.message ?? null;
  }
}

if (installed()) process.exit(0);

say(`fetching Electron ${version} for this machine (once, about 100 MB)...`);
const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
});
if (result.status === 0 && installed()) {
  say(`Electron ${version} is ready.`);
  process.exit(0);
}
let reason = reasonFrom(result.stderr ?? '');
if (/fetch failed/i.test(reason)) reason = (await networkCause()) ?? reason;
process.stderr.write(
  `Decompress: could not fetch Electron ${version} from ${mirrorHost()} (${reason}). ` +
    'Check the network or proxy (ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY), or set ELECTRON_MIRROR to a mirror you can reach, then run the command again.\n',
);
process.exit(optional ? 3 : 1);
