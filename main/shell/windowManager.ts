import { join } from 'node:path';
import { BrowserWindow, screen, type WebContents } from 'electron';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { wireEvent } from '../../shared/ipc/contract';
import { windowPage, type Route } from '../../shared/routes';
import type { CallContext } from '../core/ipc/router';
import type { Logger } from '../core/logger';
import type { WindowsPort } from '../core/ports';
import type { DisplayServer } from './displayServer';
import type { ShellNotifier } from './notifier';
import {
  planCue,
  planPrompt,
  promptAttention,
  promptWindowSize,
  type PromptPlan,
  type PromptPosition,
  type PromptSize,
} from './promptPresentation';
import { ESCALATED_PROMPT_SIZE, windowChrome, type WindowSize } from './windowOptions';

export interface RendererLocation {
  /** Dev server URL in development, else undefined. */
  devUrl?: string;
  /** The built renderer's folder (out/renderer), holding each window's page. */
  pagesDir: string;
}

export interface WindowManager extends WindowsPort {
  /** Maps an IPC sender to the app window it belongs to, or null for strangers. */
  identify(sender: WebContents): CallContext | null;
}

/** What the desktop can do with windows, and how to reach the person when it cannot. */
export interface WindowManagerOptions {
  /** From displayServer(); Wayland ignores placement, resizing and always-on-top. */
  displayServer?: DisplayServer;
  /** Posts the Wayland prompt cue; without it the cue is the flashing window alone. */
  notifier?: ShellNotifier;
  /** Where a page that fails to load is reported. */
  log?: Logger;
}

const PROMPT_CUE = {
  normal: { title: 'Time to decompress', body: 'Your break prompt is open. Click to see it.' },
  critical: {
    title: 'Still time to decompress',
    body: 'Your break prompt is waiting for an answer. Click to see it.',
  },
} as const;

/** The cue's window size: the route's own (it never grows). */
function cueSize(): WindowSize {
  const chrome = windowChrome('cue');
  return { width: Number(chrome.width), height: Number(chrome.height) };
}

/**
 * Creates windows on demand and forgets them when closed. A closed
 * BrowserWindow is destroyed by Electron, so no renderer process lingers
 * between breaks (Stretchly leaked one per break).
 *
 * The prompt follows planPrompt/promptAttention: placed, kept on top and
 * grown in place where the window system allows it; on Wayland opened at its
 * final size where the compositor puts it, flashed, and announced with a
 * notification whose click brings it forward.
 */
export function createWindowManager(
  preloadPath: string,
  renderer: RendererLocation,
  options: WindowManagerOptions = {},
): WindowManager {
  const server = options.displayServer ?? 'other';
  const windows = new Map<Route, BrowserWindow>();
  /** The size the open prompt window was made or grown to. */
  let promptSize: PromptSize = 'small';

  function load(win: BrowserWindow, route: Route): void {
    // The hash repeats the route for whoever reads the URL (logs, tests).
    const loading = renderer.devUrl
      ? win.loadURL(
          `${new URL(windowPage(route), `${renderer.devUrl.replace(/\/$/, '')}/`).href}#/${route}`,
        )
      : win.loadFile(join(renderer.pagesDir, windowPage(route)), { hash: `/${route}` });
    loading.catch((err: unknown) => {
      // A window closed while it loads aborts its load: expected, and nothing to say.
      if (win.isDestroyed()) return;
      options.log?.error('windows: a page failed to load', {
        route,
        message: err instanceof Error ? err.message.slice(0, 200) : String(err),
      });
    });
  }

  function live(route: Route): BrowserWindow | null {
    const win = windows.get(route);
    return win && !win.isDestroyed() ? win : null;
  }

  function place(win: BrowserWindow, position: PromptPosition, size: WindowSize): void {
    if (position === 'compositor') return;
    // The display under the pointer: where the person is looking. Electron
    // falls back to the primary display where the pointer cannot be read.
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    if (position === 'centre') {
      win.setBounds({
        ...size,
        x: Math.round(area.x + (area.width - size.width) / 2),
        y: Math.round(area.y + (area.height - size.height) / 2),
      });
    } else {
      win.setPosition(
        area.x + area.width - size.width - 16,
        area.y + area.height - size.height - 16,
      );
    }
  }

  function show(win: BrowserWindow, route: Route, focus = false): void {
    // Prompts appear without taking focus, so typing never lands in them,
    // unless the person asked for the prompt from the tray. The cue never
    // takes focus at all, even when shown again.
    if (route === 'cue' || (route === 'prompt' && !focus)) win.showInactive();
    else {
      win.show();
      win.focus();
    }
  }

  function bringPromptForward(): void {
    const win = live('prompt');
    if (!win) return;
    // The person clicked the cue: now taking focus is what they asked for.
    win.show();
    win.focus();
  }

  function cue(win: BrowserWindow, escalated: boolean): void {
    const attention = promptAttention(server, escalated);
    if (attention.flash) win.flashFrame(true);
    if (attention.notify !== 'none' && options.notifier) {
      options.notifier.notify(
        { ...PROMPT_CUE[attention.notify], urgency: attention.notify },
        (action) => {
          if (action === 'click') bringPromptForward();
        },
      );
    }
  }

  function create(
    route: Route,
    promptPlan?: Extract<PromptPlan, { kind: 'create' | 'replace' }>,
  ): BrowserWindow {
    const chrome = windowChrome(route);
    const size =
      promptPlan === undefined
        ? { width: Number(chrome.width), height: Number(chrome.height) }
        : promptWindowSize(promptPlan.kind === 'create' ? promptPlan.size : 'escalated', {
            width: Number(chrome.width),
            height: Number(chrome.height),
          });
    // Security settings spelled out even where they match Electron's
    // defaults, so a default change or a careless edit shows up in review.
    const win = new BrowserWindow({
      ...chrome,
      ...size,
      ...(promptPlan ? { alwaysOnTop: promptPlan.alwaysOnTop } : {}),
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
    if (promptPlan) {
      if (promptPlan.alwaysOnTop) win.setAlwaysOnTop(true, 'floating');
      place(win, promptPlan.position, size);
      // Once seen, the window has done its job; stop asking for attention.
      win.on('focus', () => win.flashFrame(false));
    }
    return win;
  }

  /**
   * The quiet cue: made at its size, bottom-right of the work area under the
   * pointer and on top (where the window system allows), shown inactive.
   * Shown again, it is moved to the current display and stays inactive.
   */
  function openCue(): void {
    const plan = planCue(server);
    const size = cueSize();
    const existing = live('cue');
    if (existing) {
      place(existing, plan.position, size);
      show(existing, 'cue');
      return;
    }
    const win = create('cue');
    if (plan.alwaysOnTop) win.setAlwaysOnTop(true, 'floating');
    place(win, plan.position, size);
    win.once('ready-to-show', () => show(win, 'cue'));
    load(win, 'cue');
  }

  function openPrompt(escalated: boolean, focus: boolean): void {
    const existing = live('prompt');
    const plan = planPrompt(server, existing ? promptSize : null, escalated);
    if (plan.kind === 'reuse' || plan.kind === 'resize') {
      if (!existing) return;
      if (plan.kind === 'resize') {
        promptSize = 'escalated';
        place(existing, plan.position, ESCALATED_PROMPT_SIZE);
      }
      show(existing, 'prompt', focus);
      cue(existing, escalated);
      return;
    }
    if (plan.kind === 'replace') existing?.close();
    promptSize = plan.kind === 'create' ? plan.size : 'escalated';
    const win = create('prompt', plan);
    win.once('ready-to-show', () => {
      show(win, 'prompt', focus);
      cue(win, escalated);
    });
    load(win, 'prompt');
  }

  return {
    open(route, openOptions) {
      if (route === 'prompt') {
        openPrompt(openOptions?.escalated === true, openOptions?.focus === true);
        return;
      }
      if (route === 'cue') {
        openCue();
        return;
      }
      const existing = live(route);
      if (existing) {
        show(existing, route);
        return;
      }
      const win = create(route);
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
