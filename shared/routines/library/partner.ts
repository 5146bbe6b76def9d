import type { Routine } from '../model';
import { hold, timed } from './steps';

/** The step every partner session must open with. */
export const STOP_SIGNAL_STEP_ID = 'agree-stop-signal';

export const partnerTraction: Routine = {
  id: 'partner-traction',
  title: 'Partner traction',
  summary:
    'A partner gently pulls at your ankles (or a towel round your upper thighs) to lengthen your lower back.',
  position: 'partner',
  equipment: ['A partner', 'A firm, non-slip mat or carpet', 'A wide towel or belt (optional)'],
  safety: [
    'Both of you: read the safety list before you start.',
    'Partner: pull with your body weight, never jerk, and let go slowly.',
    'The pull should feel comfortable. Any pain means stop.',
  ],
  declaredMinutes: 8,
  requiresPartnerConsent: true,
  steps: [
    timed({
      id: STOP_SIGNAL_STEP_ID,
      title: 'Agree a stop signal',
      pose: 'partner-agree',
      cues: [
        'Agree a stop word or hand signal.',
        'Receiver: rate your pain now, from 0 to 10.',
        'If that number goes up, the partner lets go slowly.',
      ],
      seconds: 45,
      getReadySeconds: 0,
    }),
    timed({
      id: 'settle',
      title: 'Settle on the floor',
      pose: 'supine-rest',
      cues: [
        'Receiver: lie face up on a firm, non-slip surface.',
        'Let your arms and legs go loose.',
        'Partner: kneel or stand at the feet.',
      ],
      seconds: 30,
      getReadySeconds: 0,
    }),
    hold({
      id: 'traction-pull',
      title: 'Gentle pull',
      pose: 'partner-traction',
      cues: [
        'Grip just above the ankles, not on the joint.',
        'Lean back slowly, using your body weight.',
        'Hold a steady, comfortable pull. Release slowly.',
      ],
      seconds: 25,
      sets: 8,
      restSeconds: 20,
      getReadySeconds: 10,
    }),
    timed({
      id: 'rest-after',
      title: 'Rest',
      pose: 'supine-rest',
      cues: ['Receiver: stay down and breathe.', 'Roll to your side before you get up.'],
      seconds: 60,
      getReadySeconds: 0,
    }),
  ],
};
