import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../core/logger';
import { createManualClock } from '../../core/manualClock';
import { askLiveSources, createLiveBusySources } from './createLiveBusySources';
import { guardSource } from './guardedSource';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type BusyAnswer,
  type LiveBusySource,
} from './liveBusySource';

/** A source whose next answer the test sets; counts how often it was read. */
function scripted(kind: LiveBusySource['kind'] = 'camera', label = 'Camera') {
  let next: () => Promise<BusyAnswer> = async () => NOT_BUSY;
  let reads = 0;
  const source: LiveBusySource = {
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
    answer: (a: BusyAnswer) => (next = async () => a),
    fail: (err: Error) => (next = () => Promise.reject(err)),
    hang: () => (next = () => new Promise(() => undefined)),
  };
}

// 23 November 2026, 10:42 in Europe/Berlin (the zone the unit tests pin).
const AT_10_42 = new Date(2026, 10, 23, 10, 42).getTime();

describe('the busy-source policy', () => {
  it('shows the last answer with its time: busy, then free', async () => {
    const clock = createManualClock(AT_10_42);
    const camera = scripted();
    const guarded = guardSource(camera.source, {
      isEnabled: () => true,
      now: clock.now,
      log: memoryLogger(),
    });
    expect(guarded.status().text).toBe('Camera: not checked yet');
    camera.answer(busyBecause('in use by another app'));
    expect(await guarded.check()).toEqual({
      busy: true,
      until: null,
      because: 'in use by another app',
    });
    expect(guarded.status()).toEqual({
      kind: 'camera',
      label: 'Camera',
      state: 'busy',
      at: AT_10_42,
      detail: 'in use by another app',
      text: 'Camera: in use by another app at 10:42',
    });
    clock.advance(13 * 60_000);
    camera.answer(NOT_BUSY);
    await guarded.check();
    expect(guarded.status().text).toBe('Camera: not in use at 10:55');
  });

  it('a source turned off is not read at all and says "off"', async () => {
    let enabled = false;
    const camera = scripted();
    camera.answer(busyBecause('in use by another app'));
    const guarded = guardSource(camera.source, {
      isEnabled: () => enabled,
      now: () => AT_10_42,
      log: memoryLogger(),
    });
    expect(await guarded.check()).toEqual({ busy: false });
    expect(camera.reads()).toBe(0);
    expect(guarded.status().text).toBe('Camera: off');
    enabled = true;
    expect((await guarded.check()).busy).toBe(true);
    expect(camera.reads()).toBe(1);
  });

  it('an error counts as not busy and is logged once, again only after it worked in between', async () => {
    const log = memoryLogger();
    const camera = scripted();
    const guarded = guardSource(camera.source, { isEnabled: () => true, now: () => AT_10_42, log });
    camera.fail(new Error('EIO reading /proc'));
    expect(await guarded.check()).toEqual({ busy: false });
    expect(await guarded.check()).toEqual({ busy: false });
    expect(await guarded.check()).toEqual({ busy: false });
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
    await guarded.check();
    camera.fail(new Error('EIO again'));
    await guarded.check();
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
    const guarded = guardSource(camera.source, {
      isEnabled: () => true,
      now: () => AT_10_42,
      log,
      timeoutMs: 50,
    });
    expect(await guarded.check()).toEqual({ busy: false });
    expect(guarded.status().state).toBe('failed');
    expect(log.entries[0]?.fields).toEqual({ source: 'camera', error: 'no answer in 50 ms' });
  });

  it('a signal that cannot be seen here shows the reason as it is, logged once at info', async () => {
    const log = memoryLogger();
    const mic = scripted('microphone', 'Microphone');
    mic.fail(
      new SignalUnavailableError('on macOS, Decompress sees meetings from your calendar only'),
    );
    const guarded = guardSource(mic.source, { isEnabled: () => true, now: () => AT_10_42, log });
    await guarded.check();
    await guarded.check();
    expect(guarded.status().text).toBe(
      'Microphone: on macOS, Decompress sees meetings from your calendar only',
    );
    expect(log.entries.map((e) => e.level)).toEqual(['info']);
  });

  it('asks every source and names the first that is busy', async () => {
    const camera = scripted('camera', 'Camera');
    const mic = scripted('microphone', 'Microphone');
    mic.answer(busyBecause('in use by another app'));
    const options = { isEnabled: () => true, now: () => AT_10_42, log: memoryLogger() };
    const sources = [guardSource(camera.source, options), guardSource(mic.source, options)];
    expect(await askLiveSources(sources)).toEqual({
      busy: true,
      until: null,
      because: 'Microphone: in use by another app',
      kind: 'microphone',
    });
    mic.answer(NOT_BUSY);
    expect(await askLiveSources(sources)).toEqual({ busy: false });
  });
});

describe('the live sources for each OS', () => {
  const base = { isEnabled: () => true, now: () => AT_10_42, log: memoryLogger() };

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
    expect(await camera.check()).toEqual({ busy: false });
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
    expect(await askLiveSources(sources)).toMatchObject({
      busy: true,
      because: 'Fullscreen or presentation: presentation mode is on',
    });
    expect([regRuns, probes]).toEqual([2, 2]);
  });
});
