import { expect, test } from '@playwright/test';
import { launchApp, REAL_ELECTRON } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

test.describe('the built app: the posture cue window', () => {
  test('opens after 20 active minutes, small in the corner, on top, inactive; a page cannot open it; main closes it after 20 s', async () => {
    const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
    await run.ready();

    await run.tick(20 * MINUTE);
    const cue = await run.window('cue');
    await expect(cue.getByRole('heading', { name: 'Sit tall' })).toBeVisible();
    // The page can render before main's ready-to-show handler has shown the window.
    await expect.poll(() => run.desktop((d) => d.windows()[0]?.visible)).toBe(true);
    const [shown] = await run.desktop((d) => d.windows());
    expect(shown).toMatchObject({
      title: 'Decompress: posture',
      visible: true,
      focused: false,
      alwaysOnTop: true,
      resizable: false,
      focusable: true,
      // Electron has no getter for it; only the stand-in can say what the app asked.
      skipTaskbar: REAL_ELECTRON ? null : true,
    });
    // Bottom right of the work area, 16 px in from each edge, at the cue's own size.
    expect(shown?.bounds).toEqual({
      x: 1920 - 360 - 16,
      y: 1048 - 172 - 16,
      width: 360,
      height: 172,
    });

    // The cue is main's business: a page asking for it is refused, as data.
    const refused = await cue.evaluate(() => {
      // The page's bridge as a hostile page would call it: any argument, whatever the types say.
      const api = (window as unknown as Record<string, Record<string, (a: unknown) => unknown>>)
        .decompress;
      return api?.openWindow?.({ route: 'cue' });
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    expect(await run.desktop((d) => d.windows().length)).toBe(1);

    // 20 seconds later main closes it (the cue closes by itself).
    await run.tick(20_000);
    await expect.poll(() => run.desktop((d) => d.windows().length)).toBe(0);
    await run.app.close();
  });
});
