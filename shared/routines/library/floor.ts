import type { Routine } from '../model';
import { hold, reps, timed } from './steps';

const FLOOR_SAFETY = 'Get down and up slowly: roll onto your side first.';

// Shared moves. Each routine picks its own holds and sets, so they are
// functions of those numbers rather than fixed steps.

function kneesToChest(seconds: number, sets: number) {
  return hold({
    id: 'knees-to-chest',
    title: 'Knees to chest',
    pose: 'supine-knees-to-chest',
    cues: [
      'Lie on your back, knees bent.',
      'Hug both knees gently toward your chest.',
      'Let your lower back widen as you breathe out.',
    ],
    seconds,
    sets,
    restSeconds: 10,
  });
}

function legsOnChair(id: string, seconds: number, cues: readonly string[]) {
  return timed({
    id,
    title: '90/90 rest',
    pose: 'supine-legs-on-chair',
    cues,
    seconds,
    getReadySeconds: 10,
  });
}

function supineHamstringStretch() {
  return hold({
    id: 'supine-hamstring-stretch',
    title: 'Hamstring stretch on your back',
    pose: 'supine-hamstring-stretch',
    cues: [
      'Loop a towel round one foot.',
      'Raise the leg, knee slightly bent.',
      'Draw it in until the back of the thigh stretches.',
    ],
    seconds: 30,
    sets: 2,
    sides: 'both',
    restSeconds: 10,
  });
}

function childsPose(seconds: number, sets: number, restSeconds: number) {
  return hold({
    id: 'childs-pose',
    title: "Child's pose",
    pose: 'childs-pose',
    cues: [
      'Kneel and sit back toward your heels.',
      'Walk your hands forward, forehead down.',
      'A pillow under hips or chest is fine.',
    ],
    seconds,
    sets,
    restSeconds,
  });
}

const FLOOR_EQUIPMENT = ['A mat or carpet', 'A chair', 'A towel or strap', 'A pillow'];

export const floorDecompression: Routine = {
  id: 'floor-decompression',
  title: 'Floor decompression',
  summary: 'Ten minutes on the floor to let your lower back lengthen and settle.',
  position: 'floor',
  equipment: FLOOR_EQUIPMENT,
  safety: [FLOOR_SAFETY],
  declaredMinutes: 10,
  steps: [
    kneesToChest(30, 2),
    legsOnChair('legs-on-chair', 180, [
      'Lie down and rest your calves on the chair seat.',
      'Hips and knees at right angles.',
      'Arms loose. Let your back sink.',
    ]),
    hold({
      id: 'pelvic-tilt-floor',
      title: 'Pelvic tilt',
      pose: 'supine-pelvic-tilt',
      cues: [
        'Knees bent, feet flat.',
        'Tip your pelvis to press your lower back to the floor.',
        'Gently. Keep breathing.',
      ],
      seconds: 30,
      sets: 2,
      restSeconds: 10,
    }),
    supineHamstringStretch(),
    childsPose(45, 2, 10),
  ],
};

export const morningMobility: Routine = {
  id: 'morning-mobility',
  title: 'Morning mobility',
  summary: 'Wake up your back: slow cat-cow, tilts, light curl-ups and a hamstring stretch.',
  position: 'floor',
  equipment: ['A mat or carpet', 'A towel or strap'],
  safety: [FLOOR_SAFETY, 'Form over speed: slow, small and controlled.'],
  declaredMinutes: 8,
  steps: [
    reps({
      id: 'cat-cow',
      title: 'Cat-cow',
      pose: 'hands-knees-cat-cow',
      cues: [
        'Hands under shoulders, knees under hips.',
        'Round your back up, then let your belly sink.',
        'Slowly, with your breath.',
      ],
      reps: 8,
      secondsPerRep: 6,
      sets: 2,
      restSeconds: 10,
    }),
    reps({
      id: 'pelvic-tilts',
      title: 'Pelvic tilts',
      pose: 'supine-pelvic-tilt',
      cues: [
        'On your back, knees bent, feet flat.',
        'Press your lower back down, then release.',
        'Keep breathing.',
      ],
      reps: 10,
      secondsPerRep: 4,
      sets: 2,
      restSeconds: 10,
    }),
    reps({
      id: 'partial-curl-ups',
      title: 'Partial curl-ups',
      pose: 'supine-curl-up',
      cues: [
        'Knees bent, arms crossed on your chest.',
        'Lift just your shoulders with your belly.',
        'Lower slowly. Do not arch your back.',
      ],
      reps: 10,
      secondsPerRep: 4,
      sets: 2,
      restSeconds: 20,
    }),
    supineHamstringStretch(),
  ],
};

export const eveningWindDown: Routine = {
  id: 'evening-wind-down',
  title: 'Evening wind-down',
  summary: 'Long, easy holds on the floor to let the day go out of your back.',
  position: 'floor',
  equipment: FLOOR_EQUIPMENT,
  safety: [FLOOR_SAFETY],
  declaredMinutes: 12,
  steps: [
    legsOnChair('legs-on-chair', 180, [
      'Lie down and rest your calves on the chair seat.',
      'Let your arms fall open, palms up.',
      'Breathe out a little longer than you breathe in.',
    ]),
    kneesToChest(45, 3),
    childsPose(60, 2, 15),
    legsOnChair('closing-rest', 210, [
      'Back to the chair, calves on the seat.',
      'Let your lower back sink into the floor.',
      'Nothing to do now. Just breathe.',
    ]),
  ],
};
