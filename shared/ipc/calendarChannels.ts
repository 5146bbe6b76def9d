import { z } from 'zod';
import type { AddFeedResult, CalendarOverview } from '../calendar/calendarView';
import { channel, event } from './channel';

/** Limits on what a window may send; main checks the content again. */
const feedId = z.string().regex(/^[a-z0-9]{6,32}$/, 'not a feed id');
const label = z.string().max(80, 'at most 80 characters').optional();
const myAddresses = z
  .array(z.string().max(254, 'not an e-mail address'))
  .max(5, 'at most 5 addresses')
  .optional();

export const calendarChannels = {
  /** The feeds, their status and the next busy spells each sees. */
  listCalendarFeeds: channel<CalendarOverview>()(z.undefined()),
  /** Adds an https (or webcal) feed after fetching and reading it once. */
  addCalendarFeedUrl: channel<AddFeedResult>()(
    z
      .object({
        // A calendar address is never near this long; bigger payloads stop here.
        url: z
          .string()
          .min(1, 'Paste the calendar’s address')
          .max(4096, 'too long to be an address'),
        label,
        myAddresses,
      })
      .strict(),
  ),
  /** Adds a local .ics file: the given path, or one chosen in an open dialog when none. */
  addCalendarFeedFile: channel<AddFeedResult>()(
    z
      .object({
        path: z.string().min(1).max(4096, 'too long to be a path').optional(),
        label,
        myAddresses,
      })
      .strict(),
  ),
  removeCalendarFeed: channel<CalendarOverview>()(z.object({ id: feedId }).strict()),
  /** Refreshes one feed, or all when no id is given; answers when done. */
  refreshCalendarFeeds: channel<CalendarOverview>()(
    z.object({ id: feedId.optional() }).strict().optional(),
  ),
};

export const calendarEvents = {
  /** A feed was added, removed or refreshed: an open Settings window re-renders. */
  calendarChanged: event<CalendarOverview>(),
};
