import { useId, type ReactElement } from 'react';
import { POSE_LABELS, type PoseId } from '../../shared/routines/poses';
import { POSE_DRAWINGS, type Body, type Pt, type SceneItem } from './poseDrawings';

export { POSE_IDS } from '../../shared/routines/poses';
export { POSE_DRAWINGS } from './poseDrawings';

const WIDTH = 160;
const HEIGHT = 120;
const FLOOR_Y = 110;
const HEAD_R = 8;

const points = (pts: readonly Pt[]): string => pts.map(([x, y]) => `${x},${y}`).join(' ');

function Limb({ from, joints }: { from: Pt; joints: readonly Pt[] }): ReactElement {
  return <polyline points={points([from, ...joints])} />;
}

function Figure({ body, className }: { body: Body; className: string }): ReactElement {
  const [sx, sy] = body.shoulder;
  const [hx, hy] = body.hip;
  const spine = body.back
    ? `M${sx} ${sy} Q${body.back[0]} ${body.back[1]} ${hx} ${hy}`
    : `M${sx} ${sy} L${hx} ${hy}`;
  return (
    <g className={className}>
      {/* Far limbs first and fainter, so the near side reads on top. */}
      <g className="pose-far" opacity="0.4">
        {body.farLeg && <Limb from={body.hip} joints={body.farLeg} />}
        {body.farArm && <Limb from={body.shoulder} joints={body.farArm} />}
      </g>
      <Limb from={body.hip} joints={body.leg} />
      <path d={spine} strokeWidth="10" />
      <line x1={sx} y1={sy} x2={body.head[0]} y2={body.head[1]} />
      <circle cx={body.head[0]} cy={body.head[1]} r={HEAD_R} fill="currentColor" />
      <Limb from={body.shoulder} joints={body.arm} />
    </g>
  );
}

// A short chevron at the end of a motion arrow, pointing along its last leg.
function arrowHead(via: Pt, to: Pt): string {
  const angle = Math.atan2(to[1] - via[1], to[0] - via[0]);
  const wing = (turn: number): string => {
    const a = angle + Math.PI + turn;
    return `${(to[0] + 5 * Math.cos(a)).toFixed(1)},${(to[1] + 5 * Math.sin(a)).toFixed(1)}`;
  };
  return `${wing(0.5)} ${to[0]},${to[1]} ${wing(-0.5)}`;
}

function Scene({ item }: { item: SceneItem }): ReactElement {
  switch (item.kind) {
    case 'floor':
      return <line x1="4" y1={FLOOR_Y + 2} x2={WIDTH - 4} y2={FLOOR_Y + 2} />;
    case 'chair': {
      const dir = item.facing === 'right' ? 1 : -1;
      const front = item.x + 30 * dir;
      const seatY = 86;
      return (
        <g>
          <polyline
            points={points([
              [item.x - 2 * dir, 46],
              [item.x, seatY],
              [front, seatY],
            ])}
          />
          <line x1={item.x} y1={seatY} x2={item.x} y2={FLOOR_Y} />
          <line x1={front} y1={seatY} x2={front} y2={FLOOR_Y} />
          {item.arms && (
            <polyline
              points={points([
                [item.x, 68],
                [item.x + 26 * dir, 68],
                [item.x + 26 * dir, seatY],
              ])}
            />
          )}
        </g>
      );
    }
    case 'chairFront':
      return (
        <g>
          <rect x={item.x - 20} y="50" width="40" height="36" rx="3" />
          <line x1={item.x - 18} y1="86" x2={item.x - 18} y2={FLOOR_Y} />
          <line x1={item.x + 18} y1="86" x2={item.x + 18} y2={FLOOR_Y} />
        </g>
      );
    case 'wall':
      return <line x1={item.x} y1="8" x2={item.x} y2={FLOOR_Y + 2} strokeWidth="5" />;
    case 'mat':
      return (
        <rect
          className="pose-mat"
          x={item.from}
          y={FLOOR_Y - 4}
          width={item.to - item.from}
          height="6"
          rx="3"
          fill="currentColor"
          fillOpacity="0.25"
        />
      );
    case 'ball':
      return (
        <circle
          className="pose-ball"
          cx={item.at[0]}
          cy={item.at[1]}
          r={item.r}
          fill="currentColor"
          fillOpacity="0.6"
        />
      );
    case 'strap':
      return (
        <line
          className="pose-strap"
          x1={item.from[0]}
          y1={item.from[1]}
          x2={item.to[0]}
          y2={item.to[1]}
        />
      );
    case 'motion':
      return (
        <g className="pose-motion" strokeWidth="2">
          <path
            d={`M${item.from[0]} ${item.from[1]} Q${item.via[0]} ${item.via[1]} ${item.to[0]} ${item.to[1]}`}
            strokeDasharray="4 3"
          />
          <polyline points={arrowHead(item.via, item.to)} />
        </g>
      );
  }
}

export interface PoseFigureProps {
  pose: PoseId;
  /** Flip left-right: the figure works the other side. */
  mirrored?: boolean;
  /** Accessible name; defaults to a plain description of the pose. */
  title?: string;
  /** Rendered width in px (height follows the 4:3 box). Default 160. */
  size?: number;
  className?: string;
}

/**
 * A calm side-view figure for one pose, as inline SVG. Every line uses
 * `currentColor`, so the figure takes the text colour of its container and
 * follows light and dark themes. Hooks for CSS (no inline styles: the CSP
 * has no 'unsafe-inline'): `.pose-figure`, `.pose-scene` (furniture),
 * `.pose-body`, `.pose-partner`, `.pose-far`, `.pose-motion`, `.pose-mat`,
 * `.pose-ball`, `.pose-strap`.
 */
export function PoseFigure({
  pose,
  mirrored = false,
  title,
  size = WIDTH,
  className,
}: PoseFigureProps): ReactElement {
  const titleId = useId();
  const drawing = POSE_DRAWINGS[pose];
  return (
    <svg
      className={className ? `pose-figure ${className}` : 'pose-figure'}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={size}
      height={(size * HEIGHT) / WIDTH}
      role="img"
      aria-labelledby={titleId}
      data-pose={pose}
      fill="none"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title id={titleId}>{title ?? POSE_LABELS[pose]}</title>
      <g transform={mirrored ? `translate(${WIDTH} 0) scale(-1 1)` : undefined}>
        <g className="pose-scene" strokeWidth="3" opacity="0.55">
          {drawing.scene.map((item, i) => (
            <Scene key={i} item={item} />
          ))}
        </g>
        <g strokeWidth="7">
          {drawing.partner && (
            <g opacity="0.7">
              <Figure body={drawing.partner} className="pose-body pose-partner" />
            </g>
          )}
          <Figure body={drawing.body} className="pose-body" />
        </g>
      </g>
    </svg>
  );
}
