import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import type { Routine } from '../../../shared/routines/model';
import { positionAt, type Timeline } from '../../../shared/routines/timeline';
import { formatClock, phaseLabel, setLabel, sideLabel, stepCount } from './playerText';

/** What the resume question says about where the routine was cut off. */
export interface ResumePoint {
  /** "Step 2 of 3: Armrest lift", or "Before the first step". */
  step: string;
  /** The smaller facts under it: "Hold", "Left side", "Set 2 of 3", "0:07 left". */
  details: string[];
  /** 0..1 of the whole routine done when it was cut off. */
  progress: number;
  /** "1:34 left in the routine". */
  remaining: string;
}

/**
 * Where an interrupted routine stands, from the clock main paused at the
 * moment it was cut off. A routine cut off at the check-in has no clock.
 */
export function resumePoint(
  routine: Routine,
  timeline: Timeline,
  session: Pick<RoutineSessionView, 'clock' | 'interruptedAt'>,
): ResumePoint {
  const total = timeline.at(-1);
  const totalMs = total ? total.startMs + total.durationMs : 0;
  if (!session.clock) {
    return {
      step: 'Before the first step',
      details: [],
      progress: 0,
      remaining: `${formatClock(totalMs)} in all`,
    };
  }
  const at = positionAt(timeline, session.clock, session.interruptedAt ?? session.clock.startedAt);
  const segment = timeline[at.segmentIndex];
  if (!segment) {
    return { step: routine.title, details: [], progress: 1, remaining: '0:00 left' };
  }
  const details = [phaseLabel(segment), sideLabel(segment), setLabel(segment)].filter(
    (d): d is string => d !== null,
  );
  details.push(`${formatClock(at.remainingInSegmentMs)} left`);
  return {
    step: `Step ${segment.stepIndex + 1} of ${stepCount(timeline)}: ${segment.title}`,
    details,
    progress: at.overallProgress,
    remaining: `${formatClock(at.remainingMs)} left in the routine`,
  };
}
