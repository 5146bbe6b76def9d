import type { CueEvent } from '../../shared/routines/cueEvents';
import type { Segment } from '../../shared/routines/segments';
import { createCueSynth, type CueSound, type CueSynth } from './cueSynth';
import { createSpeaker, type Speaker } from './spokenCues';

/** The settings that decide what a cue sounds like. */
export interface CuePreferences {
  soundEnabled: boolean;
  soundVolume: number;
  spokenCues: boolean;
}

/** Plays one cue of the timeline; the player calls it at the cueEvents() instants. */
export type CueOutput = (cue: CueEvent, segment: Segment | undefined) => void;

/** The tone for a cue: the last count of 3-2-1 is a little higher, like a starting beep. */
export function soundFor(cue: CueEvent): CueSound {
  if (cue.type === 'countdown') return cue.count === 1 ? 'lastTick' : 'tick';
  return cue.type;
}

/** What a spoken cue says, or null for cues that are tones only (3-2-1). */
export function wordsFor(cue: CueEvent, segment: Segment | undefined): string | null {
  switch (cue.type) {
    case 'start': {
      if (!segment) return null;
      const side = segment.side ? `, ${segment.side} side` : '';
      return `${segment.title}${side}. ${segment.cues[0] ?? ''}`.trim();
    }
    case 'switchSides':
      return 'Switch sides.';
    case 'done':
      return 'Well done. That is the end of the routine.';
    case 'countdown':
      return null;
  }
}

/**
 * The player's voice: tones through Web Audio (off when sound is off) and,
 * when asked for and available, the words through speechSynthesis.
 */
export function createCuePlayer(
  preferences: () => CuePreferences,
  synth: CueSynth = createCueSynth(),
  speaker: Speaker = createSpeaker(),
): CueOutput & { close(): void } {
  const play = (cue: CueEvent, segment: Segment | undefined): void => {
    const prefs = preferences();
    if (!prefs.soundEnabled) return;
    synth.play(soundFor(cue), prefs.soundVolume);
    const words = prefs.spokenCues ? wordsFor(cue, segment) : null;
    if (words) speaker.say(words, prefs.soundVolume);
  };
  return Object.assign(play, {
    close() {
      speaker.cancel();
      synth.close();
    },
  });
}
