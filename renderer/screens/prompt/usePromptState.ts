import { useEffect, useRef, useState } from 'react';
import type { PromptState } from '../../../shared/reminders/promptState';
import { bridge, errorMessage } from '../../bridge';
import { takeEarlyRead } from '../../earlyReads';

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
  const [state, setState] = useState<PromptState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const skew = useRef(0);
  const newest = useRef(-Infinity);

  useEffect(() => {
    let live = true;
    const accept = (next: PromptState) => {
      if (!live || next.sentAt < newest.current) return;
      newest.current = next.sentAt;
      skew.current = next.sentAt - Date.now();
      setState(next);
    };
    takeEarlyRead('prompt').then(accept, (e: unknown) => live && setError(errorMessage(e)));
    const off = bridge.on('promptState', accept);
    return () => {
      live = false;
      off();
    };
  }, []);

  return { state, error, mainNow: () => Date.now() + skew.current };
}

/** Re-renders every `everyMs` so "Last break: 12 min ago" stays true. */
export function useTicker(everyMs: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
}
