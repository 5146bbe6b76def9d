import type { Zone } from './zones';

/**
 * A wall-clock reading (year, month, day, hour, minute, second) held as the
 * milliseconds Date.UTC gives for those fields. It is not an instant: adding a
 * day to it is the calendar's nominal day, whatever the zone does that night.
 */
export type WallMs = number;

export const DAY_MS = 86_400_000;

export interface WallFields {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallFromFields(f: WallFields): WallMs {
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

export function fieldsFromWall(wall: WallMs): WallFields {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall clock reading in `zone` at an instant. */
export function wallAt(utcMs: number, zone: Zone): WallMs {
  return utcMs + zone.offsetAt(utcMs);
}

export interface ResolvedInstant {
  at: number;
  /** The wall time does not exist in the zone (a spring-forward gap). */
  inGap: boolean;
}

/**
 * The instant a wall-clock time names in a zone, as RFC 5545 3.3.5 says, not
 * as parsers habitually do:
 * - a time that occurs twice (fall-back) is its first occurrence, so
 *   01:30 on New York's fall-back day is 05:30Z (EDT);
 * - a time that does not occur (spring-forward gap) is read "using the UTC
 *   offset before the gap", so 02:30 on New York's spring-forward day is
 *   07:30Z, i.e. 03:30 EDT. (ical.js uses the offset after the gap: 06:30Z.)
 * Assumes at most one transition within a day either side, true of every
 * zone in use.
 */
export function instantOfWall(wall: WallMs, zone: Zone): ResolvedInstant {
  const before = zone.offsetAt(wall - DAY_MS);
  const after = zone.offsetAt(wall + DAY_MS);
  let best: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (zone.offsetAt(candidate) === offset && (best === null || candidate < best)) {
      best = candidate;
    }
  }
  if (best !== null) return { at: best, inGap: false };
  return { at: wall - before, inGap: true };
}
