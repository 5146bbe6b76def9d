import type { Routine, Step } from '../model';
import { hold, reps } from './steps';

const CHAIR_SAFETY = 'Use a chair that stays put: no wheels, or wheels locked.';

const armrestLift = hold({
  id: 'armrest-lift',
  title: 'Armrest lift',
  pose: 'seated-armrest-lift',
  cues: [
    'Grip the armrests, feet flat on the floor.',
    'Press down until your seat feels light.',
    'Let your lower back hang long. Breathe.',
  ],
  seconds: 10,
  sets: 3,
  restSeconds: 5,
});

const pelvicTilts = reps({
  id: 'seated-pelvic-tilts',
  title: 'Seated pelvic tilts',
  pose: 'seated-pelvic-tilt',
  cues: [
    'Sit tall near the front of the seat.',
    'Roll your pelvis back, then forward.',
    'Small, slow and pain-free.',
  ],
  reps: 8,
  secondsPerRep: 4,
});

const forwardHang = hold({
  id: 'seated-forward-hang',
  title: 'Seated forward hang',
  pose: 'seated-forward-hang',
  cues: [
    'Feet wide, fold over your thighs.',
    'Let your head and arms hang heavy.',
    'Come up slowly, hands on your knees.',
  ],
  seconds: 30,
});

const seatedCatCow = reps({
  id: 'seated-cat-cow',
  title: 'Seated cat-cow',
  pose: 'seated-cat-cow',
  cues: [
    'Hands on your knees.',
    'Round your back, chin to chest; then lift your chest.',
    'Move with your breath.',
  ],
  reps: 6,
  secondsPerRep: 6,
});

const figureFour = hold({
  id: 'figure-four',
  title: 'Figure-4 hip stretch',
  pose: 'seated-figure-four',
  cues: [
    'Rest one ankle on the other knee.',
    'Lean forward with a long back.',
    'Stop at a gentle stretch in the hip.',
  ],
  seconds: 30,
  sides: 'both',
  restSeconds: 5,
});

const sideBend = hold({
  id: 'seated-side-bend',
  title: 'Seated side bend',
  pose: 'seated-side-bend',
  cues: [
    'Reach one arm up and over.',
    'Lean away until your side stretches.',
    'Keep both hips on the seat.',
  ],
  seconds: 25,
  sides: 'both',
  restSeconds: 5,
});

const quickSteps: readonly Step[] = [armrestLift, pelvicTilts, forwardHang];

export const quickSeatedReset: Routine = {
  id: 'quick-seated-reset',
  title: 'Quick seated reset',
  summary: 'Two minutes in your chair to take the load off your lower back.',
  position: 'seated',
  equipment: ['A stable chair, ideally with armrests'],
  safety: [CHAIR_SAFETY, 'No armrests? Press on the front edge of the seat instead.'],
  declaredMinutes: 2,
  steps: quickSteps,
};

export const seatedDecompression: Routine = {
  id: 'seated-decompression',
  title: 'Seated decompression',
  summary: 'Unload, tilt, round and open the hips without leaving your desk.',
  position: 'seated',
  equipment: ['A stable chair, ideally with armrests'],
  safety: [CHAIR_SAFETY],
  declaredMinutes: 5,
  steps: [...quickSteps, seatedCatCow, figureFour, sideBend],
};
