import type { BrowserWindowConstructorOptions } from 'electron';
import type { Route } from '../../shared/routes';

export interface WindowSize {
  width: number;
  height: number;
}

const SIZES: Record<Route, WindowSize> = {
  prompt: { width: 380, height: 220 },
  routine: { width: 760, height: 640 },
  settings: { width: 820, height: 720 },
  history: { width: 900, height: 720 },
  safety: { width: 640, height: 640 },
  welcome: { width: 720, height: 620 },
};

/** The escalated prompt: bigger and centred so it cannot be missed. */
export const ESCALATED_PROMPT_SIZE: WindowSize = { width: 560, height: 340 };

export const WINDOW_TITLES: Record<Route, string> = {
  prompt: 'Time to decompress',
  routine: 'Decompress: routine',
  settings: 'Decompress settings',
  history: 'Decompress history',
  safety: 'Before you start',
  welcome: 'Welcome to Decompress',
};

/**
 * Options for one route's window. Security settings are spelled out even
 * where they match Electron's defaults, so a future default change or a
 * careless edit shows up in review and in Electronegativity.
 */
export function windowOptions(route: Route, preloadPath: string): BrowserWindowConstructorOptions {
  const size = SIZES[route];
  const isPrompt = route === 'prompt';
  return {
    ...size,
    minWidth: Math.min(size.width, 360),
    minHeight: Math.min(size.height, 200),
    title: WINDOW_TITLES[route],
    show: false,
    backgroundColor: '#10151c',
    autoHideMenuBar: true,
    alwaysOnTop: isPrompt,
    skipTaskbar: isPrompt,
    resizable: !isPrompt,
    minimizable: !isPrompt,
    maximizable: !isPrompt,
    fullscreenable: false,
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
      // The player keeps counting while another app is in front.
      backgroundThrottling: route !== 'routine',
    },
  };
}
