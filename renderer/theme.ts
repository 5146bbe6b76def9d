import { useEffect } from 'react';
import type { Theme } from '../shared/settings/schema';
import { bridge } from './bridge';
import { useMainValue } from './mainValue/useMainValue';

/** Applies the theme from settings to <html data-theme>; "system" follows the OS through CSS. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** Keeps this window's theme on the one in settings (and on "system" if they cannot be read). */
export function useThemeFromSettings(): void {
  const settings = useMainValue(bridge.getSettings, 'settingsChanged');
  const theme =
    settings.state.status === 'ready'
      ? settings.state.value.theme
      : settings.state.status === 'failed'
        ? 'system'
        : null;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}
