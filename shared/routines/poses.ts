/**
 * Every illustration the app can draw. This list is the source of truth: the
 * renderer keys its drawings by it (a Record, so a missing drawing fails the
 * typecheck) and routine steps may only name a pose from it.
 */
export const POSE_IDS = [
  'seated-armrest-lift',
  'seated-pelvic-tilt',
  'seated-forward-hang',
  'seated-cat-cow',
  'seated-figure-four',
  'seated-side-bend',
  'seated-ball-massage',
  'seated-thumb-massage',
  'standing-back-extension',
  'standing-hip-hinge',
  'standing-calf-stretch',
  'standing-hamstring-stretch',
  'supine-knees-to-chest',
  'supine-legs-on-chair',
  'supine-pelvic-tilt',
  'supine-hamstring-stretch',
  'supine-curl-up',
  'supine-rest',
  'hands-knees-cat-cow',
  'childs-pose',
  'mat-rest',
  'partner-agree',
  'partner-traction',
] as const;

export type PoseId = (typeof POSE_IDS)[number];

/** Plain names, used as the accessible title of each drawing. */
export const POSE_LABELS: Readonly<Record<PoseId, string>> = {
  'seated-armrest-lift': 'Seated, pressing down on the armrests to lift weight off the seat',
  'seated-pelvic-tilt': 'Seated, rocking the pelvis back and forward',
  'seated-forward-hang': 'Seated, folded forward with head and arms hanging',
  'seated-cat-cow': 'Seated, hands on knees, rounding the back',
  'seated-figure-four': 'Seated, one ankle on the other knee, leaning forward',
  'seated-side-bend': 'Seated, one arm overhead, bending to the side',
  'seated-ball-massage': 'Seated, a ball between the lower back and the chair',
  'seated-thumb-massage': 'Seated, thumbs pressing beside the lower spine',
  'standing-back-extension': 'Standing, hands on the lower back, leaning back slightly',
  'standing-hip-hinge': 'Standing, hips pushed back with a long, flat back',
  'standing-calf-stretch': 'Standing at a wall, one leg back with the heel down',
  'standing-hamstring-stretch': 'Standing, one heel forward, hinging at the hips',
  'supine-knees-to-chest': 'Lying on the back, hugging both knees to the chest',
  'supine-legs-on-chair': 'Lying on the back, calves resting on a chair seat',
  'supine-pelvic-tilt': 'Lying on the back, knees bent, lower back pressed to the floor',
  'supine-hamstring-stretch': 'Lying on the back, one leg raised with a towel round the foot',
  'supine-curl-up': 'Lying on the back, knees bent, shoulders lifted slightly',
  'supine-rest': 'Lying on the back, legs long, fully relaxed',
  'hands-knees-cat-cow': 'On hands and knees, rounding the back',
  'childs-pose': 'Kneeling, sitting back to the heels, arms forward, forehead down',
  'mat-rest': 'Lying on a mat, knees bent, resting',
  'partner-agree': 'Two people facing each other, agreeing a stop signal',
  'partner-traction': 'One person lying down, a partner gently pulling at the ankles',
};

export function isPoseId(value: unknown): value is PoseId {
  return typeof value === 'string' && (POSE_IDS as readonly string[]).includes(value);
}
