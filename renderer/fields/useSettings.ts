import { useCallback, useRef, useState } from 'react';
import { errorText } from '../../shared/settings/messages';
import type { Settings, SettingsPatch } from '../../shared/settings/schema';
import { bridge } from '../bridge';
import { useMainValue } from '../mainValue/useMainValue';
import { applyTheme } from '../theme';
import { problemFromError, type FieldProblem } from './fieldProblem';

export type SaveState = 'idle' | 'saving' | 'saved' | 'refused';

/** A change, or how to make it from the settings as shown (so quick changes build on each other). */
export type PatchSource = SettingsPatch | ((shown: Settings) => SettingsPatch);

export interface SettingsHandle {
  /** Null until main has answered; includes changes still on their way to main. */
  settings: Settings | null;
  loadError: string | null;
  saveState: SaveState;
  /**
   * Sends a change to main, which checks and saves it. Saves run one after
   * another; resolves to the refusal (path and words), or null once saved.
   * A refused change is not kept: the settings shown go back to main's.
   */
  save(patch: PatchSource): Promise<FieldProblem | null>;
  /** Takes a document main already accepted (reset, import). */
  accept(settings: Settings): void;
}

/**
 * The settings as main holds them, kept current by the settingsChanged push
 * (another window, an import, a reset), and changed through the one
 * validated channel. Settings and the welcome both edit through this.
 * `showPending` shows changes on their way at once (the welcome); Settings
 * leaves that to each control's draft, which also keeps a refused edit.
 */
export function useSettings({
  showPending = false,
}: { showPending?: boolean } = {}): SettingsHandle {
  const main = useMainValue(bridge.getSettings, 'settingsChanged');
  const [saveState, setSaveState] = useState<SaveState>('idle');
  /** What the screen shows while changes are on their way: main's intermediate answers would flicker. */
  const [optimistic, setOptimistic] = useState<Settings | null>(null);
  const shown = (showPending ? optimistic : null) ?? main.value ?? null;
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const inFlight = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const { accept: take } = main;

  const save = useCallback(
    (patch: PatchSource): Promise<FieldProblem | null> => {
      const base = shownRef.current;
      if (!base) return Promise.resolve({ path: [], message: 'The settings are still loading.' });
      const change = typeof patch === 'function' ? patch(base) : patch;
      const next = { ...base, ...change };
      shownRef.current = next;
      setOptimistic(next);
      inFlight.current++;
      setSaveState('saving');
      const run = async (): Promise<FieldProblem | null> => {
        const result = await bridge.updateSettings(change);
        inFlight.current--;
        if (result.ok) {
          take(result.value);
          // The theme applies in this window at once, not only when the push arrives.
          applyTheme(result.value.theme);
        }
        if (inFlight.current === 0) {
          setOptimistic(null);
          setSaveState(result.ok ? 'saved' : 'refused');
        } else if (!result.ok) setSaveState('refused');
        return result.ok ? null : problemFromError(result.error);
      };
      const done = queue.current.then(run);
      queue.current = done;
      return done;
    },
    [take],
  );

  const accept = useCallback(
    (next: Settings) => {
      take(next);
      applyTheme(next.theme);
      setSaveState('saved');
    },
    [take],
  );

  return {
    settings: shown,
    loadError: main.state.status === 'failed' ? errorText(main.state.error) : null,
    saveState,
    save,
    accept,
  };
}
