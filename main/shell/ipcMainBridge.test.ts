import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, wireChannel } from '../../shared/ipc/contract';
import type { Router } from '../core/ipc/router';
import { isAppUrl, registerIpc } from './ipcMainBridge';
import { ipcMain, resetElectronMock } from './testing/electronMock';

vi.mock('electron', () => import('./testing/electronMock'));

describe('ipcMain registration', () => {
  beforeEach(() => resetElectronMock());

  it('registers exactly one handler per contract channel, and removes them all', () => {
    const router: Router = { call: vi.fn() };
    const unregister = registerIpc(router, () => null);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(wireChannel).sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('passes a stranger to the router as null so it is refused', async () => {
    const call = vi.fn().mockResolvedValue({ ok: false });
    registerIpc({ call }, () => null);
    await ipcMain.handlers.get(wireChannel('getSettings'))?.({ sender: { id: 99 } }, undefined);
    expect(call).toHaveBeenCalledWith('getSettings', undefined, null);
  });

  it('passes an identified window through with its route', async () => {
    const call = vi.fn().mockResolvedValue({ ok: true });
    registerIpc({ call }, () => ({ route: 'history', windowId: 3 }));
    await ipcMain.handlers.get(wireChannel('openWindow'))?.({}, { route: 'settings' });
    expect(call).toHaveBeenCalledWith(
      'openWindow',
      { route: 'settings' },
      { route: 'history', windowId: 3 },
    );
  });
});

describe('app URL check', () => {
  const pages = 'file:///opt/Decompress/resources/app.asar/out/renderer';
  const built = { pageFileUrls: [`${pages}/prompt.html`, `${pages}/settings.html`] };
  it('accepts each built window page, whatever its hash', () => {
    expect(isAppUrl(`${pages}/settings.html#/settings`, built)).toBe(true);
    expect(isAppUrl(`${pages}/prompt.html`, built)).toBe(true);
  });
  it('refuses other files, other schemes and garbage', () => {
    expect(isAppUrl('file:///tmp/evil.html', built)).toBe(false);
    expect(isAppUrl(`${pages}/index.html`, built)).toBe(false);
    expect(isAppUrl(`${pages}/assets/prompt.html`, built)).toBe(false);
    expect(isAppUrl('https://example.com/out/renderer/index.html', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
  });
  it('accepts only the dev server origin in development', () => {
    const dev = { ...built, devUrl: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/#/prompt', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/#/prompt', dev)).toBe(false);
  });
});
