import { useCallback, useState } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { useSettings, type PatchSource } from '../../fields/useSettings';

export type { PatchSource };

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
   * clears it. Resolves to whether it saved.
   */
  save(fieldId: string, patch: PatchSource, savedLabel: string): Promise<boolean>;
  /** Shows (or clears, with null) a problem found before saving, e.g. a half-typed time. */
  setFieldError(fieldId: string, reason: string | null): void;
}

/**
 * The welcome's view of the settings: the field kit's useSettings (the same
 * one Settings uses), with each refusal kept under the welcome field it
 * belongs to and the last save said aloud.
 */
export function useWelcomeSettings(): WelcomeSettings {
  const { settings, loadError, save: saveSettings } = useSettings({ showPending: true });
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [lastSaved, setLastSaved] = useState<string | null>(null);

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
    async (fieldId: string, patch: PatchSource, savedLabel: string): Promise<boolean> => {
      const problem = await saveSettings(patch);
      setFieldError(fieldId, problem ? problem.message : null);
      if (!problem) setLastSaved(savedLabel);
      return problem === null;
    },
    [saveSettings, setFieldError],
  );

  return { settings, loadError, errors, lastSaved, save, setFieldError };
}
