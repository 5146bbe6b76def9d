/** Says short cues aloud through the system voice, where the platform has one. */
export interface Speaker {
  readonly available: boolean;
  say(text: string, volume: number): void;
  cancel(): void;
}

/** A speaker over speechSynthesis; `available` is false (and `say` does nothing) without it. */
export function createSpeaker(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Speaker {
  const available = Boolean(synth) && typeof SpeechSynthesisUtterance === 'function';
  return {
    available,
    say(text, volume) {
      if (!available || !synth) return;
      // A new cue replaces one still being spoken: late words would mislead.
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.volume = Math.max(0, Math.min(1, volume));
      utterance.rate = 0.95;
      synth.speak(utterance);
    },
    cancel() {
      if (available) synth?.cancel();
    },
  };
}
