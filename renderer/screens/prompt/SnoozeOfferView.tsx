import { useEffect, type ReactElement } from 'react';
import type { PromptAction, SnoozeOfferState } from '../../../shared/reminders/promptState';
import { formatClock } from '../../../shared/reminders/timeWords';
import { shortestOfferLine } from './promptText';

export interface SnoozeOfferViewProps {
  offer: SnoozeOfferState;
  busy: boolean;
  answer(action: PromptAction): Promise<void>;
}

/**
 * Just after a snooze: "Not now? A 1-minute seated reset instead" and one
 * button. The snooze already counts; main closes this by itself at
 * closesAt. It never takes focus; once the person is in it, Enter takes
 * the offer (Esc needs nothing: the snooze stands either way).
 */
export function SnoozeOfferView({ offer, busy, answer }: SnoozeOfferViewProps): ReactElement {
  useEffect(() => {
    if (busy) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.key !== 'Enter') return;
      if (event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      void answer('startShortest');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, answer]);

  return (
    <main className="page prompt prompt--quiet prompt--offer" data-testid="snooze-offer">
      <h1 className="prompt__title">{shortestOfferLine(offer.routine)}</h1>
      <p className="prompt__meta">
        Snoozed until {formatClock(offer.snoozedUntil)}. This closes by itself.
      </p>
      <div className="prompt__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-keyshortcuts="Enter"
          onClick={() => void answer('startShortest')}
        >
          Start it
        </button>
      </div>
    </main>
  );
}
