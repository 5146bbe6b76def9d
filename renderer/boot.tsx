import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { windowTitle, type Route } from '../shared/routes';
import { App } from './App';
import { startEarlyRead } from './earlyReads';
import './styles/base.css';

/**
 * Each window has a page and an entry of its own (renderer/<route>.html,
 * renderer/windows/<route>.tsx) that imports its screen statically, so the
 * built HTML names every chunk the window needs and they are fetched in one
 * round. With one shared page the screen was a dynamic import, requested only
 * once the shared entry had been fetched and run: a second, serial round.
 *
 * Starts a window's page: its title first (a page has none in its HTML, and
 * Electron shows the page's over the window's), then the read from main its
 * first frame needs, then one render of the screen, complete: the screen's
 * code came with the page, so there is no placeholder to paint first.
 */
export function openWindow(route: Route, Screen: ComponentType): void {
  document.title = windowTitle(route);
  const root = document.getElementById('root');
  if (!root) throw new Error(`${route}.html lost its #root element`);
  startEarlyRead(route);
  createRoot(root).render(
    <StrictMode>
      <App Screen={Screen} />
    </StrictMode>,
  );
}
