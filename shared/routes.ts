/** Every window the app can open; each has a page of its own (see windowPage). */
export const ROUTES = [
  'prompt',
  'routine',
  'settings',
  'history',
  'safety',
  'welcome',
  'cue',
] as const;
export type Route = (typeof ROUTES)[number];

export function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}

/**
 * Each window's title: the BrowserWindow's title in main, and the page's
 * document.title, set by the renderer before its first paint. Both come from
 * here so they always agree (a page title overrides the window's in Electron).
 */
export const WINDOW_TITLES: Readonly<Record<Route, string>> = {
  prompt: 'Time to decompress',
  routine: 'Decompress: routine',
  settings: 'Decompress settings',
  history: 'Decompress history',
  safety: 'Before you start',
  welcome: 'Welcome to Decompress',
  cue: 'Decompress: posture',
};

/** The title of a window on `route`; the app's name for a window with no screen. */
export function windowTitle(route: Route | null): string {
  return route ? WINDOW_TITLES[route] : 'Decompress';
}

/**
 * The built page a window loads (out/renderer/prompt.html). One page and one
 * entry per window, so the page's HTML names every chunk its screen needs
 * (modulepreload) and the window fetches them in one round, instead of
 * learning its screen only after a shared entry has run.
 */
export function windowPage(route: Route): string {
  return `${route}.html`;
}
