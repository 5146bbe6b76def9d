import { useCallback } from 'react';
import type { CueAction } from '../../../shared/posture/cueState';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';

const readCue = () => bridge.getCueState();

/**
 * The quiet cue between breaks: one line and two buttons. It opens without
 * focus and closes by itself; everything it shows comes from main.
 */
export default function CueScreen() {
  const { value: cue } = useMainValue(readCue, 'cueState');
  const answer = useCallback((action: CueAction) => {
    void bridge.answerCue({ action });
  }, []);

  if (!cue || cue.status !== 'open') return <main className="page cue" aria-busy="true" />;
  return (
    <main className="page cue">
      <h1 className="cue__title">{cue.title}</h1>
      <p className="cue__body">{cue.body}</p>
      <div className="cue__actions">
        <button type="button" className="button button--primary" onClick={() => answer('done')}>
          Done
        </button>
        <button type="button" className="button" onClick={() => answer('dismiss')}>
          Dismiss
        </button>
      </div>
    </main>
  );
}
