import { describe, expect, it } from 'vitest';
import { formatStatusLine, type StatusFacts } from './statusLine';

// Monday 23 Nov 2026, local time (Berlin in tests).
const at = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m).getTime();
const now = at(23, 14, 18);

const base: StatusFacts = {
  phase: 'counting',
  paused: false,
  pauseChoice: null,
  pausedUntil: null,
  breakDue: false,
  dueSessionName: null,
  nextReminderAt: null,
  snoozedUntil: null,
  officeEndsAt: null,
  nextOfficeStart: null,
  nextSession: null,
  sentAt: now,
};

const line = (facts: Partial<StatusFacts>) => formatStatusLine({ ...base, ...facts });

describe('the tray status line says what happens next', () => {
  it('counting', () => {
    expect(line({ nextReminderAt: at(23, 14, 30) })).toBe('Next reminder in 12 min (at 14:30)');
    expect(line({ nextReminderAt: at(23, 15, 23) })).toBe('Next reminder in 1 h 5 min (at 15:23)');
    expect(line({ nextReminderAt: now + 20_000 })).toBe('Next reminder in 1 min (at 14:18)');
  });

  it('with a standing desk: the block, and whether standing up or the break comes next', () => {
    const breakAt = at(23, 14, 28);
    expect(
      line({ nextReminderAt: breakAt, desk: { block: 'sitting', changesAt: at(23, 14, 20) } }),
    ).toBe('Sitting: stand up at 14:20');
    expect(line({ nextReminderAt: breakAt, desk: { block: 'standing', changesAt: breakAt } })).toBe(
      'Standing: break at 14:28',
    );
    // The stand cue was dismissed: still sitting, and the break is next.
    expect(line({ nextReminderAt: breakAt, desk: { block: 'sitting', changesAt: breakAt } })).toBe(
      'Sitting: break at 14:28',
    );
  });

  it('names the next posture check-in only when the person asked for it', () => {
    expect(line({ nextReminderAt: at(23, 14, 30), nextPostureCueAt: at(23, 14, 20) })).toBe(
      'Next reminder in 12 min (at 14:30); posture check-in at 14:20',
    );
    expect(line({ nextReminderAt: at(23, 14, 30), nextPostureCueAt: null })).toBe(
      'Next reminder in 12 min (at 14:30)',
    );
  });

  it('holding a break while busy: the meeting by name only when given one, a live source by what it saw', () => {
    const meeting = { kind: 'meeting' as const, until: at(23, 14, 30) };
    expect(line({ holding: { ...meeting, title: 'Team sync' } })).toBe(
      'Holding your break: in "Team sync" until 14:30',
    );
    expect(line({ holding: { ...meeting, title: null } })).toBe(
      'Holding your break: in a meeting until 14:30',
    );
    expect(line({ holding: { kind: 'camera', title: null, until: null } })).toBe(
      'Holding your break: camera in use',
    );
    // A pause says more than a hold.
    expect(
      line({
        phase: 'paused',
        pauseChoice: 'indefinite',
        holding: { ...meeting, title: null },
      }),
    ).toBe('Paused until you resume');
  });

  it('paused', () => {
    expect(line({ phase: 'paused', pauseChoice: '1h', pausedUntil: at(23, 14, 30) })).toBe(
      'Paused until 14:30',
    );
    expect(line({ phase: 'paused', pauseChoice: '2h', pausedUntil: at(24, 1, 0) })).toBe(
      'Paused until tomorrow at 01:00',
    );
    expect(line({ phase: 'paused', pauseChoice: 'today', pausedUntil: at(24, 0) })).toBe(
      'Paused for the rest of today',
    );
    expect(line({ phase: 'paused', pauseChoice: 'indefinite' })).toBe('Paused until you resume');
  });

  it('outside office hours: whichever comes first, a session or the next office hours', () => {
    const morning = { id: 'morning', name: 'Morning', at: at(24, 7, 30) };
    expect(line({ phase: 'outside', nextSession: morning, nextOfficeStart: at(24, 9) })).toBe(
      'Outside office hours: next session Morning tomorrow at 07:30',
    );
    expect(
      line({
        phase: 'outside',
        sentAt: at(24, 6),
        nextSession: morning,
        nextOfficeStart: at(24, 9),
      }),
    ).toBe('Outside office hours: next session Morning at 07:30');
    expect(line({ phase: 'outside', sentAt: at(27, 18), nextOfficeStart: at(30, 9) })).toBe(
      'Outside office hours: reminders resume on Monday at 09:00',
    );
    expect(line({ phase: 'outside' })).toBe('No office hours or sessions are set');
  });

  it('due, snoozed, away, and no more today', () => {
    expect(line({ phase: 'due', breakDue: true })).toBe('Time for a break');
    expect(line({ phase: 'due', breakDue: true, dueSessionName: 'Evening' })).toBe(
      'Time for your Evening session',
    );
    expect(line({ phase: 'snoozed', snoozedUntil: at(23, 14, 23) })).toBe('Snoozed until 14:23');
    expect(line({ phase: 'away' })).toBe('Away: reminders wait until you are back');
    expect(line({ phase: 'no-more-today', officeEndsAt: at(23, 17, 30) })).toBe(
      'No more reminders before office hours end at 17:30',
    );
  });
});
