process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { compileFeedText, expandFeedCalendar } from './feedCalendar';

const NOW = Date.parse('2026-03-02T07:00:00Z');

const feed = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:last-week',
  'DTSTART:20260223T090000Z',
  'DTEND:20260223T100000Z',
  'SUMMARY:Last week’s review',
  'DESCRIPTION:Long notes nobody needs to keep',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:ended-series',
  'DTSTART:20240101T090000Z',
  'DTEND:20240101T093000Z',
  'RRULE:FREQ=WEEKLY;UNTIL=20250101T000000Z',
  'SUMMARY:Old series',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:long-running',
  'DTSTART:20190107T080000Z',
  'DTEND:20190107T081500Z',
  'RRULE:FREQ=WEEKLY;BYDAY=MO',
  'SUMMARY:Weekly since 2019',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:conference',
  'DTSTART;VALUE=DATE:20260220',
  'DTEND;VALUE=DATE:20260310',
  'SUMMARY:Spanning into this week',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:old-with-duration',
  'DTSTART:20260101T090000Z',
  'DURATION:P90D',
  'SUMMARY:Kept: its DURATION reaches the window',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('reading a calendar', () => {
  it('drops only what ended before the window can start, and caches the compact rest', () => {
    const compiled = compileFeedText(feed, { myAddresses: [], now: NOW });
    if (!compiled.ok) throw new Error(compiled.message);
    expect(compiled.model.series.map((s) => s.uid)).toEqual([
      'long-running',
      'conference',
      'old-with-duration',
    ]);
    const compact = compiled.compactText();
    expect(compact).not.toContain('Last week');
    expect(compact).not.toContain('DESCRIPTION');
    expect(compact).toContain('Weekly since 2019');
    const { occurrences } = expandFeedCalendar(compiled.model, {
      from: NOW,
      to: NOW + 36 * 3_600_000,
    });
    expect(occurrences.map((o) => [o.uid, new Date(o.start).toISOString()])).toEqual([
      ['old-with-duration', '2026-01-01T09:00:00.000Z'],
      ['conference', '2026-02-19T23:00:00.000Z'],
      ['long-running', '2026-03-02T08:00:00.000Z'],
    ]);
  });

  it('the compact copy reads back into the same occurrences', () => {
    const first = compileFeedText(feed, { myAddresses: [], now: NOW });
    if (!first.ok) throw new Error(first.message);
    const again = compileFeedText(first.compactText(), { myAddresses: [], now: NOW });
    if (!again.ok) throw new Error(again.message);
    const window = { from: NOW, to: NOW + 36 * 3_600_000 };
    expect(expandFeedCalendar(again.model, window)).toEqual(
      expandFeedCalendar(first.model, window),
    );
  });
});
