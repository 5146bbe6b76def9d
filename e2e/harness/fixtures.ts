import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startHarness, type Harness, type HarnessOptions } from './harness';
import { serveDirectory } from './staticServer';

const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/**
 * `harness` starts a fresh core with its own temp settings directory for each
 * test; `start` starts more (e.g. to simulate a relaunch on the same files).
 */
export const test = base.extend<
  {
    harnessOptions: HarnessOptions;
    harness: Harness;
    start: (options?: HarnessOptions) => Promise<Harness>;
  },
  { rendererUrl: string }
>({
  rendererUrl: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveDirectory(RENDERER_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  harnessOptions: [{}, { option: true }],
  start: async ({ browser, rendererUrl }, use) => {
    const started: Harness[] = [];
    await use(async (options) => {
      const h = await startHarness(browser, rendererUrl, options);
      started.push(h);
      return h;
    });
    for (const h of started) await h.close(true);
  },
  harness: async ({ start, harnessOptions }, use) => {
    await use(await start(harnessOptions));
  },
});

export { expect } from '@playwright/test';
