import type { Page } from '@playwright/test';

/**
 * Presses down a key whose answer closes the window (Esc, Enter on a
 * closing button). The page can be gone before the key comes back up, and
 * Playwright may then reject the key press itself, sometimes before the
 * page's close event has arrived: a window that closes is the expected
 * outcome, so that rejection counts only if the window stays open.
 */
export async function pressClosingKey(page: Page, key: string): Promise<void> {
  try {
    await page.keyboard.down(key);
  } catch (err) {
    if (page.isClosed()) return;
    const closed = await page
      .waitForEvent('close', { timeout: 10_000 })
      .then(() => true)
      .catch(() => page.isClosed());
    if (!closed) throw err;
  }
}
