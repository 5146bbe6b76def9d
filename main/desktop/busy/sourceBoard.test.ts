import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusySourceStatusView } from '../../../shared/ipc/desktopChannels';
import { memoryLogger } from '../../core/logger';
import { guardSource } from './guardedSource';
import { linuxMicrophoneSource } from './linux/microphoneSource';
import { createSourceBoard } from './sourceBoard';

// 23 November 2026, 10:42 in Europe/Berlin (the zone the unit tests pin).
const AT_10_42 = new Date(2026, 10, 23, 10, 42).getTime();

/** A capture substream's status as sound/core/pcm.c prints it. */
const capturing = (pid: number) => `state: RUNNING\nowner_pid   : ${pid}\n`;

describe("Settings' view of the live busy sources", () => {
  let root: string;
  let micOn: boolean;
  let pushes: BusySourceStatusView[][];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'decompress-board-'));
    mkdirSync(join(root, 'card0/pcm0c/sub0'), { recursive: true });
    writeFileSync(join(root, 'card0/pcm0c/sub0/status'), 'closed\n');
    micOn = true;
    pushes = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function board() {
    const microphone = guardSource(linuxMicrophoneSource({ asoundRoot: root, ownPid: 1 }), {
      isEnabled: () => micOn,
      log: memoryLogger(),
    });
    return createSourceBoard(
      [microphone],
      () => AT_10_42,
      (views) => pushes.push(views),
    );
  }

  it('says "not checked yet" until something asks, reading nothing to say so', () => {
    const b = board();
    expect(b.statuses()).toEqual([
      { kind: 'microphone', state: 'not-checked', at: null, text: 'Microphone: not checked yet' },
    ]);
    expect(pushes).toEqual([]);
  });

  it('passes on each answer the planner gets, with its time', async () => {
    const b = board();
    writeFileSync(join(root, 'card0/pcm0c/sub0/status'), capturing(4242));
    const [microphone] = b.sources;
    const answer = await microphone?.ask(AT_10_42);
    expect(answer?.state).toBe('busy');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]?.[0]).toMatchObject({ state: 'busy', at: AT_10_42 });
    expect(pushes[0]?.[0]?.text).toMatch(/^Microphone: .* at 10:42$/);
  });

  it('"Check now" asks every source once and answers with what they said', async () => {
    const b = board();
    const views = await b.checkAll();
    expect(views).toEqual([
      { kind: 'microphone', state: 'free', at: AT_10_42, text: 'Microphone: not in use at 10:42' },
    ]);
    expect(pushes).toEqual([views]);
  });

  it('a source switched off in Settings says so, and "Check now" does not read it', async () => {
    micOn = false;
    // A tree that cannot be read would make a read fail: off must not touch it.
    rmSync(root, { recursive: true, force: true });
    const views = await board().checkAll();
    expect(views).toEqual([
      { kind: 'microphone', state: 'off', at: null, text: 'Microphone: off' },
    ]);
  });

  it('a source that cannot see its signal here says so instead of failing the check', async () => {
    rmSync(root, { recursive: true, force: true });
    const [view] = await board().checkAll();
    expect(view?.state).toBe('unavailable');
    expect(view?.text).toBe('Microphone: cannot be seen: this system has no ALSA sound cards');
  });
});
