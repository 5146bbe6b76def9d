// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getRoutine } from '../../../shared/routines/catalogue';
import type { CueEvent } from '../../../shared/routines/cueEvents';
import { expand } from '../../../shared/routines/segments';
import type { SessionClock } from '../../../shared/routines/sessionClock';
import { nextChangeInMs, usePlayerPosition } from './usePlayerPosition';
import { useTimelineCues } from './useTimelineCues';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const SEC = 1000;
const QUICK = expand(getRoutine('quick-seated-reset'));

/** The player's clock and cue hooks together, recording each cue with the time it played. */
function usePlayer(clock: SessionClock, heard: { at: number; cue: string }[]) {
  const position = usePlayerPosition(QUICK, clock);
  useTimelineCues(QUICK, clock, position, (cue: CueEvent) => {
    heard.push({
      at: Date.now() - NOW,
      cue: cue.type === 'countdown' ? String(cue.count) : cue.type,
    });
  });
  return position;
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/**
 * Lets time pass the way it does for a window in front: in small steps, so
 * React renders between the player's timers and each cue is heard on time.
 */
async function pass(ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 250) {
    await act(async () => {
      vi.advanceTimersByTime(Math.min(250, ms - done));
    });
  }
}

describe('cues at the timeline’s instants', () => {
  it('"go" when a hold starts, then 3-2-1 before it ends', async () => {
    const heard: { at: number; cue: string }[] = [];
    renderHook(() => usePlayer({ startedAt: NOW, pauses: [], jumps: [] }, heard));
    await pass(15 * SEC);
    expect(heard).toEqual([
      { at: 5 * SEC, cue: 'start' },
      { at: 12 * SEC, cue: '3' },
      { at: 13 * SEC, cue: '2' },
      { at: 14 * SEC, cue: '1' },
    ]);
  });

  it('"done" at the very end', async () => {
    const heard: { at: number; cue: string }[] = [];
    const total = QUICK.at(-1);
    const endMs = (total?.startMs ?? 0) + (total?.durationMs ?? 0);
    renderHook(() => usePlayer({ startedAt: NOW - endMs + 1500, pauses: [], jumps: [] }, heard));
    await pass(3 * SEC);
    expect(heard.map((h) => h.cue)).toEqual(['1', 'done']);
  });

  it('after a long sleep only the latest cue plays, never a burst', async () => {
    const heard: { at: number; cue: string }[] = [];
    renderHook(() => usePlayer({ startedAt: NOW, pauses: [], jumps: [] }, heard));
    await act(async () => {
      vi.advanceTimersByTime(14_600);
    });
    expect(heard.map((h) => h.cue)).toEqual(['1']);
  });

  it('a window opened mid-routine does not replay the cues it missed', async () => {
    const heard: { at: number; cue: string }[] = [];
    renderHook(() => usePlayer({ startedAt: NOW - 13_500, pauses: [], jumps: [] }, heard));
    await pass(SEC);
    expect(heard).toEqual([{ at: 500, cue: '1' }]);
  });

  it('a skip to the start of a hold plays its "go"', async () => {
    const heard: { at: number; cue: string }[] = [];
    const start: SessionClock = { startedAt: NOW, pauses: [], jumps: [] };
    const { rerender } = renderHook(
      ({ clock }: { clock: SessionClock }) => usePlayer(clock, heard),
      { initialProps: { clock: start } },
    );
    await pass(SEC);
    rerender({
      clock: { startedAt: NOW, pauses: [], jumps: [{ at: NOW + SEC, toSegmentIndex: 1 }] },
    });
    await act(async () => undefined);
    expect(heard).toEqual([{ at: SEC, cue: 'start' }]);
  });

  it('nothing plays while paused', async () => {
    const heard: { at: number; cue: string }[] = [];
    renderHook(() =>
      usePlayer(
        { startedAt: NOW - 11 * SEC, pauses: [{ at: NOW, resumedAt: null }], jumps: [] },
        heard,
      ),
    );
    await pass(30 * SEC);
    expect(heard).toEqual([]);
  });
});

describe('when the display next changes', () => {
  const at = (offsetMs: number, paused = false) => ({
    segmentIndex: QUICK.findLastIndex((s) => s.startMs <= offsetMs),
    elapsedInSegmentMs: 0,
    remainingInSegmentMs: 0,
    offsetMs,
    remainingMs: 0,
    overallProgress: 0,
    done: false,
    paused,
  });

  it('wakes on the next whole second of the countdown', () => {
    expect(nextChangeInMs(QUICK, { ...at(5_300), remainingInSegmentMs: 9_700 })).toBe(700);
    expect(nextChangeInMs(QUICK, { ...at(5_000), remainingInSegmentMs: 10_000 })).toBe(1000);
  });

  it('wakes for a rep change that comes before the next second', () => {
    const reps = QUICK.find((s) => s.kind === 'rep');
    if (!reps) throw new Error('no reps');
    const position = {
      ...at(reps.startMs + 3_950),
      elapsedInSegmentMs: 3_950,
      remainingInSegmentMs: reps.durationMs - 3_950 - 400,
    };
    expect(nextChangeInMs(QUICK, position)).toBe(50);
  });

  it('sleeps while paused or done', () => {
    expect(nextChangeInMs(QUICK, at(8_000, true))).toBeNull();
    expect(nextChangeInMs(QUICK, { ...at(8_000), done: true })).toBeNull();
  });
});
