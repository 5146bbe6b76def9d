import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import { bridge, errorMessage } from '../../bridge';
import { applyTheme } from '../../theme';
import { parseFieldError, type FieldError } from './fieldErrors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'refused';

export interface SettingsHandle {
  settings: Settings | null;
  loadError: string | null;
  saveState: SaveState;
  /** Sends a change to main; resolves to the refusal (field and reason), or null when it was saved. */
  save(patch: SettingsPatch): Promise<FieldError | null>;
  /** Takes a document main already accepted (reset, import). */
  accept(settings: Settings): void;
}

/**
 * The settings as main holds them, kept current by the settingsChanged push
 * (another window, an import, a reset). Every change goes to main, which
 * validates and saves it; nothing is kept here that main refused.
 */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    bridge.getSettings().then(
      (s) => live && setSettings(s),
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    const off = bridge.on('settingsChanged', (s) => setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);

  const save = useCallback(async (patch: SettingsPatch): Promise<FieldError | null> => {
    pending.current++;
    setSaveState('saving');
    try {
      const next = await bridge.updateSettings(patch);
      setSettings(next);
      // The theme applies in this window at once, not only when the push arrives.
      applyTheme(next.theme);
      pending.current--;
      if (pending.current === 0) setSaveState('saved');
      return null;
    } catch (e) {
      pending.current--;
      setSaveState('refused');
      return parseFieldError(errorMessage(e));
    }
  }, []);

  const accept = useCallback((next: Settings) => {
    setSettings(next);
    applyTheme(next.theme);
    setSaveState('saved');
  }, []);

  return { settings, loadError, saveState, save, accept };
}
