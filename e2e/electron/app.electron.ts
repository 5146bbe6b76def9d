import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

const appDir = join(import.meta.dirname, '..', '..');

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'decompress-electron-'));
  app = await electron.launch({
    args: [appDir],
    ...(process.env.ELECTRON_BINARY ? { executablePath: process.env.ELECTRON_BINARY } : {}),
    env: { ...process.env, DECOMPRESS_USER_DATA: userData, DECOMPRESS_TEST_HOOKS: '1' },
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
});

/** Clicks a tray menu item the way the tray would: through the main process's tray action. */
async function trayAction(action: string): Promise<void> {
  await app.evaluate((_electron, a) => {
    const hooks = (globalThis as unknown as { __decompressTest?: { trayAction(x: string): void } })
      .__decompressTest;
    if (!hooks) throw new Error('test hooks missing');
    hooks.trayAction(a);
  }, action);
}

async function windowWithHash(hash: string): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    const page = app.windows().find((w) => w.url().endsWith(`#/${hash}`));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no #/${hash} window`);
}

test('first launch shows the welcome window, sandboxed, with the bridge only', async () => {
  const welcome = await windowWithHash('welcome');
  await expect(welcome.locator('h1').first()).toBeVisible();
  const exposed = await welcome.evaluate(() => ({
    bridge: typeof window.decompress.getSettings,
    node: typeof (globalThis as unknown as { process?: unknown }).process,
    require: typeof (globalThis as unknown as { require?: unknown }).require,
  }));
  expect(exposed).toEqual({ bridge: 'function', node: 'undefined', require: 'undefined' });
});

test('the tray opens Settings, and closing it destroys the window', async () => {
  await trayAction('settings');
  const settings = await windowWithHash('settings');
  await expect(settings.locator('h1').first()).toBeVisible();
  await settings.close();
  await expect
    .poll(() => app.windows().filter((w) => w.url().endsWith('#/settings')).length)
    .toBe(0);
});

test('the tray starts a routine', async () => {
  await trayAction('start:quick-seated-reset');
  const page = await Promise.race([windowWithHash('routine'), windowWithHash('safety')]);
  await expect(page.locator('h1').first()).toBeVisible();
});
