import { isRoute, type Route } from '../shared/routes';

/** The route a window shows comes from its URL hash (#/settings), set by main when it loads the window. */
export function routeFromHash(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  return isRoute(name) ? name : null;
}
