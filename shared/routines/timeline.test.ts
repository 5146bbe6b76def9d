import { describe, expect, it } from 'vitest';
import type { HoldStep, RepsStep, Routine } from './model';
import {
  backSegment,
  backStep,
  cueEvents,
  cuesBetween,
  expand,
  jumpTo,
  nextStepPreview,
  pauseAt,
  positionAt,
  repAt,
  resumeAt,
  routineDurationMs,
  skipSegment,
  skipStep,
  startClock,
  type SessionClock,
  type Timeline,
} from './timeline';

const T0 = 1_700_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

/*
 * The fixture, laid out (seconds from start):
 *  0 getReady A   0-5     left
 *  1 hold L1      5-15
 *  2 rest        15-20    left set 2
 *  3 hold L2     20-30
 *  4 rest        30-35    right set 1, side switch
 *  5 hold R1     35-45
 *  6 rest        45-50
 *  7 hold R2     50-60
 *  8 rep  B1     60-68    4 reps x 2 s
 *  9 rest        68-71
 * 10 rep  B2     71-79
 * 11 getReady C  79-83
 * 12 timed C     83-89
 */
const stepA: HoldStep = {
  id: 'a',
  title: 'Hold both sides',
  cues: ['Hold.'],
  pose: 'supine-hamstring-stretch',
  kind: 'hold',
  seconds: 10,
  sets: 2,
  restSeconds: 5,
  sides: 'both',
  getReadySeconds: 5,
};

const stepB: RepsStep = {
  id: 'b',
  title: 'Reps',
  cues: ['Tilt.'],
  pose: 'supine-pelvic-tilt',
  kind: 'reps',
  reps: 4,
  secondsPerRep: 2,
  sets: 2,
  restSeconds: 3,
  sides: 'none',
  getReadySeconds: 0,
};

const stepC: HoldStep = {
  id: 'c',
  title: 'Timer',
  cues: ['Rest.'],
  pose: 'mat-rest',
  kind: 'timed',
  seconds: 6,
  sets: 1,
  restSeconds: 0,
  sides: 'none',
  getReadySeconds: 4,
};

const routine: Routine = {
  id: 'fixture',
  title: 'Fixture',
  summary: 'Test routine',
  position: 'floor',
  equipment: [],
  safety: [],
  declaredMinutes: 1.5,
  steps: [stepA, stepB, stepC],
};

const timeline = expand(routine);
const TOTAL_MS = 89_000;

function segment(index: number) {
  const found = timeline[index];
  if (!found) throw new Error(`no segment ${index}`);
  return found;
}

function at(clock: SessionClock, seconds: number) {
  return positionAt(timeline, clock, s(seconds));
}

describe('expand', () => {
  it('lays out get ready, sets per side with rests between, in playing order', () => {
    expect(timeline.map((g) => [g.kind, g.side, g.set])).toEqual([
      ['getReady', 'left', 1],
      ['hold', 'left', 1],
      ['rest', 'left', 2],
      ['hold', 'left', 2],
      ['rest', 'right', 1],
      ['hold', 'right', 1],
      ['rest', 'right', 2],
      ['hold', 'right', 2],
      ['rep', null, 1],
      ['rest', null, 2],
      ['rep', null, 2],
      ['getReady', null, 1],
      ['timed', null, 1],
    ]);
  });

  it('places segments back to back, so the total is the sum of their lengths', () => {
    expect(timeline.map((g) => g.startMs / 1000)).toEqual([
      0, 5, 15, 20, 30, 35, 45, 50, 60, 68, 71, 79, 83,
    ]);
    expect(timeline.map((g) => g.index)).toEqual(timeline.map((_, i) => i));
    expect(routineDurationMs(routine)).toBe(TOTAL_MS);
  });

  it('never rests after the last set of the last side', () => {
    const lastOfEachStep = [7, 10, 12].map((i) => timeline[i]?.kind);
    expect(lastOfEachStep).toEqual(['hold', 'rep', 'timed']);
    expect(timeline.at(-1)?.kind).not.toBe('rest');
  });

  it('marks only the rest before the new side as the side switch', () => {
    expect(timeline.filter((g) => g.sideSwitch).map((g) => g.index)).toEqual([4]);
  });

  it('marks the first right-side set as the switch when the step has no rest', () => {
    const noRest = expand({
      ...routine,
      steps: [{ ...stepA, restSeconds: 0, sets: 1, getReadySeconds: 0 }],
    });
    expect(noRest.map((g) => [g.kind, g.side, g.sideSwitch])).toEqual([
      ['hold', 'left', false],
      ['hold', 'right', true],
    ]);
  });

  it('gives each rep set its rep count and pace, and counts reps from them', () => {
    const set = segment(8);
    expect(set).toMatchObject({ repsTotal: 4, msPerRep: 2000, durationMs: 8000, setsTotal: 2 });
    expect([0, 1999, 2000, 6500, 7999, 8000].map((ms) => repAt(set, ms))).toEqual([
      1, 1, 2, 4, 4, 4,
    ]);
    expect(repAt(segment(1), 3000)).toBeNull();
  });

  it('carries the step title, cues and pose on every segment, rests included', () => {
    expect(timeline[2]).toMatchObject({ title: 'Hold both sides', cues: ['Hold.'], stepId: 'a' });
    expect(timeline[9]?.pose).toBe('supine-pelvic-tilt');
  });

  it('rejects a step that would make a zero-length or endless segment', () => {
    const broken: Routine = {
      ...routine,
      steps: [{ ...stepC, id: 'bad', seconds: 0 }],
    };
    expect(() => expand(broken)).toThrow(/step "bad": seconds/);
    const noSets: Routine = { ...routine, steps: [{ ...stepC, sets: 0 }] };
    expect(() => expand(noSets)).toThrow(RangeError);
  });
});

describe('nextStepPreview', () => {
  it('shows the first segment of the following step', () => {
    expect(nextStepPreview(timeline, 3)?.index).toBe(8);
    expect(nextStepPreview(timeline, 9)).toMatchObject({ index: 11, kind: 'getReady' });
  });

  it('has nothing to show on the last step or outside the timeline', () => {
    expect(nextStepPreview(timeline, 12)).toBeNull();
    expect(nextStepPreview(timeline, 99)).toBeNull();
  });
});

describe('positionAt', () => {
  const clock = startClock(T0);

  it('starts at the first segment with nothing elapsed', () => {
    expect(at(clock, 0)).toEqual({
      segmentIndex: 0,
      elapsedInSegmentMs: 0,
      remainingInSegmentMs: 5000,
      offsetMs: 0,
      remainingMs: TOTAL_MS,
      overallProgress: 0,
      done: false,
      paused: false,
    });
  });

  it('gives a boundary instant to the segment that starts there', () => {
    expect(positionAt(timeline, clock, s(5) - 1)).toMatchObject({
      segmentIndex: 0,
      remainingInSegmentMs: 1,
    });
    expect(at(clock, 5)).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 });
    expect(at(clock, 83)).toMatchObject({ segmentIndex: 12, remainingInSegmentMs: 6000 });
  });

  it('is done exactly at the end, on the last segment, and stays done', () => {
    expect(positionAt(timeline, clock, s(89) - 1)).toMatchObject({ done: false, segmentIndex: 12 });
    for (const t of [89, 500]) {
      expect(at(clock, t)).toMatchObject({
        done: true,
        segmentIndex: 12,
        remainingInSegmentMs: 0,
        remainingMs: 0,
        overallProgress: 1,
      });
    }
  });

  it('reports progress over the whole routine', () => {
    expect(at(clock, 44.5).overallProgress).toBeCloseTo(0.5, 5);
  });

  it('holds at the start if asked about an instant before the routine began', () => {
    expect(at(clock, -10)).toMatchObject({ segmentIndex: 0, offsetMs: 0, done: false });
  });

  it('freezes during a pause in get ready and picks up where it left off', () => {
    const paused = pauseAt(clock, s(2));
    expect(at(paused, 2)).toMatchObject({ paused: true, elapsedInSegmentMs: 2000 });
    expect(at(paused, 600)).toMatchObject({ paused: true, segmentIndex: 0, offsetMs: 2000 });
    const resumed = resumeAt(paused, s(62));
    expect(at(resumed, 62)).toMatchObject({ paused: false, offsetMs: 2000 });
    expect(at(resumed, 64)).toMatchObject({ segmentIndex: 0, elapsedInSegmentMs: 4000 });
    expect(at(resumed, 65)).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 });
  });

  it('adds up several pauses', () => {
    let c = pauseAt(clock, s(10));
    c = resumeAt(c, s(20));
    c = pauseAt(c, s(30));
    c = resumeAt(c, s(45));
    // 60 s of wall time minus 25 s paused: 35 s in, the start of R1.
    expect(at(c, 60)).toMatchObject({ segmentIndex: 5, elapsedInSegmentMs: 0, offsetMs: 35_000 });
    expect(at(c, 89 + 25)).toMatchObject({ done: true });
    expect(at(c, 89 + 25 - 0.001).done).toBe(false);
  });

  it('does not finish while paused in the last segment', () => {
    const c = pauseAt(clock, s(86));
    expect(at(c, 1000)).toMatchObject({
      done: false,
      paused: true,
      segmentIndex: 12,
      remainingInSegmentMs: 3000,
    });
    const resumed = resumeAt(c, s(1000));
    expect(at(resumed, 1002).done).toBe(false);
    expect(at(resumed, 1003).done).toBe(true);
  });

  it('recomputes earlier instants the same after later records are appended', () => {
    const later = resumeAt(pauseAt(skipSegment(clock, timeline, s(7)), s(20)), s(40));
    for (const t of [0, 3, 6.5]) expect(at(later, t)).toEqual(at(clock, t));
  });

  it('gives the same answer after a JSON round trip (main to renderer)', () => {
    const c = resumeAt(pauseAt(jumpTo(clock, timeline, s(3), 5), s(8)), s(11));
    const copy = JSON.parse(JSON.stringify(c)) as SessionClock;
    for (const t of [0, 3, 9, 12, 40, 90]) expect(at(copy, t)).toEqual(at(c, t));
  });
});

describe('pause and resume records', () => {
  it('ignores a second pause and a resume while running', () => {
    const paused = pauseAt(startClock(T0), s(3));
    expect(pauseAt(paused, s(4))).toBe(paused);
    const running = startClock(T0);
    expect(resumeAt(running, s(4))).toBe(running);
  });

  it('never records an instant before the last one, even if the wall clock steps back', () => {
    const c = pauseAt(jumpTo(startClock(T0), timeline, s(20), 3), s(10));
    expect(c.pauses).toEqual([{ at: s(20), resumedAt: null }]);
    expect(resumeAt(c, s(5)).pauses).toEqual([{ at: s(20), resumedAt: s(20) }]);
  });
});

describe('skip', () => {
  const clock = startClock(T0);

  it('goes to the start of the next segment and runs on from there', () => {
    const c = skipSegment(clock, timeline, s(7));
    expect(at(c, 7)).toMatchObject({ segmentIndex: 2, elapsedInSegmentMs: 0 });
    expect(at(c, 10)).toMatchObject({ segmentIndex: 2, elapsedInSegmentMs: 3000 });
  });

  it('keeps a paused routine paused, at the new segment', () => {
    const c = skipSegment(pauseAt(clock, s(7)), timeline, s(9));
    expect(at(c, 50)).toMatchObject({ segmentIndex: 2, elapsedInSegmentMs: 0, paused: true });
    expect(at(resumeAt(c, s(50)), 51)).toMatchObject({ segmentIndex: 2, elapsedInSegmentMs: 1000 });
  });

  it('finishes the routine when skipping the last segment, and does nothing once done', () => {
    const c = skipSegment(clock, timeline, s(84));
    expect(at(c, 84)).toMatchObject({ done: true, overallProgress: 1 });
    expect(skipSegment(c, timeline, s(85))).toBe(c);
  });

  it('skips a whole step to the next step, or to the end from the last one', () => {
    expect(at(skipStep(clock, timeline, s(21)), 21).segmentIndex).toBe(8);
    expect(at(skipStep(clock, timeline, s(80)), 80).done).toBe(true);
  });

  it('clamps a jump outside the timeline', () => {
    expect(at(jumpTo(clock, timeline, s(1), -4), 1).segmentIndex).toBe(0);
    expect(at(jumpTo(clock, timeline, s(1), 400), 1).done).toBe(true);
  });
});

describe('back', () => {
  const clock = startClock(T0);
  const back = (c: SessionClock, t: number) => at(backSegment(c, timeline, s(t)), t);

  it('restarts the current segment when more than 2 s in', () => {
    // 2.001 s into L2 (starts at 20 s)
    expect(back(clock, 22.001)).toMatchObject({ segmentIndex: 3, elapsedInSegmentMs: 0 });
  });

  it('goes to the previous set, over the rest, within the first 2 s', () => {
    expect(back(clock, 22)).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 });
    expect(back(clock, 20.5).segmentIndex).toBe(1);
  });

  it('from a rest, goes to the set just done however long the rest has run', () => {
    expect(back(clock, 19).segmentIndex).toBe(1);
    expect(back(clock, 31).segmentIndex).toBe(3);
  });

  it('from the start of a step, goes to the last set of the step before', () => {
    expect(back(clock, 61).segmentIndex).toBe(7);
  });

  it('restarts the first segment when there is nothing before it', () => {
    expect(back(clock, 1)).toMatchObject({ segmentIndex: 0, offsetMs: 0 });
  });

  it('once done, restarts the last set', () => {
    expect(back(clock, 200)).toMatchObject({
      done: false,
      segmentIndex: 12,
      elapsedInSegmentMs: 0,
    });
  });

  it('by steps: restarts the step when over 2 s in, else goes to the previous step', () => {
    expect(at(backStep(clock, timeline, s(40)), 40).segmentIndex).toBe(0);
    expect(at(backStep(clock, timeline, s(62)), 62).segmentIndex).toBe(0);
    expect(at(backStep(clock, timeline, s(63)), 63).segmentIndex).toBe(8);
  });
});

describe('cueEvents', () => {
  const events = cueEvents(timeline);
  const ofType = (type: string) => events.filter((e) => e.type === type);

  it('says "start" as each work segment begins, never for get ready or rest', () => {
    expect(ofType('start').map((e) => e.atMs / 1000)).toEqual([5, 20, 35, 50, 60, 71, 83]);
  });

  it('counts down 3, 2, 1 before each work segment ends', () => {
    const l1 = events.filter((e) => e.type === 'countdown' && e.segmentIndex === 1);
    expect(l1.map((e) => [e.atMs / 1000, e.count])).toEqual([
      [12, 3],
      [13, 2],
      [14, 1],
    ]);
    expect(ofType('countdown')).toHaveLength(7 * 3);
  });

  it('only counts down the seconds a short segment has', () => {
    const short: Timeline = expand({
      ...routine,
      steps: [{ ...stepC, seconds: 2, getReadySeconds: 0 }],
    });
    const counts = cueEvents(short).filter((e) => e.type === 'countdown');
    expect(counts.map((e) => [e.atMs, e.count])).toEqual([[1000, 1]]);
  });

  it('announces the side switch once, where the switch rest begins', () => {
    expect(ofType('switchSides').map((e) => [e.atMs / 1000, e.segmentIndex])).toEqual([[30, 4]]);
  });

  it('announces a switch with no rest before the "start" at the same instant', () => {
    const noRest = expand({
      ...routine,
      steps: [{ ...stepA, restSeconds: 0, sets: 1, getReadySeconds: 0 }],
    });
    const atSwitch = cueEvents(noRest).filter((e) => e.atMs === 10_000);
    expect(atSwitch.map((e) => e.type)).toEqual(['switchSides', 'start']);
  });

  it('ends with "done" at the total length, everything in time order', () => {
    expect(events.at(-1)).toEqual({ atMs: TOTAL_MS, type: 'done', segmentIndex: 12 });
    const times = events.map((e) => e.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('lets a player pick up exactly the cues crossed between two samples', () => {
    expect(cuesBetween(events, null, 5000).map((e) => e.type)).toEqual(['start']);
    // A player that opens mid-routine does not replay the cues it missed.
    expect(cuesBetween(events, null, 13_500)).toEqual([]);
    expect(cuesBetween(events, 5000, 12_000).map((e) => e.count)).toEqual([3]);
    expect(cuesBetween(events, 88_500, TOTAL_MS).map((e) => e.type)).toEqual(['done']);
    expect(cuesBetween(events, 40_000, 10_000)).toEqual([]);
  });
});
