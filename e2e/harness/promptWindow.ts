import type { Page } from '@playwright/test';
import type { Harness } from './harness';
import { expect } from './fixtures';

/** The quiet prompt's window (main/shell/windowOptions.ts). */
export const QUIET_PROMPT = { width: 380, height: 220 };

/** Moves the core's clock to `at` (a due reminder) and returns the prompt it opens, at its window's size. */
export async function duePromptAt(harness: Harness, at: number): Promise<Page> {
  await harness.setTo(at);
  const page = await harness.waitForWindow('prompt');
  await page.setViewportSize(QUIET_PROMPT);
  return page;
}

/**
 * The content fits the window: nothing is cut off or needs scrolling.
 * Polled until the page settles: one look right after a resize or a new
 * state can still see the old layout (CI saw that in the cue's window).
 */
export async function expectToFit(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const root = document.documentElement;
        return root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth;
      }),
    )
    .toBe(true);
}
