process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { compileFeedText } from './feedCalendar';
import { readFeed, spellList } from './testing/feedRig';
import { syntheticFeed } from './testing/syntheticFeed';

const NOW = '2026-03-02T07:00:00Z';

function calendar(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
}

function event(uid: string, ...lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, ...lines, 'END:VEVENT'];
}

/** A plain meeting every hostile feed also carries: it must survive the rest. */
const standUp = event(
  'ok',
  'DTSTART:20260302T090000Z',
  'DTEND:20260302T091500Z',
  'SUMMARY:Stand-up',
);

function compileMessage(text: string): string {
  const result = compileFeedText(text, { myAddresses: [], now: Date.parse(NOW) });
  return result.ok ? 'ok' : result.message;
}

describe('hostile and broken feeds: bounded work, a clear message or a bounded result', () => {
  it('FREQ=SECONDLY;COUNT=1000000 is skipped with a reason; the rest of the feed counts', () => {
    const read = readFeed(
      calendar(
        standUp,
        event(
          'flood',
          'DTSTART:20260302T000000Z',
          'DURATION:PT1S',
          'RRULE:FREQ=SECONDLY;COUNT=1000000',
          'SUMMARY:Flood',
        ),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells)).toEqual([
      ['2026-03-02T09:00:00.000Z', '2026-03-02T09:15:00.000Z', 'Stand-up'],
    ]);
    expect(read.warnings).toEqual(['1 repeating event was too complex to expand and skipped']);
  });

  it('a repeating event that starts in the window and fires every minute is refused, not expanded 2,000 times', () => {
    const read = readFeed(
      calendar(
        standUp,
        event(
          'minutely',
          'DTSTART:20260302T080000Z',
          'DURATION:PT1M',
          'RRULE:FREQ=MINUTELY',
          'SUMMARY:Tick',
        ),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells).map((s) => s[2])).toEqual(['Stand-up']);
    expect(read.warnings).toEqual([
      '1 event repeats more than 100 times in 36 hours and was skipped',
    ]);
  });

  it('a rule with no occurrence at all (30 February, daily) ends, where ical.js never returns', () => {
    const read = readFeed(
      calendar(
        standUp,
        event(
          'never',
          'DTSTART:20250101T090000Z',
          'DURATION:PT1H',
          'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
        ),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells).map((s) => s[2])).toEqual(['Stand-up']);
    expect(read.warnings).toEqual([]);
  });

  it('BYHOUR x BYMINUTE x BYSECOND blown up to every second of the day is refused', () => {
    const all = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
    const read = readFeed(
      calendar(
        standUp,
        event(
          'grid',
          'DTSTART:20260301T000000Z',
          'DURATION:PT1S',
          `RRULE:FREQ=YEARLY;BYHOUR=${all(24)};BYMINUTE=${all(60)};BYSECOND=${all(60)}`,
        ),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells).map((s) => s[2])).toEqual(['Stand-up']);
    expect(read.warnings).toEqual(['1 repeating event was too complex to expand and skipped']);
  });

  it('an RRULE ical.js rejects (BYHOUR=25) costs only its own event', () => {
    const read = readFeed(
      calendar(
        standUp,
        event(
          'bad-rule',
          'DTSTART:20260302T100000Z',
          'DURATION:PT1H',
          'RRULE:FREQ=DAILY;BYHOUR=25',
        ),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells).map((s) => s[2])).toEqual(['Stand-up']);
    expect(read.warnings).toEqual(['1 event could not be read']);
  });

  it('a VTIMEZONE whose observance repeats every second falls back to the IANA zone of its name', () => {
    const read = readFeed(
      calendar(
        [
          'BEGIN:VTIMEZONE',
          'TZID:Europe/Berlin',
          'BEGIN:STANDARD',
          'DTSTART:19700101T000000',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0900',
          'RRULE:FREQ=SECONDLY',
          'END:STANDARD',
          'END:VTIMEZONE',
        ],
        event(
          'berlin',
          'DTSTART;TZID=Europe/Berlin:20260302T120000',
          'DURATION:PT1H',
          'SUMMARY:Lunch talk',
        ),
      ),
      NOW,
      36,
    );
    // 12:00 CET is 11:00Z, as the IANA database has it.
    expect(spellList(read.spells)).toEqual([
      ['2026-03-02T11:00:00.000Z', '2026-03-02T12:00:00.000Z', 'Lunch talk'],
    ]);
  });

  it('10,000 VEVENTs: read whole, the window holds only its own meetings', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const day = new Date(Date.parse('2025-06-01T09:00:00Z') + i * 3_600_000);
      const stamp = day.toISOString().replace(/[-:]/g, '').slice(0, 15);
      return event(`e${i}`, `DTSTART:${stamp}Z`, 'DURATION:PT30M', `SUMMARY:Meeting ${i}`);
    });
    const read = readFeed(calendar(...many), NOW, 36);
    // 2025-06-01T09:00Z + i hours lands in [2026-03-02T07:00Z, +36 h) for i = 6574 ... 6609.
    expect(read.spells.length).toBe(36);
    expect(read.spells[0]?.title).toBe('Meeting 6574');
    expect(read.warnings).toEqual([]);
    // Heavy by design: on a machine shared by a whole team this takes seconds.
  }, 30_000);

  it('a read that overruns its time limit is stopped and said, not waited for', () => {
    const big = syntheticFeed({
      recurringEvents: 2_000,
      targetBytes: 2_000_000,
      now: Date.parse(NOW),
    });
    expect(compileFeedText(big, { myAddresses: [], now: Date.parse(NOW) }, 1)).toEqual({
      ok: false,
      message: 'a calendar too complex to read (over 0.001 s)',
    });
  }, 30_000);

  it('deeply nested garbage stops at the depth limit with a reason', () => {
    const nested = [
      'BEGIN:VCALENDAR',
      ...Array.from({ length: 100_000 }, () => 'BEGIN:X-NEST'),
      'END:VCALENDAR',
    ];
    expect(compileMessage(nested.join('\r\n'))).toBe(
      'a damaged calendar (components nested more than 6 deep)',
    );
  });

  it('a web page, JSON, an empty body and a truncated download each get their own reason', () => {
    expect(compileMessage('<!DOCTYPE html><html><body>Sign in</body></html>')).toBe(
      'not an iCalendar file (it looks like a web page)',
    );
    expect(compileMessage('{"error":"not found"}')).toBe(
      'not an iCalendar file (it looks like JSON)',
    );
    expect(compileMessage('')).toBe('not an iCalendar file');
    expect(compileMessage(calendar(standUp).slice(0, 60))).toBe(
      'an incomplete calendar (the file ends before END:VCALENDAR)',
    );
    expect(compileMessage('BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR')).toBe(
      'a damaged calendar (END:VEVENT where END:VCALENDAR was expected)',
    );
  });

  it('a kept line with thousands of parameters is dropped and counted, not parsed', () => {
    const read = readFeed(
      calendar(
        standUp,
        event(
          'params',
          `SUMMARY${';X-P=1'.repeat(50_000)}:Spam`,
          'DTSTART:20260302T120000Z',
          'DURATION:PT1H',
        ),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells)).toEqual([
      ['2026-03-02T09:00:00.000Z', '2026-03-02T09:15:00.000Z', 'Stand-up'],
      ['2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z', null],
    ]);
    expect(read.warnings).toEqual(['1 malformed line was skipped']);
  });

  it('impossible dates and times are unreadable events, not 2 March', () => {
    const read = readFeed(
      calendar(
        standUp,
        event('feb30', 'DTSTART:20260230T090000Z', 'DURATION:PT1H'),
        event('hour25', 'DTSTART:20260302T250000Z', 'DURATION:PT1H'),
      ),
      NOW,
      36,
    );
    expect(spellList(read.spells).map((s) => s[2])).toEqual(['Stand-up']);
    expect(read.warnings).toEqual(['2 events could not be read']);
  });

  it('concatenated calendars, CR-only line ends and a byte-order mark are all read', () => {
    const one = calendar(standUp);
    const two = calendar(
      event('two', 'DTSTART:20260302T140000Z', 'DURATION:PT1H', 'SUMMARY:Second'),
    );
    const text = `\uFEFF${one}\r\n${two}`.replace(/\r\n/g, '\r');
    expect(spellList(readFeed(text, NOW, 36).spells).map((s) => s[2])).toEqual([
      'Stand-up',
      'Second',
    ]);
  });
});
