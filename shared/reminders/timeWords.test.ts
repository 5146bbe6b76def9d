import { describe, expect, it } from 'vitest';
import { sinceLastBreakText } from './sinceLastBreak';
import { formatMinutesSpan, formatWhen } from './timeWords';
import { allowedSnoozes, canSkip, nags } from './nagPolicy';
import { PAUSE_CHOICES, isPauseChoice } from './pauseChoices';

const MIN = 60_000;

describe('time in words', () => {
  it('spans round up when counting down and down when looking back', () => {
    expect(formatMinutesSpan(11.2 * MIN)).toBe('12 min');
    expect(formatMinutesSpan(11.8 * MIN, 'down')).toBe('11 min');
    expect(formatMinutesSpan(120 * MIN)).toBe('2 h');
    expect(formatMinutesSpan(10)).toBe('1 min');
  });

  it('a later day is named; far off, the date', () => {
    const now = new Date(2026, 10, 23, 18, 0).getTime();
    expect(formatWhen(new Date(2026, 10, 25, 9, 0).getTime(), now)).toBe('on Wednesday at 09:00');
    expect(formatWhen(new Date(2026, 11, 3, 9, 0).getTime(), now)).toBe('on 3 Dec at 09:00');
  });

  it('the prompt says how long since the last break', () => {
    const now = new Date(2026, 10, 23, 10, 0).getTime();
    expect(sinceLastBreakText(now - 47.5 * MIN, now - 50 * MIN, now)).toBe(
      'Last break: 47 min ago',
    );
    expect(sinceLastBreakText(now - 20_000, now, now)).toBe('Last break: just now');
    expect(sinceLastBreakText(null, now - 45 * MIN, now)).toBe('Working for 45 min');
    expect(sinceLastBreakText(null, null, now)).toBeNull();
  });
});

describe('nag levels', () => {
  it('gentle shows once; persistent and strict nag; only strict refuses Skip and caps snoozes at one', () => {
    expect([nags('gentle'), nags('persistent'), nags('strict')]).toEqual([false, true, true]);
    expect([canSkip('gentle'), canSkip('persistent'), canSkip('strict')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([
      allowedSnoozes('persistent', 3),
      allowedSnoozes('strict', 3),
      allowedSnoozes('strict', 0),
    ]).toEqual([3, 1, 0]);
  });

  it('pause choices are the tray menu, in order', () => {
    expect(PAUSE_CHOICES.map((c) => c.label)).toEqual([
      '30 minutes',
      '1 hour',
      '2 hours',
      'Rest of today',
      'Until I resume',
    ]);
    expect(isPauseChoice('today')).toBe(true);
    expect(isPauseChoice('forever')).toBe(false);
  });
});
