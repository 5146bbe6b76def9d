import { describe, expect, it } from 'vitest';
import type { FeedFetch } from '../calendar/feedFetcher';
import { ICS_OK } from '../calendar/testing/feedServer';
import { createRig, type Rig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

/**
 * The network as the calendar's fetcher sees it, scripted: the real fetcher
 * is tested against a real server in feedFetcher.test.ts; here only the
 * outcome's shape matters, at instants the fake clock decides.
 */
function scriptedNetwork() {
  const net = { up: true, fetchedAt: [] as number[] };
  const fetch: FeedFetch = async (request) => {
    net.fetchedAt.push(Date.now());
    if (!net.up) {
      return {
        kind: 'failed',
        message: 'could not find calendar.example.com (are you offline?)',
        network: true,
      };
    }
    return request.etag === '"v1"'
      ? { kind: 'not-modified' }
      : { kind: 'fresh', text: ICS_OK, etag: '"v1"', lastModified: null };
  };
  return { net, fetch };
}

async function rigWithUrlFeed(): Promise<{ rig: Rig; net: { up: boolean; fetchedAt: number[] } }> {
  const { net, fetch } = scriptedNetwork();
  // A 4-hour interval: the only wake-ups in an office hour are the idle looks (one per 5 min).
  const rig = createRig({
    calendar: true,
    calendarFetch: fetch,
    // Posture cues off: the wake-ups counted are the reminders' and the calendar's alone.
    settings: withoutCues({ intervalMinutes: 240 }),
  });
  const added = await rig.calendar?.addUrl({ url: 'https://calendar.example.com/work.ics' });
  expect(added?.status).toBe('added');
  return { rig, net };
}

async function wakeUpsBetween(rig: Rig, from: number, to: number): Promise<number> {
  await rig.clock.setTo(from);
  const before = rig.wakeUps.length;
  await rig.clock.setTo(to);
  return rig.wakeUps.length - before;
}

describe('a feed the network failed is retried on the next wake-up the planner has anyway', () => {
  it('healthy: a fetch every 15 minutes, riding on the idle looks, twelve wake-ups an hour', async () => {
    const { rig, net } = await rigWithUrlFeed();
    expect(await wakeUpsBetween(rig, rig.at('10:00'), rig.at('11:00'))).toBe(12);
    expect(net.fetchedAt.filter((t) => t > rig.at('10:00') && t <= rig.at('11:00'))).toEqual([
      rig.at('10:15'),
      rig.at('10:30'),
      rig.at('10:45'),
      rig.at('11:00'),
    ]);
  });

  it('offline from 10:01 to 10:22: retried at 10:20 and 10:25 (2 min after each failure, on an idle look), not at 10:30; still twelve wake-ups', async () => {
    const { rig, net } = await rigWithUrlFeed();
    await rig.clock.setTo(rig.at('10:01'));
    net.up = false;
    await rig.clock.setTo(rig.at('10:22'));
    net.up = true;
    const wakeUps = await wakeUpsBetween(rig, rig.at('10:22'), rig.at('11:00'));
    expect(net.fetchedAt.filter((t) => t > rig.at('10:00') && t <= rig.at('11:00'))).toEqual([
      // Fails (offline); the retry may ride from 10:17.
      rig.at('10:15'),
      // The first idle look from 10:17 on: fails again; the next may ride from 10:22.
      rig.at('10:20'),
      // Back online: succeeds, and the 15-minute rhythm starts again from here.
      rig.at('10:25'),
      rig.at('10:40'),
      rig.at('10:55'),
    ]);
    const before = rig.wakeUps.filter((t) => t > rig.at('10:00') && t <= rig.at('10:22')).length;
    expect(before + wakeUps).toBe(12);
    expect(rig.calendar?.overview().feeds[0]).toMatchObject({ status: 'ok', message: null });
  });
});
