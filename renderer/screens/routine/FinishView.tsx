import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import type { Routine } from '../../../shared/routines/model';
import type { Timeline } from '../../../shared/routines/segments';
import { positionAt } from '../../../shared/routines/sessionClock';
import { DISCLAIMER } from '../../../shared/routines/safety';
import { bridge } from '../../bridge';
import { EscHint } from '../../components/EscHint';
import { useMainValue } from '../../mainValue/useMainValue';
import { STREAK_NOTE, streakWords } from '../history/historyText';
import { formatClock, painChange, stepCount, stepsDone } from './playerText';

/** The finish screen closes itself after this long, unless the person is using it. */
export const AUTO_CLOSE_MS = 20_000;

export interface FinishViewProps {
  routine: Routine;
  timeline: Timeline;
  session: RoutineSessionView;
  onClose(): void;
}

function streakLine(days: number): string {
  return days === 0 ? 'Complete a routine to start one' : streakWords(days);
}

/**
 * What was done, pain before and after, and the streak. Closes itself after
 * a short while (WCAG 2.2.1): it says so first thing, read with the heading,
 * and offers "Keep open". It also stays once the person is plainly here: a
 * key pressed, focus moved on from the heading, or the pointer over it.
 */
export function FinishView({ routine, timeline, session, onClose }: FinishViewProps): ReactElement {
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeId = useId();
  const summary = useMainValue(bridge.getHistorySummary, { refetchOn: 'historyChanged' }).value;
  const streak = summary ? summary.streak.current : null;
  const [holding, setHolding] = useState(false);
  const [staying, setStaying] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (holding || staying) return;
    const timer = setTimeout(onClose, AUTO_CLOSE_MS);
    return () => clearTimeout(timer);
  }, [holding, staying, onClose]);

  useEffect(() => {
    const stay = () => setStaying(true);
    // Focus anywhere but the heading it starts on means someone is moving through the screen.
    const onFocus = (event: FocusEvent) => {
      if (event.target !== heading.current) stay();
    };
    document.addEventListener('keydown', stay);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', stay);
      document.removeEventListener('focusin', onFocus);
    };
  }, []);

  const end =
    session.clock && session.endedAt !== null
      ? positionAt(timeline, session.clock, session.endedAt)
      : null;
  const done = end ? stepsDone(timeline, session.skippedStepIds, end) : 0;
  const completed = session.outcome === 'completed';
  const skippedTitles = session.skippedStepIds.map(
    (id) => routine.steps.find((s) => s.id === id)?.title ?? id,
  );
  const change = painChange(session.painBefore, session.painAfter);

  return (
    <section
      className="rt-panel rt-finish"
      aria-labelledby="rt-finish-title"
      onMouseEnter={() => setHolding(true)}
      onMouseLeave={() => setHolding(false)}
    >
      <div className="rt-badge" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="30" height="30" focusable="false">
          <path
            d="M5 12.5l4.5 4.5L19 7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </div>
      <h1 id="rt-finish-title" ref={heading} tabIndex={-1} aria-describedby={noticeId}>
        {completed ? 'Well done' : 'Routine stopped'}
      </h1>
      <p id={noticeId} className="rt-autoclose" role="status">
        {holding || staying
          ? 'This screen stays open until you close it.'
          : `This screen closes by itself in ${AUTO_CLOSE_MS / 1000} seconds.`}
        {/* Kept in place once pressed, so keyboard focus is never dropped. */}
        <button
          type="button"
          className="button button--ghost rt-autoclose__keep"
          aria-pressed={staying}
          onClick={() => setStaying(true)}
        >
          Keep open
        </button>
      </p>
      <p className="rt-lead">
        {completed
          ? `You finished ${routine.title.toLowerCase()}. Your back thanks you.`
          : `You stopped ${routine.title.toLowerCase()} early. Any movement helps.`}
      </p>
      <dl className="rt-summary">
        <div>
          <dt>Time</dt>
          <dd>{formatClock(session.playedMs)}</dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd>
            {done} of {stepCount(timeline)}
          </dd>
        </div>
        <div>
          <dt>Pain</dt>
          <dd>
            {session.painBefore === null && session.painAfter === null ? (
              'Not rated'
            ) : (
              <>
                {session.painBefore ?? '–'}{' '}
                <span role="img" aria-label="to">
                  →
                </span>{' '}
                {session.painAfter ?? '–'}
                {change && <span className="rt-summary__note">{change}</span>}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {streak === null ? '…' : streakLine(streak)}
            {streak !== null && streak > 0 && (
              <span className="rt-summary__aside">{STREAK_NOTE}</span>
            )}
          </dd>
        </div>
      </dl>
      {skippedTitles.length > 0 && (
        <p className="rt-skipped">Skipped: {skippedTitles.join(', ')}</p>
      )}
      <div className="rt-actions">
        <button type="button" className="button button--primary rt-actions__main" onClick={onClose}>
          Close
        </button>
        <EscHint does="closes" />
      </div>
      <p className="rt-footnote">{DISCLAIMER}</p>
    </section>
  );
}
