import { busyWhat } from './busyWords';
import type { PlannerStatus } from './plannerStatus';
import { formatClock, formatMinutesSpan, formatWhen } from './timeWords';

/** Everything the status line is worded from. */
export type StatusFacts = Omit<PlannerStatus, 'statusLine'>;

/**
 * The tray's one line about what happens next. Pure: the planner passes the
 * facts and its own clock, so every wording is unit-tested.
 */
export function formatStatusLine(facts: StatusFacts): string {
  const now = facts.sentAt;
  const holding = facts.holding;
  if (holding && facts.phase !== 'paused' && facts.phase !== 'away') {
    const until = holding.until === null ? '' : ` until ${formatClock(holding.until)}`;
    return `Holding your break: ${busyWhat(holding.kind, holding.title)}${until}`;
  }
  switch (facts.phase) {
    case 'paused':
      if (facts.pauseChoice === 'today') return 'Paused for the rest of today';
      if (facts.pausedUntil === null) return 'Paused until you resume';
      return `Paused until ${formatWhen(facts.pausedUntil, now).replace(/^at /, '')}`;
    case 'away':
      return 'Away: reminders wait until you are back';
    case 'due':
      return facts.dueSessionName
        ? `Time for your ${facts.dueSessionName} session`
        : 'Time for a break';
    case 'snoozed':
      return facts.snoozedUntil === null
        ? 'Reminder snoozed'
        : `Snoozed until ${formatClock(facts.snoozedUntil)}`;
    case 'counting':
      return withPostureCue(countingLine(facts, now), facts);
    case 'no-more-today':
      return facts.officeEndsAt === null
        ? 'No more reminders in this stretch of office hours'
        : `No more reminders before office hours end at ${formatClock(facts.officeEndsAt)}`;
    case 'outside':
      return outsideLine(facts, now);
  }
}

function outsideLine(facts: StatusFacts, now: number): string {
  const session = facts.nextSession;
  const office = facts.nextOfficeStart;
  if (session && (office === null || session.at <= office)) {
    return `Outside office hours: next session ${session.name} ${formatWhen(session.at, now)}`;
  }
  if (office !== null) return `Outside office hours: reminders resume ${formatWhen(office, now)}`;
  return 'No office hours or sessions are set';
}

/** While counting: the next reminder, or with a standing desk the block and when it changes. */
function countingLine(facts: StatusFacts, now: number): string {
  const next = facts.nextReminderAt;
  const desk = facts.desk;
  if (desk && desk.changesAt !== null) {
    const change = desk.block === 'sitting' && desk.changesAt !== next ? 'stand up' : 'break';
    const block = desk.block === 'sitting' ? 'Sitting' : 'Standing';
    return `${block}: ${change} at ${formatClock(desk.changesAt)}`;
  }
  if (next === null) return 'Reminders are on';
  return `Next reminder in ${formatMinutesSpan(next - now)} (at ${formatClock(next)})`;
}

/** The next posture check-in, only when the person asked to see it. */
function withPostureCue(line: string, facts: StatusFacts): string {
  const cueAt = facts.nextPostureCueAt;
  return cueAt == null ? line : `${line}; posture check-in at ${formatClock(cueAt)}`;
}
