import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface WorkerServer {
  url: string;
  /** Requests served so far, by path. */
  served(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * The static server of e2e/harness/staticServer.ts, but in a worker thread:
 * the bench's own event loop (Playwright, the core, the probes) then never
 * delays a file, much as Electron reads file:// off the renderer's and
 * main's threads. Plain JavaScript, so the worker needs no TypeScript loader.
 */
const WORKER_SOURCE = `
const { createServer } = require('node:http');
const { createReadStream, existsSync, statSync } = require('node:fs');
const { extname, join, normalize } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wav': 'audio/wav',
};
const root = workerData.root;
const cache = workerData.cacheControl;
const served = {};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname);
  const file = normalize(join(root, path === '/' ? workerData.index : path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  served[path] = (served[path] || 0) + 1;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': cache });
  createReadStream(file).pipe(res);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'served') parentPort.postMessage({ served });
  if (m === 'close') server.close(() => parentPort.close());
});
`;

/**
 * Serves `directory` on loopback from a worker thread. `cacheControl` is
 * no-store by default (every load is a cold one); a cacheable value lets a
 * code-cache experiment see Chromium's V8 cache at work.
 */
export async function serveInWorker(
  directory: string,
  options: { index?: string; cacheControl?: string } = {},
): Promise<WorkerServer> {
  const root = resolve(directory);
  const index = options.index ?? 'prompt.html';
  if (!existsSync(join(root, index))) {
    throw new Error(`${root}/${index} is missing: run "npm run build" first`);
  }
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { root, index, cacheControl: options.cacheControl ?? 'no-store' },
  });
  const port = await new Promise<number>((done, fail) => {
    worker.once('message', (m: { port: number }) => done(m.port));
    worker.once('error', fail);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    served: () =>
      new Promise((done) => {
        worker.once('message', (m: { served: Record<string, number> }) => done(m.served));
        worker.postMessage('served');
      }),
    close: async () => {
      worker.postMessage('close');
      await new Promise((done) => worker.once('exit', done));
    },
  };
}
