import { useEffect } from 'react';
import type { Theme } from '../shared/settings/schema';
import { bridge } from './bridge';

/** Applies the theme from settings to <html data-theme>; "system" follows the OS through CSS. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function useThemeFromSettings(): void {
  useEffect(() => {
    let live = true;
    bridge
      .getSettings()
      .then((s) => {
        if (live) applyTheme(s.theme);
      })
      .catch(() => applyTheme('system'));
    const off = bridge.on('settingsChanged', (s) => applyTheme(s.theme));
    return () => {
      live = false;
      off();
    };
  }, []);
}
