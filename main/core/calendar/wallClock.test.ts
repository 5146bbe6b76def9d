import { describe, expect, it } from 'vitest';
import { instantOfWall } from './wallClock';
import { ianaZone, transitionZone, type Zone } from './zones';

const wall = (iso: string) => Date.parse(`${iso}Z`);
const at = (iso: string) => Date.parse(iso);

function zone(name: string): Zone {
  const z = ianaZone(name);
  if (!z) throw new Error(`no zone ${name}`);
  return z;
}

/** New York for 2026 as a feed's VTIMEZONE would give it: DST from 8 March 07:00Z to 1 November 06:00Z. */
const newYorkFromFeed = transitionZone('America/New_York', [
  { at: at('2025-11-02T06:00:00Z'), offsetFrom: -4 * 3600e3, offsetTo: -5 * 3600e3 },
  { at: at('2026-03-08T07:00:00Z'), offsetFrom: -5 * 3600e3, offsetTo: -4 * 3600e3 },
  { at: at('2026-11-01T06:00:00Z'), offsetFrom: -4 * 3600e3, offsetTo: -5 * 3600e3 },
]);

describe('wall time to instant, RFC 5545 3.3.5', () => {
  for (const [kind, ny] of [
    ['IANA', zone('America/New_York')],
    ['VTIMEZONE', newYorkFromFeed],
  ] as const) {
    describe(`New York (${kind})`, () => {
      it('reads ordinary times with the offset in force', () => {
        expect(instantOfWall(wall('2026-03-07T09:00:00'), ny)).toEqual({
          at: at('2026-03-07T14:00:00Z'),
          inGap: false,
        });
        expect(instantOfWall(wall('2026-03-09T09:00:00'), ny)).toEqual({
          at: at('2026-03-09T13:00:00Z'),
          inGap: false,
        });
      });

      it('reads 02:30 on spring-forward day with the offset before the gap: 07:30Z', () => {
        // ical.js gives 06:30Z (the offset after the gap); the RFC says before.
        expect(instantOfWall(wall('2026-03-08T02:30:00'), ny)).toEqual({
          at: at('2026-03-08T07:30:00Z'),
          inGap: true,
        });
        expect(instantOfWall(wall('2026-03-08T02:00:00'), ny)).toEqual({
          at: at('2026-03-08T07:00:00Z'),
          inGap: true,
        });
        expect(instantOfWall(wall('2026-03-08T03:00:00'), ny)).toEqual({
          at: at('2026-03-08T07:00:00Z'),
          inGap: false,
        });
      });

      it('reads 01:30 on fall-back day as its first occurrence (EDT): 05:30Z', () => {
        expect(instantOfWall(wall('2026-11-01T01:30:00'), ny)).toEqual({
          at: at('2026-11-01T05:30:00Z'),
          inGap: false,
        });
        expect(instantOfWall(wall('2026-11-01T02:00:00'), ny)).toEqual({
          at: at('2026-11-01T07:00:00Z'),
          inGap: false,
        });
      });
    });
  }

  it('Berlin: the gap at 02:00 on the last Sunday of March, the fold at 02:00-03:00 in October', () => {
    const berlin = zone('Europe/Berlin');
    expect(instantOfWall(wall('2026-03-29T02:30:00'), berlin)).toEqual({
      at: at('2026-03-29T01:30:00Z'),
      inGap: true,
    });
    expect(instantOfWall(wall('2026-10-25T02:30:00'), berlin)).toEqual({
      at: at('2026-10-25T00:30:00Z'),
      inGap: false,
    });
    expect(instantOfWall(wall('2026-10-25T03:30:00'), berlin)).toEqual({
      at: at('2026-10-25T02:30:00Z'),
      inGap: false,
    });
  });

  it('Sydney (southern hemisphere): fold in April, gap in October', () => {
    const sydney = zone('Australia/Sydney');
    // 5 April 2026, 03:00 AEDT -> 02:00 AEST: 02:30 happens twice; the first is AEDT (+11).
    expect(instantOfWall(wall('2026-04-05T02:30:00'), sydney)).toEqual({
      at: at('2026-04-04T15:30:00Z'),
      inGap: false,
    });
    // 4 October 2026, 02:00 AEST -> 03:00 AEDT: 02:30 is read with +10, the offset before.
    expect(instantOfWall(wall('2026-10-04T02:30:00'), sydney)).toEqual({
      at: at('2026-10-03T16:30:00Z'),
      inGap: true,
    });
  });

  it('knows no zone by a name the IANA database does not have', () => {
    expect(ianaZone('W. Europe Standard Time')).toBeNull();
    expect(ianaZone('Mars/Olympus_Mons')).toBeNull();
  });
});
