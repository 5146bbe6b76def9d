/** The session rules: planning, node-cron's fires, the planner's own, and the jobs node-cron holds. */

import { nags } from '../../../../shared/reminders/nagPolicy';
import {
  cronJobsAt,
  firedByCron,
  isHandled,
  markHandled,
  passedOccurrence,
  planSessions,
  sameJobs,
} from '../parts/sessions';
import { reminderOf, sessionReminder } from '../parts/promptPhase';
import type { SessionOccurrence } from '../sessionTimes';
import { MINUTE, recordMissed, type Turn } from '../turn';
import { holding, holdSession } from './busy';
import { openPrompt } from './reminders';

export function replanSettings(t: Turn): void {
  t.s.sessions = planSessions(t.s.sessions, t.settings, t.at);
  const phase = t.s.phase;
  if (phase.kind === 'prompt') {
    const from = phase.lastNagAt ?? phase.openedAt;
    t.s.phase = {
      ...phase,
      nextNagAt: nags(t.settings.nagLevel) ? from + t.settings.nagMinutes * MINUTE : null,
    };
  }
}

export function cronFired(t: Turn, sessionId: string): void {
  const occurrence = firedByCron(t.s.sessions, sessionId, t.at);
  if (!occurrence) {
    // node-cron and session time disagree: the planner's own plan wins.
    t.effects.push({
      type: 'log',
      level: 'warn',
      message: 'reminders: node-cron fired a session at a time not planned; ignored',
      data: { sessionId, at: t.at },
    });
    return;
  }
  occurrencePassed(t, occurrence);
}

/** An occurrence's time has come: it fires now, unless the person is away (the return handles it). */
export function occurrencePassed(t: Turn, occurrence: SessionOccurrence): void {
  t.s.sessions = passedOccurrence(t.s.sessions, t.settings, occurrence);
  if (!t.s.presence.away) fireSession(t, occurrence);
}

export function fireSession(t: Turn, occurrence: SessionOccurrence): void {
  // Fall-back day or a late tick: a session happens once per day.
  if (isHandled(t.s.sessions, occurrence.key)) return;
  t.s.sessions = markHandled(t.s.sessions, occurrence);
  const session = t.settings.sessions.find((s) => s.id === occurrence.sessionId);
  if (!session) return;
  // Paused means "leave me alone": the session is recorded as missed rather than shown.
  if (t.s.pause) {
    recordMissed(t, session.id, occurrence.at);
    return;
  }
  if (holding(t)) {
    // Busy: offered when the spell ends (within grace), else recorded missed.
    holdSession(t, sessionReminder(session, occurrence.at));
    return;
  }
  const waiting = reminderOf(t.s.phase);
  if (waiting?.session && waiting.scheduledAt !== null) {
    // A newer session replaces one still waiting: that one was missed.
    recordMissed(t, waiting.session.id, waiting.scheduledAt);
  }
  openPrompt(t, sessionReminder(session, occurrence.at));
}

export function armCron(t: Turn): void {
  const jobs = cronJobsAt(t.s.sessions, t.settings, t.at);
  if (sameJobs(jobs, t.s.sessions.armed)) return;
  t.s.sessions = { ...t.s.sessions, armed: jobs };
  t.effects.push({ type: 'armCron', jobs });
}
