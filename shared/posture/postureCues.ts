import type { PoseId } from '../routines/poses';

/**
 * One posture check-in between breaks: a short line and one or two plain
 * sentences in our own words (from shared/CONTENT.md: short, imperative,
 * no health claims), with a drawing from the pose set where one fits.
 */
export interface PostureCue {
  id: string;
  title: string;
  body: string;
  poseId: PoseId | null;
}

/** The check-ins, shown in turn (the planner rotates through them in this order). */
export const POSTURE_CUES: readonly PostureCue[] = [
  {
    id: 'sit-tall',
    title: 'Sit tall',
    body: 'Feet flat, shoulders down and back, chin level.',
    poseId: null,
  },
  {
    id: 'pelvic-rock',
    title: 'Find the middle',
    body: 'Rock your pelvis back and forward a few times, then settle halfway between.',
    poseId: 'seated-pelvic-tilt',
  },
  {
    id: 'lift-off',
    title: 'Take the weight off',
    body: 'Press down on the armrests and lift yourself a little off the seat for a few breaths.',
    poseId: 'seated-armrest-lift',
  },
  {
    id: 'shoulders-drop',
    title: 'Let your shoulders drop',
    body: 'Lift them towards your ears, then let them fall. Unclench your jaw.',
    poseId: null,
  },
  {
    id: 'side-reach',
    title: 'Reach up and over',
    body: 'One arm overhead, lean gently to the other side, then swap. Keep it easy.',
    poseId: 'seated-side-bend',
  },
  {
    id: 'feet-down',
    title: 'Feet on the floor',
    body: 'Uncross your legs and put both feet flat, knees about level with your hips.',
    poseId: null,
  },
  {
    id: 'round-and-lengthen',
    title: 'Round, then lengthen',
    body: 'Hands on your knees: round your back slowly, then sit up long again.',
    poseId: 'seated-cat-cow',
  },
  {
    id: 'screen-level',
    title: 'Eyes ahead',
    body: 'Bring your head back over your shoulders, chin level, eyes on the top of the screen.',
    poseId: null,
  },
  {
    id: 'lean-back',
    title: 'Use the backrest',
    body: 'Slide your hips to the back of the seat and let the chair hold you up.',
    poseId: null,
  },
  {
    id: 'stand-and-stretch',
    title: 'Stand for a moment',
    body: 'Stand up, hands on your lower back, lean back slightly, then sit down again.',
    poseId: 'standing-back-extension',
  },
];

/** The sit-stand rhythm's two cues, worded like a posture cue. */
export const DESK_CUES = {
  stand: {
    id: 'stand',
    title: 'Time to stand up',
    body: 'Raise the desk and stand for a while. Shift your weight now and then.',
    poseId: null,
  },
  sit: {
    id: 'sit',
    title: 'Time to sit down',
    body: 'Lower the desk and sit back in the chair, feet flat on the floor.',
    poseId: null,
  },
} as const satisfies Record<'stand' | 'sit', PostureCue>;

/** The posture cue with this id, or null (an id from an old history line may be gone). */
export function postureCueById(id: string): PostureCue | null {
  return POSTURE_CUES.find((cue) => cue.id === id) ?? null;
}
