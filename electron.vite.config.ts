import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { devCspNonce } from './scripts/vite/devCspNonce';
import { windowPages } from './scripts/vite/windowPages';
import { ROUTES, windowPage } from './shared/routes';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      minify: true,
      // A sandboxed preload cannot require anything but 'electron', so it is
      // bundled as one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(root, 'main/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    // windowPages makes each window's page from renderer/window.html; devCspNonce
    // lets the dev server's inline CSS and React preamble past the CSP (dev only).
    plugins: [windowPages(resolve(root, 'renderer')), react(), devCspNonce()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves output unminified; the routine window's first
      // load is budgeted in gzip bytes, so minify.
      minify: true,
      sourcemap: false,
      // One page per window, made by windowPages (renderer/boot.tsx says why).
      rollupOptions: {
        input: Object.fromEntries(
          ROUTES.map((route) => [route, resolve(root, 'renderer', windowPage(route))]),
        ),
        // React and react-dom in a chunk of their own: every window needs them,
        // and the bench can then say how much of a window's first load is
        // React's (most of it) and how much is ours.
        output: {
          manualChunks: (id: string) =>
            /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) ? 'react' : undefined,
        },
      },
    },
  },
});
