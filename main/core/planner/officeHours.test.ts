import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/settings/defaults';
import type { OfficeHours } from '../../../shared/settings/schema';
import {
  createOfficeCalendar,
  officeContext,
  officeMsBetween,
  officeSpans,
  officeTimeReached,
  workBlocks,
} from './officeHours';

const MIN = 60_000;
const t = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m).getTime(); // Nov 2026; 23rd is a Monday

const splitDay: OfficeHours = {
  ...DEFAULT_OFFICE_HOURS,
  mon: [
    { start: '13:00', end: '17:00' },
    { start: '08:00', end: '12:00' },
  ],
};

describe('office hours', () => {
  it('lists each weekday range as a span, sorted, and nothing on the weekend', () => {
    expect(officeSpans(splitDay, t(21, 0), t(24, 0))).toEqual([
      { start: t(23, 8), end: t(23, 12) },
      { start: t(23, 13), end: t(23, 17) },
    ]);
  });

  it('a gap shorter than a natural break joins two spans into one work block', () => {
    const spans = [
      { start: t(23, 9), end: t(23, 10) },
      { start: t(23, 10, 3), end: t(23, 11) },
      { start: t(23, 12), end: t(23, 13) },
    ];
    const blocks = workBlocks(spans, 5 * MIN);
    expect(blocks.map((b) => [b.start, b.end])).toEqual([
      [t(23, 9), t(23, 11)],
      [t(23, 12), t(23, 13)],
    ]);
    const [first] = blocks;
    if (!first) throw new Error('no block');
    expect(officeMsBetween(first, t(23, 9), t(23, 11))).toBe(117 * MIN);
    expect(officeTimeReached(first, t(23, 9, 30), 45 * MIN)).toBe(t(23, 10, 18));
    expect(officeTimeReached(first, t(23, 10, 30), 45 * MIN)).toBeNull();
  });

  it('says where now is: inside a span, in the block, and when hours next begin', () => {
    const inside = officeContext(splitDay, t(23, 10), 5 * MIN);
    expect(inside.span).toEqual({ start: t(23, 8), end: t(23, 12) });
    const lunch = officeContext(splitDay, t(23, 12, 30), 5 * MIN);
    expect(lunch.span).toBeNull();
    expect(lunch.block).toBeNull();
    expect(lunch.nextSpanStart).toBe(t(23, 13));
    // Friday evening: next hours are Monday's (more than two days ahead).
    expect(officeContext(DEFAULT_OFFICE_HOURS, t(27, 18), 5 * MIN).nextSpanStart).toBe(t(30, 9));
  });

  it('no office hours at all: nothing is next', () => {
    const none: OfficeHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(officeContext(none, t(23, 10), 5 * MIN)).toEqual({
      span: null,
      block: null,
      nextSpanStart: null,
    });
  });

  it('the day-cached calendar answers exactly as a fresh look would, across a DST change', () => {
    const calendar = createOfficeCalendar(splitDay, 5 * MIN);
    const start = new Date(2026, 9, 22, 0, 0).getTime(); // through Berlin's fall-back on 25 Oct
    for (let now = start; now < start + 10 * 24 * 60 * MIN; now += 7 * MIN) {
      expect(calendar(now)).toEqual(officeContext(splitDay, now, 5 * MIN));
    }
  });
});
