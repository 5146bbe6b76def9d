import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { defaultSettings } from '../../shared/settings/defaults';
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
    const shape = await page.evaluate(() =>
      Object.entries(window.decompress)
        .map(([key, value]) => `${key}:${typeof value}`)
        .sort(),
    );
    expect(shape).toEqual([...CHANNEL_NAMES, 'on'].map((key) => `${key}:function`).sort());

    // Each method reaches its own channel, and only that one: every call is
    // seen by the router (a payload no channel accepts, so nothing runs).
    const reached: string[] = [];
    const route = harness.core.router.call.bind(harness.core.router);
    const PROBE = -1;
    harness.core.router.call = (channel, payload, ctx) => {
      // The window's own calls (settings, app info) may arrive meanwhile: only the probes count.
      if (payload === PROBE) reached.push(channel);
      return route(channel, payload, ctx);
    };
    const refused = await page.evaluate(
      async ({ names, probe }) => {
        const api = window.decompress as unknown as Record<
          string,
          (arg: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
        >;
        const outcomes: string[] = [];
        // The bridge never rejects: a refusal comes back as data (IpcResult).
        for (const name of names) {
          const method = api[name];
          if (!method) {
            outcomes.push('missing');
            continue;
          }
          const result = await method(probe);
          outcomes.push(result.ok ? 'accepted' : (result.error?.code ?? 'refused without a code'));
        }
        return outcomes;
      },
      { names: CHANNEL_NAMES, probe: PROBE },
    );
    expect(reached).toEqual(CHANNEL_NAMES);
    expect(refused).toEqual(CHANNEL_NAMES.map(() => 'bad-payload'));
    const off = await page.evaluate(() => typeof window.decompress.on('notice', () => undefined));
    expect(off).toBe('function');
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
    // The first run opened the welcome window; closing another leaves it be.
    const welcome = await harness.waitForWindow('welcome');
    const page = await harness.openWindow('history');
    await page.getByRole('button', { name: 'Close' }).click();
    await harness.closed(page);
    expect(harness.pageFor('history')).toBeUndefined();
    expect(welcome.isClosed()).toBe(false);
    expect(harness.pageFor('welcome')).toBe(welcome);
    // Closing a window changes nothing the core holds.
    expect(harness.core.settings.get()).toEqual(defaultSettings());
    // The route is free again: the next open is a fresh window that works.
    const reopened = await harness.openWindow('history');
    expect(reopened).not.toBe(page);
    await expect(reopened.getByTestId('app-info')).toHaveText('Decompress 0.0.0-harness');
  });
});
