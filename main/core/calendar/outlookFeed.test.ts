process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { fixture, readFeed, spellList } from './testing/feedRig';

/**
 * An Outlook / Microsoft 365 published calendar (fixtures/outlook-berlin.ics),
 * written in "W. Europe Standard Time" (a Windows zone name that only the
 * feed's VTIMEZONE defines) and read by someone in New York. In mid-March
 * the US is already on EDT (UTC-4) but Berlin is still on CET (UTC+1): a
 * 16:00 Berlin meeting is 15:00Z, 11:00 in New York. After 29 March Berlin
 * is on CEST and the same meeting is 14:00Z.
 */
const outlook = fixture('outlook-berlin.ics');

describe('an Outlook published calendar, read in New York', () => {
  it('places the weekly Berlin sync by the feed’s own time zone, across the EU change, until UNTIL', () => {
    const { spells } = readFeed(outlook, '2026-03-16T04:00:00Z', 24);
    expect(spellList(spells)).toEqual([
      ['2026-03-16T15:00:00.000Z', '2026-03-16T15:30:00.000Z', 'Berlin sync'],
    ]);
    expect(spellList(readFeed(outlook, '2026-03-30T00:00:00Z', 36).spells)).toEqual([
      ['2026-03-30T14:00:00.000Z', '2026-03-30T14:30:00.000Z', 'Berlin sync'],
    ]);
    // UNTIL=20260330T140000Z includes the 30 March meeting and nothing after.
    expect(readFeed(outlook, '2026-04-06T00:00:00Z', 36).spells).toEqual([]);
  });

  it('Tuesday 17 March: tentative counts as busy, working elsewhere does not, a private event keeps its title out', () => {
    const { spells } = readFeed(outlook, '2026-03-17T04:00:00Z', 24);
    expect(spellList(spells)).toEqual([
      ['2026-03-17T10:00:00.000Z', '2026-03-17T11:00:00.000Z', null],
      ['2026-03-17T13:00:00.000Z', '2026-03-17T14:00:00.000Z', 'Hold: interview'],
    ]);
  });

  it('an all-day "Out of office" is not a hold by default; counted when asked, from New York midnight', () => {
    expect(readFeed(outlook, '2026-03-18T04:00:00Z', 24).spells).toEqual([]);
    const { spells } = readFeed(outlook, '2026-03-18T04:00:00Z', 24, {
      policy: { allDayBusy: true },
    });
    expect(spellList(spells)).toEqual([
      ['2026-03-18T04:00:00.000Z', '2026-03-19T04:00:00.000Z', 'Out of office'],
    ]);
  });
});

describe('the Google feed (TZID=Europe/Berlin with its VTIMEZONE), read in New York', () => {
  it('the 09:30 Berlin stand-up stays at 08:30Z, 03:30 in New York; the all-day event follows New York', () => {
    const google = fixture('google-week.ics');
    const read = readFeed(google, '2026-03-06T05:00:00Z', 12, {
      myAddresses: ['ann.example@gmail.com'],
    });
    expect(spellList(read.spells)).toEqual([
      ['2026-03-06T08:30:00.000Z', '2026-03-06T08:45:00.000Z', 'Daily stand-up'],
    ]);
    const holiday = readFeed(google, '2026-03-03T00:00:00Z', 24).occurrences.find(
      (o) => o.facts.title === 'Company holiday',
    );
    // 3 March 00:00 in New York (EST, UTC-5) is 05:00Z.
    expect(
      holiday && [new Date(holiday.start).toISOString(), new Date(holiday.end).toISOString()],
    ).toEqual(['2026-03-03T05:00:00.000Z', '2026-03-04T05:00:00.000Z']);
  });
});

describe('a TZID without a VTIMEZONE, read in New York', () => {
  it('falls back to the IANA zone of that name: 17:00 Berlin on 17 March is 16:00Z', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Nextcloud calendar v4.6.0//EN',
      'BEGIN:VEVENT',
      'UID:vendor-call@nextcloud',
      'DTSTART;TZID=Europe/Berlin:20260317T170000',
      'DTEND;TZID=Europe/Berlin:20260317T174500',
      'SUMMARY:Vendor call',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(spellList(readFeed(text, '2026-03-17T00:00:00Z', 24).spells)).toEqual([
      ['2026-03-17T16:00:00.000Z', '2026-03-17T16:45:00.000Z', 'Vendor call'],
    ]);
  });

  it('an unknown zone is read as local time and said so', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;TZID=Atlantis Standard Time:20260317T090000',
      'DURATION:PT30M',
      'SUMMARY:Somewhere',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const read = readFeed(text, '2026-03-17T00:00:00Z', 24);
    // 09:00 New York (EDT) is 13:00Z.
    expect(spellList(read.spells)).toEqual([
      ['2026-03-17T13:00:00.000Z', '2026-03-17T13:30:00.000Z', 'Somewhere'],
    ]);
    expect(read.warnings).toEqual([
      'unknown time zone Atlantis Standard Time: read as your local time',
    ]);
  });
});
