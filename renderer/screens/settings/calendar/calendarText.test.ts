import { describe, expect, it } from 'vitest';
import type { CalendarFeedView } from '../../../../shared/calendar/calendarView';
import { feedStatusWords, secretWords, sourceWords, spellWords } from './calendarText';
import { busySourceWords, detectionLine } from './detectionText';

// vitest.config.ts pins TZ to Europe/Berlin: these are Berlin wall-clock times.
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const NOW = at(23, 9, 30); // Monday 23 November 2026
/** The clock time as Intl words it, independently of the code under test. */
const clock = (ms: number) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(ms);

function feed(over: Partial<CalendarFeedView>): CalendarFeedView {
  return {
    id: 'abc123',
    label: 'Work',
    source: { kind: 'url', host: 'calendar.google.com' },
    status: 'ok',
    message: null,
    warnings: [],
    lastAttemptAt: at(23, 9, 0),
    lastSuccessAt: at(23, 9, 0),
    copyFrom: at(23, 9, 0),
    nextSpells: [],
    myAddresses: [],
    ...over,
  };
}

describe('calendar feeds in words', () => {
  it('words busy spells by the day they fall on: now, today, tomorrow, across midnight', () => {
    expect(spellWords({ start: at(23, 9), end: at(23, 10), title: null }, NOW)).toBe(
      `Now, until ${clock(at(23, 10))}`,
    );
    expect(spellWords({ start: at(23, 14), end: at(23, 15), title: null }, NOW)).toBe(
      `Today ${clock(at(23, 14))} – ${clock(at(23, 15))}`,
    );
    expect(spellWords({ start: at(24, 8), end: at(24, 9), title: null }, NOW)).toBe(
      `Tomorrow ${clock(at(24, 8))} – ${clock(at(24, 9))}`,
    );
    expect(spellWords({ start: at(23, 23), end: at(24, 1), title: null }, NOW)).toBe(
      `Today ${clock(at(23, 23))} – tomorrow ${clock(at(24, 1))}`,
    );
    // Two days ahead: the weekday and date, not "tomorrow".
    expect(spellWords({ start: at(25, 8), end: at(25, 9), title: null }, NOW)).toMatch(/^Wed/);
  });

  it('says why a failing feed fails, and whether a last good copy is still in use', () => {
    const failing = feedStatusWords(
      feed({
        status: 'failing',
        message: '404 from calendar.google.com',
        lastAttemptAt: at(23, 9, 20),
      }),
      NOW,
    );
    expect(failing.badge).toBe('Not refreshing');
    expect(failing.problem).toBe('The last refresh failed: 404 from calendar.google.com.');
    expect(failing.line).toBe(
      `Tried today ${clock(at(23, 9, 20))}. Decompress keeps using the copy from today ${clock(at(23, 9))}.`,
    );
    const never = feedStatusWords(
      feed({
        status: 'failing',
        message: 'not an iCalendar file',
        copyFrom: null,
        lastSuccessAt: null,
      }),
      NOW,
    );
    expect(never.line).toContain('There is no copy yet');
    expect(feedStatusWords(feed({}), NOW)).toEqual({
      badge: 'Working',
      problem: null,
      line: `Refreshed today ${clock(at(23, 9))}.`,
      tone: 'ok',
    });
    expect(feedStatusWords(feed({ status: 'pending' }), NOW).badge).toBe('Waiting');
  });

  it('names a feed by its host or file name, never its address', () => {
    expect(sourceWords({ kind: 'url', host: 'calendar.google.com' })).toBe('calendar.google.com');
    expect(sourceWords({ kind: 'file', fileName: 'work.ics' })).toBe(
      'work.ics, a file on this computer',
    );
  });

  it('warns where addresses are not encrypted, and only there', () => {
    expect(secretWords({ level: 'encrypted', by: 'the macOS Keychain' })).toMatchObject({
      warn: false,
      text: expect.stringContaining('stored encrypted by the macOS Keychain'),
    });
    const plain = secretWords({
      level: 'plain',
      why: 'This computer offers no way to encrypt it.',
    });
    expect(plain.warn).toBe(true);
    expect(plain.text).toBe(
      'Calendar addresses are not encrypted on this computer. This computer offers no way to encrypt it. Anyone who can read your files could find them.',
    );
    expect(secretWords({ level: 'obfuscated', why: 'No keyring was found.' }).warn).toBe(true);
  });
});

describe('what each OS can see', () => {
  it('on macOS: the calendar only, so camera, microphone and presentation are unavailable', () => {
    expect(detectionLine('darwin')).toMatch(
      /^On macOS, Decompress sees meetings from your calendar only\./,
    );
    for (const kind of ['camera', 'microphone', 'presentation'] as const) {
      expect(busySourceWords(kind, 'darwin').unavailable).toBe(
        'On macOS, Decompress sees meetings from your calendar only.',
      );
    }
    expect(busySourceWords('calendar', 'darwin').unavailable).toBeNull();
    expect(busySourceWords('doNotDisturb', 'darwin')).toMatchObject({
      label: 'Focus',
      unavailable: null,
    });
  });

  it('on Windows and Linux: every source, with the names each OS uses', () => {
    expect(busySourceWords('doNotDisturb', 'win32').label).toBe('Focus assist');
    expect(busySourceWords('presentation', 'win32').label).toBe('Fullscreen or presentation');
    expect(busySourceWords('presentation', 'linux').label).toBe('Presentation or video');
    expect(busySourceWords('microphone', 'linux').help).toContain(
      'Bluetooth headsets are not seen',
    );
    for (const kind of ['camera', 'microphone', 'presentation', 'doNotDisturb'] as const) {
      expect(busySourceWords(kind, 'linux').unavailable).toBeNull();
      expect(busySourceWords(kind, 'win32').unavailable).toBeNull();
    }
    expect(detectionLine('win32')).toMatch(/^On Windows/);
    expect(detectionLine('linux')).toMatch(/^On Linux/);
  });
});
