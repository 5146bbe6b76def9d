process.env.TZ = 'Europe/Berlin';

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextBusyChange } from '../busy/busySpells';
import { memoryLogger } from '../logger';
import { createManualClock, type ManualClock } from '../testing/manualClock';
import { createCalendarService, REFRESH_EVERY_MS, type CalendarService } from './calendarService';
import { createHttpsFetcher } from './feedFetcher';
import { memorySecretStore } from './secretStore';
import { ICS_MOVED, ICS_OK, startFeedServer, TEST_CA, type FeedServer } from './testing/feedServer';

const NOW = Date.parse('2026-03-02T07:00:00Z');
const SECRET_PATH = '/calendar/ical/ann/private-4f2c9e1b7a/basic.ics';

let dir: string;
let server: FeedServer;
let clock: ManualClock;
let log: ReturnType<typeof memoryLogger>;
let secrets: ReturnType<typeof memorySecretStore>;
const services: CalendarService[] = [];

function service(): CalendarService {
  let n = 0;
  const s = createCalendarService({
    clock,
    log,
    dir,
    secrets,
    fetch: createHttpsFetcher({ clock, ca: TEST_CA }),
    newId: () => `feed${String(++n).padStart(4, '0')}`,
  });
  services.push(s);
  return s;
}

/** Spells the planner would see for the next 36 hours. */
function spells(s: CalendarService) {
  return s.busySource
    .spellsBetween(clock.now(), clock.now() + 36 * 3_600_000)
    .map((spell) => [
      new Date(spell.start).toISOString(),
      new Date(spell.end).toISOString(),
      spell.title ?? null,
      spell.sourceId,
    ]);
}

const TEAM_SYNC = [
  '2026-03-02T09:00:00.000Z',
  '2026-03-02T10:00:00.000Z',
  'Team sync',
  'calendar:feed0001',
];

async function addedService(): Promise<CalendarService> {
  server.route(SECRET_PATH, (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
    else res.writeHead(200, { etag: '"v1"', 'content-type': 'text/calendar' }).end(ICS_OK);
  });
  const s = service();
  await s.load();
  const added = await s.addUrl({ url: server.url(SECRET_PATH) });
  expect(added.status).toBe('added');
  return s;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-calendar-'));
  server = await startFeedServer();
  clock = createManualClock(NOW);
  log = memoryLogger();
  secrets = memorySecretStore();
});
afterEach(async () => {
  for (const s of services.splice(0)) s.stop();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('adding a feed', () => {
  it('fetches it once, shows its next meeting, keeps the address only in the secret store', async () => {
    const s = await addedService();
    expect(spells(s)).toEqual([TEAM_SYNC]);
    const [feed] = s.overview().feeds;
    expect(feed).toMatchObject({
      id: 'feed0001',
      label: 'Work',
      source: { kind: 'url', host: '127.0.0.1' },
      status: 'ok',
      message: null,
      nextSpells: [
        {
          start: Date.parse(TEAM_SYNC[0] ?? ''),
          end: Date.parse(TEAM_SYNC[1] ?? ''),
          title: 'Team sync',
        },
      ],
    });
    expect([...secrets.entries.values()]).toEqual([server.url(SECRET_PATH)]);
    // The secret part of the address is nowhere on disk and nowhere in the log.
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file), 'utf8')).not.toContain('private-4f2c9e1b7a');
    }
    expect(JSON.stringify(log.entries)).not.toContain('private-4f2c9e1b7a');
    expect(JSON.stringify(s.overview())).not.toContain('private-4f2c9e1b7a');
  });

  it('refuses http, javascript and pasted nonsense without fetching anything', async () => {
    const s = service();
    await s.load();
    expect(await s.addUrl({ url: 'http://calendar.example.com/cal.ics' })).toEqual({
      status: 'invalid',
      field: 'url',
      message:
        'Only secure (https://) addresses are accepted: an http:// address would send your calendar unencrypted',
    });
    expect(await s.addUrl({ url: 'javascript:alert(1)' })).toMatchObject({
      status: 'invalid',
      message: 'That is not a web address',
    });
    expect(await s.addUrl({ url: 'x'.repeat(10_000) })).toMatchObject({
      status: 'invalid',
      field: 'url',
    });
    expect(await s.addUrl({ url: 'https://ann:hunter2@example.com/cal.ics' })).toMatchObject({
      status: 'invalid',
    });
    expect(
      await s.addUrl({ url: server.url(SECRET_PATH), myAddresses: ['not an address'] }),
    ).toMatchObject({
      status: 'invalid',
      field: 'myAddresses',
    });
    expect(server.requests).toEqual([]);
    expect(s.overview().feeds).toEqual([]);
  });

  it('refuses a feed that is not a calendar, saying why, and keeps nothing', async () => {
    server.route('/login', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>'),
    );
    server.route('/gone.ics', (_req, res) => res.writeHead(404).end());
    const s = service();
    await s.load();
    expect(await s.addUrl({ url: server.url('/login') })).toEqual({
      status: 'invalid',
      field: 'url',
      message: 'That is not an iCalendar file (it looks like a web page)',
    });
    expect(await s.addUrl({ url: server.url('/gone.ics') })).toEqual({
      status: 'invalid',
      field: 'url',
      message: 'It could not be fetched: 404 from 127.0.0.1',
    });
    expect(s.overview().feeds).toEqual([]);
    expect(secrets.entries.size).toBe(0);
  });

  it('refuses the same address twice', async () => {
    const s = await addedService();
    expect(await s.addUrl({ url: server.url(SECRET_PATH) })).toMatchObject({
      status: 'invalid',
      message: 'That calendar is already added (“Work”)',
    });
  });

  it('learns the person’s address from a Google calendar’s name, so a declined invitation is free', async () => {
    const google = readFileSync(join(import.meta.dirname, 'fixtures', 'google-week.ics'), 'utf8');
    server.route('/google.ics', (_req, res) => res.writeHead(200).end(google));
    const s = service();
    await s.load();
    const added = await s.addUrl({ url: server.url('/google.ics') });
    expect(added).toMatchObject({
      status: 'added',
      feed: { myAddresses: ['ann.example@gmail.com'] },
    });
    expect(spells(s).map((spell) => spell[2])).toEqual(['Release window', 'Design review']);
  });

  it('webcal:// links mean https', async () => {
    server.route('/cal.ics', (_req, res) => res.writeHead(200).end(ICS_OK));
    const s = service();
    await s.load();
    const added = await s.addUrl({ url: server.url('/cal.ics').replace('https://', 'webcal://') });
    expect(added.status).toBe('added');
    expect([...secrets.entries.values()]).toEqual([server.url('/cal.ics')]);
  });
});

describe('refreshing: a failure says why and the last good copy stays', () => {
  it('304 keeps the copy and marks the refresh a success', async () => {
    const s = await addedService();
    clock.advance(REFRESH_EVERY_MS);
    await s.refresh('schedule');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(s.overview().feeds[0]).toMatchObject({
      status: 'ok',
      lastSuccessAt: clock.now(),
      copyFrom: NOW,
    });
    expect(spells(s)).toEqual([TEAM_SYNC]);
  });

  it('a new copy moves the meeting and tells the planner', async () => {
    const s = await addedService();
    let told = 0;
    s.busySource.onChange(() => told++);
    server.route(SECRET_PATH, (_req, res) => res.writeHead(200, { etag: '"v2"' }).end(ICS_MOVED));
    await s.refresh('manual');
    expect(spells(s)).toEqual([
      ['2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', 'Team sync', 'calendar:feed0001'],
    ]);
    expect(told).toBe(1);
  });

  const failures: [string, (server: FeedServer) => void, string][] = [
    [
      '404',
      (srv) => srv.route(SECRET_PATH, (_q, r) => void r.writeHead(404).end()),
      '404 from 127.0.0.1',
    ],
    [
      '500',
      (srv) => srv.route(SECRET_PATH, (_q, r) => void r.writeHead(500).end()),
      '500 from 127.0.0.1',
    ],
    [
      'HTML',
      (srv) =>
        srv.route(
          SECRET_PATH,
          (_q, r) => void r.writeHead(200).end('<!doctype html><p>Sign in</p>'),
        ),
      'What 127.0.0.1 sent is not an iCalendar file (it looks like a web page)',
    ],
    [
      'a redirect to http',
      (srv) =>
        srv.route(
          SECRET_PATH,
          (_q, r) => void r.writeHead(302, { location: srv.insecureUrl(SECRET_PATH) }).end(),
        ),
      'redirected to an insecure address (http://127.0.0.1)',
    ],
    [
      'a 50 MB body',
      (srv) =>
        srv.route(SECRET_PATH, (_q, r) => {
          r.writeHead(200);
          const chunk = Buffer.alloc(1024 * 1024, 'B');
          let sent = 0;
          const pump = () => {
            while (sent++ < 50) if (!r.write(chunk)) return void r.once('drain', pump);
            r.end();
          };
          pump();
        }),
      'over 5 MB',
    ],
    [
      'a truncated calendar',
      (srv) => srv.route(SECRET_PATH, (_q, r) => void r.writeHead(200).end(ICS_OK.slice(0, 120))),
      '127.0.0.1 sent an incomplete calendar (the file ends before END:VCALENDAR)',
    ],
  ];
  for (const [what, breakIt, message] of failures) {
    it(`${what}: "${message}"`, async () => {
      const s = await addedService();
      breakIt(server);
      await expect(s.refresh('manual')).resolves.toBeUndefined();
      expect(s.overview().feeds[0]).toMatchObject({ status: 'failing', message, copyFrom: NOW });
      expect(spells(s)).toEqual([TEAM_SYNC]);
    });
  }

  it('a server that hangs: "timed out after 10 s", without waiting 10 s of real time', async () => {
    const s = await addedService();
    server.route(SECRET_PATH, () => undefined);
    const arrived = server.nextRequest(SECRET_PATH);
    const refreshing = s.refresh('manual');
    await arrived;
    clock.advance(10_000);
    await refreshing;
    expect(s.overview().feeds[0]).toMatchObject({
      status: 'failing',
      message: 'timed out after 10 s',
    });
    expect(spells(s)).toEqual([TEAM_SYNC]);
  });

  it('recovers when the server does: the message goes away', async () => {
    const s = await addedService();
    server.route(SECRET_PATH, (_q, r) => void r.writeHead(503).end());
    await s.refresh('manual');
    expect(s.overview().feeds[0]?.message).toBe('503 from 127.0.0.1');
    server.route(SECRET_PATH, (_q, r) => void r.writeHead(200).end(ICS_OK));
    await s.refresh('manual');
    expect(s.overview().feeds[0]).toMatchObject({ status: 'ok', message: null });
  });

  it('two refreshes at once share one request', async () => {
    const s = await addedService();
    const before = server.requests.length;
    await Promise.all([s.refresh('manual'), s.refresh('wake'), s.refresh('schedule')]);
    expect(server.requests.length - before).toBe(1);
  });
});

describe('offline and after a restart', () => {
  it('the last good copy is on disk: a restart with the server gone still knows the meeting', async () => {
    await addedService();
    await server.close();
    const again = service();
    await again.load();
    expect(spells(again)).toEqual([TEAM_SYNC]);
    await again.refresh('start');
    expect(again.overview().feeds[0]).toMatchObject({
      status: 'failing',
      message: '127.0.0.1 refused the connection',
    });
    expect(spells(again)).toEqual([TEAM_SYNC]);
    server = await startFeedServer();
  });

  it('a damaged cache is set aside, never a crash; the feed fetches afresh', async () => {
    await addedService();
    const cacheFile = join(dir, 'feed-feed0001.json');
    writeFileSync(cacheFile, '{"version":1,"fetchedAt":');
    const again = service();
    await expect(again.load()).resolves.toBeUndefined();
    expect(spells(again)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('feed-feed0001.corrupt-'))).toHaveLength(1);
    await again.refresh('start');
    expect(spells(again)).toEqual([TEAM_SYNC]);
  });

  it('a damaged feed list is set aside and the app starts with none', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'feeds.json'), 'not json at all');
    const s = service();
    await expect(s.load()).resolves.toBeUndefined();
    expect(s.overview().feeds).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('feeds.corrupt-'))).toHaveLength(1);
  });

  it('an address that can no longer be unlocked is said on the feed', async () => {
    await addedService();
    secrets.entries.clear();
    const again = service();
    await again.load();
    await again.refresh('start');
    expect(again.overview().feeds[0]?.message).toBe(
      'its saved address could not be unlocked: remove it and add it again',
    );
    expect(spells(again)).toEqual([TEAM_SYNC]);
  });
});

describe('what the planner reads', () => {
  it('the next busy change is the meeting start, then its end', async () => {
    const s = await addedService();
    const now = clock.now();
    const known = s.busySource.spellsBetween(now, now + 36 * 3_600_000);
    expect(nextBusyChange(known, now)).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(nextBusyChange(known, Date.parse('2026-03-02T09:30:00Z'))).toBe(
      Date.parse('2026-03-02T10:00:00Z'),
    );
  });

  it('offline for days, the window moves on from memory: a weekly meeting is still found', async () => {
    const weekly = ICS_OK.replace('SUMMARY:Team sync', 'RRULE:FREQ=WEEKLY\r\nSUMMARY:Team sync');
    server.route('/weekly.ics', (_req, res) => res.writeHead(200).end(weekly));
    const s = service();
    await s.load();
    await s.addUrl({ url: server.url('/weekly.ics') });
    await server.close();
    clock.advance(7 * 86_400_000);
    expect(spells(s)).toEqual([
      ['2026-03-09T09:00:00.000Z', '2026-03-09T10:00:00.000Z', 'Team sync', 'calendar:feed0001'],
    ]);
    server = await startFeedServer();
  });

  it('two feeds: one sorted list, each spell naming its feed', async () => {
    const s = await addedService();
    const file = join(dir, 'home.ics');
    writeFileSync(
      file,
      ICS_MOVED.replace('X-WR-CALNAME:Work', 'X-WR-CALNAME:Home').replace('Team sync', 'Dentist'),
    );
    await s.addFile({ path: file });
    expect(spells(s)).toEqual([
      TEAM_SYNC,
      ['2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', 'Dentist', 'calendar:feed0002'],
    ]);
  });
});

describe('removing a feed', () => {
  it('forgets its address, its copy and its spells', async () => {
    const s = await addedService();
    expect(await s.remove('feed0001')).toBe(true);
    expect(spells(s)).toEqual([]);
    expect(secrets.entries.size).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('feed-'))).toEqual([]);
    expect(await s.remove('feed0001')).toBe(false);
  });

  it('removed while a refresh is on its way: the late answer leaves nothing behind', async () => {
    const s = await addedService();
    const answers: (() => void)[] = [];
    server.route(SECRET_PATH, (_req, res) => {
      answers.push(() => res.writeHead(200, { etag: '"v9"' }).end(ICS_MOVED));
    });
    const arrived = server.nextRequest(SECRET_PATH);
    const refreshing = s.refresh('manual');
    await arrived;
    await s.remove('feed0001');
    expect(answers).toHaveLength(1);
    answers[0]?.();
    await refreshing;
    expect(spells(s)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('feed-'))).toEqual([]);
  });
});

describe('when to refresh (asked by the planner, no timer of its own)', () => {
  it('inside office hours every 15 minutes; never outside; wake skips a feed just tried', async () => {
    const s = await addedService();
    expect(s.refreshDue(clock.now(), true)).toBe(false);
    expect(s.nextRefreshAt()).toBe(NOW + REFRESH_EVERY_MS);
    clock.advance(REFRESH_EVERY_MS - 1);
    expect(s.refreshDue(clock.now(), true)).toBe(false);
    clock.advance(1);
    expect(s.refreshDue(clock.now(), true)).toBe(true);
    expect(s.refreshDue(clock.now(), false)).toBe(false);
    await s.refresh('schedule');
    const asked = server.requests.length;
    clock.advance(30_000);
    await s.refresh('wake');
    expect(server.requests.length).toBe(asked);
    clock.advance(30_000);
    await s.refresh('online');
    expect(server.requests.length).toBe(asked + 1);
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('a local .ics file', () => {
  it('is read, re-read only when it changes, and says when it is gone', async () => {
    const file = join(dir, 'exported.ics');
    writeFileSync(file, ICS_OK);
    const s = service();
    await s.load();
    expect(await s.addFile({ path: file })).toMatchObject({
      status: 'added',
      feed: { source: { kind: 'file', fileName: 'exported.ics' } },
    });
    expect(spells(s)).toEqual([TEAM_SYNC]);
    writeFileSync(file, ICS_MOVED);
    await s.refresh('manual');
    expect(spells(s)[0]?.[0]).toBe('2026-03-02T10:00:00.000Z');
    rmSync(file);
    await s.refresh('manual');
    expect(s.overview().feeds[0]).toMatchObject({
      status: 'failing',
      message: 'the file is not there any more (moved or deleted?)',
    });
    expect(spells(s)[0]?.[0]).toBe('2026-03-02T10:00:00.000Z');
  });

  it('refuses paths that are not files', async () => {
    const s = service();
    await s.load();
    expect(await s.addFile({ path: dir })).toEqual({
      status: 'invalid',
      field: 'path',
      message: 'That is not a file',
    });
    expect(await s.addFile({ path: join(dir, 'nope.ics') })).toEqual({
      status: 'invalid',
      field: 'path',
      message: 'There is no file there',
    });
    expect(await s.addFile({ path: 'relative/cal.ics' })).toMatchObject({
      status: 'invalid',
      field: 'path',
    });
    const notIcs = join(dir, 'notes.txt');
    writeFileSync(notIcs, 'shopping list');
    expect(await s.addFile({ path: notIcs })).toEqual({
      status: 'invalid',
      field: 'path',
      message: 'That is not an iCalendar file',
    });
    expect(s.overview().feeds).toEqual([]);
  });
});

describe('when the network fails a fetch, and when it comes back', () => {
  const MIN = 60_000;
  /** The server's end of the connection is cut: the fetcher sees ECONNRESET, a network failure. */
  const cutOff = () => server.route(SECRET_PATH, (req) => void req.socket.destroy());
  const working = () =>
    server.route(SECRET_PATH, (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"' }).end(ICS_OK);
    });
  const fetches = () => server.requests.filter((r) => r.path === SECRET_PATH).length;

  it('a network failure may be tried again 2 min later, without a timer; a 404 waits the full 15 min', async () => {
    const s = await addedService();
    clock.advance(REFRESH_EVERY_MS);
    cutOff();
    await s.refresh('schedule');
    expect(s.overview().feeds[0]).toMatchObject({
      status: 'failing',
      message: 'the connection to 127.0.0.1 was cut',
    });
    const failedAt = clock.now();
    expect(s.nextRetryAt()).toBe(failedAt + 2 * MIN);
    expect(s.nextRefreshAt()).toBe(failedAt + REFRESH_EVERY_MS);
    clock.advance(2 * MIN - 1);
    expect(s.refreshDue(clock.now(), true)).toBe(false);
    clock.advance(1);
    expect(s.refreshDue(clock.now(), true)).toBe(true);
    expect(s.refreshDue(clock.now(), false)).toBe(false);
    working();
    await s.refresh('schedule');
    expect(s.overview().feeds[0]).toMatchObject({ status: 'ok', message: null });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(s.nextRetryAt()).toBeNull();

    // Not a network failure: nothing is retried before the 15 minutes are up.
    clock.advance(REFRESH_EVERY_MS);
    server.route(SECRET_PATH, (_q, r) => void r.writeHead(404).end());
    await s.refresh('schedule');
    expect(s.nextRetryAt()).toBeNull();
    clock.advance(REFRESH_EVERY_MS - 1);
    expect(s.refreshDue(clock.now(), true)).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('a scheduled retry fetches only the feed the network failed, not its healthy neighbour', async () => {
    const s = await addedService();
    server.route('/team.ics', (_q, r) => void r.writeHead(200).end(ICS_MOVED));
    expect((await s.addUrl({ url: server.url('/team.ics') })).status).toBe('added');
    clock.advance(REFRESH_EVERY_MS);
    cutOff();
    await s.refresh('schedule');
    const team = server.requests.filter((r) => r.path === '/team.ics').length;
    clock.advance(2 * MIN);
    working();
    await s.refresh('schedule');
    expect(server.requests.filter((r) => r.path === '/team.ics').length).toBe(team);
    expect(fetches()).toBe(3);
  });

  it('the network comes back: a wake’s fetch that failed offline is tried at once, conditionally', async () => {
    const s = await addedService();
    clock.advance(REFRESH_EVERY_MS);
    cutOff();
    await s.refresh('wake');
    expect(fetches()).toBe(2);
    clock.advance(8_000);
    working();
    await s.refresh('online');
    expect(fetches()).toBe(3);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(s.overview().feeds[0]?.status).toBe('ok');
  });

  it('a flapping network: at most one fetch per feed every 2 min, however often it returns', async () => {
    const s = await addedService();
    clock.advance(REFRESH_EVERY_MS);
    await s.refresh('online');
    expect(fetches()).toBe(2);
    for (let flap = 0; flap < 5; flap++) {
      clock.advance(20_000);
      await s.refresh('online');
    }
    // 100 s of flapping: still the one fetch.
    expect(fetches()).toBe(2);
    clock.advance(20_000);
    await s.refresh('online');
    expect(fetches()).toBe(3);
  });

  it('a file feed is read again too (it may be on a network share), once per return', async () => {
    const file = join(dir, 'local.ics');
    writeFileSync(file, ICS_OK);
    const s = service();
    await s.load();
    expect((await s.addFile({ path: file })).status).toBe('added');
    clock.advance(REFRESH_EVERY_MS);
    await s.refresh('online');
    expect(s.overview().feeds[0]?.lastAttemptAt).toBe(clock.now());
    const first = clock.now();
    clock.advance(30_000);
    await s.refresh('online');
    expect(s.overview().feeds[0]?.lastAttemptAt).toBe(first);
  });
});
