import type { ReactElement } from 'react';
import type { DayCount } from '../../../shared/history/summary';
import { dateAtNoon, durationWords, formatDay, formatShortDay } from './historyText';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 18, right: 8, bottom: 30, left: 28 };
/** The standing strip under the day labels, drawn only when there is standing to show. */
const STAND = { gap: 8, height: 40, label: 14, bottom: 8 };

/** Gridline values: 0, the top, and a middle line when it falls on a whole number. */
export function gridValues(max: number): number[] {
  const top = Math.max(2, max);
  const values = [0, top];
  if (top % 2 === 0) values.splice(1, 0, top / 2);
  return values;
}

/**
 * Completed routines per day over the last four weeks, drawn by hand as SVG:
 * one bar a day, weekends shaded, Mondays and today labelled. Each bar has a
 * tooltip and the chart as a whole a summary for screen readers.
 */
export function CompletedChart({
  days,
  todayLabel = 'Today',
}: {
  days: readonly DayCount[];
  todayLabel?: string;
}): ReactElement {
  const max = Math.max(0, ...days.map((d) => d.completed));
  const top = Math.max(2, max);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(4, slot * 0.62);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const total = days.reduce((n, d) => n + d.completed, 0);
  const active = days.filter((d) => d.completed > 0).length;
  const meetingMinutes = days.reduce((n, d) => n + d.meetingMinutes, 0);
  const standingMinutes = days.reduce((n, d) => n + d.standingMinutes, 0);
  const standingDays = days.filter((d) => d.standingMinutes > 0).length;
  const summary = `${total} routines completed over the last ${days.length} days, on ${active} of them; the most in one day was ${max}.${meetingMinutes > 0 ? ` ${durationWords(meetingMinutes)} in meetings.` : ''}${standingMinutes > 0 ? ` ${durationWords(standingMinutes)} standing, on ${standingDays} ${standingDays === 1 ? 'day' : 'days'}.` : ''}`;
  const height =
    standingMinutes > 0 ? HEIGHT + STAND.gap + STAND.label + STAND.height + STAND.bottom : HEIGHT;

  return (
    <svg
      className="chart chart--bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      data-testid="completed-chart"
    >
      {days.map((d, i) => {
        const weekday = dateAtNoon(d.date).getDay();
        return weekday === 0 || weekday === 6 ? (
          <rect
            key={`w-${d.date}`}
            className="chart__weekend"
            x={PAD.left + i * slot}
            y={PAD.top}
            width={slot}
            height={plotH}
          />
        ) : null;
      })}
      {gridValues(max).map((v) => (
        <g key={`g-${v}`}>
          <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="chart__axis" x={PAD.left - 8} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {days.map((d, i) => {
        const isToday = i === days.length - 1;
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const h = d.completed === 0 ? 2 : Math.max(3, (d.completed / top) * plotH);
        const weekday = dateAtNoon(d.date).getDay();
        const label = isToday ? todayLabel : weekday === 1 ? formatShortDay(d.date) : null;
        return (
          <g key={d.date}>
            <rect
              className={`chart__bar${d.completed === 0 ? ' chart__bar--empty' : ''}${isToday ? ' chart__bar--today' : ''}`}
              x={x}
              y={PAD.top + plotH - h}
              width={barW}
              height={h}
              rx={d.completed === 0 ? 1 : 3}
              data-testid="bar"
              data-date={d.date}
              data-count={d.completed}
            >
              <title>{`${formatDay(d.date)}: ${d.completed} ${d.completed === 1 ? 'routine' : 'routines'}${d.meetingMinutes > 0 ? `, ${durationWords(d.meetingMinutes)} in meetings` : ''}${d.standingMinutes > 0 ? `, ${durationWords(d.standingMinutes)} standing` : ''}`}</title>
            </rect>
            {d.completed > 0 && (
              <text
                className="chart__value"
                x={x + barW / 2}
                y={PAD.top + plotH - h - 5}
                textAnchor="middle"
              >
                {d.completed}
              </text>
            )}
            {label && (
              <text
                className={`chart__axis${isToday ? ' chart__axis--today' : ''}`}
                x={isToday ? x + barW : x}
                y={HEIGHT - 8}
                textAnchor={isToday ? 'end' : 'start'}
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
      {standingMinutes > 0 && <StandingStrip days={days} slot={slot} barW={barW} />}
    </svg>
  );
}

/**
 * The standing series: minutes standing per day as a strip of thin bars
 * under the routines, on its own scale (minutes, not routines), with the
 * busiest day's figure written over its bar.
 */
function StandingStrip({
  days,
  slot,
  barW,
}: {
  days: readonly DayCount[];
  slot: number;
  barW: number;
}): ReactElement {
  const top = HEIGHT + STAND.gap;
  const base = top + STAND.label + STAND.height;
  const most = Math.max(...days.map((d) => d.standingMinutes));
  const busiest = days.findIndex((d) => d.standingMinutes === most);
  return (
    <g className="chart__standing" data-testid="standing-series">
      <text className="chart__axis" x={PAD.left} y={top + 10}>
        Standing
      </text>
      <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={base} y2={base} />
      {days.map((d, i) => {
        if (d.standingMinutes === 0) return null;
        const h = Math.max(2, (d.standingMinutes / most) * (STAND.height - 12));
        const x = PAD.left + i * slot + (slot - barW) / 2;
        return (
          <g key={`s-${d.date}`}>
            <rect
              className="chart__stand"
              x={x}
              y={base - h}
              width={barW}
              height={h}
              rx={2}
              data-testid="standing-bar"
              data-date={d.date}
              data-minutes={d.standingMinutes}
            >
              <title>{`${formatDay(d.date)}: ${durationWords(d.standingMinutes)} standing`}</title>
            </rect>
            {i === busiest && (
              <text className="chart__value" x={x + barW / 2} y={base - h - 4} textAnchor="middle">
                {durationWords(d.standingMinutes)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
