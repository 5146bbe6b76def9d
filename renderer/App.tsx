import type { ComponentType } from 'react';
import { useThemeFromSettings } from './theme';

export interface AppProps {
  /** The window's screen: its page imports it statically (renderer/windows/). */
  Screen: ComponentType;
}

/** What every window has around its screen: the theme from settings. */
export function App({ Screen }: AppProps) {
  useThemeFromSettings();
  return <Screen />;
}
