import { BrowserWindow, screen, type WebContents } from 'electron';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { wireEvent } from '../../shared/ipc/contract';
import type { Route } from '../../shared/routes';
import type { CallContext } from '../core/ipc/router';
import type { WindowsPort } from '../core/ports';
import { ESCALATED_PROMPT_SIZE, windowChrome } from './windowOptions';

export interface RendererLocation {
  /** Dev server URL in development, else undefined. */
  devUrl?: string;
  /** The built index.html. */
  indexFile: string;
}

export interface WindowManager extends WindowsPort {
  /** Maps an IPC sender to the app window it belongs to, or null for strangers. */
  identify(sender: WebContents): CallContext | null;
}

/**
 * Creates windows on demand and forgets them when closed. A closed
 * BrowserWindow is destroyed by Electron, so no renderer process lingers
 * between breaks (Stretchly leaked one per break).
 */
export function createWindowManager(
  preloadPath: string,
  renderer: RendererLocation,
): WindowManager {
  const windows = new Map<Route, BrowserWindow>();

  function load(win: BrowserWindow, route: Route): void {
    if (renderer.devUrl) {
      void win.loadURL(`${renderer.devUrl}#/${route}`);
    } else {
      void win.loadFile(renderer.indexFile, { hash: `/${route}` });
    }
  }

  function escalate(win: BrowserWindow): void {
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    win.setBounds({
      width: ESCALATED_PROMPT_SIZE.width,
      height: ESCALATED_PROMPT_SIZE.height,
      x: Math.round(area.x + (area.width - ESCALATED_PROMPT_SIZE.width) / 2),
      y: Math.round(area.y + (area.height - ESCALATED_PROMPT_SIZE.height) / 2),
    });
  }

  function placePrompt(win: BrowserWindow): void {
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    const [width = 0, height = 0] = win.getSize();
    win.setPosition(area.x + area.width - width - 16, area.y + area.height - height - 16);
  }

  function show(win: BrowserWindow, route: Route): void {
    // Prompts appear without taking focus, so typing never lands in them.
    if (route === 'prompt') win.showInactive();
    else {
      win.show();
      win.focus();
    }
  }

  return {
    open(route, options) {
      const existing = windows.get(route);
      if (existing && !existing.isDestroyed()) {
        if (route === 'prompt' && options?.escalated) escalate(existing);
        show(existing, route);
        return;
      }
      // Security settings spelled out even where they match Electron's
      // defaults, so a default change or a careless edit shows up in review.
      const win = new BrowserWindow({
        ...windowChrome(route),
        webPreferences: {
          preload: preloadPath,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          spellcheck: false,
          disableBlinkFeatures: 'Auxclick',
          // The player keeps counting while another app is in front.
          backgroundThrottling: route !== 'routine',
        },
      });
      windows.set(route, win);
      win.on('closed', () => {
        if (windows.get(route) === win) windows.delete(route);
      });
      if (route === 'prompt') {
        win.setAlwaysOnTop(true, 'floating');
        if (options?.escalated) escalate(win);
        else placePrompt(win);
      }
      win.once('ready-to-show', () => show(win, route));
      load(win, route);
    },
    close(route) {
      const win = windows.get(route);
      if (win && !win.isDestroyed()) win.close();
    },
    closeWindow(windowId) {
      for (const win of windows.values()) {
        if (win.id === windowId && !win.isDestroyed()) win.close();
      }
    },
    isOpen(route) {
      const win = windows.get(route);
      return Boolean(win && !win.isDestroyed());
    },
    broadcast<E extends EventName>(event: E, payload: EventPayload<E>) {
      for (const win of windows.values()) {
        if (!win.isDestroyed()) win.webContents.send(wireEvent(event), payload);
      }
    },
    identify(sender) {
      for (const [route, win] of windows) {
        if (!win.isDestroyed() && win.webContents.id === sender.id)
          return { route, windowId: win.id };
      }
      return null;
    },
  };
}
