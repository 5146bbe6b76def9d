/** The sounds of the player: short, soft sine tones, synthesised so no audio files ship. */
export type CueSound = 'start' | 'switchSides' | 'tick' | 'lastTick' | 'done' | 'nudge';

interface Tone {
  /** Hz. */
  freq: number;
  /** Seconds after the cue. */
  at: number;
  /** Seconds. */
  length: number;
}

// Rising for "go", a falling pair for "switch", a soft tick for 3-2-1 and a
// warm major arpeggio for "done": distinct enough to follow with eyes closed.
const PATTERNS: Record<CueSound, readonly Tone[]> = {
  start: [
    { freq: 660, at: 0, length: 0.16 },
    { freq: 880, at: 0.16, length: 0.3 },
  ],
  switchSides: [
    { freq: 784, at: 0, length: 0.2 },
    { freq: 587, at: 0.22, length: 0.3 },
  ],
  tick: [{ freq: 520, at: 0, length: 0.1 }],
  lastTick: [{ freq: 620, at: 0, length: 0.14 }],
  done: [
    { freq: 523, at: 0, length: 0.22 },
    { freq: 659, at: 0.18, length: 0.22 },
    { freq: 784, at: 0.36, length: 0.5 },
  ],
  // The posture and sit-stand cue (only when asked for): one low, short tone.
  nudge: [{ freq: 440, at: 0, length: 0.35 }],
};

export interface CueSynth {
  /** Plays a cue at `volume` (0..1). Quietly does nothing where Web Audio is missing. */
  play(sound: CueSound, volume: number): void;
  close(): void;
}

type AudioContextClass = new () => AudioContext;

/** A synth on one AudioContext, created at the first cue (browsers want a page that is in use). */
export function createCueSynth(
  AudioContextImpl: AudioContextClass | undefined = globalThis.AudioContext,
): CueSynth {
  let context: AudioContext | null = null;
  return {
    play(sound, volume) {
      if (!AudioContextImpl || volume <= 0) return;
      context ??= new AudioContextImpl();
      const ctx = context;
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      const t0 = ctx.currentTime + 0.02;
      // Sine tones peak well below full scale: the loudest setting stays gentle.
      const peak = Math.min(1, volume) * 0.35;
      for (const tone of PATTERNS[sound]) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = tone.freq;
        const start = t0 + tone.at;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(peak, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.length);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start);
        osc.stop(start + tone.length + 0.05);
      }
    },
    close() {
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
