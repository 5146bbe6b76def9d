/**
 * The routine player's single source of truth: a routine laid out as a flat
 * list of timed segments, the session clock that says where a run is at any
 * instant, and the audio cues. Everything here is pure and takes `now` as an
 * argument, so main and the renderer agree and tests need no fake timers.
 */
export {
  expand,
  isWork,
  nextStepPreview,
  repAt,
  routineDurationMs,
  segmentIndexAt,
  stepStartIndex,
  timelineDurationMs,
  type Segment,
  type SegmentKind,
  type Side,
  type Timeline,
} from './segments';
export {
  BACK_RESTART_THRESHOLD_MS,
  backSegment,
  backStep,
  jumpTo,
  pauseAt,
  positionAt,
  resumeAt,
  skipSegment,
  skipStep,
  startClock,
  type Jump,
  type PauseSpan,
  type Position,
  type SessionClock,
} from './sessionClock';
export { cueEvents, cuesBetween, type CueEvent, type CueType } from './cueEvents';
