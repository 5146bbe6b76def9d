import { defineConfig } from '@playwright/test';

/**
 * The built app, driven end to end (`npm run test:app`): on the Electron
 * stand-in here, on a real Electron binary under `npm run test:electron`.
 * Each test launches its own app process and Chromium, so two at a time.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: '../../test-results/app',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
});
