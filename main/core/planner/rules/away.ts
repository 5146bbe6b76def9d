/** The away rules: lock, suspend, sleeps nobody announced, and coming back. */

import type { Moment, PowerEvent } from '../events';
import { officeSpans } from '../officeHours';
import { backAt, comingBack, goneAway } from '../parts/presence';
import { reminderOf } from '../parts/promptPhase';
import { markHandled, passedUnhandled } from '../parts/sessions';
import { MINUTE, breakMsOf, record, recordMissed, restartCount, type Turn } from '../turn';
import { resolveByBreak } from './reminders';
import { fireSession } from './sessions';

/** A timer this late means the machine slept without telling us (or the event came late). */
const LATE_WAKE_MS = 90_000;

export function power(t: Turn, event: PowerEvent): void {
  if (event === 'lock' || event === 'suspend') {
    t.s.presence = goneAway(t.s.presence, event, t.at);
    return;
  }
  const back = comingBack(t.s.presence, event);
  t.s.presence = back.state;
  if (back.ended) returnFrom(t, back.ended.since, t.at - back.ended.since, back.ended.cause);
}

export function returnFrom(
  t: Turn,
  since: number,
  awayMs: number,
  cause: 'lock' | 'suspend',
): void {
  const settings = t.settings;
  // Sessions slept through: the latest within grace is offered, the rest are missed.
  const passed = passedUnhandled(t.s.sessions, settings, since, t.at);
  const last = passed[passed.length - 1];
  const offer =
    last && t.at - last.at <= settings.graceMinutes * MINUTE && !t.s.pause ? last : null;
  for (const o of passed) {
    if (o === offer) continue;
    t.s.sessions = markHandled(t.s.sessions, o);
    recordMissed(t, o.sessionId, o.at);
  }
  if (awayMs >= breakMsOf(t)) {
    const hadInterval = reminderOf(t.s.phase)?.reason === 'interval';
    const inOffice = officeSpans(settings.officeHours, since, t.at).length > 0;
    // A night asleep outside office hours is not a "natural break" worth a history line.
    if ((inOffice || hadInterval) && !t.s.pause) {
      record(t, { type: 'naturalBreak', at: t.at, idleMs: Math.round(awayMs), cause });
    }
    resolveByBreak(t);
    restartCount(t, true);
  }
  t.s.presence = backAt(t.s.presence, t.at, breakMsOf(t));
  if (offer) fireSession(t, offer);
  else if (t.s.phase.kind === 'prompt') {
    // Back to a prompt still waiting: show it once, and give the next nag a full interval.
    t.s.promptShows++;
    if (t.s.phase.nextNagAt !== null) {
      t.s.phase = { ...t.s.phase, nextNagAt: t.at + settings.nagMinutes * MINUTE };
    }
  }
}

/** A timer that fires late means the machine slept without a suspend event: the lateness is time away. */
export function noticeSleep(t: Turn, now: Moment, planned: Moment): void {
  if (t.s.presence.away) return;
  const lateness = Math.max(now.wall - planned.wall, now.mono - planned.mono);
  if (lateness > LATE_WAKE_MS) returnFrom(t, t.s.presence.awakeAt, lateness, 'suspend');
}
