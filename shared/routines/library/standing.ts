import type { Routine } from '../model';
import { hold, reps } from './steps';

export const standingDeskReset: Routine = {
  id: 'standing-desk-reset',
  title: 'Standing desk reset',
  summary: 'Stand up, lean back a little, hinge and stretch the back of your legs.',
  position: 'standing',
  equipment: ['A wall or desk to hold'],
  safety: ['Stand on a floor that does not slip; keep a hand near the desk.'],
  declaredMinutes: 3,
  steps: [
    reps({
      id: 'standing-back-extension',
      title: 'Standing back bend',
      pose: 'standing-back-extension',
      cues: [
        'Feet hip-width, hands on your lower back.',
        'Lean back gently into a small arc.',
        'Come back up. Keep your neck long.',
      ],
      reps: 6,
      secondsPerRep: 5,
    }),
    reps({
      id: 'hip-hinge',
      title: 'Hip hinge',
      pose: 'standing-hip-hinge',
      cues: [
        'Soft knees, hands on your hips.',
        'Push your hips back, back long and flat.',
        'Stand tall by squeezing your buttocks.',
      ],
      reps: 8,
      secondsPerRep: 4,
    }),
    hold({
      id: 'calf-stretch',
      title: 'Calf stretch',
      pose: 'standing-calf-stretch',
      cues: [
        'Hands on the wall or desk.',
        'Step one foot back, heel down.',
        'Lean in until the calf stretches.',
      ],
      seconds: 20,
      sides: 'both',
      restSeconds: 5,
    }),
    hold({
      id: 'standing-hamstring-stretch',
      title: 'Standing hamstring stretch',
      pose: 'standing-hamstring-stretch',
      cues: [
        'One heel forward, toes up, knee soft.',
        'Hinge at the hips with a long back.',
        'Stop at a gentle pull behind the thigh.',
      ],
      seconds: 20,
      sides: 'both',
      restSeconds: 5,
    }),
  ],
};
