import { useCallback, useEffect, useState } from 'react';
import type { OpenPromptState, PromptAction } from '../../../shared/reminders/promptState';
import { sinceLastBreakText } from '../../../shared/reminders/sinceLastBreak';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import {
  catchUpText,
  insistentLine,
  promptHeading,
  routineLine,
  snoozeLabel,
  snoozesLeft,
} from './promptText';
import { ShortestOption } from './ShortestOption';
import { SnoozeOfferView } from './SnoozeOfferView';
import { useNagChime } from './useNagChime';
import { usePromptState, useTicker } from './usePromptState';
import './prompt.css';
import { CloseWindowButton } from '../../components/CloseWindowButton';
import { NoTrayLine } from './NoTrayLine';

const LEVEL_CLASS = ['prompt--quiet', 'prompt--raised', 'prompt--insistent'] as const;

/**
 * The break prompt. It opens without focus (typing elsewhere never lands
 * here) and never takes focus itself; once the person is in it, Enter starts
 * and Esc snoozes. Everything it shows comes from main.
 */
export default function PromptScreen() {
  const { state, error: loadError, mainNow } = usePromptState();
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useTicker(30_000);
  useNagChime(state);

  const answer = useCallback(async (action: PromptAction) => {
    setBusy(true);
    setAnswerError(null);
    const result = await bridge.answerPrompt({ action });
    if (!result.ok) setAnswerError(errorText(result.error));
    setBusy(false);
  }, []);

  const open = state?.status === 'open' ? state : null;
  useAnswerKeys(open, busy, answer);

  if (!state) {
    return (
      <main className="page prompt" aria-busy={loadError ? undefined : 'true'}>
        {loadError && <p role="alert">{loadError}</p>}
      </main>
    );
  }

  if (state.status === 'offer') {
    return <SnoozeOfferView offer={state} busy={busy} answer={answer} />;
  }

  if (!open) {
    return (
      <main className="page prompt prompt--quiet">
        <h1 className="prompt__title">No break is due right now</h1>
        <p className="prompt__meta">Decompress will tell you when it is time.</p>
        <div className="prompt__actions">
          <CloseWindowButton variant="plain" />
        </div>
      </main>
    );
  }

  const snooze = snoozeLabel(open);
  const since = sinceLastBreakText(open.lastBreakAt, open.workingSince, mainNow());
  return (
    <main
      className={`page prompt ${LEVEL_CLASS[open.escalation]}`}
      data-escalation={open.escalation}
    >
      <h1 className="prompt__title">{promptHeading(open)}</h1>
      {open.escalation === 2 && <p className="banner prompt__insist">{insistentLine(open)}</p>}
      {open.session && open.catchUp && (
        <p className="prompt__meta" data-testid="catch-up">
          {catchUpText(open)}
        </p>
      )}
      {since && (
        <p className="prompt__meta" data-testid="since-last-break">
          {since}
        </p>
      )}
      <p className="prompt__routine" id="prompt-routine">
        {routineLine(open)}
      </p>
      <div className="prompt__actions">
        <button
          className="button button--primary"
          type="button"
          disabled={busy}
          aria-describedby="prompt-routine"
          aria-keyshortcuts="Enter"
          onClick={() => void answer('start')}
        >
          Start
        </button>
        {snooze && (
          <button
            className="button"
            type="button"
            disabled={busy || snoozesLeft(open) === 0}
            aria-keyshortcuts="Escape"
            onClick={() => void answer('snooze')}
          >
            {snooze}
          </button>
        )}
        {open.canSkip && (
          <button
            className="button button--ghost"
            type="button"
            disabled={busy}
            onClick={() => void answer('skip')}
          >
            Skip
          </button>
        )}
      </div>
      <ShortestOption open={open} busy={busy} answer={answer} />
      {open.escalation > 0 && (
        <p className="prompt__keys muted">
          Enter starts
          {snoozesLeft(open) > 0 ? `, Esc snoozes for ${open.snoozeMinutes} min` : ''}.
        </p>
      )}
      <NoTrayLine openedAt={open.openedAt} />
      {answerError && (
        <p className="banner banner--error" role="alert">
          {answerError}
        </p>
      )}
    </main>
  );
}

/**
 * Enter starts, Esc snoozes (where a snooze is left). A focused button keeps
 * its own Enter, so tabbing to Skip and pressing Enter skips.
 */
function useAnswerKeys(
  open: OpenPromptState | null,
  busy: boolean,
  answer: (action: PromptAction) => Promise<void>,
): void {
  useEffect(() => {
    if (!open || busy) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === 'Enter' && !onButton) {
        event.preventDefault();
        void answer('start');
      } else if (event.key === 'Escape' && snoozesLeft(open) > 0) {
        event.preventDefault();
        void answer('snooze');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, busy, answer]);
}
