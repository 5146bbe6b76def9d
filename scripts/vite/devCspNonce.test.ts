import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer, resolveConfig, type InlineConfig, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import electronViteConfig from '../../electron.vite.config';
import { CHROMIUM_ARGS } from '../../e2e/playwright.config';
import { addNonceToCsp, devCspNonce } from './devCspNonce';

const root = join(import.meta.dirname, '../..');
const sourceHtml = readFileSync(join(root, 'renderer/window.html'), 'utf8');
const cacheDir = mkdtempSync(join(tmpdir(), 'decompress-vite-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The renderer section of electron.vite.config.ts, as `npm run dev` serves it. */
function rendererConfig(): InlineConfig {
  const renderer = typeof electronViteConfig === 'object' ? electronViteConfig.renderer : null;
  if (!renderer || typeof renderer !== 'object' || !('root' in renderer)) {
    throw new Error('electron.vite.config.ts has no renderer object');
  }
  return { ...renderer, configFile: false, cacheDir, logLevel: 'silent' };
}

function cspOf(html: string): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSP in the page');
  return match[1];
}

describe('the dev CSP nonce', () => {
  it('allows the nonce in script-src and style-src only, leaving the other directives as written', () => {
    const policy = cspOf(addNonceToCsp(sourceHtml, 'abc123'));
    expect(policy).toBe(
      "default-src 'none'; script-src 'self' 'nonce-abc123'; style-src 'self' 'nonce-abc123'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'",
    );
    expect(policy).not.toContain('unsafe-inline');
  });

  it('refuses a page without a CSP instead of serving it unprotected', () => {
    expect(() => addNonceToCsp('<html><head></head></html>', 'x')).toThrow(
      /no Content-Security-Policy/,
    );
  });

  it('is not part of the build, so the built CSP stays exactly as strict', async () => {
    const built = await resolveConfig(rendererConfig(), 'build', 'production');
    expect(built.plugins.map((p) => p.name)).not.toContain(devCspNonce().name);
    expect(built.html?.cspNonce).toBeUndefined();
    const served = await resolveConfig(rendererConfig(), 'serve', 'development');
    expect(served.plugins.map((p) => p.name)).toContain(devCspNonce().name);
    expect(served.html?.cspNonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });

  it(
    'serves the renderer in Chromium with its styles applied and no CSP violation',
    { timeout: 90_000 },
    async () => {
      let server: ViteDevServer | null = null;
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      try {
        server = await createServer({
          ...rendererConfig(),
          server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: { host: '127.0.0.1' } },
        });
        await server.listen();
        const url = server.resolvedUrls?.local[0];
        if (!url) throw new Error('the dev server did not say where it listens');

        const page = await browser.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            const report: unknown = Reflect.get(window, 'reportViolation');
            if (typeof report === 'function') {
              (report as (text: string) => void)(
                `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
              );
            }
          });
        });
        await page.goto(`${url}safety.html#/safety`);

        // base.css arrives as a <style> the dev client injects; applied, it sets the page's font.
        await page.waitForFunction(
          () => document.querySelector('style[data-vite-dev-id]') !== null,
        );
        const style = await page.evaluate(() => {
          const injected = document.querySelector('style[data-vite-dev-id]');
          return {
            nonce: injected instanceof HTMLStyleElement ? injected.nonce : '',
            bodyMargin: getComputedStyle(document.body).margin,
            fontFamily: getComputedStyle(document.body).fontFamily,
          };
        });
        expect(style.nonce).not.toBe('');
        expect(style.bodyMargin).toBe('0px');
        expect(style.fontFamily).not.toBe('Times New Roman');
        // React's refresh preamble is an inline script; it ran if it defined its hook.
        expect(await page.evaluate(() => typeof Reflect.get(window, '$RefreshReg$'))).toBe(
          'function',
        );
        expect(violations).toEqual([]);
      } finally {
        await browser.close();
        await server?.close();
      }
    },
  );
});
