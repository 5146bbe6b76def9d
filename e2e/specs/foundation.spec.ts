import { expect, test } from '../harness/fixtures';

test.describe('foundation: bridge, router and windows', () => {
  test('a window calls the core through the bridge and shows the answer', async ({ harness }) => {
    const page = await harness.openWindow('history');
    await expect(page.getByTestId('app-info')).toHaveText('Decompress 0.0.0-harness');
    await harness.screenshot(page, 'foundation-bridge');
  });

  test('the bridge exposes exactly one method per contract channel plus on()', async ({
    harness,
  }) => {
    const page = await harness.openWindow('history');
    const keys = await page.evaluate(() => Object.keys(window.decompress).sort());
    expect(keys).toContain('getSettings');
    expect(keys).toContain('on');
    expect(keys).not.toContain('invoke');
  });

  test('a bad payload is refused with a clear error and changes nothing on disk', async ({
    harness,
  }) => {
    const page = await harness.openWindow('settings');
    const before = harness.core.settings.get().intervalMinutes;
    // The refusal reaches the page as data, whole: the field and the schema's own limit.
    const result = await page.evaluate(() =>
      window.decompress.updateSettings({ intervalMinutes: -5 }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        issue: {
          path: ['intervalMinutes'],
          problem: { code: 'too_small', origin: 'number', minimum: 10, inclusive: true },
        },
      },
    });
    expect(harness.core.settings.get().intervalMinutes).toBe(before);
  });

  test('a page that is not an app window is refused', async ({ harness }) => {
    const stranger = await harness.context.newPage();
    await stranger.goto('about:blank');
    const result = await stranger.evaluate(() =>
      (
        (window as unknown as Record<string, unknown>).__decompressInvoke as (
          c: string,
          a: unknown,
        ) => Promise<{ ok: boolean; error?: { code: string } }>
      )('getSettings', undefined),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden-sender',
        message: 'Calls are only accepted from Decompress windows',
      },
    });
  });

  test('closeWindow from the page closes that window', async ({ harness }) => {
    const page = await harness.openWindow('history');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(harness.core.settings.get()).toBeTruthy();
  });
});
