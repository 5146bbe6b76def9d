import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { round, timeSpread, type Spread } from './stats';

/**
 * What the preload costs a window before its page runs: its size, and the
 * time to compile and run it cold (a fresh process or a fresh browser
 * context per load, so no code cache), in Node and in a Chromium page the
 * way the Electron stand-in runs it (as a document-start script wrapped in
 * `function (require, module, exports, process)`, with an `electron` that
 * only records what is exposed).
 */

export const BUILT_PRELOAD = join(import.meta.dirname, '..', 'out', 'preload', 'index.cjs');

export interface PreloadFigures {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** Compile + run in a fresh Node process (vm.compileFunction, as CommonJS loads it). */
  nodeColdMs: Spread;
  /** Compile + run as a document-start script in a fresh Chromium context. */
  pageColdMs: Spread;
}

/** Run in a fresh Node per load: compiles and runs the preload with a stand-in electron, prints ms. */
const NODE_LOADER = `
const { readFileSync } = require('node:fs');
const { compileFunction } = require('node:vm');
const { performance } = require('node:perf_hooks');
const source = readFileSync(process.argv[1], 'utf8');
const exposed = {};
const electron = {
  contextBridge: { exposeInMainWorld: (key, value) => { exposed[key] = value; } },
  ipcRenderer: { invoke: async () => ({ ok: true }), on() {}, removeListener() {} },
};
const started = performance.now();
const run = compileFunction(source, ['require', 'module', 'exports', 'process']);
const module = { exports: {} };
run((name) => { if (name === 'electron') return electron; throw new Error('no ' + name); }, module, module.exports, {});
const took = performance.now() - started;
if (typeof exposed.decompress?.getSettings !== 'function') throw new Error('the preload exposed no bridge');
process.stdout.write(String(took));
`;

function nodeColdLoad(file: string): number {
  return Number(execFileSync(process.execPath, ['-e', NODE_LOADER, file], { encoding: 'utf8' }));
}

/** The three document-start scripts: a mark, the preload as the stand-in wraps it, a mark and a report. */
function pageScripts(source: string): string[] {
  return [
    `window.__preloadStart = new PerformanceMark('preload-start').startTime;`,
    `(function (require, module, exports, process) {\n${source}\n})(
      (name) => {
        if (name !== 'electron') throw new Error('no ' + name);
        return {
          contextBridge: { exposeInMainWorld: (key, value) => { window[key] = value; } },
          ipcRenderer: { invoke: async () => ({ ok: true }), on() {}, removeListener() {} },
        };
      },
      { exports: {} }, {}, {});`,
    `console.debug('bench-preload ' + (typeof window.decompress?.getSettings === 'function' ? new PerformanceMark('preload-end').startTime - window.__preloadStart : -1));`,
  ];
}

async function pageColdLoad(browser: Browser, source: string): Promise<number> {
  const context = await browser.newContext();
  try {
    for (const content of pageScripts(source)) await context.addInitScript({ content });
    const page = await context.newPage();
    const reported = new Promise<number>((resolve) => {
      page.on('console', (message) => {
        const match = /^bench-preload (-?[\d.]+)$/.exec(message.text());
        if (match) resolve(Number(match[1]));
      });
    });
    await page.goto('data:text/html,<p>preload</p>');
    const ms = await reported;
    if (ms < 0) throw new Error('the preload exposed no bridge in the page');
    return ms;
  } finally {
    await context.close();
  }
}

/**
 * `loads` cold loads of each preload file, interleaved (so a busy spell of
 * the machine hits every file alike).
 */
export async function measurePreloads(
  browser: Browser,
  files: readonly string[],
  loads = 20,
): Promise<PreloadFigures[]> {
  const node = files.map((): number[] => []);
  const page = files.map((): number[] => []);
  for (let i = 0; i < loads; i++) {
    for (const [k, file] of files.entries()) {
      node[k]?.push(nodeColdLoad(file));
      page[k]?.push(await pageColdLoad(browser, readFileSync(file, 'utf8')));
    }
  }
  return files.map((file, k) => {
    const bytes = readFileSync(file);
    return {
      file,
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
      nodeColdMs: timeSpread(node[k] ?? []),
      pageColdMs: timeSpread(page[k] ?? []),
    };
  });
}

export const kbText = (bytes: number): string => `${round(bytes / 1024, 1)} KB`;
