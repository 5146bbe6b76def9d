import {
  lazy,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import type { Route } from '../shared/routes';
import { routeFromHash } from './routing';
import { useThemeFromSettings } from './theme';

// Each window loads only its own screen: the routine window's first paint
// must not wait for the settings or history code.
const SCREENS: Record<Route, LazyExoticComponent<ComponentType>> = {
  prompt: lazy(() => import('./screens/prompt/PromptScreen')),
  routine: lazy(() => import('./screens/routine/RoutineScreen')),
  settings: lazy(() => import('./screens/settings/SettingsScreen')),
  history: lazy(() => import('./screens/history/HistoryScreen')),
  safety: lazy(() => import('./screens/safety/SafetyScreen')),
  welcome: lazy(() => import('./screens/welcome/WelcomeScreen')),
};

export function App() {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useThemeFromSettings();

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
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
  const Screen = SCREENS[route];
  return (
    <Suspense fallback={<div className="page" aria-busy="true" />}>
      <Screen />
    </Suspense>
  );
}
