import type { BusySpell } from '../busy/busySource';
import { busyVerdict, type BusyPolicy } from './busyVerdict';
import type { Occurrence } from './expandCalendar';

/** Busy spells one feed may hold in the window; more is a feed gone wrong. */
export const MAX_SPELLS_PER_FEED = 500;

/** The busy occurrences of one feed as spells of the busy port. */
export function busySpellsOf(
  occurrences: readonly Occurrence[],
  sourceId: string,
  policy: BusyPolicy,
): { spells: BusySpell[]; truncated: boolean } {
  const spells: BusySpell[] = [];
  for (const occurrence of occurrences) {
    if (!busyVerdict(occurrence, policy).busy) continue;
    if (spells.length >= MAX_SPELLS_PER_FEED) return { spells, truncated: true };
    spells.push({
      sourceId,
      kind: 'meeting',
      start: occurrence.start,
      end: occurrence.end,
      ...(occurrence.facts.title ? { title: occurrence.facts.title } : {}),
    });
  }
  return { spells, truncated: false };
}
