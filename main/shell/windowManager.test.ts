import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock, type MockWebContents } from './testing/electronMock';
import { createWindowManager } from './windowManager';

vi.mock('electron', () => import('./testing/electronMock'));

/** Windows Electron still holds (the mock keeps every one ever made). */
const liveWindows = () => BrowserWindow.all.filter((w) => !w.isDestroyed()).length;

const manager = () =>
  createWindowManager('/app/preload.cjs', { indexFile: '/app/renderer/index.html' });

describe('window manager', () => {
  beforeEach(() => resetElectronMock());

  it('creates a window on demand with the security baseline spelled out', () => {
    manager().open('settings');
    const [win] = BrowserWindow.all;
    const prefs = win?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/preload.cjs',
    });
    expect(win?.loaded).toEqual([{ file: '/app/renderer/index.html', hash: '/settings' }]);
  });

  it('destroys a window when it is closed and forgets it, so the next open is a fresh renderer', () => {
    const windows = manager();
    windows.open('routine');
    const first = BrowserWindow.all[0];
    first?.close();
    expect(first?.isDestroyed()).toBe(true);
    expect(windows.isOpen('routine')).toBe(false);
    expect(liveWindows()).toBe(0);
    windows.open('routine');
    expect(BrowserWindow.all).toHaveLength(2);
    expect(liveWindows()).toBe(1);
  });

  it('reuses the open window for a route instead of stacking a second one', () => {
    const windows = manager();
    windows.open('history');
    windows.open('history');
    expect(BrowserWindow.all).toHaveLength(1);
  });

  it('shows the prompt without taking focus, on top, and escalates it bigger and centred', () => {
    const windows = manager();
    windows.open('prompt');
    const prompt = BrowserWindow.all[0];
    prompt?.emit('ready-to-show');
    expect(prompt?.shownInactive).toBe(true);
    expect(prompt?.focused).toBe(false);
    expect(prompt?.alwaysOnTop[0]).toBe(true);
    const small = prompt?.bounds.width ?? 0;
    windows.open('prompt', { escalated: true });
    expect(prompt?.bounds.width).toBeGreaterThan(small);
    expect(prompt?.bounds.x).toBe(Math.round((1920 - (prompt?.bounds.width ?? 0)) / 2));
    expect(prompt?.focused).toBe(false);
  });

  it('closeWindow closes only the window with that id', () => {
    const windows = manager();
    windows.open('settings');
    windows.open('history');
    const [settings, history] = BrowserWindow.all;
    windows.closeWindow(history?.id ?? -1);
    expect(history?.isDestroyed()).toBe(true);
    expect(settings?.isDestroyed()).toBe(false);
  });

  it('identifies its own windows by web contents and refuses strangers', () => {
    const windows = manager();
    windows.open('settings');
    const own = BrowserWindow.all[0];
    expect(windows.identify(own?.webContents as unknown as Electron.WebContents)).toEqual({
      route: 'settings',
      windowId: own?.id,
    });
    const stranger = new BrowserWindow({}).webContents as MockWebContents;
    expect(windows.identify(stranger as unknown as Electron.WebContents)).toBeNull();
  });

  it('broadcasts pushes to open windows only', () => {
    const windows = manager();
    windows.open('settings');
    windows.open('history');
    BrowserWindow.all[1]?.close();
    windows.broadcast('notice', { id: 'n', level: 'info', message: 'hello' });
    expect(BrowserWindow.all[0]?.webContents.sent).toEqual([
      { channel: 'decompress:event:notice', payload: { id: 'n', level: 'info', message: 'hello' } },
    ]);
    expect(BrowserWindow.all[1]?.webContents.sent).toEqual([]);
  });
});
