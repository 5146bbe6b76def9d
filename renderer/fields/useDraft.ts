import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldProblem } from './fieldProblem';

export interface Draft<T> {
  /** What the control shows: the person's edit while it is pending or refused, else the saved value. */
  value: T;
  error: FieldProblem | null;
  /** Shows `next` at once and saves it (after `delayMs`, when typing). */
  change(next: T, delayMs?: number): void;
  /** Saves a pending delayed change now (on blur or Enter). */
  flush(): void;
}

/**
 * An edit that is saved as it is made. A refused edit stays on screen with
 * main's reason next to it, so the person can fix it rather than lose it; a
 * saved one gives way to the saved value (which may be normalised, e.g.
 * trimmed). Typing is saved after a pause, not on every key.
 */
export function useDraft<T>(saved: T, save: (value: T) => Promise<FieldProblem | null>): Draft<T> {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [error, setError] = useState<FieldProblem | null>(null);
  const latest = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(0);
  const saveRef = useRef(save);
  saveRef.current = save;

  const commit = useCallback(async (entry: { value: T }) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    inFlight.current++;
    const problem = await saveRef.current(entry.value).finally(() => inFlight.current--);
    // A newer edit supersedes this answer.
    if (latest.current !== entry) return;
    setError(problem);
    if (!problem) {
      latest.current = null;
      setDraft(null);
    }
  }, []);

  const change = useCallback(
    (next: T, delayMs = 0) => {
      const entry = { value: next };
      latest.current = entry;
      setDraft(entry);
      clearTimeout(timer.current);
      if (delayMs > 0) timer.current = setTimeout(() => void commit(entry), delayMs);
      else void commit(entry);
    },
    [commit],
  );

  const flush = useCallback(() => {
    if (timer.current !== undefined && latest.current) void commit(latest.current);
  }, [commit]);

  // When the saved value changes under a refused edit (a reset, an import,
  // another window), the edit is stale: show what is saved now.
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    // Not while an edit waits to be saved or is on its way: its answer decides.
    if (timer.current !== undefined || inFlight.current > 0) return;
    latest.current = null;
    setDraft(null);
    setError(null);
  }, [savedKey]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { value: draft ? draft.value : saved, error, change, flush };
}
