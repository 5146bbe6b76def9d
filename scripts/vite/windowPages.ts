import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ROUTES, windowPage, type Route } from '../../shared/routes';

/** Where renderer/window.html takes each window's entry script. */
const ENTRY_MARK = '%WINDOW_ENTRY%';

/** One window's page: the one template with that window's entry (renderer/windows/<route>.tsx). */
export function windowPageHtml(template: string, route: Route): string {
  if (!template.includes(ENTRY_MARK)) {
    throw new Error(`renderer/window.html has no ${ENTRY_MARK} where the entry goes`);
  }
  return template.replace(ENTRY_MARK, `./windows/${route}.tsx`);
}

/**
 * Every window has a page of its own (renderer/boot.tsx says why), and all
 * of them are made from one template, renderer/window.html, so the
 * Content-Security-Policy and the rest of the head are written once and no
 * window can drift from them. The pages exist only in the build (as
 * out/renderer/<route>.html) and on the dev server; electron.vite.config.ts
 * names them as the build's inputs.
 */
export function windowPages(rendererDir: string): Plugin {
  const template = () => readFileSync(join(rendererDir, 'window.html'), 'utf8');
  const byPath = new Map<string, Route>(
    ROUTES.map((route) => [join(rendererDir, windowPage(route)), route]),
  );
  return {
    name: 'decompress:window-pages',
    enforce: 'pre',
    resolveId: (id) => (byPath.has(id) ? id : null),
    load(id) {
      const route = byPath.get(id);
      return route ? windowPageHtml(template(), route) : null;
    },
    configureServer(server) {
      // `npm run dev`: the dev server serves HTML from disk, where these pages are not.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
        const route = ROUTES.find((r) => path === `/${windowPage(r)}`);
        if (!route) {
          next();
          return;
        }
        server
          .transformIndexHtml(path, windowPageHtml(template(), route), req.originalUrl)
          .then((html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          })
          .catch(next);
      });
    },
  };
}
