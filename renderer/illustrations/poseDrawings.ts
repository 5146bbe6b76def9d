// Over 300 lines on purpose: data, not logic. One drawing per pose in the
// routine catalogue, as points and strokes in one coordinate box.
import type { PoseId } from '../../shared/routines/poses';

/** A point in the 160 x 120 drawing box; y grows downwards, the floor is at y = 110. */
export type Pt = readonly [number, number];

/**
 * A figure seen from the side, facing right (mirroring flips it). Limbs are
 * joint lists starting from the shoulder or the hip. `back` bends the spine
 * (a rounded or arched back); "far" limbs are drawn fainter, behind.
 */
export interface Body {
  head: Pt;
  shoulder: Pt;
  hip: Pt;
  back?: Pt;
  arm: readonly Pt[];
  leg: readonly Pt[];
  farArm?: readonly Pt[];
  farLeg?: readonly Pt[];
}

/** Furniture and hints drawn behind the figures, in a lighter line. */
export type SceneItem =
  | { kind: 'floor' }
  | { kind: 'chair'; x: number; facing: 'left' | 'right'; arms?: boolean }
  | { kind: 'chairFront'; x: number }
  | { kind: 'wall'; x: number }
  | { kind: 'mat'; from: number; to: number }
  | { kind: 'ball'; at: Pt; r: number }
  | { kind: 'strap'; from: Pt; to: Pt }
  /** A dashed arrow showing which way to move. */
  | { kind: 'motion'; from: Pt; via: Pt; to: Pt };

export interface PoseDrawing {
  scene: readonly SceneItem[];
  /** The person doing the routine. */
  body: Body;
  /** A helper (partner traction). */
  partner?: Body;
}

// Seat height and chair position shared by every seated pose, so the seated
// figures line up when the player moves from one step to the next.
const FLOOR: SceneItem = { kind: 'floor' };
const CHAIR: SceneItem = { kind: 'chair', x: 40, facing: 'right' };

/** One drawing per pose; a Record so that a pose without a drawing fails the typecheck. */
export const POSE_DRAWINGS: Readonly<Record<PoseId, PoseDrawing>> = {
  'seated-armrest-lift': {
    scene: [
      FLOOR,
      { kind: 'chair', x: 40, facing: 'right', arms: true },
      { kind: 'motion', from: [30, 92], via: [30, 82], to: [30, 70] },
    ],
    body: {
      head: [51, 31],
      shoulder: [50, 44],
      hip: [52, 78],
      arm: [
        [62, 52],
        [64, 66],
      ],
      leg: [
        [74, 80],
        [78, 106],
        [86, 108],
      ],
    },
  },
  'seated-pelvic-tilt': {
    scene: [FLOOR, CHAIR, { kind: 'motion', from: [44, 68], via: [38, 84], to: [48, 96] }],
    body: {
      head: [60, 34],
      shoulder: [58, 47],
      hip: [56, 82],
      back: [54, 64],
      arm: [
        [64, 62],
        [74, 76],
      ],
      leg: [
        [78, 84],
        [80, 106],
        [88, 108],
      ],
    },
  },
  'seated-forward-hang': {
    scene: [FLOOR, CHAIR],
    body: {
      head: [92, 98],
      shoulder: [84, 88],
      hip: [52, 82],
      back: [70, 56],
      arm: [
        [88, 98],
        [96, 108],
      ],
      leg: [
        [74, 80],
        [80, 106],
        [88, 108],
      ],
    },
  },
  'seated-cat-cow': {
    scene: [FLOOR, CHAIR],
    body: {
      head: [74, 42],
      shoulder: [64, 50],
      hip: [54, 82],
      back: [46, 62],
      arm: [
        [70, 64],
        [76, 78],
      ],
      leg: [
        [76, 82],
        [80, 106],
        [88, 108],
      ],
    },
  },
  'seated-figure-four': {
    scene: [FLOOR, CHAIR],
    body: {
      head: [80, 36],
      shoulder: [72, 48],
      hip: [54, 82],
      arm: [
        [76, 62],
        [74, 76],
      ],
      leg: [
        [66, 76],
        [82, 80],
        [88, 77],
      ],
      farLeg: [
        [76, 82],
        [80, 106],
        [88, 108],
      ],
    },
  },
  // A side bend happens in the frontal plane, so this one pose faces the viewer.
  'seated-side-bend': {
    scene: [FLOOR, { kind: 'chairFront', x: 80 }],
    body: {
      head: [101, 38],
      shoulder: [92, 48],
      hip: [80, 84],
      back: [80, 62],
      arm: [
        [84, 28],
        [104, 19],
      ],
      farArm: [
        [98, 64],
        [96, 80],
      ],
      leg: [
        [70, 88],
        [70, 108],
      ],
      farLeg: [
        [90, 88],
        [90, 108],
      ],
    },
  },
  'seated-ball-massage': {
    scene: [FLOOR, CHAIR, { kind: 'ball', at: [47, 70], r: 5 }],
    body: {
      head: [56, 32],
      shoulder: [54, 45],
      hip: [54, 82],
      back: [52, 66],
      arm: [
        [62, 60],
        [72, 76],
      ],
      leg: [
        [76, 82],
        [80, 106],
        [88, 108],
      ],
    },
  },
  'seated-thumb-massage': {
    scene: [FLOOR, CHAIR],
    body: {
      head: [60, 32],
      shoulder: [58, 45],
      hip: [56, 82],
      arm: [
        [48, 58],
        [52, 72],
      ],
      leg: [
        [78, 82],
        [80, 106],
        [88, 108],
      ],
    },
  },
  'standing-back-extension': {
    scene: [FLOOR, { kind: 'motion', from: [86, 30], via: [84, 18], to: [70, 12] }],
    body: {
      head: [62, 18],
      shoulder: [64, 31],
      hip: [70, 64],
      back: [72, 46],
      arm: [
        [58, 46],
        [64, 58],
      ],
      leg: [
        [70, 86],
        [70, 106],
        [78, 108],
      ],
    },
  },
  'standing-hip-hinge': {
    scene: [FLOOR],
    body: {
      head: [104, 42],
      shoulder: [94, 50],
      hip: [64, 68],
      arm: [
        [86, 64],
        [70, 68],
      ],
      leg: [
        [80, 86],
        [76, 106],
        [84, 108],
      ],
    },
  },
  'standing-calf-stretch': {
    scene: [FLOOR, { kind: 'wall', x: 124 }],
    body: {
      head: [112, 24],
      shoulder: [104, 34],
      hip: [84, 64],
      arm: [
        [114, 42],
        [122, 36],
      ],
      leg: [
        [72, 84],
        [60, 104],
        [68, 108],
      ],
      farLeg: [
        [98, 84],
        [96, 106],
        [104, 108],
      ],
    },
  },
  'standing-hamstring-stretch': {
    scene: [FLOOR],
    body: {
      head: [98, 38],
      shoulder: [88, 46],
      hip: [62, 68],
      arm: [
        [88, 62],
        [84, 78],
      ],
      leg: [
        [80, 86],
        [96, 106],
        [100, 98],
      ],
      farLeg: [
        [70, 88],
        [62, 106],
        [70, 108],
      ],
    },
  },
  'supine-knees-to-chest': {
    scene: [FLOOR],
    body: {
      head: [24, 98],
      shoulder: [38, 102],
      hip: [72, 102],
      arm: [
        [50, 88],
        [64, 80],
      ],
      leg: [
        [60, 80],
        [82, 78],
        [86, 70],
      ],
    },
  },
  'supine-legs-on-chair': {
    scene: [FLOOR, { kind: 'chair', x: 112, facing: 'left' }],
    body: {
      head: [32, 98],
      shoulder: [46, 102],
      hip: [78, 104],
      arm: [
        [58, 106],
        [70, 106],
      ],
      leg: [
        [82, 82],
        [104, 82],
        [106, 74],
      ],
    },
  },
  'supine-pelvic-tilt': {
    scene: [FLOOR, { kind: 'motion', from: [56, 88], via: [64, 90], to: [66, 98] }],
    body: {
      head: [24, 98],
      shoulder: [38, 102],
      hip: [72, 104],
      arm: [
        [52, 106],
        [64, 106],
      ],
      leg: [
        [88, 84],
        [102, 106],
        [110, 108],
      ],
    },
  },
  'supine-hamstring-stretch': {
    scene: [FLOOR, { kind: 'strap', from: [62, 84], to: [98, 58] }],
    body: {
      head: [24, 98],
      shoulder: [38, 102],
      hip: [72, 104],
      arm: [
        [48, 90],
        [62, 84],
      ],
      leg: [
        [84, 84],
        [96, 62],
        [102, 58],
      ],
      farLeg: [
        [90, 86],
        [102, 106],
        [110, 108],
      ],
    },
  },
  'supine-curl-up': {
    scene: [FLOOR],
    body: {
      head: [30, 84],
      shoulder: [42, 92],
      hip: [72, 104],
      arm: [
        [54, 98],
        [46, 90],
      ],
      leg: [
        [88, 84],
        [102, 106],
        [110, 108],
      ],
    },
  },
  'supine-rest': {
    scene: [FLOOR],
    body: {
      head: [22, 98],
      shoulder: [36, 102],
      hip: [70, 104],
      arm: [
        [50, 106],
        [62, 106],
      ],
      leg: [
        [92, 104],
        [114, 104],
        [116, 96],
      ],
    },
  },
  'hands-knees-cat-cow': {
    scene: [FLOOR, { kind: 'motion', from: [66, 56], via: [80, 46], to: [94, 56] }],
    body: {
      head: [106, 84],
      shoulder: [96, 76],
      hip: [62, 84],
      back: [78, 60],
      arm: [
        [96, 92],
        [98, 108],
      ],
      leg: [
        [62, 106],
        [40, 108],
        [34, 106],
      ],
    },
  },
  'childs-pose': {
    scene: [FLOOR],
    body: {
      head: [90, 100],
      shoulder: [80, 94],
      hip: [50, 96],
      back: [64, 80],
      arm: [
        [98, 106],
        [116, 106],
      ],
      leg: [
        [72, 106],
        [48, 108],
        [40, 108],
      ],
    },
  },
  'mat-rest': {
    scene: [FLOOR, { kind: 'mat', from: 12, to: 132 }],
    body: {
      head: [26, 92],
      shoulder: [40, 96],
      hip: [72, 98],
      arm: [
        [52, 100],
        [64, 100],
      ],
      leg: [
        [88, 78],
        [102, 100],
        [110, 100],
      ],
    },
  },
  'partner-agree': {
    scene: [FLOOR],
    body: {
      head: [52, 18],
      shoulder: [52, 31],
      hip: [52, 64],
      arm: [
        [64, 40],
        [66, 26],
      ],
      leg: [
        [54, 86],
        [54, 106],
        [62, 108],
      ],
    },
    partner: {
      head: [108, 18],
      shoulder: [108, 31],
      hip: [108, 64],
      arm: [
        [100, 46],
        [92, 56],
      ],
      leg: [
        [106, 86],
        [106, 106],
        [98, 108],
      ],
    },
  },
  'partner-traction': {
    scene: [FLOOR],
    body: {
      head: [14, 98],
      shoulder: [28, 102],
      hip: [60, 104],
      arm: [
        [42, 106],
        [54, 106],
      ],
      leg: [
        [80, 98],
        [100, 90],
        [104, 82],
      ],
    },
    partner: {
      head: [142, 46],
      shoulder: [136, 58],
      hip: [132, 90],
      arm: [
        [120, 72],
        [104, 90],
      ],
      leg: [
        [120, 108],
        [142, 108],
        [148, 106],
      ],
    },
  },
};
