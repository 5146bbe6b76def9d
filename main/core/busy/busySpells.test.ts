import { describe, expect, it } from 'vitest';
import type { BusySpell } from './busySource';
import { mergeSpells, nextBusyChange, stretchAt } from './busySpells';

const at = (iso: string) => Date.parse(iso);
const spell = (start: string, end: string, title?: string): BusySpell => ({
  sourceId: 'calendar:work',
  kind: 'meeting',
  start: at(start),
  end: at(end),
  ...(title ? { title } : {}),
});

describe('busy spells', () => {
  it('joins back-to-back and overlapping meetings into one stretch', () => {
    const merged = mergeSpells([
      spell('2026-03-02T11:00:00Z', '2026-03-02T11:30:00Z', 'Review'),
      spell('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z', 'Sync'),
      spell('2026-03-02T10:15:00Z', '2026-03-02T10:45:00Z', 'Overlap'),
      spell('2026-03-02T13:00:00Z', '2026-03-02T13:30:00Z', 'Lunch talk'),
    ]);
    expect(
      merged.map((m) => [new Date(m.start).toISOString(), new Date(m.end).toISOString()]),
    ).toEqual([
      ['2026-03-02T10:00:00.000Z', '2026-03-02T11:30:00.000Z'],
      ['2026-03-02T13:00:00.000Z', '2026-03-02T13:30:00.000Z'],
    ]);
    expect(merged[0]?.spells.map((s) => s.title)).toEqual(['Sync', 'Overlap', 'Review']);
  });

  it('drops empty spells rather than making a zero-length stretch', () => {
    expect(mergeSpells([spell('2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z')])).toEqual([]);
  });

  it('says busy from the first millisecond to just before the end', () => {
    const spells = [spell('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z')];
    expect(stretchAt(spells, at('2026-03-02T09:59:59.999Z'))).toBeNull();
    expect(stretchAt(spells, at('2026-03-02T10:00:00Z'))?.end).toBe(at('2026-03-02T11:00:00Z'));
    expect(stretchAt(spells, at('2026-03-02T10:59:59.999Z'))).not.toBeNull();
    expect(stretchAt(spells, at('2026-03-02T11:00:00Z'))).toBeNull();
  });

  it('names the next start while free and the stretch end while busy', () => {
    const spells = [
      spell('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      spell('2026-03-02T11:00:00Z', '2026-03-02T11:30:00Z'),
    ];
    expect(nextBusyChange(spells, at('2026-03-02T08:00:00Z'))).toBe(at('2026-03-02T10:00:00Z'));
    // Inside back-to-back meetings the next change is the end of both, not 11:00.
    expect(nextBusyChange(spells, at('2026-03-02T10:00:00Z'))).toBe(at('2026-03-02T11:30:00Z'));
    expect(nextBusyChange(spells, at('2026-03-02T11:30:00Z'))).toBeNull();
  });
});
