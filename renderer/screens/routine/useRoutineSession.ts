import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { bridge, errorMessage } from '../../bridge';
import { takeEarlyRead } from '../../earlyReads';

export interface RoutineSessionState {
  /** Undefined until main has answered; null when no routine is running. */
  session: RoutineSessionView | null | undefined;
  /** The last failed call, in words for a banner. */
  error: string | null;
  /** Sends one call and shows its answer (or its error). */
  run(call: () => Promise<RoutineSessionView | null>): Promise<void>;
}

/**
 * The routine session as main holds it: fetched once (a reloaded window picks
 * up where main is), then kept current by main's pushes and by the answers
 * to this window's own calls, whichever is newer.
 */
export function useRoutineSession(): RoutineSessionState {
  const [session, setSession] = useState<RoutineSessionView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const revision = useRef(-1);

  const apply = useCallback((next: RoutineSessionView | null) => {
    // Pushes and answers can cross on the way: never step back to an older state.
    if (next && next.revision < revision.current) return;
    revision.current = next ? next.revision : revision.current;
    setSession(next);
  }, []);

  useEffect(() => {
    let live = true;
    const off = bridge.on('routineSession', (next) => {
      if (live) apply(next);
    });
    takeEarlyRead('routine').then(
      (next) => {
        if (live) apply(next);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setSession(null);
      },
    );
    return () => {
      live = false;
      off();
    };
  }, [apply]);

  const run = useCallback(
    async (call: () => Promise<RoutineSessionView | null>) => {
      try {
        apply(await call());
        setError(null);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [apply],
  );

  return { session, error, run };
}
