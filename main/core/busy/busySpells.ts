import type { BusySpell } from './busySource';

/** A stretch of contiguous busy time made of one or more overlapping or touching spells. */
export interface MergedSpell {
  start: number;
  end: number;
  /** The spells it is made of, in start order: the first names what the tray shows. */
  spells: readonly BusySpell[];
}

/**
 * Joins spells that overlap or touch (10:00-11:00 and 11:00-11:30 is one
 * stretch until 11:30), so "busy until T" means the end of the whole stretch,
 * and back-to-back meetings give one catch-up afterwards, not one per meeting.
 */
export function mergeSpells(spells: readonly BusySpell[]): MergedSpell[] {
  const sorted = spells
    .filter((s) => s.end > s.start)
    .toSorted((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; spells: BusySpell[] }[] = [];
  for (const spell of sorted) {
    const last = merged.at(-1);
    if (last && spell.start <= last.end) {
      last.end = Math.max(last.end, spell.end);
      last.spells.push(spell);
    } else {
      merged.push({ start: spell.start, end: spell.end, spells: [spell] });
    }
  }
  return merged;
}

/** The merged stretch that contains `now` (start inclusive, end exclusive), or null when free. */
export function stretchAt(spells: readonly BusySpell[], now: number): MergedSpell | null {
  return mergeSpells(spells).find((m) => m.start <= now && now < m.end) ?? null;
}

/**
 * The next moment after `now` at which busy-or-free changes: the start of the
 * next stretch, or the end of the current one. Null when nothing changes in
 * the spells given. This is what the planner sets its one timer to.
 */
export function nextBusyChange(spells: readonly BusySpell[], now: number): number | null {
  for (const m of mergeSpells(spells)) {
    if (m.start > now) return m.start;
    if (m.end > now) return m.end;
  }
  return null;
}
