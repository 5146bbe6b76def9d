import { useState, type ReactElement } from 'react';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { SafetyChecklist } from '../../safety/SafetyChecklist';

export interface SafetyStepProps {
  /** When the general list was acknowledged (ISO), or null. */
  acknowledgedAt: string | null;
  /** Go on to the next step (after acknowledging). */
  onDone(): void;
}

/**
 * Step 2: the contraindications, acknowledged through the same channel as
 * the safety window, so the player does not ask again before the first
 * routine. "Not for me" acknowledges nothing: the player will ask again.
 */
export function SafetyStep({ acknowledgedAt, onDone }: SafetyStepProps): ReactElement {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  async function acknowledge(): Promise<void> {
    setBusy(true);
    setError(null);
    const result = await bridge.acknowledgeSafety({ scope: 'general' });
    setBusy(false);
    if (result.ok) onDone();
    else setError(errorText(result.error));
  }

  if (acknowledgedAt !== null) {
    return (
      <div className="stack">
        <p className="welcome-done" role="status">
          <CheckMark /> You confirmed this on {formatDay(acknowledgedAt)}. Routines start without
          asking again.
        </p>
        <SafetyChecklist scope="general" readOnly onAcknowledge={() => undefined} />
      </div>
    );
  }

  return (
    <div className="stack">
      <p className="welcome-lead">
        Read this once here, and your first routine starts without stopping to ask.
      </p>
      <SafetyChecklist
        scope="general"
        busy={busy}
        acknowledgeLabel="I understand, continue"
        onAcknowledge={() => void acknowledge()}
        onDecline={() => setDeclined(true)}
      />
      {declined && (
        <p className="banner" role="status">
          Then skip the routines until a professional says they suit you. You can still set up
          reminders; Decompress will show this list again before any routine starts.
        </p>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function CheckMark(): ReactElement {
  return (
    <svg className="welcome-done__mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M4 10.5l4 4 8-9" />
    </svg>
  );
}
