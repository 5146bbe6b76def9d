import type { Routine, Step } from '../model';
import { timed } from './steps';

export const MAT_REST_MIN_MINUTES = 10;
export const MAT_REST_MAX_MINUTES = 20;
export const MAT_REST_DEFAULT_MINUTES = 15;

const SETTLE_SECONDS = 60;
const GET_UP_SECONDS = 60;

// The middle of the rest is split into equal blocks, each with a fresh
// breathing cue, so a long timer still checks in every few minutes.
const BREATHING_BLOCKS: readonly { id: string; title: string; cues: readonly string[] }[] = [
  {
    id: 'slow-breath',
    title: 'Slow breathing',
    cues: ['Breathe in through your nose.', 'Breathe out slowly, a little longer.'],
  },
  {
    id: 'let-back-sink',
    title: 'Let your back sink',
    cues: ['Let your lower back sink into the mat.', 'Soften your belly as you breathe out.'],
  },
  {
    id: 'soften',
    title: 'Soften',
    cues: ['Unclench your jaw.', 'Let your shoulders and hands go heavy.'],
  },
  {
    id: 'just-rest',
    title: 'Just rest',
    cues: ['Nothing to do. Just breathe.', 'If your mind wanders, come back to the breath.'],
  },
];

/**
 * The mat rest timer for `minutes` (whole minutes, 10 to 20): settle, four
 * equal breathing blocks, then a slow getting-up. Its length is exactly
 * `minutes`.
 *
 * @throws RangeError for anything outside 10..20 or not a whole number.
 */
export function matRestRoutine(minutes: number): Routine {
  if (
    !Number.isInteger(minutes) ||
    minutes < MAT_REST_MIN_MINUTES ||
    minutes > MAT_REST_MAX_MINUTES
  ) {
    throw new RangeError(
      `mat rest lasts ${MAT_REST_MIN_MINUTES}-${MAT_REST_MAX_MINUTES} whole minutes (got ${minutes})`,
    );
  }
  // 60 x (minutes - 2) is always divisible by four, so the blocks are equal.
  const blockSeconds = (minutes * 60 - SETTLE_SECONDS - GET_UP_SECONDS) / BREATHING_BLOCKS.length;
  const steps: Step[] = [
    timed({
      id: 'settle-on-mat',
      title: 'Settle on the mat',
      pose: 'mat-rest',
      cues: [
        'Lie face up on the mat, knees bent if easier.',
        'Mild discomfort at first is common and should fade.',
        'If it grows, come off the mat.',
      ],
      seconds: SETTLE_SECONDS,
      getReadySeconds: 0,
    }),
    ...BREATHING_BLOCKS.map((block) =>
      timed({ ...block, pose: 'mat-rest', seconds: blockSeconds, getReadySeconds: 0 }),
    ),
    timed({
      id: 'get-up',
      title: 'Getting up',
      pose: 'mat-rest',
      cues: ['Bend your knees and roll onto one side.', 'Push up with your arms, slowly.'],
      seconds: GET_UP_SECONDS,
      getReadySeconds: 0,
    }),
  ];
  return {
    id: 'mat-rest',
    title: 'Mat rest',
    summary: `${minutes} minutes lying on a decompression mat, with gentle breathing cues.`,
    position: 'floor',
    equipment: ['A decompression mat (or a firm mat)'],
    safety: [
      'Ask a professional how often a decompression mat suits you.',
      'Mild discomfort at the start should fade; stop if it grows or spreads.',
    ],
    declaredMinutes: minutes,
    steps,
  };
}
