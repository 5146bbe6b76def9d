import type { CueState } from '../../../shared/posture/cueState';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';

const readCue = () => bridge.getCueState();
/** Pushes and answers can cross on the way: an older state never replaces a newer one. */
const isNewer = (next: CueState, current: CueState) => next.sentAt >= current.sentAt;

export interface LiveCueState {
  cue: CueState | null;
  error: string | null;
  /** Main's clock, estimated from the latest state: the bar never trusts this window's own clock. */
  mainNow(): number;
}

/** The cue main shows: read on load and kept current by its push. */
export function useCueState(): LiveCueState {
  const main = useMainValue(readCue, 'cueState', { isNewer });
  const { state } = main;
  const skew = state.status === 'ready' ? state.value.sentAt - state.receivedAt : 0;
  return {
    cue: main.value ?? null,
    error: state.status === 'failed' ? errorText(state.error) : null,
    mainNow: () => Date.now() + skew,
  };
}
