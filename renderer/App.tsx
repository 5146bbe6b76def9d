import {
  lazy,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { windowTitle, type Route } from '../shared/routes';
import { routeFromHash } from './routing';
import { SCREEN_LOADERS } from './screenLoaders';
import { useThemeFromSettings } from './theme';

/** For a window whose hash changes later (rare): load that screen on demand. */
const LAZY_SCREENS: Record<Route, LazyExoticComponent<ComponentType>> = {
  prompt: lazy(SCREEN_LOADERS.prompt),
  routine: lazy(SCREEN_LOADERS.routine),
  settings: lazy(SCREEN_LOADERS.settings),
  history: lazy(SCREEN_LOADERS.history),
  safety: lazy(SCREEN_LOADERS.safety),
  welcome: lazy(SCREEN_LOADERS.welcome),
  cue: lazy(SCREEN_LOADERS.cue),
};

export interface AppProps {
  /** The route the window opened on, and its screen, loaded before the first render. */
  initialRoute: Route | null;
  InitialScreen: ComponentType | null;
}

export function App({ initialRoute, InitialScreen }: AppProps) {
  const [route, setRoute] = useState(initialRoute);
  useThemeFromSettings();

  useEffect(() => {
    const onHash = () => {
      const next = routeFromHash(window.location.hash);
      document.title = windowTitle(next);
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (!route) {
    return (
      <main className="page page--center">
        <p role="alert">This window has no screen. Close it and open Decompress from the tray.</p>
      </main>
    );
  }
  // The opening screen renders without Suspense: React holds a revealed
  // fallback for at least 300 ms, which would make every window open slowly.
  if (route === initialRoute && InitialScreen) return <InitialScreen />;
  const Screen = LAZY_SCREENS[route];
  return (
    <Suspense fallback={<div className="page" aria-busy="true" />}>
      <Screen />
    </Suspense>
  );
}
