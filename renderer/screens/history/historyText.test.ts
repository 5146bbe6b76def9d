import { describe, expect, it } from 'vitest';
import {
  describeEvent,
  durationWords,
  formatWhen,
  routineTitle,
  postureCueLine,
  STREAK_NOTE,
  streakWords,
} from './historyText';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('history in words', () => {
  it('says meeting time in minutes, then hours and minutes', () => {
    expect(durationWords(0)).toBe('0 min');
    expect(durationWords(45)).toBe('45 min');
    expect(durationWords(60)).toBe('1 h');
    expect(durationWords(80)).toBe('1 h 20 min');
    expect(durationWords(605)).toBe('10 h 5 min');
  });

  it('says today and yesterday by the calendar, even across a DST change', () => {
    expect(formatWhen(at(23, 9, 5), at(23, 17))).toMatch(/^Today /);
    expect(formatWhen(at(22, 23, 30), at(23, 0, 30))).toMatch(/^Yesterday /);
    expect(formatWhen(at(20, 9), at(23, 17))).not.toMatch(/^(Today|Yesterday)/);
    // Berlin's 25-hour day: 25 October 2026.
    const lateOnTheLongDay = new Date(2026, 9, 25, 23, 30).getTime();
    expect(formatWhen(new Date(2026, 9, 25, 0, 15).getTime(), lateOnTheLongDay)).toMatch(/^Today /);
    expect(formatWhen(new Date(2026, 9, 24, 23, 45).getTime(), lateOnTheLongDay)).toMatch(
      /^Yesterday /,
    );
  });

  it('describes a finished routine with its title, length and pain change', () => {
    expect(
      describeEvent({
        type: 'completed',
        at: at(23, 10, 3),
        startedAt: at(23, 10),
        routineId: 'quick-seated-reset',
        painBefore: 5,
        painAfter: 3,
        skippedSteps: 0,
      }),
    ).toEqual({
      what: 'Completed',
      routine: 'Quick seated reset',
      detail: '3 min · pain 5 → 3',
      tone: 'good',
    });
  });

  it('marks a routine stopped because it hurt as a warning', () => {
    const row = describeEvent({
      type: 'stopped',
      at: at(23, 10, 1),
      startedAt: at(23, 10),
      routineId: 'standing-desk-reset',
      reason: 'hurts',
      painBefore: 4,
      painAfter: null,
      skippedSteps: 0,
    });
    expect(row).toMatchObject({ what: 'Stopped early', tone: 'warn' });
    expect(row.detail).toBe('It hurt · 1 min · pain 4 → –');
  });

  it('keeps an unknown routine id readable rather than hiding the event', () => {
    expect(routineTitle('retired-routine')).toBe('retired-routine');
  });
});

describe('the office-day streak and posture cues in words', () => {
  it('says office days, one and many', () => {
    expect(streakWords(1)).toBe('1 office day in a row');
    expect(streakWords(5)).toBe('5 office days in a row');
    expect(STREAK_NOTE).toBe('Days without office hours do not break it.');
  });

  it('counts posture cues shown, done and dismissed, and says nothing for a period without any', () => {
    expect(postureCueLine({ shown: 6, done: 4, dismissed: 1 })).toBe(
      'Posture cues: 6 shown, 4 done, 1 dismissed',
    );
    expect(postureCueLine({ shown: 0, done: 0, dismissed: 0 })).toBeNull();
  });
});
