import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCalendarService } from '../calendar/calendarService';
import { createHttpsFetcher } from '../calendar/feedFetcher';
import { memorySecretStore } from '../calendar/secretStore';
import { ICS_OK, startFeedServer, TEST_CA, type FeedServer } from '../calendar/testing/feedServer';
import type { Core } from '../createCore';
import { memoryLogger } from '../logger';
import { openCore } from '../openCore';
import { createManualClock } from '../testing/manualClock';
import { createRecordingShell, type DialogAnswers } from '../testing/recordingShell';
import { startTestCore } from '../settings/fixtures/testCore';
import { openTestSettingsStore } from '../settings/fixtures/testSettingsStore';

const NOW = Date.parse('2026-03-02T07:00:00Z');
const SETTINGS_WINDOW = { route: 'settings' as const, windowId: 1 };

let dir: string;
let server: FeedServer;
let core: Core;
const dialogs: DialogAnswers = { savePath: null, openPath: null };
let broadcasts: { event: string; payload: unknown }[] = [];

/** The real core with a real calendar service, as createCore is asked to wire it. */
async function startCoreWithCalendar(): Promise<Core> {
  const clock = createManualClock(NOW);
  const log = memoryLogger();
  const { shell, record } = createRecordingShell({ dialogs });
  broadcasts = record.broadcasts;
  const calendar = createCalendarService({
    clock,
    log,
    dir: join(dir, 'calendar'),
    secrets: memorySecretStore(),
    fetch: createHttpsFetcher({ clock, ca: TEST_CA }),
  });
  await calendar.load();
  return openCore({
    userDataDir: dir,
    openSettingsStore: () => openTestSettingsStore(dir),
    clock,
    log,
    shell,
    version: '0.0.0-test',
    calendar,
  }).core;
}

const call = (channel: string, payload?: unknown) =>
  core.router.call(channel, payload, SETTINGS_WINDOW);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decompress-calendar-ipc-'));
  server = await startFeedServer();
  server.route('/cal.ics', (_req, res) => res.writeHead(200).end(ICS_OK));
  dialogs.openPath = null;
  dialogs.savePath = null;
  core = await startCoreWithCalendar();
});
afterEach(async () => {
  core.stop();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('calendar channels through the router', () => {
  it('adds a feed by URL and lists it with its next meeting', async () => {
    const added = await call('addCalendarFeedUrl', { url: server.url('/cal.ics') });
    expect(added).toMatchObject({
      ok: true,
      value: { status: 'added', feed: { label: 'Work', status: 'ok' } },
    });
    expect(broadcasts.filter((b) => b.event === 'calendarChanged').at(-1)).toMatchObject({
      payload: { feeds: [{ label: 'Work' }] },
    });
    const listed = await call('listCalendarFeeds');
    expect(listed).toMatchObject({
      ok: true,
      value: {
        feeds: [{ nextSpells: [{ title: 'Team sync' }] }],
        secretProtection: { level: 'encrypted' },
      },
    });
  });

  it('stops a 10 MB "URL" at the payload check, before any work', async () => {
    expect(await call('addCalendarFeedUrl', { url: 'h'.repeat(10 * 1024 * 1024) })).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        issue: { path: ['url'], problem: { code: 'too_big', origin: 'string' } },
      },
    });
    expect(server.requests).toEqual([]);
  });

  it('answers javascript: and http: addresses with a reason, as data', async () => {
    expect(await call('addCalendarFeedUrl', { url: 'javascript:alert(document.cookie)' })).toEqual({
      ok: true,
      value: { status: 'invalid', field: 'url', message: 'That is not a web address' },
    });
    expect(
      await call('addCalendarFeedUrl', { url: 'http://calendar.example.com/a.ics' }),
    ).toMatchObject({
      ok: true,
      value: { status: 'invalid', field: 'url' },
    });
    expect(server.requests).toEqual([]);
  });

  it('refuses unexpected fields, too many addresses and ids that are not ids', async () => {
    expect(
      await call('addCalendarFeedUrl', { url: server.url('/cal.ics'), admin: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-payload' },
    });
    expect(
      await call('addCalendarFeedUrl', {
        url: server.url('/cal.ics'),
        myAddresses: Array(6).fill('a@b.co'),
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        issue: { path: ['myAddresses'], problem: { code: 'too_big' } },
      },
    });
    expect(await call('removeCalendarFeed', { id: '../../secrets' })).toMatchObject({
      ok: false,
      error: { code: 'bad-payload', issue: { path: ['id'] } },
    });
    expect(await call('refreshCalendarFeeds', 'everything')).toMatchObject({
      ok: false,
      error: { code: 'bad-payload' },
    });
  });

  it('adds a file chosen in the open dialog; a cancelled dialog adds nothing', async () => {
    expect(await call('addCalendarFeedFile', {})).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    const file = join(dir, 'work.ics');
    writeFileSync(file, ICS_OK);
    dialogs.openPath = file;
    expect(await call('addCalendarFeedFile', {})).toMatchObject({
      ok: true,
      value: { status: 'added', feed: { source: { kind: 'file', fileName: 'work.ics' } } },
    });
  });

  it('refuses a path that is a folder, and one with no file', async () => {
    expect(await call('addCalendarFeedFile', { path: dir })).toEqual({
      ok: true,
      value: { status: 'invalid', field: 'path', message: 'That is not a file' },
    });
    expect(await call('addCalendarFeedFile', { path: join(dir, 'missing.ics') })).toMatchObject({
      ok: true,
      value: { status: 'invalid', field: 'path' },
    });
  });

  it('refreshes and removes, answering with the new overview', async () => {
    await call('addCalendarFeedUrl', { url: server.url('/cal.ics') });
    const listed = await call('listCalendarFeeds');
    const id = listed.ok ? (listed.value as { feeds: { id: string }[] }).feeds[0]?.id : undefined;
    server.route('/cal.ics', (_req, res) => res.writeHead(404).end());
    expect(await call('refreshCalendarFeeds')).toMatchObject({
      ok: true,
      value: { feeds: [{ status: 'failing', message: '404 from 127.0.0.1' }] },
    });
    expect(await call('removeCalendarFeed', { id })).toMatchObject({
      ok: true,
      value: { feeds: [] },
    });
  });
});

describe('the settings export', () => {
  it('carries no calendar address (feeds are not settings)', async () => {
    server.route('/calendar/ical/ann/private-77aa11/basic.ics', (_req, res) =>
      res.writeHead(200).end(ICS_OK),
    );
    await call('addCalendarFeedUrl', {
      url: server.url('/calendar/ical/ann/private-77aa11/basic.ics'),
    });
    dialogs.savePath = join(dir, 'backup.json');
    expect(await call('exportSettings')).toMatchObject({ ok: true, value: { status: 'done' } });
    const backup = readFileSync(dialogs.savePath, 'utf8');
    expect(backup).not.toContain('private-77aa11');
    expect(backup).not.toContain('127.0.0.1');
  });
});

describe('a core built without a calendar service', () => {
  it('lists no feeds and says adding is not available', async () => {
    const plainDir = mkdtempSync(join(tmpdir(), 'decompress-no-calendar-'));
    const plain = startTestCore(plainDir);
    try {
      expect(await plain.call('listCalendarFeeds')).toMatchObject({
        ok: true,
        value: { feeds: [] },
      });
      expect(await plain.call('addCalendarFeedUrl', { url: 'https://example.com/a.ics' })).toEqual({
        ok: true,
        value: {
          status: 'invalid',
          field: 'url',
          message: 'Calendar feeds are not available in this build',
        },
      });
    } finally {
      plain.core.stop();
      rmSync(plainDir, { recursive: true, force: true });
    }
  });
});
