import { useRef, type RefObject } from 'react';
import type { CuePreferences } from '../../audio/cuePlayer';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';

const SILENT: CuePreferences = { soundEnabled: false, soundVolume: 0, spokenCues: false };

/**
 * The sound settings, kept in a ref so a cue reads the latest value when it
 * plays (a slider moved in the settings window counts at the next cue).
 */
export function useCuePreferences(): RefObject<CuePreferences> {
  const settings = useMainValue(bridge.getSettings, 'settingsChanged').value;
  const prefs = useRef<CuePreferences>(SILENT);
  prefs.current = settings
    ? {
        soundEnabled: settings.soundEnabled,
        soundVolume: settings.soundVolume,
        spokenCues: settings.spokenCues,
      }
    : SILENT;
  return prefs;
}
