import { describe, expect, it } from 'vitest';
import { addressInFeedUrl, checkFeedUrl, hostOf } from './feedUrl';

describe('feed addresses as people paste them', () => {
  it('accepts the shapes the providers hand out, webcal meaning https', () => {
    const cases: [string, string][] = [
      [
        'https://calendar.google.com/calendar/ical/ann%40gmail.com/private-0123456789abcdef/basic.ics',
        'calendar.google.com',
      ],
      [
        'https://outlook.office365.com/owa/calendar/0a1b2c/3d4e5f/reachcalendar.ics',
        'outlook.office365.com',
      ],
      ['webcal://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5', 'p42-caldav.icloud.com'],
      ['https://user.fm/calendar/v1-abc123/Work.ics', 'user.fm'],
      [
        'webcals://calendar.proton.me/api/calendar/v1/url/xyz/calendar.ics?CacheKey=k&PassphraseKey=p',
        'calendar.proton.me',
      ],
      [
        '  https://cloud.example.org/remote.php/dav/public-calendars/AbCdEf?export  ',
        'cloud.example.org',
      ],
    ];
    for (const [input, host] of cases) {
      const checked = checkFeedUrl(input);
      expect(checked).toMatchObject({ ok: true, host });
      expect(checked.ok && checked.url.startsWith('https://')).toBe(true);
    }
  });

  it('refuses http, other schemes, credentials and sizes no address has', () => {
    expect(checkFeedUrl('http://example.com/cal.ics')).toMatchObject({
      ok: false,
      message: expect.stringContaining('https://'),
    });
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/calendar,BEGIN',
      'ftp://x/y.ics',
      'not a url',
    ]) {
      expect(checkFeedUrl(bad)).toEqual({ ok: false, message: 'That is not a web address' });
    }
    expect(checkFeedUrl('https://me:secret@example.com/cal.ics')).toMatchObject({ ok: false });
    expect(checkFeedUrl(`https://example.com/${'a'.repeat(10 * 1024 * 1024)}`)).toMatchObject({
      ok: false,
    });
    expect(checkFeedUrl('   ')).toEqual({ ok: false, message: 'Paste the calendar’s address' });
  });

  it('names the host only, for logs and messages', () => {
    expect(hostOf('https://calendar.google.com/calendar/ical/x/private-y/basic.ics')).toBe(
      'calendar.google.com',
    );
    expect(hostOf('garbage')).toBe('the calendar server');
  });

  it('reads the person’s address out of Google’s address for their own calendar only', () => {
    expect(
      addressInFeedUrl(
        'https://calendar.google.com/calendar/ical/Ann.Example%40gmail.com/private-abc/basic.ics',
      ),
    ).toBe('ann.example@gmail.com');
    expect(
      addressInFeedUrl(
        'https://calendar.google.com/calendar/ical/c_0123abc%40group.calendar.google.com/private-abc/basic.ics',
      ),
    ).toBeNull();
    expect(
      addressInFeedUrl('https://example.com/calendar/ical/ann%40gmail.com/private-abc/basic.ics'),
    ).toBeNull();
  });
});
