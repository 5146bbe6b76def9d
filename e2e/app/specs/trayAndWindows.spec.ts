import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { settledSettings } from '../support/settings';

test.describe('the built app: tray and windows', () => {
  test('the tray menu starts a routine in a window that sees the bridge and nothing else', async () => {
    const run = await launchApp({ settings: settledSettings() });
    await run.ready();
    await expect.poll(() => run.desktop((d) => d.tray.exists())).toBe(true);
    const labels = (await run.desktop((d) => d.tray.menu())).map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Start Quick seated reset now',
        'Start a routine',
        'Pause reminders',
        'Settings…',
        'History…',
        'Quit Decompress',
      ]),
    );

    await run.desktop((d) => d.tray.click('Start Quick seated reset now'));
    const routine = await run.window('routine');
    await expect(routine.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const seen = await routine.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        bridge: typeof w.decompress,
        methods: Object.keys(w.decompress as object).length,
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        ipcRenderer: typeof w.ipcRenderer,
        electron: typeof w.electron,
      };
    });
    expect(seen).toEqual({
      bridge: 'object',
      methods: seen.methods,
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
    });
    expect(seen.methods).toBeGreaterThan(10);
    // Nothing but the bridge was added to the page's global scope.
    const added = await routine.evaluate(() => {
      const blank = document.createElement('iframe');
      document.body.append(blank);
      const base = new Set(Object.getOwnPropertyNames(blank.contentWindow));
      blank.remove();
      return Object.getOwnPropertyNames(window).filter(
        // zod 4, bundled into the renderer itself, keeps its config on globalThis.
        (k) => !base.has(k) && !k.startsWith('__playwright') && !k.startsWith('__zod_'),
      );
    });
    expect(added).toEqual(['decompress']);
    await run.app.close();
  });

  test('every window has its own title, and a theme switch changes the tray glyph', async () => {
    const run = await launchApp({ settings: settledSettings() });
    await run.ready();
    await expect.poll(() => run.desktop((d) => d.tray.exists())).toBe(true);
    expect(await run.desktop((d) => d.tray.image())).toMatch(/normal\/tray-on-light\.png$/);

    await run.desktop((d) => d.setSystemDark(true));
    await expect
      .poll(() => run.desktop((d) => d.tray.image()))
      .toMatch(/normal\/tray-on-dark\.png$/);

    await run.desktop((d) => d.tray.click('Settings…'));
    await run.window('settings');
    await run.desktop((d) => d.tray.click('History…'));
    await run.window('history');
    await expect
      .poll(() =>
        run.desktop((d) =>
          d
            .windows()
            .map((w) => w.title)
            .sort(),
        ),
      )
      .toEqual(['Decompress history', 'Decompress settings']);
    await run.app.close();
  });
});

test.describe('the built app: Chromium switches', () => {
  test('Linux gets the speech-dispatcher switch before ready, so spoken cues can find a voice', async () => {
    const run = await launchApp({ settings: settledSettings() });
    await run.ready();
    const has = await run.app.evaluate(({ app }) =>
      app.commandLine.hasSwitch('enable-speech-dispatcher'),
    );
    expect(has).toBe(true);
    await run.app.close();
  });
});
