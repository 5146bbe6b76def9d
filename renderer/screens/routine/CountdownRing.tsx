import type { ReactElement, ReactNode } from 'react';

const SIZE = 200;
const STROKE = 12;
const RADIUS = (SIZE - STROKE) / 2 - 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export interface CountdownRingProps {
  /** 1 when the segment starts, 0 when it ends: the arc that is left. */
  remaining: number;
  /** Work is drawn in the accent colour; get ready and rest stay quiet. */
  tone: 'work' | 'quiet';
  paused: boolean;
  /** Changes per segment, so the arc refills at once instead of sweeping back. */
  segmentKey: number;
  children: ReactNode;
}

/**
 * The large countdown: an arc that empties over the segment, with the
 * number (and anything else) in the middle. Decorative to assistive tech:
 * the numbers it frames are plain text, and step changes are announced.
 */
export function CountdownRing({
  remaining,
  tone,
  paused,
  segmentKey,
  children,
}: CountdownRingProps): ReactElement {
  const clamped = Math.max(0, Math.min(1, remaining));
  const classes = ['rt-ring', `rt-ring--${tone}`, paused ? 'rt-ring--paused' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
        <circle
          className="rt-ring__track"
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          strokeWidth={STROKE}
        />
        <circle
          key={segmentKey}
          className="rt-ring__arc"
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          strokeWidth={STROKE}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - clamped)}
          transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
        />
      </svg>
      <div className="rt-ring__centre">{children}</div>
    </div>
  );
}
