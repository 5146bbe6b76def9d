import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock';
import { createHttpsFetcher } from '../calendar/feedFetcher';
import {
  startFeedServer,
  TEST_CA,
  type FeedServer,
  type Route,
} from '../calendar/testing/feedServer';
import { createRig, type Rig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

/**
 * The planner with a real calendar service and the real https fetcher
 * against a local server on 127.0.0.1. The feed works when it is added, so
 * its copy knows "Team sync" 09:40-10:10 (Berlin) on Monday 23 Nov 2026;
 * then the server turns bad in one way or another. The 09:45 break must be
 * held and come back as one catch-up after 10:10 whatever the server does:
 * the last good copy holds, and no answer (or a missing one) blocks a turn.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const ICS_MEETING = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'BEGIN:VEVENT',
  'UID:team-sync@google.com',
  'DTSTART:20261123T084000Z',
  'DTEND:20261123T091000Z',
  'SUMMARY:Team sync',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

/** Lets the real sockets run (setImmediate is not faked) until `done`, for at most 10 s of real time (a loaded machine). */
async function letNetworkRun(done: () => boolean): Promise<void> {
  const started = process.hrtime.bigint();
  while (!done() && process.hrtime.bigint() - started < 10_000_000_000n) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

async function rigWithWorkingFeed(): Promise<Rig> {
  server.route('/cal.ics', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v1"' }).end(ICS_MEETING);
  });
  const realFetch = createHttpsFetcher({ clock: systemClock, ca: TEST_CA });
  const rig = createRig({
    calendar: true,
    calendarFetch: (request) => {
      fetchesBegun++;
      return realFetch(request);
    },
    settings: withoutCues(),
  });
  await rig.clock.setTo(at(9, 0));
  const adding = rig.calendar?.addUrl({ url: server.url('/cal.ics') });
  let added: Awaited<typeof adding> | undefined;
  void adding?.then((result) => (added = result));
  await letNetworkRun(() => added !== undefined);
  expect(added?.status).toBe('added');
  return rig;
}

/** Fetches the calendar has begun (each one the real fetcher's). */
let fetchesBegun = 0;

/** Moves the fake clock a minute at a time until the calendar begins its next fetch (at most an hour). */
async function untilNextRequest(rig: Rig): Promise<void> {
  const begun = fetchesBegun;
  for (let i = 0; i < 60 && fetchesBegun === begun; i++) await rig.clock.advance(60_000);
}

const feedView = (rig: Rig) => rig.calendar?.overview().feeds[0];

const BAD: readonly { what: string; route: Route; says: RegExp }[] = [
  {
    what: '404',
    route: (_q, r) => void r.writeHead(404).end('gone'),
    says: /^404 from 127\.0\.0\.1/,
  },
  {
    what: '500',
    route: (_q, r) => void r.writeHead(500).end('oops'),
    says: /^500 from 127\.0\.0\.1/,
  },
  {
    what: 'HTML instead of iCalendar',
    route: (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'),
    says: /not an iCalendar file \(it looks like a web page\)/,
  },
  {
    what: 'a 6 MB body',
    route: (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/calendar' });
      r.end('X'.repeat(6 * 1024 * 1024));
    },
    says: /over 5 MB/,
  },
  {
    what: 'a redirect to http',
    route: (_q, r) => void r.writeHead(302, { location: server.insecureUrl('/cal.ics') }).end(),
    says: /http/,
  },
];

describe('a feed that turns bad leaves the planner as it was', () => {
  it('healthy throughout: the 09:45 break is held through "Team sync" and comes back once after it', async () => {
    const rig = await rigWithWorkingFeed();
    await rig.clock.setTo(at(10, 30));
    expect(rig.events('prompted')).toHaveLength(1);
    const [prompt] = rig.events('prompted');
    expect(prompt?.at).toBeGreaterThanOrEqual(at(10, 10));
    expect(prompt?.at).toBeLessThanOrEqual(at(10, 11));
  });

  for (const bad of BAD) {
    it(`${bad.what}: the copy holds, the break is held and caught up as before, and Settings says why`, async () => {
      const rig = await rigWithWorkingFeed();
      server.route('/cal.ics', bad.route);
      // Minute by minute to the next refresh (09:15), then the real sockets
      // run before the fake clock moves again, so the fetch's 10 s timeout
      // is not what ends it.
      await untilNextRequest(rig);
      await letNetworkRun(() => feedView(rig)?.status === 'failing');
      expect(feedView(rig)).toMatchObject({ status: 'failing' });
      expect(feedView(rig)?.message ?? '').toMatch(bad.says);
      expect(feedView(rig)?.nextSpells.map((s) => [s.start, s.end])).toEqual([
        [at(9, 40), at(10, 10)],
      ]);
      // The 09:45 break is held by the copy's meeting, refreshes failing all along.
      await rig.clock.setTo(at(10, 5));
      expect(rig.events('prompted')).toEqual([]);
      await rig.clock.setTo(at(10, 30));
      const prompts = rig.events('prompted');
      expect(prompts).toHaveLength(1);
      expect(prompts[0]?.at).toBeGreaterThanOrEqual(at(10, 10));
      expect(prompts[0]?.at).toBeLessThanOrEqual(at(10, 11));
    });
  }

  it('a server that never answers: the 10 s timeout ends the fetch, and no turn waits for it', async () => {
    const rig = await rigWithWorkingFeed();
    server.route('/cal.ics', () => undefined);
    await untilNextRequest(rig);
    // The fetch hangs; the planner's clock moves on past the timeout.
    await rig.clock.advance(11_000);
    await letNetworkRun(() => feedView(rig)?.status === 'failing');
    expect(feedView(rig)).toMatchObject({ status: 'failing' });
    expect(feedView(rig)?.message).toBe('timed out after 10 s');
    await rig.clock.setTo(at(10, 30));
    const prompts = rig.events('prompted');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.at).toBeGreaterThanOrEqual(at(10, 10));
    expect(prompts[0]?.at).toBeLessThanOrEqual(at(10, 11));
  });
});
