import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BusySpell } from '../../busy/busySource';
import { DEFAULT_BUSY_POLICY, type BusyPolicy } from '../busyVerdict';
import { busySpellsOf } from '../calendarSpells';
import type { Occurrence } from '../expandCalendar';
import { compileFeedText, expandFeedCalendar } from '../feedCalendar';

/** A fixture feed from main/core/calendar/fixtures. */
export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
}

export interface Read {
  occurrences: Occurrence[];
  spells: BusySpell[];
  warnings: string[];
}

/** Reads a feed and expands [from, from + hours) as the calendar service does. */
export function readFeed(
  text: string,
  fromIso: string,
  hours: number,
  options: { myAddresses?: string[]; policy?: BusyPolicy } = {},
): Read {
  const from = Date.parse(fromIso);
  const compiled = compileFeedText(text, { myAddresses: options.myAddresses ?? [], now: from });
  if (!compiled.ok) throw new Error(compiled.message);
  const { occurrences, warnings } = expandFeedCalendar(compiled.model, {
    from,
    to: from + hours * 3_600_000,
  });
  const { spells } = busySpellsOf(
    occurrences,
    'calendar:test',
    options.policy ?? DEFAULT_BUSY_POLICY,
  );
  return { occurrences, spells, warnings: [...compiled.model.warnings, ...warnings] };
}

/** Spells as [start, end, title] in ISO, for readable expectations. */
export function spellList(spells: readonly BusySpell[]): [string, string, string | null][] {
  return spells.map((s) => [
    new Date(s.start).toISOString(),
    new Date(s.end).toISOString(),
    s.title ?? null,
  ]);
}

export function occurrenceList(
  occurrences: readonly Occurrence[],
): [string, string, string | null][] {
  return occurrences.map((o) => [
    new Date(o.start).toISOString(),
    new Date(o.end).toISOString(),
    o.facts.title,
  ]);
}
