import { expect, test } from '@playwright/test';
import { launchApp, REAL_ELECTRON } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

test.describe('the built app: a due reminder', () => {
  test('the heads-up, then the prompt shown inactive and on top; Snooze, then Start, through the real preload', async () => {
    const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
    await run.ready();

    await run.tick(44 * MINUTE + 30_000);
    const notes = await run.desktop((d) => d.notifications.list());
    expect(notes.map((n) => n.title)).toEqual(['Break in 30 seconds']);
    // Electron shows no notification buttons on Linux, whatever the app asks for.
    expect(notes[0]?.actionLabels).toEqual([]);
    expect(await run.desktop((d) => d.windows().length)).toBe(0);

    await run.tick(30_000);
    const prompt = await run.window('prompt');
    await expect(prompt.getByRole('heading', { name: 'Time for a break' })).toBeVisible();
    // The page can render before main's ready-to-show handler has shown and
    // cued the window: wait for the window's state, not the page's.
    await expect.poll(() => run.desktop((d) => d.windows()[0]?.visible)).toBe(true);
    const [shown] = await run.desktop((d) => d.windows());
    expect(shown).toMatchObject({
      title: 'Time to decompress',
      visible: true,
      focused: false,
      alwaysOnTop: true,
      // Electron has no getter for it; only the stand-in can say what the app asked.
      skipTaskbar: REAL_ELECTRON ? null : true,
    });
    // Bottom right of the work area, 16 px in from each edge.
    expect(shown?.bounds).toEqual({
      x: 1920 - 380 - 16,
      y: 1048 - 220 - 16,
      width: 380,
      height: 220,
    });
    expect(await run.desktop((d) => d.tray.tooltip())).toBe('Decompress: Time for a break');

    await prompt.getByRole('button', { name: /^Snooze/ }).click();
    await expect.poll(() => run.desktop((d) => d.windows().length)).toBe(0);
    expect(await run.desktop((d) => d.tray.tooltip())).toBe('Decompress: Snoozed until 09:50');

    await run.tick(5 * MINUTE);
    const again = await run.window('prompt');
    await again.getByRole('button', { name: /^Start/ }).click();
    const routine = await run.window('routine');
    await expect(routine.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect
      .poll(() => run.desktop((d) => d.windows().map((w) => w.title)))
      .toEqual(['Decompress: routine']);
    await run.app.close();
  });

  test('clicking the heads-up notification opens the prompt, even after a garbage collection', async () => {
    const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
    await run.ready();
    await run.tick(44 * MINUTE + 30_000);
    // Electron lets go of a Notification nobody references: its click would reach no one.
    const clicked = await run.desktop((d) => {
      d.gc();
      return d.notifications.click('Break in 30 seconds');
    });
    expect(clicked).toBe(true);
    const prompt = await run.window('prompt');
    await expect(prompt.getByRole('heading', { name: 'Time for a break' })).toBeVisible();
    await run.app.close();
  });
});

test.describe('the built app: a due reminder on Wayland', () => {
  test('the prompt is not placed or pinned, but flashes and is announced by a notification whose click brings it forward', async () => {
    const run = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN,
      settings: settledSettings(),
      env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' },
    });
    await run.ready();
    await run.tick(45 * MINUTE);
    const prompt = await run.window('prompt');
    await expect(prompt.getByRole('heading', { name: 'Time for a break' })).toBeVisible();
    await expect.poll(() => run.desktop((d) => d.windows()[0]?.visible)).toBe(true);
    const [shown] = await run.desktop((d) => d.windows());
    // Where the compositor puts it (the stand-in centres new windows), not the corner.
    expect(shown?.bounds).toEqual({ x: 770, y: 414, width: 380, height: 220 });
    expect(shown?.alwaysOnTop).toBe(false);
    expect(shown?.flashed).toBe(REAL_ELECTRON ? null : true);
    expect((await run.desktop((d) => d.notifications.list())).map((n) => n.title)).toContain(
      'Time to decompress',
    );
    expect(await run.desktop((d) => d.notifications.click('Time to decompress'))).toBe(true);
    await expect.poll(() => run.desktop((d) => d.windows()[0]?.focused)).toBe(true);
    await run.app.close();
  });
});
