import { useId, useState, type ReactElement } from 'react';
import type { SafetyScope } from '../../shared/ipc/routineChannels';
import {
  CONTRAINDICATIONS,
  DISCLAIMER,
  DURING_ROUTINE_RULE,
  SCREENING_QUESTION,
  SEE_A_PROFESSIONAL_IF,
} from '../../shared/routines/safety';
import './safetyChecklist.css';

/** What both people confirm before partner traction, each ticked on its own. */
export const PARTNER_CHECKS: readonly string[] = [
  'We agreed a stop word or hand signal, and the partner lets go slowly when it comes.',
  'We agreed a 0-10 pain scale: if the number goes up, the pull ends.',
  'The person lying down has none of the conditions on the safety list.',
  'The partner will pull slowly with body weight: never jerk, never push through pain.',
];

const GENERAL_CHECK = 'None of these apply to me, and I will stop at pain.';

export interface SafetyChecklistProps {
  scope: SafetyScope;
  /** Called once every box is ticked and the button pressed. */
  onAcknowledge(): void;
  /** "Not for me": leave without acknowledging. Hidden when absent. */
  onDecline?: () => void;
  busy?: boolean;
  acknowledgeLabel?: string;
  /** Show the lists only, with no boxes to tick (already acknowledged). */
  readOnly?: boolean;
}

/**
 * The safety acknowledgement: who should not do these routines, when to see
 * a professional, the one rule during every routine, and boxes the person
 * must tick themselves before the button works. The safety window and the
 * welcome flow both use it; each decides what acknowledging does.
 */
export function SafetyChecklist({
  scope,
  onAcknowledge,
  onDecline,
  busy = false,
  acknowledgeLabel,
  readOnly = false,
}: SafetyChecklistProps): ReactElement {
  const checks = scope === 'general' ? [GENERAL_CHECK] : PARTNER_CHECKS;
  const [ticked, setTicked] = useState<readonly boolean[]>(() => checks.map(() => false));
  const listId = useId();
  const allTicked = ticked.length === checks.length && ticked.every(Boolean);

  return (
    <div className="safety-checklist">
      {scope === 'general' ? (
        <>
          <section className="safety-checklist__block" aria-labelledby={`${listId}-avoid`}>
            <h2 id={`${listId}-avoid`}>Not for you if you have</h2>
            <p className="safety-checklist__question">{SCREENING_QUESTION}</p>
            <ul className="safety-checklist__list safety-checklist__list--warn">
              {CONTRAINDICATIONS.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section className="safety-checklist__block" aria-labelledby={`${listId}-pro`}>
            <h2 id={`${listId}-pro`}>See a professional if</h2>
            <ul className="safety-checklist__list">
              {SEE_A_PROFESSIONAL_IF.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        <section className="safety-checklist__block" aria-labelledby={`${listId}-partner`}>
          <h2 id={`${listId}-partner`}>Agree on these first</h2>
          <p className="safety-checklist__question">
            Read them together. The person lying down ticks them with the partner.
          </p>
        </section>
      )}

      <p className="safety-checklist__rule">{DURING_ROUTINE_RULE}</p>

      {!readOnly && (
        <fieldset className="safety-checklist__checks">
          <legend className="visually-hidden">
            {scope === 'general' ? 'Acknowledge the safety list' : 'Partner checks'}
          </legend>
          {checks.map((line, i) => (
            <label key={line} className="safety-checklist__check">
              <input
                type="checkbox"
                checked={ticked[i] ?? false}
                onChange={(e) => {
                  const next = [...ticked];
                  next[i] = e.currentTarget.checked;
                  setTicked(next);
                }}
              />
              <span>{line}</span>
            </label>
          ))}
        </fieldset>
      )}

      <p className="safety-checklist__disclaimer">{DISCLAIMER}</p>

      {!readOnly && (
        <div className="safety-checklist__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!allTicked || busy}
            aria-describedby={allTicked ? undefined : `${listId}-hint`}
            onClick={onAcknowledge}
          >
            {acknowledgeLabel ?? (scope === 'general' ? 'I understand' : 'We are ready')}
          </button>
          {onDecline && (
            <button
              type="button"
              className="button button--ghost"
              disabled={busy}
              onClick={onDecline}
            >
              Not for me
            </button>
          )}
          {!allTicked && (
            <span id={`${listId}-hint`} className="safety-checklist__hint">
              {checks.length === 1 ? 'Tick the box to continue.' : 'Tick every line to continue.'}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
