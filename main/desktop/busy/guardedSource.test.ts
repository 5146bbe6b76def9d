import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../core/logger';
import { createLiveBusySources } from './createLiveBusySources';
import { guardSource } from './guardedSource';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type SignalAnswer,
  type SignalDetector,
} from './signalDetector';

/** A source whose next answer the test sets; counts how often it was read. */
function scripted(kind: SignalDetector['kind'] = 'camera', label = 'Camera') {
  let next: () => Promise<SignalAnswer> = async () => NOT_BUSY;
  let reads = 0;
  const source: SignalDetector = {
    kind,
    label,
    freeWords: 'not in use',
    check: () => {
      reads++;
      return next();
    },
  };
  return {
    source,
    reads: () => reads,
    answer: (a: SignalAnswer) => (next = async () => a),
    fail: (err: Error) => (next = () => Promise.reject(err)),
    hang: () => (next = () => new Promise(() => undefined)),
  };
}

// 23 November 2026, 10:42 in Europe/Berlin (the zone the unit tests pin).
const AT_10_42 = new Date(2026, 10, 23, 10, 42).getTime();

describe('the busy-source policy', () => {
  it('shows the last answer with its time: busy, then free', async () => {
    const camera = scripted();
    const guarded = guardSource(camera.source, { isEnabled: () => true, log: memoryLogger() });
    expect(guarded.status().text).toBe('Camera: not checked yet');
    camera.answer(busyBecause('in use by another app', { title: 'zoom' }));
    expect(await guarded.ask(AT_10_42)).toEqual({
      state: 'busy',
      sourceId: 'camera',
      kind: 'camera',
      title: 'zoom',
      until: null,
    });
    expect(guarded.status()).toEqual({
      kind: 'camera',
      label: 'Camera',
      state: 'busy',
      at: AT_10_42,
      detail: 'in use by another app',
      text: 'Camera: in use by another app at 10:42',
    });
    camera.answer(NOT_BUSY);
    expect(await guarded.ask(AT_10_42 + 13 * 60_000)).toEqual({
      state: 'free',
      sourceId: 'camera',
    });
    expect(guarded.status().text).toBe('Camera: not in use at 10:55');
  });

  it('a source turned off is not read at all and says "off"', async () => {
    let enabled = false;
    const camera = scripted();
    camera.answer(busyBecause('in use by another app'));
    const guarded = guardSource(camera.source, { isEnabled: () => enabled, log: memoryLogger() });
    expect(await guarded.ask(AT_10_42)).toEqual({ state: 'free', sourceId: 'camera' });
    expect(camera.reads()).toBe(0);
    expect(guarded.status().text).toBe('Camera: off');
    enabled = true;
    expect((await guarded.ask(AT_10_42)).state).toBe('busy');
    expect(camera.reads()).toBe(1);
  });

  it('an error counts as not busy and is logged once, again only after it worked in between', async () => {
    const log = memoryLogger();
    const camera = scripted();
    const guarded = guardSource(camera.source, { isEnabled: () => true, log });
    camera.fail(new Error('EIO reading /proc'));
    const unavailable = { state: 'unavailable', sourceId: 'camera', why: 'EIO reading /proc' };
    expect(await guarded.ask(AT_10_42)).toEqual(unavailable);
    expect(await guarded.ask(AT_10_42)).toEqual(unavailable);
    expect(await guarded.ask(AT_10_42)).toEqual(unavailable);
    expect(log.entries).toEqual([
      {
        level: 'warn',
        message: 'busy source failed; counting it as not busy',
        fields: { source: 'camera', error: 'EIO reading /proc' },
      },
    ]);
    expect(guarded.status().text).toBe(
      'Camera: could not be read at 10:42, so it counts as not busy',
    );
    camera.answer(NOT_BUSY);
    await guarded.ask(AT_10_42);
    camera.fail(new Error('EIO again'));
    await guarded.ask(AT_10_42);
    expect(log.entries.map((e) => e.message)).toEqual([
      'busy source failed; counting it as not busy',
      'busy source works again',
      'busy source failed; counting it as not busy',
    ]);
  });

  it('a source that never answers is given up on and counts as not busy', async () => {
    const log = memoryLogger();
    const camera = scripted();
    camera.hang();
    const guarded = guardSource(camera.source, { isEnabled: () => true, log, timeoutMs: 50 });
    expect((await guarded.ask(AT_10_42)).state).toBe('unavailable');
    expect(guarded.status().state).toBe('failed');
    expect(log.entries[0]?.fields).toEqual({ source: 'camera', error: 'no answer in 50 ms' });
  });

  it('a signal that cannot be seen here shows the reason as it is, logged once at info', async () => {
    const log = memoryLogger();
    const mic = scripted('microphone', 'Microphone');
    mic.fail(
      new SignalUnavailableError('on macOS, Decompress sees meetings from your calendar only'),
    );
    const guarded = guardSource(mic.source, { isEnabled: () => true, log });
    await guarded.ask(AT_10_42);
    await guarded.ask(AT_10_42);
    expect(guarded.status().text).toBe(
      'Microphone: on macOS, Decompress sees meetings from your calendar only',
    );
    expect(log.entries.map((e) => e.level)).toEqual(['info']);
  });

  it('a detector may name a sharper reason (a Windows fullscreen app) than its usual one', async () => {
    const screen = scripted('presentation', 'Fullscreen or presentation');
    screen.answer(busyBecause('a fullscreen app is in front', { reasonKind: 'fullscreen' }));
    const guarded = guardSource(screen.source, { isEnabled: () => true, log: memoryLogger() });
    expect(await guarded.ask(AT_10_42)).toEqual({
      state: 'busy',
      sourceId: 'presentation',
      kind: 'fullscreen',
      until: null,
    });
  });
});

describe('the live sources for each OS', () => {
  const base = { isEnabled: () => true, log: memoryLogger() };

  it('Linux, Windows and macOS each get camera, microphone, presentation and do not disturb', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const kinds = createLiveBusySources({ ...base, platform, bus: async () => null }).map(
        (s) => s.kind,
      );
      expect(kinds).toEqual(['camera', 'microphone', 'presentation', 'doNotDisturb']);
    }
    expect(createLiveBusySources({ ...base, platform: 'freebsd' })).toEqual([]);
  });

  it('macOS says plainly that calls are known from the calendar only, and never counts them busy', async () => {
    const sources = createLiveBusySources({ ...base, platform: 'darwin' });
    const camera = sources[0];
    if (!camera) throw new Error('no camera source');
    expect(await camera.ask(AT_10_42)).toMatchObject({ state: 'unavailable', sourceId: 'camera' });
    expect(camera.status().text).toBe(
      'Camera: on macOS, Decompress sees meetings from your calendar only',
    );
  });

  it('Windows reads through the injected reg.exe runner and shell probe, only when checked', async () => {
    let regRuns = 0;
    let probes = 0;
    const sources = createLiveBusySources({
      ...base,
      platform: 'win32',
      regQuery: async () => {
        regRuns++;
        return '\r\n';
      },
      shellProbe: async () => {
        probes++;
        return {
          notificationState: { hresult: 0, state: 4 },
          focusAssist: { ntstatus: 0, profile: 0 },
        };
      },
    });
    expect([regRuns, probes]).toEqual([0, 0]);
    const answers = await Promise.all(sources.map((s) => s.ask(AT_10_42)));
    expect(answers.map((a) => a.state)).toEqual(['free', 'free', 'busy', 'free']);
    expect(answers[2]).toMatchObject({ sourceId: 'presentation', kind: 'presentation' });
    expect([regRuns, probes]).toEqual([2, 2]);
  });
});
