import type {
  BusySpellView,
  CalendarFeedView,
  FeedSourceView,
  SecretProtectionView,
} from '../../../../shared/calendar/calendarView';
import { localDateOf } from '../../../../shared/time';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** The local date of the day `offset` days after the one holding `now` (by the calendar, not 24 h steps). */
function dayAfter(now: number, offset: number): string {
  const n = new Date(now);
  return localDateOf(new Date(n.getFullYear(), n.getMonth(), n.getDate() + offset, 12).getTime());
}

/** "today", "tomorrow", "yesterday" or "Tue 3 Mar", for the day holding `at`. */
export function dayWords(at: number, now: number): string {
  const day = localDateOf(at);
  if (day === dayAfter(now, 0)) return 'today';
  if (day === dayAfter(now, 1)) return 'tomorrow';
  if (day === dayAfter(now, -1)) return 'yesterday';
  return dayFormat.format(new Date(at));
}

/** "today 9:00 AM": a moment, with its day relative to `now`. */
export function momentWords(at: number, now: number): string {
  return `${dayWords(at, now)} ${timeFormat.format(new Date(at))}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One busy spell as a line: "Now, until 10:00 AM", "Today 10:00 – 11:00 AM",
 * "Today 11:00 PM – tomorrow 1:00 AM" (the title is shown apart).
 */
export function spellWords(spell: BusySpellView, now: number): string {
  const end = timeFormat.format(new Date(spell.end));
  if (spell.start <= now) {
    return `Now, until ${localDateOf(spell.end) === localDateOf(now) ? end : momentWords(spell.end, now)}`;
  }
  const sameDay = localDateOf(spell.start) === localDateOf(spell.end);
  return `${capitalise(momentWords(spell.start, now))} – ${sameDay ? end : momentWords(spell.end, now)}`;
}

/** Where a feed comes from, without its (secret) address. */
export function sourceWords(source: FeedSourceView): string {
  return source.kind === 'url' ? source.host : `${source.fileName}, a file on this computer`;
}

export interface FeedStatusWords {
  /** Short and plain, for the badge: never colour alone. */
  badge: string;
  /** Why it fails, first and in the danger colour; null when it works. */
  problem: string | null;
  /** The sentence under the feed's name (after the problem, if any). */
  line: string;
  tone: 'ok' | 'failing' | 'pending';
}

/** What a feed's status means for the person, in words. */
export function feedStatusWords(feed: CalendarFeedView, now: number): FeedStatusWords {
  if (feed.status === 'ok') {
    const when = feed.lastSuccessAt ?? feed.copyFrom;
    return {
      badge: 'Working',
      problem: null,
      line: when === null ? 'Read and in use.' : `Refreshed ${momentWords(when, now)}.`,
      tone: 'ok',
    };
  }
  if (feed.status === 'failing') {
    const tried =
      feed.lastAttemptAt === null ? '' : `Tried ${momentWords(feed.lastAttemptAt, now)}. `;
    const copy =
      feed.copyFrom === null
        ? 'There is no copy yet, so this calendar holds no breaks until it works.'
        : `Decompress keeps using the copy from ${momentWords(feed.copyFrom, now)}.`;
    return {
      badge: 'Not refreshing',
      problem: `The last refresh failed: ${feed.message ?? 'it could not be read'}.`,
      line: `${tried}${copy}`,
      tone: 'failing',
    };
  }
  return {
    badge: 'Waiting',
    problem: null,
    line: 'Not refreshed yet since Decompress started.',
    tone: 'pending',
  };
}

/** How the calendar addresses are kept, said plainly; a warning only when they are not encrypted. */
export function secretWords(protection: SecretProtectionView): { text: string; warn: boolean } {
  if (protection.level === 'encrypted') {
    return {
      text: `A calendar's address is a secret: it is stored encrypted by ${protection.by}, never logged, and never put in a settings backup.`,
      warn: false,
    };
  }
  return {
    text: `Calendar addresses are not encrypted on this computer. ${protection.why} Anyone who can read your files could find them.`,
    warn: true,
  };
}
