/** Calendar addresses longer than this are not addresses (Google's secret ones are about 150 characters). */
export const MAX_URL_LENGTH = 2_048;

export type UrlCheck = { ok: true; url: string; host: string } | { ok: false; message: string };

/**
 * Checks an address a person pasted for a calendar feed. Accepts https and
 * the webcal:// and webcals:// links Apple, Outlook and Proton hand out
 * (they mean https); refuses everything else with a reason in words.
 */
export function checkFeedUrl(input: string): UrlCheck {
  const trimmed = input.trim();
  if (trimmed.length === 0) return { ok: false, message: 'Paste the calendar’s address' };
  if (trimmed.length > MAX_URL_LENGTH) {
    return {
      ok: false,
      message: `That is too long to be a calendar address (over ${MAX_URL_LENGTH} characters)`,
    };
  }
  const rewritten = trimmed.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    return { ok: false, message: 'That is not a web address' };
  }
  if (url.protocol === 'http:') {
    return {
      ok: false,
      message:
        'Only secure (https://) addresses are accepted: an http:// address would send your calendar unencrypted',
    };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'That is not a web address' };
  if (!url.hostname) return { ok: false, message: 'That address has no host name' };
  if (url.username || url.password) {
    return {
      ok: false,
      message: 'Addresses with a user name or password in them are not supported',
    };
  }
  url.hash = '';
  return { ok: true, url: url.toString(), host: url.hostname };
}

/** The host of a stored address, for messages and logs (never the whole address). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'the calendar server';
  } catch {
    return 'the calendar server';
  }
}

/**
 * Google's secret address names the calendar, which for a person's own
 * calendar is their address:
 * https://calendar.google.com/calendar/ical/ann%40gmail.com/private-…/basic.ics
 */
export function addressInFeedUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.hostname !== 'calendar.google.com') return null;
    const id = /^\/calendar\/ical\/([^/]+)\//.exec(u.pathname)?.[1];
    const decoded = id ? decodeURIComponent(id) : '';
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decoded) && !decoded.endsWith('calendar.google.com')
      ? decoded.toLowerCase()
      : null;
  } catch {
    return null;
  }
}
