import { useCallback, useState } from 'react';
import type { IpcResult } from '../../../shared/ipc/result';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { errorText } from '../../../shared/settings/messages';
import { takeEarlyRead } from '../../earlyReads';
import { useMainValue } from '../../mainValue/useMainValue';

export interface RoutineSessionState {
  /** Undefined until main has answered; null when no routine is running. */
  session: RoutineSessionView | null | undefined;
  /** The last failed call, in words for a banner. */
  error: string | null;
  /** Sends one call and shows its answer (or its error). */
  run(call: () => Promise<IpcResult<RoutineSessionView | null>>): Promise<void>;
}

const readSession = () => takeEarlyRead('routine');

/** Pushes and answers can cross on the way: never step back to an older revision. */
function isNewer(next: RoutineSessionView | null, current: RoutineSessionView | null): boolean {
  return next === null || current === null || next.revision >= current.revision;
}

/**
 * The routine session as main holds it: fetched once (a reloaded window picks
 * up where main is), then kept current by main's pushes and by the answers
 * to this window's own calls, whichever is newer.
 */
export function useRoutineSession(): RoutineSessionState {
  const main = useMainValue(readSession, 'routineSession', { isNewer });
  const [callError, setCallError] = useState<string | null>(null);
  const { accept } = main;

  const run = useCallback(
    async (call: () => Promise<IpcResult<RoutineSessionView | null>>) => {
      const result = await call();
      if (result.ok) {
        accept(result.value);
        setCallError(null);
      } else {
        setCallError(errorText(result.error));
      }
    },
    [accept],
  );

  const { state } = main;
  // A window that cannot read the session shows "no routine" with the reason.
  const session =
    state.status === 'ready' ? state.value : state.status === 'failed' ? null : undefined;
  const error = callError ?? (state.status === 'failed' ? errorText(state.error) : null);
  return { session, error, run };
}
