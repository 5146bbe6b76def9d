import { useEffect, useRef } from 'react';
import type { CueState } from '../../../shared/posture/cueState';
import { createCueSynth, type CueSynth } from '../../audio/cueSynth';

/** A cue older than this when the window hears of it (a reload, a late push) stays silent. */
const FRESH_CUE_MS = 10_000;
/** Softer than the player: a nudge, not an alarm (the cue carries no volume of its own). */
export const CUE_VOLUME = 0.4;

/**
 * One soft tone when a cue opens, only when the person asked for it
 * (`sound`), once per cue (keyed by when it opened) and never for a cue
 * the window hears of late.
 */
export function useCueSound(
  cue: CueState | null,
  makeSynth: () => CueSynth = createCueSynth,
): void {
  const synth = useRef<CueSynth | null>(null);
  const playedFor = useRef<number | null>(null);

  useEffect(() => {
    if (!cue || cue.status !== 'open') return;
    if (playedFor.current === cue.shownAt) return;
    playedFor.current = cue.shownAt;
    if (!cue.sound || cue.sentAt - cue.shownAt > FRESH_CUE_MS) return;
    synth.current ??= makeSynth();
    synth.current.play('nudge', CUE_VOLUME);
  }, [cue, makeSynth]);

  useEffect(
    () => () => {
      synth.current?.close();
      synth.current = null;
    },
    [],
  );
}
