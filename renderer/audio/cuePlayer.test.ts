import { describe, expect, it } from 'vitest';
import { getRoutine } from '../../shared/routines/catalogue';
import type { CueEvent } from '../../shared/routines/cueEvents';
import { expand } from '../../shared/routines/segments';
import { createCuePlayer, soundFor, wordsFor, type CuePreferences } from './cuePlayer';
import type { CueSound, CueSynth } from './cueSynth';
import type { Speaker } from './spokenCues';

const FIGURE_FOUR = expand(getRoutine('seated-decompression')).find(
  (s) => s.side === 'right' && s.kind === 'hold',
);
const start: CueEvent = { atMs: 0, type: 'start', segmentIndex: FIGURE_FOUR?.index ?? 0 };

function rig(prefs: CuePreferences) {
  const played: { sound: CueSound; volume: number }[] = [];
  const said: string[] = [];
  const synth: CueSynth = {
    play: (sound, volume) => void played.push({ sound, volume }),
    close: () => undefined,
  };
  const speaker: Speaker = {
    available: true,
    say: (text) => void said.push(text),
    cancel: () => undefined,
  };
  const player = createCuePlayer(() => prefs, synth, speaker);
  return { played, said, player };
}

describe('the cue player', () => {
  it('plays the tone at the volume from settings', () => {
    const r = rig({ soundEnabled: true, soundVolume: 0.3, spokenCues: false });
    r.player(start, FIGURE_FOUR);
    r.player({ atMs: 0, type: 'countdown', count: 2, segmentIndex: 0 }, FIGURE_FOUR);
    expect(r.played).toEqual([
      { sound: 'start', volume: 0.3 },
      { sound: 'tick', volume: 0.3 },
    ]);
    expect(r.said).toEqual([]);
  });

  it('is silent when sound is off, spoken cues included', () => {
    const r = rig({ soundEnabled: false, soundVolume: 1, spokenCues: true });
    r.player(start, FIGURE_FOUR);
    expect(r.played).toEqual([]);
    expect(r.said).toEqual([]);
  });

  it('says the step, the side and the first cue when spoken cues are on', () => {
    const r = rig({ soundEnabled: true, soundVolume: 0.6, spokenCues: true });
    r.player(start, FIGURE_FOUR);
    expect(r.said).toEqual(['Figure-4 hip stretch, right side. Rest one ankle on the other knee.']);
  });

  it('gives the last count of 3-2-1 its own, higher tone; counts are not spoken', () => {
    const one: CueEvent = { atMs: 0, type: 'countdown', count: 1, segmentIndex: 0 };
    expect(soundFor(one)).toBe('lastTick');
    expect(wordsFor(one, FIGURE_FOUR)).toBeNull();
    expect(wordsFor({ atMs: 0, type: 'switchSides', segmentIndex: 0 }, undefined)).toBe(
      'Switch sides.',
    );
  });
});
