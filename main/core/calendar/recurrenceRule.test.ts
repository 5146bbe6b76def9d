import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { compileFeedText } from './feedCalendar';
import { expandSeries } from './expandCalendar';
import { firstProperty, parseComponent } from './jcal';
import { readRule, wallOccurrences } from './recurrenceRule';

/** The rule as the app reads it: ical.js's parser turns the RRULE line into jCal. */
function jcalRule(text: string): Record<string, unknown> {
  const event = parseComponent(`BEGIN:VEVENT\r\nRRULE:${text}\r\nEND:VEVENT`);
  const value = event ? firstProperty(event, 'rrule')?.values[0] : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('no rule');
  return value as Record<string, unknown>;
}

/**
 * The recurrence examples of RFC 5545 3.8.5.3, with the dates the RFC lists
 * (all at 09:00 America/New_York). The occurrences are turned back into New
 * York wall time with Intl, which knows nothing of this code.
 */
const nyWall = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function occurrences(dtstart: string, rule: string, until: string, extra = ''): string[] {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:rfc-example',
    `DTSTART;TZID=America/New_York:${dtstart}`,
    'DURATION:PT1M',
    `RRULE:${rule}`,
    ...(extra ? [extra] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  // Read as of the examples' own time: a reader in 2026 rightly drops rules that ended in 1997.
  const compiled = compileFeedText(text, {
    myAddresses: [],
    now: Date.parse('1996-01-01T00:00:00Z'),
  });
  if (!compiled.ok) throw new Error(compiled.message);
  const series = compiled.model.series[0];
  if (!series) throw new Error('no series');
  const window = { from: Date.parse('1996-01-01T00:00:00Z'), to: Date.parse(until) };
  return expandSeries(series, window, { maxPeriodsPerRule: 25_000, maxPerSeries: 1_000 }).map((o) =>
    nyWall.format(o.start),
  );
}

const days = (prefix: string, list: number[], time = '09:00') =>
  list.map((d) => `${prefix}-${String(d).padStart(2, '0')} ${time}`);

describe('RRULE expansion against the examples in RFC 5545 3.8.5.3', () => {
  it('daily for 10 occurrences', () => {
    expect(occurrences('19970902T090000', 'FREQ=DAILY;COUNT=10', '1998-01-01T00:00:00Z')).toEqual(
      days('1997-09', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
    );
  });

  it('every 10 days, 5 occurrences', () => {
    expect(
      occurrences('19970902T090000', 'FREQ=DAILY;INTERVAL=10;COUNT=5', '1998-01-01T00:00:00Z'),
    ).toEqual([...days('1997-09', [2, 12, 22]), ...days('1997-10', [2, 12])]);
  });

  it('every day in January, for 3 years (yearly, BYMONTH expanded by BYDAY)', () => {
    const got = occurrences(
      '19980101T090000',
      'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
      '2001-01-01T00:00:00Z',
    );
    const january = Array.from({ length: 31 }, (_, i) => i + 1);
    expect(got).toEqual([
      ...days('1998-01', january),
      ...days('1999-01', january),
      ...days('2000-01', january),
    ]);
  });

  it('every other week on Monday, Wednesday and Friday until 24 December 1997', () => {
    expect(
      occurrences(
        '19970901T090000',
        'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
        '1998-01-01T00:00:00Z',
      ),
    ).toEqual([
      ...days('1997-09', [1, 3, 5, 15, 17, 19, 29]),
      ...days('1997-10', [1, 3, 13, 15, 17, 27, 29, 31]),
      ...days('1997-11', [10, 12, 14, 24, 26, 28]),
      ...days('1997-12', [8, 10, 12, 22]),
    ]);
  });

  it('WKST changes the result: every other week on Tuesday and Sunday', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=';
    expect(occurrences('19970805T090000', `${rule}MO`, '1998-01-01T00:00:00Z')).toEqual(
      days('1997-08', [5, 10, 19, 24]),
    );
    expect(occurrences('19970805T090000', `${rule}SU`, '1998-01-01T00:00:00Z')).toEqual(
      days('1997-08', [5, 17, 19, 31]),
    );
  });

  it('monthly on the first Friday for 10 occurrences', () => {
    expect(
      occurrences('19970905T090000', 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR', '1999-01-01T00:00:00Z'),
    ).toEqual([
      '1997-09-05 09:00',
      '1997-10-03 09:00',
      '1997-11-07 09:00',
      '1997-12-05 09:00',
      '1998-01-02 09:00',
      '1998-02-06 09:00',
      '1998-03-06 09:00',
      '1998-04-03 09:00',
      '1998-05-01 09:00',
      '1998-06-05 09:00',
    ]);
  });

  it('monthly on the second-to-last Monday, for 6 months', () => {
    expect(
      occurrences('19970922T090000', 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO', '1999-01-01T00:00:00Z'),
    ).toEqual([
      '1997-09-22 09:00',
      '1997-10-20 09:00',
      '1997-11-17 09:00',
      '1997-12-22 09:00',
      '1998-01-19 09:00',
      '1998-02-16 09:00',
    ]);
  });

  it('monthly on the third-to-the-last day of the month', () => {
    expect(
      occurrences('19970928T090000', 'FREQ=MONTHLY;BYMONTHDAY=-3', '1998-03-01T00:00:00Z'),
    ).toEqual([
      '1997-09-28 09:00',
      '1997-10-29 09:00',
      '1997-11-28 09:00',
      '1997-12-29 09:00',
      '1998-01-29 09:00',
      '1998-02-26 09:00',
    ]);
  });

  it('every Friday the 13th, with DTSTART excluded', () => {
    expect(
      occurrences(
        '19970902T090000',
        'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
        '2000-12-31T00:00:00Z',
        'EXDATE;TZID=America/New_York:19970902T090000',
      ),
    ).toEqual([
      '1998-02-13 09:00',
      '1998-03-13 09:00',
      '1998-11-13 09:00',
      '1999-08-13 09:00',
      '2000-10-13 09:00',
    ]);
  });

  it('the first Saturday that follows the first Sunday of the month', () => {
    expect(
      occurrences(
        '19970913T090000',
        'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
        '1998-06-30T00:00:00Z',
      ),
    ).toEqual([
      '1997-09-13 09:00',
      '1997-10-11 09:00',
      '1997-11-08 09:00',
      '1997-12-13 09:00',
      '1998-01-10 09:00',
      '1998-02-07 09:00',
      '1998-03-07 09:00',
      '1998-04-11 09:00',
      '1998-05-09 09:00',
      '1998-06-13 09:00',
    ]);
  });

  it('every four years, the first Tuesday after a Monday in November (US election day)', () => {
    expect(
      occurrences(
        '19961105T090000',
        'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
        '2005-01-01T00:00:00Z',
      ),
    ).toEqual(['1996-11-05 09:00', '2000-11-07 09:00', '2004-11-02 09:00']);
  });

  it('the third of Tuesday, Wednesday or Thursday in the month, three times (BYSETPOS)', () => {
    expect(
      occurrences(
        '19970904T090000',
        'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
        '1998-01-01T00:00:00Z',
      ),
    ).toEqual(['1997-09-04 09:00', '1997-10-07 09:00', '1997-11-06 09:00']);
  });

  it('the second-to-last weekday of the month (BYSETPOS=-2)', () => {
    expect(
      occurrences(
        '19970929T090000',
        'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
        '1998-03-31T00:00:00Z',
      ),
    ).toEqual([
      '1997-09-29 09:00',
      '1997-10-30 09:00',
      '1997-11-27 09:00',
      '1997-12-30 09:00',
      '1998-01-29 09:00',
      '1998-02-26 09:00',
      '1998-03-30 09:00',
    ]);
  });

  it('every 15 minutes for 6 occurrences', () => {
    expect(
      occurrences('19970902T090000', 'FREQ=MINUTELY;INTERVAL=15;COUNT=6', '1998-01-01T00:00:00Z'),
    ).toEqual(['09:00', '09:15', '09:30', '09:45', '10:00', '10:15'].map((t) => `1997-09-02 ${t}`));
  });

  it('every 20 minutes from 09:00 to 16:40, every day (two days shown)', () => {
    const times = [9, 10, 11, 12, 13, 14, 15, 16].flatMap((h) =>
      ['00', '20', '40'].map((m) => `${String(h).padStart(2, '0')}:${m}`),
    );
    expect(
      occurrences(
        '19970902T090000',
        'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40',
        '1997-09-04T00:00:00Z',
      ),
    ).toEqual([...times.map((t) => `1997-09-02 ${t}`), ...times.map((t) => `1997-09-03 ${t}`)]);
  });

  it('skips 30 February and counts only dates that exist', () => {
    expect(
      occurrences(
        '20070115T090000',
        'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
        '2008-01-01T00:00:00Z',
      ),
    ).toEqual([
      '2007-01-15 09:00',
      '2007-01-30 09:00',
      '2007-02-15 09:00',
      '2007-03-15 09:00',
      '2007-03-30 09:00',
    ]);
  });

  it('Monday of week 20 (BYWEEKNO), where ical.js gives every Monday in January', () => {
    expect(
      occurrences('19970512T090000', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', '2000-01-01T00:00:00Z'),
    ).toEqual(['1997-05-12 09:00', '1998-05-11 09:00', '1999-05-17 09:00']);
  });

  it('every Thursday in March', () => {
    expect(
      occurrences('19970313T090000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH', '1999-12-31T00:00:00Z'),
    ).toEqual([
      ...days('1997-03', [13, 20, 27]),
      ...days('1998-03', [5, 12, 19, 26]),
      ...days('1999-03', [4, 11, 18, 25]),
    ]);
  });

  it('every third year on the 1st, 100th and 200th day, 10 times', () => {
    expect(
      occurrences(
        '19970101T090000',
        'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
        '2010-01-01T00:00:00Z',
      ),
    ).toEqual([
      '1997-01-01 09:00',
      '1997-04-10 09:00',
      '1997-07-19 09:00',
      '2000-01-01 09:00',
      '2000-04-09 09:00',
      '2000-07-18 09:00',
      '2003-01-01 09:00',
      '2003-04-10 09:00',
      '2003-07-19 09:00',
      '2006-01-01 09:00',
    ]);
  });

  it('every 20th Monday of the year', () => {
    expect(
      occurrences('19970519T090000', 'FREQ=YEARLY;BYDAY=20MO', '2000-01-01T00:00:00Z'),
    ).toEqual(['1997-05-19 09:00', '1998-05-18 09:00', '1999-05-17 09:00']);
  });

  it('a yearly event on 29 February happens only in leap years (ical.js moves it to 1 March)', () => {
    expect(occurrences('20240229T090000', 'FREQ=YEARLY', '2033-01-01T00:00:00Z')).toEqual([
      '2024-02-29 09:00',
      '2028-02-29 09:00',
      '2032-02-29 09:00',
    ]);
  });
});

/**
 * The shapes Google, Outlook and Apple write, where ical.js is right, as an
 * independent check: both expansions over two years, as wall times.
 */
describe('RRULE expansion agrees with ical.js on everyday rules', () => {
  const rules = [
    'FREQ=DAILY',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,SA;WKST=SU',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=40',
    'FREQ=MONTHLY;BYDAY=2TU',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,-1',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=YEARLY;BYMONTH=6;BYDAY=1MO',
    'FREQ=YEARLY',
    'FREQ=DAILY;BYHOUR=9,15;BYMINUTE=30',
    'FREQ=HOURLY;INTERVAL=5;COUNT=50',
  ];
  const endWall = Date.UTC(2027, 0, 6);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  const wallOf = (t: ICAL.Time) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

  for (const text of rules) {
    it(text, () => {
      const recur = ICAL.Recur.fromString(text);
      // Both start at the rule's first occurrence on or after 6 January 2025,
      // a DTSTART in step with the rule, as the apps write it.
      const first = recur
        .iterator(
          ICAL.Time.fromData({ year: 2025, month: 1, day: 6, hour: 9, minute: 30, second: 0 }),
        )
        .next();
      const iterator = recur.iterator(first);
      const expected: string[] = [];
      for (let next = iterator.next(); next && expected.length < 2_000; next = iterator.next()) {
        if (wallOf(next) > endWall) break;
        expected.push(iso(wallOf(next)));
      }
      const startWall = wallOf(first);
      const rule = readRule(jcalRule(text), false);
      const got: string[] = [];
      let count = 0;
      for (const wall of wallOccurrences(rule, startWall, false, {
        fromWall: startWall,
        toWall: endWall,
        maxPeriods: 25_000,
      })) {
        if (wall > endWall) break;
        if (rule.count !== null && ++count > rule.count) break;
        got.push(iso(wall));
      }
      expect(got.length).toBeGreaterThan(1);
      expect(got).toEqual(expected);
    });
  }
});
