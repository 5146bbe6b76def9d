import type { AddFeedResult, CalendarOverview } from '../../../shared/calendar/calendarView';
import type { calendarChannels } from '../../../shared/ipc/calendarChannels';
import type { CalendarService } from '../calendar/calendarService';
import type { Handlers } from '../ipc/router';
import type { ShellPorts } from '../ports';

type CalendarHandlers = Pick<Handlers, keyof typeof calendarChannels>;

/** What a core without a calendar service answers (a build or test that does not wire one). */
const NO_CALENDARS: CalendarOverview = {
  feeds: [],
  secretProtection: { level: 'plain', why: 'calendar feeds are not available here' },
};
const UNAVAILABLE: AddFeedResult = {
  status: 'invalid',
  field: 'url',
  message: 'Calendar feeds are not available in this build',
};

/**
 * Settings' calls for calendar feeds. Payload shapes are checked by the
 * router (shared/ipc/calendarChannels.ts); the service checks the content
 * (https only, real files, sizes) and answers failures as data.
 */
export function calendarHandlers(
  calendar: CalendarService | null,
  shell: ShellPorts,
): CalendarHandlers {
  if (!calendar) {
    return {
      listCalendarFeeds: () => NO_CALENDARS,
      addCalendarFeedUrl: () => UNAVAILABLE,
      addCalendarFeedFile: () => UNAVAILABLE,
      removeCalendarFeed: () => NO_CALENDARS,
      refreshCalendarFeeds: () => NO_CALENDARS,
    };
  }
  return {
    listCalendarFeeds: () => calendar.overview(),
    addCalendarFeedUrl: ({ url, label, myAddresses }) =>
      calendar.addUrl({ url, label, myAddresses }),
    async addCalendarFeedFile({ path, label, myAddresses }): Promise<AddFeedResult> {
      const chosen =
        path ??
        (await shell.dialogs.chooseOpenPath({ title: 'Add a calendar file', extension: 'ics' }));
      if (!chosen) return { status: 'cancelled' };
      return calendar.addFile({ path: chosen, label, myAddresses });
    },
    async removeCalendarFeed({ id }) {
      await calendar.remove(id);
      return calendar.overview();
    },
    async refreshCalendarFeeds(arg) {
      await calendar.refresh('manual', arg?.id);
      return calendar.overview();
    },
  };
}
