import type { ReactElement } from 'react';
import type { PainPoint } from '../../../shared/history/summary';
import { dateAtNoon, formatDay, formatShortDay } from './historyText';

const WIDTH = 640;
const HEIGHT = 190;
const PAD = { top: 14, right: 12, bottom: 30, left: 28 };
const SCALE = [0, 5, 10];

type Series = 'before' | 'after';

/** Runs of consecutive days that have a value: a line never bridges a day without ratings. */
export function segments(
  points: readonly PainPoint[],
  series: Series,
): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  points.forEach((p, index) => {
    const value = p[series];
    if (value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else {
      run.push({ index, value });
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Average pain (0-10) before and after routines, per day, as two lines drawn
 * by hand in SVG. Days without ratings leave a gap rather than a guess.
 */
export function PainTrendChart({ points }: { points: readonly PainPoint[] }): ReactElement {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, points.length - 1);
  const x = (i: number) => PAD.left + i * step;
  const y = (v: number) => PAD.top + plotH - (v / 10) * plotH;
  const rated = points.filter((p) => p.rated > 0).length;

  const line = (series: Series) =>
    segments(points, series).map((run) => (
      <g
        key={`${series}-${run[0]?.index ?? 0}`}
        className={`chart__series chart__series--${series}`}
      >
        {run.length > 1 && (
          <polyline points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')} fill="none" />
        )}
        {run.map((p) => {
          const point = points[p.index];
          return (
            <circle
              key={p.index}
              cx={x(p.index)}
              cy={y(p.value)}
              r={3.5}
              data-testid={`pain-${series}`}
            >
              <title>{`${point ? formatDay(point.date) : ''}: ${series} ${p.value}`}</title>
            </circle>
          );
        })}
      </g>
    ));

  return (
    <svg
      className="chart chart--lines"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Average pain before and after routines on ${rated} of the last ${points.length} days, on a scale of 0 to 10.`}
      data-testid="pain-chart"
    >
      {SCALE.map((v) => (
        <g key={v}>
          <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="chart__axis" x={PAD.left - 8} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        dateAtNoon(p.date).getDay() === 1 || i === points.length - 1 ? (
          <text
            key={p.date}
            className="chart__axis"
            x={x(i)}
            y={HEIGHT - 8}
            textAnchor={i === points.length - 1 ? 'end' : 'middle'}
          >
            {i === points.length - 1 ? 'Today' : formatShortDay(p.date)}
          </text>
        ) : null,
      )}
      {line('before')}
      {line('after')}
    </svg>
  );
}
