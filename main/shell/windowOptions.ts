import type { BrowserWindowConstructorOptions } from 'electron';
import { WINDOW_TITLES, type Route } from '../../shared/routes';

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
  // 172 rather than 150: a title, three lines of cue text, the buttons and
  // the "not medical advice" line fit without clipping (e2e/specs/cue.spec.ts).
  cue: { width: 360, height: 172 },
};

/** The escalated prompt: bigger and centred so it cannot be missed. */
export const ESCALATED_PROMPT_SIZE: WindowSize = { width: 560, height: 340 };

/**
 * Size and chrome for one route's window. Web preferences are not here: they
 * are written out at the one `new BrowserWindow` call so reviewers and
 * Electronegativity see the security settings where the window is made.
 */
export function windowChrome(
  route: Route,
): Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  const size = SIZES[route];
  // The prompt and the cue are small notices in a corner, not windows to manage.
  const isNotice = route === 'prompt' || route === 'cue';
  return {
    ...size,
    minWidth: Math.min(size.width, 360),
    minHeight: Math.min(size.height, 200),
    title: WINDOW_TITLES[route],
    show: false,
    backgroundColor: '#10151c',
    autoHideMenuBar: true,
    alwaysOnTop: isNotice,
    skipTaskbar: isNotice,
    resizable: !isNotice,
    minimizable: !isNotice,
    maximizable: !isNotice,
    fullscreenable: false,
    // Spelled out for the cue: it is shown without focus, yet a click must
    // still give it focus so that Esc then dismisses it.
    focusable: true,
  };
}
