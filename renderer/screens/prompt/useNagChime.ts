import { useEffect, useRef } from 'react';
import type { PromptState } from '../../../shared/reminders/promptState';
import { createCueSynth, type CueSynth } from '../../audio/cueSynth';

/** A nag older than this when the window hears of it (a reload, a late push) stays silent. */
const FRESH_NAG_MS = 10_000;

/**
 * Chimes once per nag of an escalated prompt, softly, at the volume from
 * settings, and never when sound is off. Keyed by the nag's time so a
 * reloaded window does not chime again for a nag it already announced.
 */
export function useNagChime(
  state: PromptState | null,
  makeSynth: () => CueSynth = createCueSynth,
): void {
  const synth = useRef<CueSynth | null>(null);
  const chimedFor = useRef<number | null>(null);

  useEffect(() => {
    if (!state || state.status !== 'open' || state.escalation === 0 || state.lastNagAt === null)
      return;
    if (chimedFor.current === state.lastNagAt) return;
    chimedFor.current = state.lastNagAt;
    if (!state.sound.enabled || state.sentAt - state.lastNagAt > FRESH_NAG_MS) return;
    synth.current ??= makeSynth();
    synth.current.play('start', state.sound.volume);
  }, [state, makeSynth]);

  useEffect(
    () => () => {
      synth.current?.close();
      synth.current = null;
    },
    [],
  );
}
