import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

/** The directives the dev server writes inline into the page: its CSS and React's refresh preamble. */
const NONCED_DIRECTIVES = ['script-src', 'style-src'] as const;

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/**
 * Adds `'nonce-…'` to script-src and style-src of the page's CSP meta tag and
 * leaves every other directive as written. Throws when the page has no CSP:
 * serving without one would hide exactly the problems this exists for.
 */
export function addNonceToCsp(html: string, nonce: string): string {
  if (!CSP_META.test(html)) throw new Error('the page has no Content-Security-Policy meta tag');
  return html.replace(CSP_META, (_match, open: string, policy: string, close: string) => {
    const directives = policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    const rewritten = directives.map((directive) => {
      const [name] = directive.split(/\s+/);
      return NONCED_DIRECTIVES.some((n) => n === name)
        ? `${directive} 'nonce-${nonce}'`
        : directive;
    });
    return `${open}${rewritten.join('; ')}${close}`;
  });
}

/**
 * `npm run dev` under the renderer's real CSP. Vite's dev server injects
 * imported CSS as <style> elements and @vitejs/plugin-react adds an inline
 * preamble <script>; `script-src 'self'; style-src 'self'` blocks both, so
 * dev windows were unstyled and React never started. With `html.cspNonce`
 * Vite puts a nonce on every script and style it writes (and on the styles
 * its client injects later, read from the csp-nonce meta tag); this plugin
 * sets a fresh nonce each time the dev server starts and allows exactly that
 * nonce in the CSP. Serve only: the built pages keep their CSP unchanged,
 * with no nonce and no 'unsafe-inline'.
 */
export function devCspNonce(): Plugin {
  let nonce = '';
  return {
    name: 'decompress:dev-csp-nonce',
    apply: 'serve',
    config() {
      nonce = randomBytes(18).toString('base64');
      return { html: { cspNonce: nonce } };
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => addNonceToCsp(html, nonce),
    },
  };
}
