/**
 * Time zones as the calendar needs them: the UTC offset in force at an
 * instant. Everything else (wall time to instant, durations) is built on this
 * one question, so each kind of zone answers only it.
 */
export interface Zone {
  /** For messages and tests: "UTC", "viewer", an IANA name or a feed's TZID. */
  readonly id: string;
  /** Milliseconds to add to a UTC instant to get the wall clock in this zone. */
  offsetAt(utcMs: number): number;
}

const HOUR_MS = 3_600_000;

export const utcZone: Zone = { id: 'UTC', offsetAt: () => 0 };

/**
 * The viewer's own wall clock (the process time zone, `TZ` in tests). Floating
 * times and all-day dates are read in it (RFC 5545 3.3.5: floating times are
 * "the same hour, minute and second regardless of which time zone is currently
 * being observed").
 */
export const viewerZone: Zone = {
  id: 'viewer',
  offsetAt: (utcMs) => -new Date(utcMs).getTimezoneOffset() * 60_000,
};

const intlZones = new Map<string, Zone | null>();

/**
 * A zone from the IANA database Node ships (Intl), or null when the name is
 * not one. Offsets are cached per UTC hour: Intl formatting costs microseconds
 * and a feed asks thousands of times. An hour whose two ends disagree holds a
 * transition and is answered exactly instead.
 */
export function ianaZone(name: string): Zone | null {
  const known = intlZones.get(name);
  if (known !== undefined) return known;
  let zone: Zone | null = null;
  try {
    zone = createIntlZone(name);
  } catch {
    zone = null;
  }
  // Bounded: a hostile feed could name thousands of zones.
  if (intlZones.size < 500) intlZones.set(name, zone);
  return zone;
}

function createIntlZone(name: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const exact = (utcMs: number): number => {
    const whole = Math.floor(utcMs / 1000) * 1000;
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(whole)) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      p.year ?? 1970,
      (p.month ?? 1) - 1,
      p.day ?? 1,
      p.hour ?? 0,
      p.minute ?? 0,
      p.second ?? 0,
    );
    return wall - whole;
  };
  const hours = new Map<number, number | null>();
  return {
    id: format.resolvedOptions().timeZone,
    offsetAt(utcMs) {
      const hour = Math.floor(utcMs / HOUR_MS);
      let steady = hours.get(hour);
      if (steady === undefined) {
        const first = exact(hour * HOUR_MS);
        steady = first === exact(hour * HOUR_MS + HOUR_MS - 1) ? first : null;
        if (hours.size > 20_000) hours.clear();
        hours.set(hour, steady);
      }
      return steady ?? exact(utcMs);
    },
  };
}

/** One change of offset, as a VTIMEZONE describes it. */
export interface ZoneTransition {
  /** The UTC instant the new offset starts. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

/**
 * A zone defined by a list of transitions (a feed's VTIMEZONE). Before the
 * first transition the offset is the one that transition leaves.
 */
export function transitionZone(id: string, transitions: readonly ZoneTransition[]): Zone {
  const sorted = transitions.toSorted((a, b) => a.at - b.at);
  return {
    id,
    offsetAt(utcMs) {
      let lo = 0;
      let hi = sorted.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const t = sorted[mid];
        if (t && t.at <= utcMs) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      const t = found >= 0 ? sorted[found] : sorted[0];
      if (!t) return 0;
      return found >= 0 ? t.offsetTo : t.offsetFrom;
    },
  };
}
