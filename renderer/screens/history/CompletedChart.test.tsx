import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DayCount, PainPoint } from '../../../shared/history/summary';
import { CompletedChart, gridValues } from './CompletedChart';
import { segments } from './PainTrendChart';

function fourWeeks(counts: (i: number) => number): DayCount[] {
  return Array.from({ length: 28 }, (_, i) => {
    const d = new Date(2026, 9, 27 + i, 12);
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { date, completed: counts(i), meetingMinutes: i === 27 ? 80 : 0, standingMinutes: 0 };
  });
}

describe('CompletedChart', () => {
  it('draws one bar a day, tall in proportion, with a stub for an empty day', () => {
    const html = renderToStaticMarkup(
      <CompletedChart days={fourWeeks((i) => (i === 27 ? 4 : i % 7 === 0 ? 0 : 2))} />,
    );
    const bars = [
      ...html.matchAll(
        /<rect class="chart__bar[^"]*"[^>]*height="([\d.]+)"[^>]*data-count="(\d+)"/g,
      ),
    ];
    expect(bars).toHaveLength(28);
    const heightOf = (count: string) => Number(bars.find((b) => b[2] === count)?.[1]);
    expect(heightOf('4')).toBeCloseTo(2 * heightOf('2'));
    expect(heightOf('0')).toBe(2);
    expect(html).toContain('chart__bar--today');
    expect(html).toMatch(/aria-label="\d+ routines completed over the last 28 days/);
    // Today had 80 minutes of meetings: its tooltip and the chart's summary say so, in hours.
    expect(html).toContain(': 4 routines, 1 h 20 min in meetings</title>');
    expect(html).toMatch(/aria-label="[^"]* 1 h 20 min in meetings\."/);
    expect(html).toContain('>Today</text>');
  });

  it('has no standing strip without standing, and draws one, on its own scale, when there is', () => {
    const none = renderToStaticMarkup(<CompletedChart days={fourWeeks(() => 1)} />);
    expect(none).not.toContain('data-testid="standing-bar"');
    expect(none).toContain('viewBox="0 0 640 200"');

    const days = fourWeeks(() => 1).map((d, i) => ({
      ...d,
      standingMinutes: i === 26 ? 70 : i === 27 ? 35 : 0,
    }));
    const html = renderToStaticMarkup(<CompletedChart days={days} />);
    const bars = [
      ...html.matchAll(
        /<rect class="chart__stand"[^>]*height="([\d.]+)"[^>]*data-minutes="(\d+)"/g,
      ),
    ];
    expect(bars.map((b) => b[2])).toEqual(['70', '35']);
    expect(Number(bars[0]?.[1])).toBeCloseTo(2 * Number(bars[1]?.[1]));
    // The strip sits below the day labels: the chart grows by the strip's 70 px.
    expect(html).toContain('viewBox="0 0 640 270"');
    expect(html).toContain(': 1 routine, 1 h 10 min standing</title>');
    expect(html).toMatch(/aria-label="[^"]* 1 h 45 min standing, on 2 days\."/);
    // The busiest day's figure is written over its bar.
    expect(html).toContain('>1 h 10 min</text>');
  });

  it('keeps a readable scale when there is little to show', () => {
    expect(gridValues(0)).toEqual([0, 1, 2]);
    expect(gridValues(5)).toEqual([0, 5]);
    expect(gridValues(12)).toEqual([0, 6, 12]);
  });
});

describe('pain trend segments', () => {
  it('breaks the line at days without ratings instead of bridging them', () => {
    const point = (before: number | null): PainPoint => ({
      date: '2026-11-01',
      before,
      after: null,
      rated: 1,
    });
    const runs = segments([point(5), point(4), point(null), point(3)], 'before');
    expect(runs).toEqual([
      [
        { index: 0, value: 5 },
        { index: 1, value: 4 },
      ],
      [{ index: 3, value: 3 }],
    ]);
  });
});
