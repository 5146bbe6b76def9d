import type { Routine } from '../model';
import { timed } from './steps';

export const selfMassageBreak: Routine = {
  id: 'self-massage-break',
  title: 'Self-massage break',
  summary:
    'A ball against the chair or wall loosens the side of the waist and the back of the hip.',
  position: ['seated', 'standing'],
  equipment: ['A massage ball or tennis ball', 'A chair back or wall'],
  safety: [
    'Press beside the spine, never on it.',
    'Firm pressure is fine; sharp or burning pain is not.',
  ],
  declaredMinutes: 6,
  steps: [
    timed({
      id: 'ball-waist',
      title: 'Ball on the side of the waist',
      pose: 'seated-ball-massage',
      cues: [
        'Put the ball between your lowest rib and hip.',
        'Lean into it against the chair back or wall.',
        'Small circles, firm but gentle.',
      ],
      seconds: 60,
      sides: 'both',
      restSeconds: 5,
      getReadySeconds: 10,
    }),
    timed({
      id: 'ball-hip',
      title: 'Ball on the back of the hip',
      pose: 'seated-ball-massage',
      cues: [
        'Move the ball to the back of your hip.',
        'Find a tense spot and lean in.',
        'Circle slowly until it eases.',
      ],
      seconds: 60,
      sides: 'both',
      restSeconds: 5,
      getReadySeconds: 10,
    }),
    timed({
      id: 'thumbs-beside-spine',
      title: 'Thumbs beside the spine',
      pose: 'seated-thumb-massage',
      cues: [
        'Thumbs on either side of your spine, not on it.',
        'Make small upward circles.',
        'Finish on the small of your back.',
      ],
      seconds: 75,
    }),
  ],
};
