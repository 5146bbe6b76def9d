import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { formatClock as formatTimeOfDay } from '../../../shared/reminders/timeWords';
import type { Routine } from '../../../shared/routines/model';
import { DURING_ROUTINE_RULE } from '../../../shared/routines/safety';
import { expand } from '../../../shared/routines/timeline';
import { resumePoint } from './resumeText';

export interface ResumeViewProps {
  routine: Routine;
  session: RoutineSessionView;
  busy: boolean;
  onResume(): void;
  onStartOver(): void;
  onNotNow(): void;
}

/**
 * "Resume where you left off?": shown when main restarted after a crash
 * while this routine was open. Resume carries on from where it was cut off;
 * Start over begins it again at the check-in; Not now lets it go (both of
 * the last two record it as interrupted).
 */
export function ResumeView({
  routine,
  session,
  busy,
  onResume,
  onStartOver,
  onNotNow,
}: ResumeViewProps): ReactElement {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen: start reading (and tabbing) from its heading.
  useEffect(() => heading.current?.focus(), []);
  const timeline = useMemo(() => expand(routine), [routine]);
  const point = resumePoint(routine, timeline, session);
  const when = session.interruptedAt === null ? null : formatTimeOfDay(session.interruptedAt);
  return (
    <section className="rt-checkin rt-resume" aria-labelledby="rt-resume-title">
      <p className="rt-eyebrow">{routine.title}</p>
      <h1 id="rt-resume-title" ref={heading} tabIndex={-1}>
        Resume where you left off?
      </h1>
      <p className="rt-lead">
        Decompress closed unexpectedly{when ? ` at ${when}` : ''}, in the middle of this routine.
      </p>
      <div className="rt-resume__where" data-testid="resume-point">
        <p className="rt-resume__step">{point.step}</p>
        {point.details.length > 0 && (
          <ul className="rt-facts" aria-label="Where it stopped">
            {point.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
        <div className="rt-resume__progress">
          <div
            className="rt-progress__bar"
            role="progressbar"
            aria-label="Routine progress when it stopped"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(point.progress * 100)}
            aria-valuetext={point.remaining}
          >
            <div
              className="rt-progress__fill"
              style={{ width: `${(point.progress * 100).toFixed(2)}%` }}
            />
          </div>
          <span className="rt-progress__left">{point.remaining}</span>
        </div>
      </div>
      <div className="rt-actions">
        <button
          type="button"
          className="button button--primary rt-actions__main"
          disabled={busy}
          onClick={onResume}
        >
          Resume
        </button>
        <button type="button" className="button" disabled={busy} onClick={onStartOver}>
          Start over
        </button>
        <button type="button" className="button button--ghost" disabled={busy} onClick={onNotNow}>
          Not now
        </button>
      </div>
      <p className="rt-footnote">{DURING_ROUTINE_RULE}</p>
    </section>
  );
}
