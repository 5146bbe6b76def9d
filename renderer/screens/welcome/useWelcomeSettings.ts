import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import { bridge, errorMessage } from '../../bridge';
import { splitFieldError } from './quickSetup';

/** A change, or how to make it from the settings as shown. */
export type PatchSource = SettingsPatch | ((shown: Settings) => SettingsPatch);

export interface WelcomeSettings {
  /** Null until main has answered; includes changes still on their way to main. */
  settings: Settings | null;
  loadError: string | null;
  /** The reason a field's last change was refused, keyed by the field's id in this screen. */
  errors: Readonly<Record<string, string>>;
  /** What was saved last, for the screen reader's live region; null before any save. */
  lastSaved: string | null;
  /**
   * Saves one choice through the validated settings channel, at once. The
   * choice shows straight away; a refusal puts back what main holds and
   * keeps the reason under `fieldId` (shown next to that field); success
   * clears it. Saves run one after another, and a patch given as a function
   * is built from the settings as shown, so two quick changes to the
   * sessions list never overwrite each other. Resolves to whether it saved.
   */
  save(fieldId: string, patch: PatchSource, savedLabel: string): Promise<boolean>;
  /** Shows (or clears, with null) a problem found before saving, e.g. a half-typed time. */
  setFieldError(fieldId: string, reason: string | null): void;
}

/**
 * The settings as main holds them, kept current by main's pushes (the
 * Settings window may be open at the same time), and saved choice by choice.
 */
export function useWelcomeSettings(): WelcomeSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  /** What main last said it holds. */
  const confirmed = useRef<Settings | null>(null);
  /** What the screen shows: main's settings plus the changes on their way. */
  const shown = useRef<Settings | null>(null);
  const inFlight = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const show = useCallback((next: Settings) => {
    shown.current = next;
    setSettings(next);
  }, []);

  const confirm = useCallback(
    (next: Settings) => {
      confirmed.current = next;
      // While changes are on their way, main's intermediate answers would flicker the old value.
      if (inFlight.current === 0) show(next);
    },
    [show],
  );

  useEffect(() => {
    let live = true;
    const off = bridge.on('settingsChanged', (next) => {
      if (live) confirm(next);
    });
    bridge.getSettings().then(
      (next) => {
        if (live) confirm(next);
      },
      (e: unknown) => {
        if (live) setLoadError(errorMessage(e));
      },
    );
    return () => {
      live = false;
      off();
    };
  }, [confirm]);

  const setFieldError = useCallback((fieldId: string, reason: string | null) => {
    setErrors((current) => {
      if (reason === null) {
        if (!(fieldId in current)) return current;
        return Object.fromEntries(Object.entries(current).filter(([key]) => key !== fieldId));
      }
      return { ...current, [fieldId]: reason };
    });
  }, []);

  const save = useCallback(
    (fieldId: string, patch: PatchSource, savedLabel: string): Promise<boolean> => {
      const base = shown.current;
      if (!base) return Promise.resolve(false);
      const change = typeof patch === 'function' ? patch(base) : patch;
      show({ ...base, ...change });
      inFlight.current += 1;
      const run = async (): Promise<boolean> => {
        try {
          confirmed.current = await bridge.updateSettings(change);
          setFieldError(fieldId, null);
          setLastSaved(savedLabel);
          return true;
        } catch (e) {
          setFieldError(fieldId, splitFieldError(errorMessage(e)).reason);
          return false;
        } finally {
          inFlight.current -= 1;
          if (inFlight.current === 0 && confirmed.current) show(confirmed.current);
        }
      };
      const result = queue.current.then(run);
      queue.current = result;
      return result;
    },
    [show, setFieldError],
  );

  return { settings, loadError, errors, lastSaved, save, setFieldError };
}
