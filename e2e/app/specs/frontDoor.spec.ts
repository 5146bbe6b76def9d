import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_DIR, STANDIN_BINARY } from '../support/launch';
import { storedZip } from '../support/storedZip';

const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(REPO_DIR, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const ZIP_NAME = `electron-v${ELECTRON_VERSION}-linux-x64.zip`;

/** What a person has after `git clone` and `npm install`: the sources, and an electron package without its binary. */
function freshInstall(): string {
  const project = mkdtempSync(join(tmpdir(), 'decompress-fresh-'));
  for (const entry of [
    'package.json',
    'package-lock.json',
    'electron.vite.config.ts',
    'tsconfig.json',
    'tsconfig.base.json',
    'tsconfig.node.json',
    'tsconfig.web.json',
    'tsconfig.tools.json',
    'main',
    'renderer',
    'shared',
    'resources',
    'scripts',
  ]) {
    cpSync(join(REPO_DIR, entry), join(project, entry), { recursive: true });
  }
  // npm install's result, hard-linked (fast, no copy); the electron package gets a real
  // copy, since the fetch writes into it, and goes in as npm leaves it: no dist, no path.txt.
  const linked = spawnSync('cp', [
    '-al',
    join(REPO_DIR, 'node_modules'),
    join(project, 'node_modules'),
  ]);
  if (linked.status !== 0) throw new Error(`cp -al failed: ${String(linked.stderr)}`);
  const electronDir = join(project, 'node_modules', 'electron');
  rmSync(electronDir, { recursive: true, force: true });
  cpSync(join(REPO_DIR, 'node_modules', 'electron'), electronDir, {
    recursive: true,
    filter: (source) => !/[/\\]electron[/\\](dist|path\.txt)$/.test(source),
  });
  return project;
}

/** A mirror in Electron's release layout serving a stand-in build instead of Electron's. */
async function startMirror(): Promise<{ url: string; requests: string[]; server: Server }> {
  const launcher = `#!/bin/sh\nexec "${STANDIN_BINARY}" "$@"\n`;
  const zip = storedZip([
    { name: 'electron', data: Buffer.from(launcher), mode: 0o755 },
    { name: 'version', data: Buffer.from(ELECTRON_VERSION), mode: 0o644 },
  ]);
  const sums = `${createHash('sha256').update(zip).digest('hex')} *${ZIP_NAME}\n`;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `/v${ELECTRON_VERSION}/${ZIP_NAME}`) {
      res
        .writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length })
        .end(zip);
    } else if (req.url === `/v${ELECTRON_VERSION}/SHASUMS256.txt`) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(sums);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests, server };
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

interface NpmRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * `npm start` in the project, as a person types it. Resolves when it exits
 * or, once `until` shows up in its output, after stopping it (the app is a
 * tray app: it runs until quit).
 */
function npmStart(project: string, env: Record<string, string>, until?: RegExp): Promise<NpmRun> {
  const home = join(project, '.home');
  mkdirSync(join(home, '.config'), { recursive: true });
  const child = spawn('npm', ['start'], {
    cwd: project,
    detached: true,
    env: {
      ...(process.env as Record<string, string>),
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      npm_config_cache: join(tmpdir(), 'decompress-npm-cache-unused'),
      DECOMPRESS_USER_DATA: join(project, '.userData'),
      DBUS_SESSION_BUS_ADDRESS: '',
      electron_config_cache: join(project, '.electron-cache'),
      STANDIN_TRACE: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: NpmRun = { stdout: '', stderr: '', code: null };
  return new Promise((resolve) => {
    const check = () => {
      if (until && until.test(run.stdout + run.stderr) && child.pid) {
        until = undefined;
        // npm, the shell, electron-vite and the app form one process group.
        process.kill(-child.pid, 'SIGTERM');
      }
    };
    child.stdout.on('data', (d: Buffer) => ((run.stdout += d.toString()), check()));
    child.stderr.on('data', (d: Buffer) => ((run.stderr += d.toString()), check()));
    child.once('exit', (code) => {
      run.code = code;
      resolve(run);
    });
  });
}

test.describe.serial('the front door: npm install && npm start', { tag: '@front-door' }, () => {
  let project = '';
  test.beforeAll(() => {
    project = freshInstall();
  });
  test.afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  test('with an unreachable mirror, npm start says in one line what failed and what to do', async () => {
    const run = await npmStart(project, {
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      electron_use_remote_checksums: '1',
    });
    expect(run.code).not.toBe(0);
    // npm adds its own "npm error" lines after a failed script; ours is the rest.
    const ours = run.stderr
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('npm error'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(
      new RegExp(
        `^Decompress: could not fetch Electron ${ELECTRON_VERSION.replace(/\./g, '\\.')} from 127\\.0\\.0\\.1:\\d+ \\(connection refused\\)\\. .*ELECTRON_MIRROR`,
      ),
    );
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(project, 'node_modules', 'electron', 'path.txt'))).toBe(false);
  });

  test('on a fresh install, npm start fetches Electron from the mirror and launches it with the app', async () => {
    const mirror = await startMirror();
    try {
      const run = await npmStart(
        project,
        { ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' },
        /standin: window \d+ loaded file:\/\/.*\/out\/renderer\/welcome\.html#\/welcome/,
      );
      expect(run.stdout).toContain(`Decompress: fetching Electron ${ELECTRON_VERSION}`);
      expect(run.stdout).toContain(`Decompress: Electron ${ELECTRON_VERSION} is ready.`);
      // The archive, checked against the mirror's own checksums, then unpacked where electron-vite looks.
      expect([...mirror.requests].sort()).toEqual([
        `/v${ELECTRON_VERSION}/SHASUMS256.txt`,
        `/v${ELECTRON_VERSION}/${ZIP_NAME}`,
      ]);
      expect(readFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe(
        'electron',
      );
      // What ran was the binary from the mirror, on this project's freshly built app.
      expect(run.stderr).toContain('standin: ready (Decompress');
      expect(run.stderr).toMatch(
        new RegExp(
          `standin: window 1 loaded file://${project}/out/renderer/welcome\\.html#/welcome`,
        ),
      );
    } finally {
      mirror.server.close();
    }
  });
});
