import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../core/logger';
import { createNotifier } from './notifier';
import { BrowserWindow, Notification, resetElectronMock, screen } from './testing/electronMock';
import { createWindowManager } from './windowManager';
import { ESCALATED_PROMPT_SIZE } from './windowOptions';

vi.mock('electron', () => import('./testing/electronMock'));

/** Windows Electron still holds (the mock keeps every one ever made). */
const liveWindows = () => BrowserWindow.all.filter((w) => !w.isDestroyed()).length;

const manager = () => createWindowManager('/app/preload.cjs', { pagesDir: '/app/renderer' });

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
    expect(win?.loaded).toEqual([{ file: '/app/renderer/settings.html', hash: '/settings' }]);
  });

  it('loads each window its own page, built or from the dev server', () => {
    manager().open('prompt');
    manager().open('routine');
    createWindowManager('/app/preload.cjs', {
      pagesDir: '/app/renderer',
      devUrl: 'http://localhost:5173',
    }).open('history');
    expect(BrowserWindow.all.map((w) => w.loaded)).toEqual([
      [{ file: '/app/renderer/prompt.html', hash: '/prompt' }],
      [{ file: '/app/renderer/routine.html', hash: '/routine' }],
      [{ url: 'http://localhost:5173/history.html#/history' }],
    ]);
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

  it('gives the prompt focus when asked to (the tray\'s "Answer the break"), open or not', () => {
    const windows = manager();
    windows.open('prompt', { focus: true });
    const prompt = BrowserWindow.all[0];
    prompt?.emit('ready-to-show');
    expect(prompt?.shownInactive).toBe(false);
    expect(prompt?.focused).toBe(true);

    const other = manager();
    other.open('prompt');
    const quiet = BrowserWindow.all[1];
    quiet?.emit('ready-to-show');
    expect(quiet?.focused).toBe(false);
    other.open('prompt', { focus: true });
    expect(quiet?.focused).toBe(true);
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
    const stranger = new BrowserWindow({}).webContents;
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

  it('reports a page that fails to load, and stays quiet about a load aborted by closing', async () => {
    const log = memoryLogger();
    const windows = createWindowManager('/app/preload.cjs', { pagesDir: '/app' }, { log });
    BrowserWindow.nextLoadError = new Error(
      "ERR_FILE_NOT_FOUND (-6) loading 'file:///app/history.html#/history'",
    );
    windows.open('history');
    BrowserWindow.nextLoadError = new Error(
      "ERR_ABORTED (-3) loading 'file:///app/settings.html#/settings'",
    );
    windows.open('settings');
    BrowserWindow.all[1]?.close();
    // The rejections settle on the next turns of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.entries).toEqual([
      {
        level: 'error',
        message: 'windows: a page failed to load',
        fields: {
          route: 'history',
          message: "ERR_FILE_NOT_FOUND (-6) loading 'file:///app/history.html#/history'",
        },
      },
    ]);
  });
});

describe('the prompt on Wayland', () => {
  beforeEach(() => resetElectronMock());

  // The shell's real notifier, on the same mock, so the cue is what a person would get.
  const wayland = () => {
    const notifier = createNotifier('/res/icon.png', { platform: 'linux', log: memoryLogger() });
    const windows = createWindowManager(
      '/app/preload.cjs',
      { pagesDir: '/app/renderer' },
      { displayServer: 'wayland', notifier },
    );
    return { windows, notifier };
  };

  it('opens where the compositor puts it, never moved or pinned on top, and flashes with a notification', () => {
    const { windows, notifier } = wayland();
    windows.open('prompt');
    const [prompt] = BrowserWindow.all;
    expect(prompt?.options).toMatchObject({ width: 380, height: 220, alwaysOnTop: false });
    prompt?.emit('ready-to-show');
    expect(prompt?.shownInactive).toBe(true);
    expect(prompt?.calls).toEqual([]);
    expect(screen.cursorReads).toBe(0);
    expect(prompt?.flashing).toBe(true);
    const [cue] = Notification.live();
    expect(cue?.options).toMatchObject({ title: 'Time to decompress', urgency: 'normal' });
    expect(notifier).toBeDefined();
  });

  it('brings the prompt forward when its notification is clicked, and stops flashing once focused', () => {
    const { windows } = wayland();
    windows.open('prompt');
    const [prompt] = BrowserWindow.all;
    prompt?.emit('ready-to-show');
    expect(prompt?.focused).toBe(false);
    Notification.live()[0]?.emit('click');
    expect(prompt?.visible).toBe(true);
    expect(prompt?.focused).toBe(true);
    expect(prompt?.flashing).toBe(false);
  });

  it('escalates by opening a new window at the escalated size instead of resizing the small one', () => {
    const { windows } = wayland();
    windows.open('prompt');
    const [small] = BrowserWindow.all;
    small?.emit('ready-to-show');
    windows.open('prompt', { escalated: true });
    expect(small?.isDestroyed()).toBe(true);
    expect(BrowserWindow.all).toHaveLength(2);
    const big = BrowserWindow.all[1];
    expect(big?.options).toMatchObject({
      width: ESCALATED_PROMPT_SIZE.width,
      height: ESCALATED_PROMPT_SIZE.height,
    });
    big?.emit('ready-to-show');
    expect(big?.calls).toEqual([]);
    expect(BrowserWindow.all.filter((w) => !w.isDestroyed())).toHaveLength(1);
    expect(Notification.live().map((n) => n.options.urgency)).toEqual(['normal', 'critical']);
  });

  it('opens an escalated prompt at its size straight away, and a nag re-uses it with a fresh cue', () => {
    const { windows } = wayland();
    windows.open('prompt', { escalated: true });
    const [prompt] = BrowserWindow.all;
    expect(prompt?.options).toMatchObject({ width: ESCALATED_PROMPT_SIZE.width });
    prompt?.emit('ready-to-show');
    prompt?.focus();
    windows.open('prompt', { escalated: true });
    expect(BrowserWindow.all).toHaveLength(1);
    expect(prompt?.flashing).toBe(true);
    expect(Notification.live().map((n) => n.options.title)).toEqual([
      'Still time to decompress',
      'Still time to decompress',
    ]);
  });

  it('keeps X11 as it was: placed in the corner, on top, no flashing and no extra notification', () => {
    const notifier = createNotifier('/res/icon.png', { platform: 'linux', log: memoryLogger() });
    const windows = createWindowManager(
      '/app/preload.cjs',
      { pagesDir: '/app/renderer' },
      { displayServer: 'x11', notifier },
    );
    windows.open('prompt');
    const [prompt] = BrowserWindow.all;
    prompt?.emit('ready-to-show');
    expect(prompt?.calls).toEqual(['setAlwaysOnTop', 'setPosition']);
    expect(prompt?.bounds).toMatchObject({ x: 1920 - 380 - 16, y: 1080 - 220 - 16 });
    expect(prompt?.flashing).toBe(false);
    expect(Notification.shownCount).toBe(0);
  });
});

describe('the cue window', () => {
  beforeEach(() => resetElectronMock());

  const withServer = (displayServer: 'x11' | 'wayland') =>
    createWindowManager('/app/preload.cjs', { pagesDir: '/app/renderer' }, { displayServer });

  it('opens small in the bottom-right corner, on top, out of the taskbar, fixed in size, and never takes focus', () => {
    const windows = withServer('x11');
    windows.open('cue');
    const [cue] = BrowserWindow.all;
    expect(cue?.options).toMatchObject({
      width: 360,
      height: 172,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      focusable: true,
      show: false,
    });
    expect(cue?.loaded).toEqual([{ file: '/app/renderer/cue.html', hash: '/cue' }]);
    cue?.emit('ready-to-show');
    expect(cue?.shownInactive).toBe(true);
    expect(cue?.focused).toBe(false);
    expect(cue?.alwaysOnTop).toEqual([true, 'floating']);
    // 16 px in from the right and bottom edges of the mock's 1920x1080 work area.
    expect(cue?.bounds).toMatchObject({ x: 1920 - 360 - 16, y: 1080 - 172 - 16 });
  });

  it('shown again while open, it stays one window and still does not take focus', () => {
    const windows = withServer('x11');
    windows.open('cue');
    const [cue] = BrowserWindow.all;
    cue?.emit('ready-to-show');
    windows.open('cue');
    expect(BrowserWindow.all).toHaveLength(1);
    expect(cue?.focused).toBe(false);
    windows.close('cue');
    expect(cue?.isDestroyed()).toBe(true);
    expect(windows.isOpen('cue')).toBe(false);
  });

  it('on Wayland is neither placed nor pinned, and asks for no attention', () => {
    const windows = withServer('wayland');
    windows.open('cue');
    const [cue] = BrowserWindow.all;
    cue?.emit('ready-to-show');
    expect(cue?.calls).toEqual([]);
    expect(cue?.shownInactive).toBe(true);
    expect(cue?.flashing).toBe(false);
    expect(Notification.shownCount).toBe(0);
  });
});
