process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { fixture, occurrenceList, readFeed, spellList } from './testing/feedRig';

/**
 * A week of a Google Calendar secret-address export (fixtures/google-week.ics),
 * read in Berlin. Berlin is on CET (UTC+1) until 29 March 2026, so 09:30
 * Berlin is 08:30Z. Ann is ann.example@gmail.com (the calendar's name).
 */
const google = fixture('google-week.ics');
const ANN = ['ann.example@gmail.com'];

describe('a Google Calendar feed', () => {
  it('Monday 2 March, the next 36 hours: the stand-up is excluded, declined, transparent and all-day events are free', () => {
    const { spells, warnings } = readFeed(google, '2026-03-02T07:00:00Z', 36, { myAddresses: ANN });
    expect(spellList(spells)).toEqual([
      // A meeting across midnight: 23:30 to 00:30 Berlin.
      ['2026-03-02T22:30:00.000Z', '2026-03-02T23:30:00.000Z', 'Release window'],
      ['2026-03-03T14:00:00.000Z', '2026-03-03T15:00:00.000Z', 'Design review'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('sees, but does not hold for, the declined, transparent and all-day events', () => {
    const { occurrences } = readFeed(google, '2026-03-02T23:00:00Z', 25, { myAddresses: ANN });
    expect(occurrenceList(occurrences)).toEqual([
      ['2026-03-02T22:30:00.000Z', '2026-03-02T23:30:00.000Z', 'Release window'],
      // All-day dates are the viewer's midnights: 3 March 00:00 Berlin is 2 March 23:00Z.
      ['2026-03-02T23:00:00.000Z', '2026-03-03T23:00:00.000Z', 'Company holiday'],
      ['2026-03-03T09:00:00.000Z', '2026-03-03T10:00:00.000Z', 'Quarterly planning'],
      ['2026-03-03T12:00:00.000Z', '2026-03-03T14:00:00.000Z', 'Focus time'],
      ['2026-03-03T14:00:00.000Z', '2026-03-03T15:00:00.000Z', 'Design review'],
      ['2026-03-03T23:00:00.000Z', '2026-03-04T23:00:00.000Z', 'Out of office'],
    ]);
  });

  it('the cancelled 1:1 on Tuesday 3 March is gone; the next one, 10 March, is kept', () => {
    const { spells } = readFeed(google, '2026-03-03T00:00:00Z', 24, { myAddresses: ANN });
    expect(spellList(spells).map((s) => s[2])).not.toContain('1:1 Bob / Ann');
    const next = readFeed(google, '2026-03-10T00:00:00Z', 24, { myAddresses: ANN });
    expect(spellList(next.spells)).toContainEqual([
      '2026-03-10T13:00:00.000Z',
      '2026-03-10T13:30:00.000Z',
      '1:1 Bob / Ann',
    ]);
  });

  it('Wednesday 4 March: the stand-up moved to 11:15 (RECURRENCE-ID), and only there', () => {
    const { spells } = readFeed(google, '2026-03-04T06:00:00Z', 36, { myAddresses: ANN });
    expect(spellList(spells)).toEqual([
      ['2026-03-04T10:15:00.000Z', '2026-03-04T10:30:00.000Z', 'Daily stand-up (moved)'],
    ]);
  });

  it('Friday 6 March: the stand-up at 09:30 Berlin as usual', () => {
    const { spells } = readFeed(google, '2026-03-06T06:00:00Z', 12, { myAddresses: ANN });
    expect(spellList(spells)).toEqual([
      ['2026-03-06T08:30:00.000Z', '2026-03-06T08:45:00.000Z', 'Daily stand-up'],
    ]);
  });

  it('after 29 March (CEST, UTC+2) the same 09:30 stand-up is 07:30Z', () => {
    const { spells } = readFeed(google, '2026-03-30T05:00:00Z', 12, { myAddresses: ANN });
    expect(spellList(spells)).toEqual([
      ['2026-03-30T07:30:00.000Z', '2026-03-30T07:45:00.000Z', 'Daily stand-up'],
    ]);
  });

  it('a meeting already under way is in the window (from 23:00Z, inside the release window)', () => {
    const { spells } = readFeed(google, '2026-03-02T23:00:00Z', 1, { myAddresses: ANN });
    expect(spellList(spells)).toEqual([
      ['2026-03-02T22:30:00.000Z', '2026-03-02T23:30:00.000Z', 'Release window'],
    ]);
  });

  it('without the person’s address, a declined invitation still counts as busy', () => {
    const { spells } = readFeed(google, '2026-03-03T08:00:00Z', 3, { myAddresses: [] });
    expect(spellList(spells)).toEqual([
      ['2026-03-03T09:00:00.000Z', '2026-03-03T10:00:00.000Z', 'Quarterly planning'],
    ]);
  });
});
