import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import { formatClock, formatWhen } from '../../../shared/reminders/timeWords';
import { MINUTE_MS } from '../../../shared/time';

/** What the last welcome step says about the first reminder. */
export interface FirstReminderText {
  /** The one line people read: "Next reminder at 10:15". */
  headline: string;
  /** Why that time, when it is not obvious; or null. */
  detail: string | null;
  /** The next morning or evening session, when one is coming; or null. */
  session: string | null;
}

/**
 * Says when the first reminder comes, from the planner's own status (so it
 * matches the tray word for word where they overlap). Outside office hours
 * the planner has no reminder time yet: the first one comes one interval of
 * desk time after office hours begin, which is worded as "around".
 */
export function firstReminderText(
  status: PlannerStatus,
  intervalMinutes: number,
): FirstReminderText {
  const now = status.sentAt;
  const session = status.nextSession
    ? `${status.nextSession.name} session ${formatWhen(status.nextSession.at, now)}`
    : null;
  switch (status.phase) {
    case 'counting':
      if (status.nextReminderAt === null) break;
      return {
        headline: `Next reminder ${formatWhen(status.nextReminderAt, now)}`,
        detail: `After ${intervalMinutes} minutes at your desk. A break of your own restarts the count.`,
        session,
      };
    case 'outside':
      if (status.nextOfficeStart === null) break;
      return {
        headline: `First reminder ${formatWhen(status.nextOfficeStart + intervalMinutes * MINUTE_MS, now)}`,
        detail: `Office hours start ${formatWhen(status.nextOfficeStart, now)}; the first reminder comes after ${intervalMinutes} minutes at your desk.`,
        session,
      };
    case 'no-more-today':
      return {
        headline: 'No more reminders today',
        detail:
          status.officeEndsAt === null
            ? 'Your office hours end before the next one would be due.'
            : `Office hours end at ${formatClock(status.officeEndsAt)}, before the next one would be due.`,
        session,
      };
    default:
      break;
  }
  return { headline: status.statusLine, detail: null, session };
}
