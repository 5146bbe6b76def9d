import type { ComponentType } from 'react';
import type { Route } from '../shared/routes';

type ScreenModule = Promise<{ default: ComponentType }>;

/**
 * Each window loads only its own screen: the routine window's first paint
 * must not wait for the settings or history code.
 */
export const SCREEN_LOADERS: Record<Route, () => ScreenModule> = {
  prompt: () => import('./screens/prompt/PromptScreen'),
  routine: () => import('./screens/routine/RoutineScreen'),
  settings: () => import('./screens/settings/SettingsScreen'),
  history: () => import('./screens/history/HistoryScreen'),
  safety: () => import('./screens/safety/SafetyScreen'),
  welcome: () => import('./screens/welcome/WelcomeScreen'),
  cue: () => import('./screens/cue/CueScreen'),
};
