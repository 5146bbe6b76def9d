import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { devCspNonce } from './scripts/vite/devCspNonce';

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
    // devCspNonce lets the dev server's inline CSS and React preamble past the CSP (dev only).
    plugins: [react(), devCspNonce()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves output unminified; the routine window's first
      // load is budgeted in gzip bytes, so minify.
      minify: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
