import {
  allProperties,
  firstProperty,
  readJcalTime,
  readUtcOffset,
  type JcalComponent,
} from './jcal';
import { readRule, RepetitionLimitError, wallOccurrences } from './recurrenceRule';
import { transitionZone, type Zone, type ZoneTransition } from './zones';
import { isRecord } from '../../../shared/isRecord';

/** Observances are expanded over this many years before `untilYear`; older times get the oldest offset. */
const YEARS_BACK = 60;
/** A yearly observance over those years needs about 60 periods; anything far beyond is hostile. */
const MAX_PERIODS_PER_OBSERVANCE = 1_000;

/**
 * A zone from a feed's own VTIMEZONE, whose STANDARD and DAYLIGHT
 * observances are expanded (with the same bounded rule expander as events)
 * up to the end of `untilYear`. Null when the definition gives no usable
 * transition, or repeats absurdly often (a hostile feed), so the caller falls
 * back to the IANA zone of the same name.
 *
 * The feed's definition wins over the IANA database when both exist: it is
 * what the organiser's calendar used to place the meeting (RFC 5545 3.6.5),
 * and Outlook's zones ("W. Europe Standard Time") exist nowhere else.
 */
export function zoneFromVtimezone(
  vtimezone: JcalComponent,
  tzid: string,
  untilYear: number,
): Zone | null {
  const endWall = Date.UTC(untilYear + 1, 0, 1);
  const transitions: ZoneTransition[] = [];
  for (const observance of vtimezone.components) {
    if (observance.name !== 'standard' && observance.name !== 'daylight') continue;
    const offsetFrom = readUtcOffset(firstProperty(observance, 'tzoffsetfrom')?.values[0]);
    const offsetTo = readUtcOffset(firstProperty(observance, 'tzoffsetto')?.values[0]);
    const start = readJcalTime(firstProperty(observance, 'dtstart')?.values[0]);
    if (offsetFrom === null || offsetTo === null || !start || start.isDate) continue;
    // Observance times are local time in the offset being left (RFC 5545 3.6.5).
    const push = (wall: number) =>
      transitions.push({ at: wall - offsetFrom, offsetFrom, offsetTo });
    const recur = firstProperty(observance, 'rrule')?.values[0];
    if (isRecord(recur)) {
      const rule = readRule(recur, false);
      let count = 0;
      try {
        for (const wall of wallOccurrences(rule, start.wall, false, {
          fromWall: Date.UTC(untilYear - YEARS_BACK, 0, 1),
          toWall: endWall,
          maxPeriods: MAX_PERIODS_PER_OBSERVANCE,
        })) {
          if (wall >= endWall) break;
          if (rule.count !== null && ++count > rule.count) break;
          if (rule.until?.kind === 'instant' && wall - offsetFrom > rule.until.at) break;
          if (rule.until?.kind === 'wall' && wall > rule.until.wall) break;
          push(wall);
        }
      } catch (err) {
        if (err instanceof RepetitionLimitError) return null;
        throw err;
      }
    } else {
      push(start.wall);
    }
    for (const property of allProperties(observance, 'rdate')) {
      for (const value of property.values) {
        const time = readJcalTime(Array.isArray(value) ? value[0] : value);
        if (!time || time.isDate) continue;
        if (time.utc) transitions.push({ at: time.wall, offsetFrom, offsetTo });
        else push(time.wall);
      }
    }
  }
  if (transitions.length === 0) return null;
  return transitionZone(tzid, transitions);
}
