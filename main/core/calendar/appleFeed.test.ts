process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { fixture, occurrenceList, readFeed, spellList } from './testing/feedRig';

/**
 * A week of an iCloud calendar (fixtures/apple-dst-week.ics) around the US
 * spring-forward, Sunday 8 March 2026 at 02:00 EST (07:00Z) -> 03:00 EDT.
 * 09:00 in New York is 14:00Z before it and 13:00Z after.
 */
const apple = fixture('apple-dst-week.ics');

function occurrencesOf(title: string, from: string, hours: number) {
  return occurrenceList(readFeed(apple, from, hours).occurrences).filter((o) => o[2] === title);
}

describe('an iCloud calendar across the spring-forward week', () => {
  it('a daily 09:00 check-in stays at 09:00 local: 14:00Z, then 13:00Z from Sunday', () => {
    expect(
      occurrencesOf('Morning check-in', '2026-03-05T00:00:00Z', 36 * 5).map((o) => o[0]),
    ).toEqual([
      '2026-03-05T14:00:00.000Z',
      '2026-03-06T14:00:00.000Z',
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
    ]);
  });

  it('a DTSTART inside the gap (02:30 on 8 March) is read with the offset before it: 07:30Z', () => {
    expect(occurrencesOf('Night deploy', '2026-03-08T00:00:00Z', 24)).toEqual([
      ['2026-03-08T07:30:00.000Z', '2026-03-08T08:00:00.000Z', 'Night deploy'],
    ]);
  });

  it('a daily 02:30 job has no occurrence on 8 March, and the gap is not counted (COUNT=4)', () => {
    // RFC 5545 3.3.10: a generated local time that does not exist is ignored and not counted.
    expect(
      occurrencesOf('Overnight job check', '2026-03-05T00:00:00Z', 36 * 5).map((o) => o[0]),
    ).toEqual([
      '2026-03-06T07:30:00.000Z',
      '2026-03-07T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
      '2026-03-10T06:30:00.000Z',
    ]);
  });

  it('PT24H is 24 exact hours (ends 13:00 EDT); P1D is a nominal day (ends 12:00 EDT, 23 hours)', () => {
    const read = readFeed(apple, '2026-03-07T12:00:00Z', 36);
    const byTitle = new Map(occurrenceList(read.occurrences).map((o) => [o[2], o]));
    expect(byTitle.get('On-call (24 hours)')).toEqual([
      '2026-03-07T17:00:00.000Z',
      '2026-03-08T17:00:00.000Z',
      'On-call (24 hours)',
    ]);
    expect(byTitle.get('On-call (one day)')).toEqual([
      '2026-03-07T17:00:00.000Z',
      '2026-03-08T16:00:00.000Z',
      'On-call (one day)',
    ]);
    // Day-long blocks are not holds.
    expect(spellList(read.spells).map((s) => s[2])).not.toContain('On-call (24 hours)');
  });

  it('RDATE adds occurrences to DTSTART: a DATE-TIME list and a PERIOD with its own length', () => {
    expect(occurrencesOf('Physio', '2026-03-09T00:00:00Z', 36 * 4)).toEqual([
      ['2026-03-09T20:00:00.000Z', '2026-03-09T21:00:00.000Z', 'Physio'],
      ['2026-03-11T20:00:00.000Z', '2026-03-11T21:00:00.000Z', 'Physio'],
      ['2026-03-13T14:00:00.000Z', '2026-03-13T15:00:00.000Z', 'Physio'],
    ]);
    expect(occurrencesOf('Pairing', '2026-03-10T00:00:00Z', 36 * 2)).toEqual([
      ['2026-03-10T14:00:00.000Z', '2026-03-10T14:30:00.000Z', 'Pairing'],
      ['2026-03-12T15:00:00.000Z', '2026-03-12T15:30:00.000Z', 'Pairing'],
    ]);
  });

  it('a floating time is the viewer’s wall clock: lunch at 12:00 in New York is 16:00Z', () => {
    expect(occurrencesOf('Lunch (floating)', '2026-03-09T00:00:00Z', 24)).toEqual([
      ['2026-03-09T16:00:00.000Z', '2026-03-09T17:00:00.000Z', 'Lunch (floating)'],
    ]);
  });

  it('01:30 on fall-back day is its first occurrence, EDT: 05:30Z', () => {
    expect(occurrencesOf('Early call', '2026-11-01T00:00:00Z', 12)).toEqual([
      ['2026-11-01T05:30:00.000Z', '2026-11-01T06:00:00.000Z', 'Early call'],
    ]);
  });
});
