import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { routinePositions, type Routine } from '../../../shared/routines/model';
import { DISCLAIMER, DURING_ROUTINE_RULE } from '../../../shared/routines/safety';
import { EscHint } from '../../components/EscHint';
import { PainScale } from './PainScale';

export interface CheckInViewProps {
  when: 'before' | 'after';
  routine: Routine;
  session: RoutineSessionView;
  busy: boolean;
  onSubmit(score: number | null): void;
  /** Before only: leave without starting. */
  onCancel?: () => void;
}

const POSITION_WORDS = {
  seated: 'Seated',
  standing: 'Standing',
  floor: 'On the floor',
  partner: 'With a partner',
};

/**
 * The optional 0-10 pain check-in, before the routine (its answer starts the
 * clock) and after it. Skipping is always one click.
 */
export function CheckInView({
  when,
  routine,
  session,
  busy,
  onSubmit,
  onCancel,
}: CheckInViewProps): ReactElement {
  const [score, setScore] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen: start reading (and tabbing) from its heading.
  useEffect(() => heading.current?.focus(), []);
  const before = when === 'before';
  const stopped = session.outcome === 'stopped';
  return (
    <section className="rt-checkin" aria-labelledby="rt-checkin-title">
      {before ? (
        <>
          <p className="rt-eyebrow">Before you start</p>
          <h1 id="rt-checkin-title" ref={heading} tabIndex={-1}>
            {routine.title}
          </h1>
          <p className="rt-lead">{routine.summary}</p>
          <ul className="rt-facts" aria-label="About this routine">
            <li>About {routine.declaredMinutes} min</li>
            <li>
              {routinePositions(routine)
                .map((p) => POSITION_WORDS[p])
                .join(' or ')}
            </li>
            {routine.equipment.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <ul className="rt-notes" aria-label="Take care">
            <li>{DURING_ROUTINE_RULE}</li>
            {routine.safety.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="rt-eyebrow">{stopped ? 'Stopped early' : 'Routine complete'}</p>
          <h1 id="rt-checkin-title" ref={heading} tabIndex={-1}>
            {stopped ? 'You stopped the routine' : 'Nicely done'}
          </h1>
          <p className="rt-lead">A quick check-in helps you see what works for your back.</p>
        </>
      )}
      <PainScale
        legend={before ? 'How does your back feel right now?' : 'How does your back feel now?'}
        value={score}
        onChange={setScore}
        optionalNote="Optional"
      />
      <div className="rt-actions">
        <button
          type="button"
          className="button button--primary rt-actions__main"
          disabled={busy}
          onClick={() => onSubmit(score)}
        >
          {before ? 'Start routine' : 'Finish'}
        </button>
        {before && onCancel && (
          <button type="button" className="button button--ghost" disabled={busy} onClick={onCancel}>
            Not now
          </button>
        )}
        <EscHint does={before ? 'not now' : 'closes without rating'} className="rt-actions__esc" />
      </div>
      {before && <p className="rt-footnote">{DISCLAIMER}</p>}
    </section>
  );
}
