import { useEffect, useState } from 'react';
import type { PromptState } from '../../../shared/reminders/promptState';
import { errorText } from '../../../shared/settings/messages';
import { takeEarlyRead } from '../../earlyReads';
import { useMainValue } from '../../mainValue/useMainValue';

const readPrompt = () => takeEarlyRead('prompt');
/** Pushes and answers can cross on the way: a state sent earlier never replaces a later one. */
const isNewer = (next: PromptState, current: PromptState) => next.sentAt >= current.sentAt;

export interface LivePromptState {
  state: PromptState | null;
  error: string | null;
  /** Main's clock, estimated from the latest state: elapsed times never trust this window's own clock. */
  mainNow(): number;
}

/**
 * The prompt state main holds: fetched on load (a reloaded window shows the
 * same prompt) and kept current by pushes. An older answer never replaces a
 * newer push.
 */
export function usePromptState(): LivePromptState {
  const main = useMainValue(readPrompt, 'promptState', { isNewer });
  const { state } = main;
  // How far main's clock is from this window's, measured when the state arrived.
  const skew = state.status === 'ready' ? state.value.sentAt - state.receivedAt : 0;
  return {
    state: main.value ?? null,
    error: state.status === 'failed' ? errorText(state.error) : null,
    mainNow: () => Date.now() + skew,
  };
}

/** Re-renders every `everyMs` so "Last break: 12 min ago" stays true. */
export function useTicker(everyMs: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
}
