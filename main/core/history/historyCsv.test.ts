import { describe, expect, it } from 'vitest';
import { csvCell, historyToCsv } from './historyCsv';

const at = (h: number, m: number) => new Date(2026, 10, 23, h, m).getTime();

describe('history as CSV', () => {
  it('writes a header and one row per event with local date and time first', () => {
    const csv = historyToCsv([
      { type: 'prompted', at: at(9, 30), reason: 'interval' },
      {
        type: 'completed',
        at: at(9, 33),
        routineId: 'quick-seated-reset',
        startedAt: at(9, 31),
        painBefore: 5,
        painAfter: 3,
        skippedSteps: 0,
      },
      { type: 'naturalBreak', at: at(11, 0), idleMs: 12 * 60_000, cause: 'lock' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,time,event,routine,detail,duration_minutes,pain_before,pain_after,utc',
      '2026-11-23,09:30:00,reminder,,interval,,,,2026-11-23T08:30:00.000Z',
      '2026-11-23,09:33:00,completed,quick-seated-reset,,2,5,3,2026-11-23T08:33:00.000Z',
      '2026-11-23,11:00:00,natural break,,"lock, 12 min away",,,,2026-11-23T10:00:00.000Z',
      '',
    ]);
  });

  it('quotes commas and quotes, and defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(null)).toBe('');
    expect(csvCell(2.5)).toBe('2.5');
  });
});
