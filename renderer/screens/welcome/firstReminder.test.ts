import { describe, expect, it } from 'vitest';
import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import { firstReminderText } from './firstReminder';

// vitest pins TZ to Europe/Berlin: these are local Berlin times.
const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-11-23T09:30:00');

function status(patch: Partial<PlannerStatus>): PlannerStatus {
  return {
    phase: 'counting',
    statusLine: 'Next reminder in 45 min (at 10:15)',
    paused: false,
    pauseChoice: null,
    pausedUntil: null,
    breakDue: false,
    dueSessionName: null,
    nextReminderAt: at('2026-11-23T10:15:00'),
    snoozedUntil: null,
    officeEndsAt: at('2026-11-23T17:30:00'),
    nextOfficeStart: null,
    nextSession: null,
    sentAt: NOW,
    ...patch,
  };
}

describe('when the first reminder comes', () => {
  it('inside office hours: the planner’s own time', () => {
    expect(firstReminderText(status({}), 45)).toEqual({
      headline: 'Next reminder at 10:15',
      detail: 'After 45 minutes at your desk. A break of your own restarts the count.',
      session: null,
    });
  });

  it('before office hours: one interval after they start, with the start said', () => {
    const text = firstReminderText(
      status({
        phase: 'outside',
        nextReminderAt: null,
        officeEndsAt: null,
        nextOfficeStart: at('2026-11-24T09:00:00'),
        sentAt: at('2026-11-23T20:00:00'),
      }),
      30,
    );
    expect(text.headline).toBe('First reminder tomorrow at 09:30');
    expect(text.detail).toBe(
      'Office hours start tomorrow at 09:00; the first reminder comes after 30 minutes at your desk.',
    );
  });

  it('names the next session when one is coming', () => {
    const text = firstReminderText(
      status({ nextSession: { id: 'evening', name: 'Evening', at: at('2026-11-23T19:00:00') } }),
      45,
    );
    expect(text.session).toBe('Evening session at 19:00');
  });

  it('late in the day: says there are no more today, and why', () => {
    const text = firstReminderText(
      status({ phase: 'no-more-today', nextReminderAt: null, sentAt: at('2026-11-23T17:00:00') }),
      45,
    );
    expect(text).toEqual({
      headline: 'No more reminders today',
      detail: 'Office hours end at 17:30, before the next one would be due.',
      session: null,
    });
  });

  it('paused or with no office hours at all: the tray’s own line', () => {
    expect(
      firstReminderText(
        status({ phase: 'paused', statusLine: 'Paused until you resume', nextReminderAt: null }),
        45,
      ).headline,
    ).toBe('Paused until you resume');
    expect(
      firstReminderText(
        status({
          phase: 'outside',
          statusLine: 'No office hours or sessions are set',
          nextReminderAt: null,
          nextOfficeStart: null,
        }),
        45,
      ),
    ).toEqual({ headline: 'No office hours or sessions are set', detail: null, session: null });
  });
});
