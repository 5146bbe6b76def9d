import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { PendingRoutine, SafetyScope } from '../../../shared/ipc/routineChannels';
import { getRoutine } from '../../../shared/routines/catalogue';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { CloseWindowButton } from '../../components/CloseWindowButton';
import { EscHint } from '../../components/EscHint';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';
import { SafetyChecklist } from '../../safety/SafetyChecklist';
import './safety.css';

interface Loaded {
  pending: PendingRoutine | null;
  /** When the general list was acknowledged (ISO), or null. */
  acknowledgedAt: string | null;
}

/** "Not for me": forget the waiting routine, then close. */
async function decline(): Promise<void> {
  await bridge.cancelPendingRoutine();
  await bridge.closeWindow();
}

async function closeWindow(): Promise<void> {
  await bridge.closeWindow();
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * "Before you start": the contraindications and the partner checks, which the
 * person must acknowledge before a routine plays. Opened by main with the
 * requested routine remembered; acknowledging starts it and this window
 * closes. Opened on its own, it shows the list to read again.
 */
export default function SafetyScreen(): ReactElement {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([bridge.getPendingRoutine(), bridge.getSettings()]).then(
      ([pending, settings]) => {
        if (!live) return;
        if (pending.ok && settings.ok) {
          setLoaded({
            pending: pending.value,
            acknowledgedAt: settings.value.safetyAcknowledgedAt,
          });
        } else if (!pending.ok) setError(errorText(pending.error));
        else if (!settings.ok) setError(errorText(settings.error));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const scope: SafetyScope = loaded?.pending?.scope ?? 'general';
  // Esc is "Not for me" while a routine waits on this screen, and a plain close otherwise.
  useCloseOnEscape(loaded?.pending ? decline : closeWindow);
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded, scope]);

  if (!loaded) {
    return (
      <main className="page safety-page" aria-busy={error ? undefined : true}>
        {error && (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        )}
      </main>
    );
  }

  const { pending } = loaded;
  const needsPartner = pending
    ? Boolean(getRoutine(pending.routineId).requiresPartnerConsent)
    : false;
  const readOnly = !pending && loaded.acknowledgedAt !== null && !thanked;

  async function acknowledge(): Promise<void> {
    setBusy(true);
    setError(null);
    const answer = await bridge.acknowledgeSafety({ scope });
    setBusy(false);
    if (!answer.ok) {
      setError(errorText(answer.error));
      return;
    }
    const result = answer.value;
    if (result.started) {
      await bridge.closeWindow();
      return;
    }
    if (result.pending) {
      setLoaded({ pending: result.pending, acknowledgedAt: loaded?.acknowledgedAt ?? null });
    } else {
      setThanked(true);
      setLoaded({ pending: null, acknowledgedAt: new Date().toISOString() });
    }
  }

  const title = scope === 'partner' ? 'Partner traction: check together' : 'Before you start';
  return (
    <main className="page safety-page">
      <article className="safety-card card" aria-labelledby="safety-title">
        <header className="safety-card__header">
          {needsPartner && (
            <p className="safety-card__step">Step {scope === 'general' ? 1 : 2} of 2</p>
          )}
          <h1 id="safety-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="safety-card__lead">
            {pending
              ? `${pending.title} starts as soon as you have read this.`
              : readOnly && loaded.acknowledgedAt
                ? `You read and acknowledged this on ${formatDate(loaded.acknowledgedAt)}.`
                : 'Gentle decompression helps many backs, but not every back. Please read this once.'}
          </p>
        </header>
        {error && (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        )}
        {thanked ? (
          <div className="safety-card__thanks" role="status">
            <p>Thank you. You can start a routine from the tray at any time.</p>
            <CloseWindowButton />
          </div>
        ) : (
          <SafetyChecklist
            key={scope}
            scope={scope}
            busy={busy}
            readOnly={readOnly}
            onAcknowledge={() => void acknowledge()}
            onDecline={pending ? () => void decline() : undefined}
            acknowledgeLabel={
              pending && scope === 'general' && needsPartner ? 'I understand, next' : undefined
            }
          />
        )}
        {readOnly && (
          <div className="safety-card__close">
            <CloseWindowButton />
          </div>
        )}
        <p className="safety-card__esc">
          <EscHint does={pending ? 'leaves without starting the routine' : 'closes this window'} />
        </p>
      </article>
    </main>
  );
}
