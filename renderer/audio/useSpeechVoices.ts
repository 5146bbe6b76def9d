import { useEffect, useState } from 'react';

export type VoiceAvailability = 'checking' | 'available' | 'none';

/**
 * How long to wait for the first voice. Browsers load voices after the
 * page (Chromium fires voiceschanged once they are in); a computer with none
 * never fires it, or fires it with an empty list.
 */
export const VOICE_SETTLE_MS = 1500;

/** Whether this computer has a speech voice to read cues with. */
export function useSpeechVoices(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): VoiceAvailability {
  const [state, setState] = useState<VoiceAvailability>(() => {
    if (!synth) return 'none';
    return synth.getVoices().length > 0 ? 'available' : 'checking';
  });

  useEffect(() => {
    if (!synth) return;
    const look = (settled: boolean) => {
      if (synth.getVoices().length > 0) setState('available');
      else if (settled) setState('none');
    };
    const onChange = () => look(true);
    synth.addEventListener('voiceschanged', onChange);
    const timer = setTimeout(() => look(true), VOICE_SETTLE_MS);
    look(false);
    return () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
    };
  }, [synth]);

  return state;
}

/** Why spoken cues are not offered, in words for the Sound settings. */
export function noVoiceText(platform: string | undefined): string {
  const base = 'No voice is installed on this computer, so cues cannot be read aloud.';
  if (platform !== 'linux')
    return `${base} Add a voice in your system’s speech settings, then restart Decompress.`;
  return `${base} On Linux, Decompress speaks through speech-dispatcher: install it with a voice (for example the speech-dispatcher and espeak-ng packages), then restart Decompress.`;
}
