import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import electronViteConfig from '../../electron.vite.config';
import { ROUTES, windowPage, type Route } from '../../shared/routes';
import { windowPageHtml } from './windowPages';

const root = join(import.meta.dirname, '../..');
const template = readFileSync(join(root, 'renderer/window.html'), 'utf8');

/** The renderer's one policy: every page must carry exactly this, or one window is less protected. */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'";

const policiesOf = (html: string) =>
  [...html.matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((m) => m[1]);
const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

describe('a window page made from the template', () => {
  it.each(ROUTES)('the %s page carries the one policy, no title, and its own entry', (route) => {
    const html = withoutComments(windowPageHtml(template, route));
    expect(policiesOf(html)).toEqual([POLICY]);
    // A <title> would name the window before renderer/boot.tsx sets its own.
    expect(html).not.toMatch(/<title/i);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      `<script type="module" src="./windows/${route}.tsx">`,
    ]);
    expect(readFileSync(join(root, `renderer/windows/${route}.tsx`), 'utf8')).toMatch(
      new RegExp(`openWindow\\('${route}', \\w+Screen\\);`),
    );
  });

  it('refuses a template that lost the mark, instead of making pages with no script', () => {
    expect(() => windowPageHtml('<html><body></body></html>', 'prompt')).toThrow(
      /no %WINDOW_ENTRY%/,
    );
  });
});

describe('the renderer build, through the real Vite', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'decompress-pages-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  beforeAll(async () => {
    const renderer = typeof electronViteConfig === 'object' ? electronViteConfig.renderer : null;
    if (!renderer || typeof renderer !== 'object' || !('build' in renderer)) {
      throw new Error('electron.vite.config.ts has no renderer object');
    }
    const config: InlineConfig = {
      ...renderer,
      configFile: false,
      logLevel: 'silent',
      build: { ...renderer.build, outDir, emptyOutDir: true },
    };
    await build(config);
  }, 180_000);

  const built = (route: Route) => readFileSync(join(outDir, windowPage(route)), 'utf8');
  /** The scripts a page loads at once: its entry and every chunk it preloads. */
  const scriptsOf = (html: string) =>
    [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');

  it('writes one page per window and no other', () => {
    const pages = readdirSync(outDir).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(ROUTES.map(windowPage).sort());
  });

  it.each(ROUTES)('the built %s page keeps the policy and lists its chunks up front', (route) => {
    const html = built(route);
    expect(policiesOf(html)).toEqual([POLICY]);
    const scripts = scriptsOf(html);
    // Its own entry, and React with it: no second round of fetches after the first script runs.
    expect(scripts.some((s) => s.startsWith(`${route}-`))).toBe(true);
    expect(scripts.some((s) => s.startsWith('react-'))).toBe(true);
  });

  it('the prompt page loads none of the settings or history code', () => {
    const scripts = scriptsOf(built('prompt'));
    expect(scripts.filter((s) => /^(settings|history|welcome)-/.test(s))).toEqual([]);
  });
});
