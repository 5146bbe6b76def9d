process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { fixture, occurrenceList, readFeed } from './testing/feedRig';

describe('the same iCloud feed read in Berlin', () => {
  it('a floating 12:00 lunch follows the viewer: 12:00 Berlin is 11:00Z', () => {
    const lunch = occurrenceList(
      readFeed(fixture('apple-dst-week.ics'), '2026-03-09T00:00:00Z', 24).occurrences,
    ).filter((o) => o[2] === 'Lunch (floating)');
    expect(lunch).toEqual([
      ['2026-03-09T11:00:00.000Z', '2026-03-09T12:00:00.000Z', 'Lunch (floating)'],
    ]);
  });

  it('a New York 09:00 meeting stays where New York puts it: 13:00Z on 9 March', () => {
    const checkIn = occurrenceList(
      readFeed(fixture('apple-dst-week.ics'), '2026-03-09T00:00:00Z', 24).occurrences,
    ).filter((o) => o[2] === 'Morning check-in');
    expect(checkIn.map((o) => o[0])).toEqual(['2026-03-09T13:00:00.000Z']);
  });
});
