/** Every window the app can open; each is a route of the one renderer bundle. */
export const ROUTES = ['prompt', 'routine', 'settings', 'history', 'safety', 'welcome'] as const;
export type Route = (typeof ROUTES)[number];

export function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}
