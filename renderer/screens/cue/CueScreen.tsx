import { useCallback, useEffect, useId, useState, type ReactElement } from 'react';
import type { CueAction, OpenCueState } from '../../../shared/posture/cueState';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { PoseFigure } from '../../illustrations/poses';
import { closesByItselfText, CUE_DISCLAIMER, cueBarStep } from './cueText';
import { useCueSound } from './useCueSound';
import { useCueState } from './useCueState';
import './cue.css';

/**
 * The quiet cue between breaks: a posture check-in, or "Time to stand up" /
 * "Time to sit down". It opens without focus and closes by itself (main
 * closes the window at closesAt); once the person is in it, Enter is Done
 * and Esc dismisses. Everything it shows comes from main.
 */
export default function CueScreen(): ReactElement {
  const { cue, error: loadError, mainNow } = useCueState();
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useCueSound(cue);

  const answer = useCallback(async (action: CueAction) => {
    setBusy(true);
    setAnswerError(null);
    const result = await bridge.answerCue({ action });
    if (!result.ok) setAnswerError(errorText(result.error));
    setBusy(false);
  }, []);

  const open = cue?.status === 'open' ? cue : null;
  useCueKeys(open !== null && !busy, answer);

  if (!cue) {
    return (
      <main className="cue" aria-busy={loadError ? undefined : 'true'}>
        {loadError && <p role="alert">{loadError}</p>}
      </main>
    );
  }
  if (!open) {
    // Main closes the window with the cue; this shows only for a moment, or on a stray reload.
    return (
      <main className="cue cue--closed">
        <p className="cue__body">Nothing to check right now.</p>
      </main>
    );
  }
  return <OpenCue cue={open} busy={busy} error={answerError} answer={answer} now={mainNow} />;
}

function OpenCue({
  cue,
  busy,
  error,
  answer,
  now,
}: {
  cue: OpenCueState;
  busy: boolean;
  error: string | null;
  answer(action: CueAction): Promise<void>;
  now(): number;
}): ReactElement {
  const hintId = useId();
  const share = useBarShare(cue, now);
  return (
    <main className={`cue cue--${cue.kind}`} data-kind={cue.kind} aria-describedby={hintId}>
      <div className="cue__time" aria-hidden="true" data-testid="cue-time">
        <div
          className="cue__time-left"
          data-share={share.toFixed(2)}
          style={{ width: `${share * 100}%` }}
        />
      </div>
      <div className="cue__layout">
        {cue.poseId && <PoseFigure pose={cue.poseId} size={76} className="cue__figure" />}
        <div className="cue__content">
          <h1 className="cue__title">{cue.title}</h1>
          <p className="cue__body">{cue.body}</p>
          <div className="cue__actions">
            <button
              type="button"
              className="button button--primary cue__button"
              disabled={busy}
              aria-keyshortcuts="Enter"
              onClick={() => void answer('done')}
            >
              Done
            </button>
            <button
              type="button"
              className="button cue__button"
              disabled={busy}
              aria-keyshortcuts="Escape"
              onClick={() => void answer('dismiss')}
            >
              Dismiss
            </button>
          </div>
          <p className="cue__note">{CUE_DISCLAIMER}</p>
          <p id={hintId} className="visually-hidden">
            {closesByItselfText(cue, now())}
          </p>
          {error && (
            <p className="cue__error" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
    </main>
  );
}

/**
 * The share of the bar still shown: redrawn only when it drops a step, by a
 * timer set for that moment (the window's clock moves with main's).
 */
function useBarShare(cue: OpenCueState, now: () => number): number {
  const [, redraw] = useState(0);
  const step = cueBarStep(cue, now());
  useEffect(() => {
    if (step.nextInMs === null) return;
    const timer = window.setTimeout(() => redraw((n) => n + 1), step.nextInMs);
    return () => window.clearTimeout(timer);
  }, [step.share, step.nextInMs]);
  return step.share;
}

/**
 * Enter is Done and Esc dismisses, once the window has focus (a click in
 * it): the cue never takes focus by itself, so a key meant for another app
 * never answers it. A focused button keeps its own Enter.
 */
function useCueKeys(active: boolean, answer: (action: CueAction) => Promise<void>): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        void answer('dismiss');
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void answer('done');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, answer]);
}
