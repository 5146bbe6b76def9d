import { useLayoutEffect, useState, type ReactElement } from 'react';
import type { RoutineAction } from '../../../shared/ipc/routineChannels';
import type { Routine } from '../../../shared/routines/model';
import { isWork, type Timeline } from '../../../shared/routines/segments';
import type { Position } from '../../../shared/routines/sessionClock';
import { PoseFigure } from '../../illustrations/poses';
import { CountdownRing } from './CountdownRing';
import { HurtsButton } from './HurtsButton';
import {
  announcement,
  formatClock,
  nextLabel,
  phaseLabel,
  repLabel,
  ringNumber,
  setLabel,
  sideLabel,
  stepCount,
} from './playerText';
import { StopConfirm } from './StopConfirm';

type PlayerAction = Exclude<RoutineAction, 'finish'>;

export interface PlayerViewProps {
  routine: Routine;
  timeline: Timeline;
  position: Position;
  busy: boolean;
  onAction(action: PlayerAction): void;
}

/** Keys that belong to a focused control (Space on a button clicks it) are left alone. */
function ownsSpace(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.closest('button, input, select, textarea, a[href], [role="radio"]') !== null ||
      target.isContentEditable)
  );
}

/**
 * The player: what to do now (title, cues, figure), how long (the ring),
 * where in the routine (progress, next), and the controls. Keys: Space
 * pauses and resumes, Left goes back, Right skips, Esc asks to stop.
 */
export function PlayerView({
  routine,
  timeline,
  position,
  busy,
  onAction,
}: PlayerViewProps): ReactElement {
  const [confirming, setConfirming] = useState(false);
  const segment = timeline[position.segmentIndex];
  const paused = position.paused;

  // A layout effect: the keys work from the moment the player is on screen.
  useLayoutEffect(() => {
    if (confirming) return;
    function onKey(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      switch (event.key) {
        case ' ':
          if (ownsSpace(event.target) || event.repeat) return;
          event.preventDefault();
          onAction(paused ? 'resume' : 'pause');
          return;
        case 'ArrowLeft':
          event.preventDefault();
          onAction('back');
          return;
        case 'ArrowRight':
          event.preventDefault();
          onAction('next');
          return;
        case 'Escape':
          event.preventDefault();
          setConfirming(true);
          return;
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [confirming, paused, onAction]);

  if (!segment) return <p role="alert">This routine has no steps.</p>;

  const steps = stepCount(timeline);
  const side = sideLabel(segment);
  const set = setLabel(segment);
  const rep = repLabel(segment, position.elapsedInSegmentMs);
  const work = isWork(segment);
  const remainingShare =
    segment.durationMs > 0 ? position.remainingInSegmentMs / segment.durationMs : 0;

  return (
    // data-segment-index lets tests and the benchmark see exactly which segment is on screen.
    <div
      className={`rt-player${paused ? ' rt-player--paused' : ''}`}
      data-segment-index={segment.index}
    >
      <header className="rt-top">
        <div className="rt-top__where">
          <span className="rt-top__routine">{routine.title}</span>
          <span className="rt-top__step">
            Step {segment.stepIndex + 1} of {steps}
          </span>
        </div>
        <HurtsButton onClick={() => onAction('hurts')} />
      </header>

      <div className="rt-progress">
        <div
          className="rt-progress__bar"
          role="progressbar"
          aria-label="Routine progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(position.overallProgress * 100)}
          aria-valuetext={`${formatClock(position.remainingMs)} left`}
        >
          <div
            className="rt-progress__fill"
            style={{ width: `${(position.overallProgress * 100).toFixed(2)}%` }}
          />
        </div>
        <span className="rt-progress__left">{formatClock(position.remainingMs)} left</span>
      </div>

      <main className="rt-stage">
        <div className="rt-visual">
          <div className="rt-figure">
            <PoseFigure pose={segment.pose} mirrored={segment.side === 'right'} size={300} />
          </div>
          <CountdownRing
            remaining={remainingShare}
            tone={work ? 'work' : 'quiet'}
            paused={paused}
            segmentKey={segment.index}
          >
            <span className="rt-ring__number" data-testid="countdown">
              {ringNumber(position.remainingInSegmentMs)}
            </span>
            <span className="rt-ring__unit">
              {paused ? 'Paused' : position.remainingInSegmentMs >= 60_000 ? 'left' : 'seconds'}
            </span>
          </CountdownRing>
        </div>

        <div className="rt-text">
          <p className="rt-meta">
            <span className={`rt-chip rt-chip--${work ? 'work' : 'quiet'}`}>
              {phaseLabel(segment)}
            </span>
            {side && <span className="rt-chip rt-chip--side">{side}</span>}
            {set && <span className="rt-meta__item">{set}</span>}
            {rep && (
              <span className="rt-meta__item rt-meta__rep" data-testid="rep-counter">
                {rep}
              </span>
            )}
          </p>
          <h1 className="rt-title">{segment.title}</h1>
          <ul className="rt-cues">
            {segment.cues.slice(0, 3).map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
          <p className="rt-next">{nextLabel(timeline, segment.index)}</p>
        </div>
      </main>

      <footer className="rt-controls">
        <div className="rt-controls__main">
          <button
            type="button"
            className="button rt-control"
            disabled={busy}
            onClick={() => onAction('back')}
          >
            Back <kbd aria-hidden="true">←</kbd>
          </button>
          <button
            type="button"
            className="button button--primary rt-control rt-control--toggle"
            disabled={busy}
            onClick={() => onAction(paused ? 'resume' : 'pause')}
          >
            {paused ? 'Resume' : 'Pause'} <kbd aria-hidden="true">Space</kbd>
          </button>
          <button
            type="button"
            className="button rt-control"
            disabled={busy}
            onClick={() => onAction('next')}
          >
            Skip <kbd aria-hidden="true">→</kbd>
          </button>
        </div>
        <button
          type="button"
          className="button button--ghost rt-control"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          Stop <kbd aria-hidden="true">Esc</kbd>
        </button>
      </footer>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement(timeline, position)}
      </p>

      {confirming && (
        <StopConfirm
          onKeepGoing={() => setConfirming(false)}
          onStop={() => {
            setConfirming(false);
            onAction('stop');
          }}
        />
      )}
    </div>
  );
}
