import { useEffect, useRef, type RefObject } from 'react';
import type { CuePreferences } from '../../audio/cuePlayer';
import { bridge } from '../../bridge';

const SILENT: CuePreferences = { soundEnabled: false, soundVolume: 0, spokenCues: false };

/**
 * The sound settings, kept in a ref so a cue reads the latest value without
 * re-rendering the player when a slider moves in the settings window.
 */
export function useCuePreferences(): RefObject<CuePreferences> {
  const prefs = useRef<CuePreferences>(SILENT);
  useEffect(() => {
    let live = true;
    const take = (s: CuePreferences) => {
      prefs.current = {
        soundEnabled: s.soundEnabled,
        soundVolume: s.soundVolume,
        spokenCues: s.spokenCues,
      };
    };
    bridge.getSettings().then(
      (s) => {
        if (live) take(s);
      },
      () => undefined,
    );
    const off = bridge.on('settingsChanged', take);
    return () => {
      live = false;
      off();
    };
  }, []);
  return prefs;
}
