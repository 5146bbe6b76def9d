// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistorySummary } from '../../../shared/history/summary';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { getRoutine } from '../../../shared/routines/catalogue';
import { expand } from '../../../shared/routines/segments';
import type { SessionClock } from '../../../shared/routines/sessionClock';
import { defaultSettings } from '../../../shared/settings/defaults';
import { createBridgeMock, failed, ok } from '../../testing/bridgeMock';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const SEC = 1000;

const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

/** What the routine window reads besides the session, answered the same way in every test. */
function answerReads(): void {
  bridgeMock.getSettings.mockResolvedValue(ok(defaultSettings()));
  bridgeMock.getHistorySummary.mockResolvedValue(
    ok({ streak: { current: 4, best: 6, includesToday: true } } as HistorySummary),
  );
  bridgeMock.closeWindow.mockResolvedValue(ok(undefined));
  bridgeMock.controlRoutine.mockResolvedValue(ok(null));
}

let revision = 0;
function view(patch: Partial<RoutineSessionView> = {}): RoutineSessionView {
  return {
    revision: ++revision,
    routineId: 'quick-seated-reset',
    title: 'Quick seated reset',
    source: 'tray',
    phase: 'running',
    clock: { startedAt: NOW, pauses: [], jumps: [] },
    painBefore: null,
    painAfter: null,
    skippedStepIds: [],
    outcome: null,
    endedAt: null,
    playedMs: 0,
    recorded: false,
    interruptedAt: null,
    resumesTo: null,
    ...patch,
  };
}

/** A clock started `ms` ago, so the player opens that far into the routine. */
const startedAgo = (ms: number, patch: Partial<SessionClock> = {}): SessionClock => ({
  startedAt: NOW - ms,
  pauses: [],
  jumps: [],
  ...patch,
});

async function flush(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
  });
}

async function show(session: RoutineSessionView | null): Promise<void> {
  bridgeMock.getRoutineSession.mockResolvedValue(ok(session));
  const { default: RoutineScreen } = await import('./RoutineScreen');
  render(<RoutineScreen />);
  await flush();
  await flush();
}

async function pass(ms: number): Promise<void> {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

async function push(session: RoutineSessionView | null): Promise<void> {
  await act(async () => bridgeMock.emit('routineSession', session));
}

const countdown = () => screen.getByTestId('countdown').textContent;
const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const live = () => screen.getByRole('status').textContent;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  vi.clearAllMocks();
  answerReads();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the player', () => {
  it('opens on the get-ready of the first step, with what comes next', async () => {
    await show(view());
    expect(title()).toBe('Armrest lift');
    expect(screen.getByText('Get ready', { exact: true })).toBeTruthy();
    expect(countdown()).toBe('5');
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(screen.getByText('Next: Seated pelvic tilts')).toBeTruthy();
    expect(screen.getByText('1:57 left')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Grip the armrests, feet flat on the floor.',
      'Press down until your seat feels light.',
      'Let your lower back hang long. Breathe.',
    ]);
    expect(screen.getByRole('progressbar', { name: 'Routine progress' })).toBeTruthy();
  });

  it('counts down from main’s start time as time passes, with no push from main', async () => {
    await show(view());
    await pass(2 * SEC);
    expect(countdown()).toBe('3');
    await pass(4 * SEC);
    expect(screen.getByText('Hold', { exact: true })).toBeTruthy();
    expect(screen.getByText('Set 1 of 3')).toBeTruthy();
    expect(countdown()).toBe('9');
  });

  it('a window opened mid-routine shows where main is, to the second', async () => {
    await show(view({ clock: startedAgo(23 * SEC + 400) }));
    expect(screen.getByText('Set 2 of 3')).toBeTruthy();
    expect(countdown()).toBe('7');
  });

  it('counts reps in a reps step', async () => {
    await show(view({ clock: startedAgo(50 * SEC + 9 * SEC) }));
    expect(title()).toBe('Seated pelvic tilts');
    expect(screen.getByTestId('rep-counter').textContent).toBe('Rep 3 of 8');
    await pass(4 * SEC);
    expect(screen.getByTestId('rep-counter').textContent).toBe('Rep 4 of 8');
  });

  it('shows the right side with the figure mirrored', async () => {
    const right = expand(getRoutine('seated-decompression')).find(
      (s) => s.side === 'right' && s.kind === 'hold',
    );
    await show(
      view({
        routineId: 'seated-decompression',
        title: 'Seated decompression',
        clock: startedAgo((right?.startMs ?? 0) + 2 * SEC),
      }),
    );
    expect(title()).toBe('Figure-4 hip stretch');
    expect(screen.getByText('Right side', { exact: true })).toBeTruthy();
    expect(document.querySelector('.pose-figure g[transform]')).not.toBeNull();
  });

  it('paused: the countdown holds and Resume replaces Pause', async () => {
    const clock = startedAgo(8 * SEC, { pauses: [{ at: NOW, resumedAt: null }] });
    await show(view({ clock }));
    expect(countdown()).toBe('7');
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(live()).toBe('Paused.');
    await pass(60 * SEC);
    expect(countdown()).toBe('7');
    bridgeMock.controlRoutine.mockResolvedValue(ok(view({ clock })));
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(bridgeMock.controlRoutine).toHaveBeenCalledWith({ action: 'resume' });
  });

  it('Space, Left, Right and Esc control the player', async () => {
    await show(view());
    bridgeMock.controlRoutine.mockResolvedValue(ok(view()));
    await act(async () => void fireEvent.keyDown(document.body, { key: ' ' }));
    await act(async () => void fireEvent.keyDown(document.body, { key: 'ArrowRight' }));
    await act(async () => void fireEvent.keyDown(document.body, { key: 'ArrowLeft' }));
    expect(bridgeMock.controlRoutine.mock.calls.map((c) => c[0].action)).toEqual([
      'pause',
      'next',
      'back',
    ]);

    await act(async () => void fireEvent.keyDown(document.body, { key: 'Escape' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Stop this routine?' });
    expect(document.activeElement?.textContent).toBe('Keep going');
    await act(async () => void fireEvent.keyDown(dialog, { key: 'Escape' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridgeMock.controlRoutine).toHaveBeenCalledTimes(3);

    await act(async () => void fireEvent.keyDown(document.body, { key: 'Escape' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop routine' }));
    expect(bridgeMock.controlRoutine).toHaveBeenLastCalledWith({ action: 'stop' });
  });

  it('Space on a focused button is that button’s, not a second toggle', async () => {
    await show(view());
    const skip = screen.getByRole('button', { name: 'Skip' });
    skip.focus();
    await act(async () => void fireEvent.keyDown(skip, { key: ' ' }));
    expect(bridgeMock.controlRoutine).not.toHaveBeenCalled();
  });

  it('announces each step change once, not every second', async () => {
    await show(view());
    expect(live()).toBe('Step 1 of 3: Armrest lift. Get ready, 5 seconds.');
    await pass(3 * SEC);
    expect(live()).toBe('Step 1 of 3: Armrest lift. Get ready, 5 seconds.');
    await pass(2 * SEC);
    expect(live()).toBe('Step 1 of 3: Armrest lift. Hold for 10 seconds.');
  });

  it('"Stop, this hurts" is one click, with no confirmation', async () => {
    await show(view());
    bridgeMock.controlRoutine.mockResolvedValue(
      ok(view({ phase: 'ended', outcome: 'hurts', recorded: true, endedAt: NOW })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop, this hurts' }));
    await flush();
    expect(bridgeMock.controlRoutine).toHaveBeenCalledWith({ action: 'hurts' });
    expect(screen.getByRole('heading', { name: 'Stop here' })).toBeTruthy();
    expect(screen.getByText('General information, not medical advice.')).toBeTruthy();
    expect(screen.getByText('It is intense at night')).toBeTruthy();
  });

  it('follows main’s pushes and ignores one that arrives late', async () => {
    await show(view());
    const skipped = view({ clock: startedAgo(0, { jumps: [{ at: NOW, toSegmentIndex: 1 }] }) });
    const stale = { ...view(), revision: skipped.revision - 1 };
    await push(skipped);
    expect(countdown()).toBe('10');
    await push(stale);
    expect(countdown()).toBe('10');
  });
});

describe('check-ins and the end', () => {
  it('the check-in starts the routine with the rating, or without one', async () => {
    await show(view({ phase: 'checkIn', clock: null }));
    expect(title()).toBe('Quick seated reset');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    bridgeMock.recordPain.mockResolvedValue(ok(view()));
    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start routine' }));
    expect(bridgeMock.recordPain).toHaveBeenCalledWith({ when: 'before', score: 6 });
    await flush();
    expect(title()).toBe('Armrest lift');
  });

  it('skipping the rating starts with none', async () => {
    await show(view({ phase: 'checkIn', clock: null }));
    bridgeMock.recordPain.mockResolvedValue(ok(view()));
    fireEvent.click(screen.getByRole('button', { name: 'Start routine' }));
    expect(bridgeMock.recordPain).toHaveBeenCalledWith({ when: 'before', score: null });
  });

  it('after the routine it asks again, then shows what was done and the streak', async () => {
    const ended = view({
      phase: 'ended',
      outcome: 'completed',
      clock: startedAgo(117 * SEC),
      endedAt: NOW,
      playedMs: 117 * SEC,
      painBefore: 5,
    });
    await show(ended);
    expect(title()).toBe('Nicely done');
    bridgeMock.recordPain.mockResolvedValue(
      ok({ ...ended, revision: ++revision, painAfter: 2, recorded: true }),
    );
    fireEvent.click(screen.getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(bridgeMock.recordPain).toHaveBeenCalledWith({ when: 'after', score: 2 });
    await flush();
    await flush();
    expect(title()).toBe('Well done');
    const summary = document.querySelector('.rt-summary')?.textContent;
    expect(summary).toContain('Time1:57');
    expect(summary).toContain('Steps3 of 3');
    expect(summary).toContain('5 → 23 lower');
    // A screen reader hears "5 to 2", not an arrow.
    expect(screen.getByRole('img', { name: 'to' }).textContent).toBe('→');
    expect(summary).toContain(
      'Streak4 office days in a rowDays without office hours do not break it.',
    );
  });

  it('the finish screen closes itself unless the pointer is over it', async () => {
    await show(
      view({
        phase: 'ended',
        outcome: 'stopped',
        clock: startedAgo(30 * SEC),
        endedAt: NOW,
        recorded: true,
        skippedStepIds: ['armrest-lift'],
      }),
    );
    expect(title()).toBe('Routine stopped');
    expect(screen.getByText('Skipped: Armrest lift')).toBeTruthy();
    const panel = document.querySelector('.rt-finish');
    if (!panel) throw new Error('no finish panel');
    fireEvent.mouseEnter(panel);
    await pass(60 * SEC);
    expect(bridgeMock.closeWindow).not.toHaveBeenCalled();
    fireEvent.mouseLeave(panel);
    await pass(20 * SEC);
    await flush();
    expect(bridgeMock.controlRoutine).toHaveBeenCalledWith({ action: 'finish' });
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
  });

  const finished = () =>
    view({
      phase: 'ended',
      outcome: 'completed',
      clock: startedAgo(117 * SEC),
      endedAt: NOW,
      recorded: true,
    });

  it('the finish screen says first that it closes itself, and "Keep open" keeps it (2.2.1)', async () => {
    await show(finished());
    const heading = screen.getByRole('heading', { level: 1, name: 'Well done' });
    expect(document.activeElement).toBe(heading);
    const notice = document.getElementById(heading.getAttribute('aria-describedby') ?? '');
    expect(notice?.textContent).toContain('This screen closes by itself in 20 seconds.');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Keep open' })));
    expect(notice?.textContent).toContain('This screen stays open until you close it.');
    expect(screen.getByRole('button', { name: 'Keep open' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await pass(5 * 60 * SEC);
    expect(bridgeMock.closeWindow).not.toHaveBeenCalled();
  });

  it('the finish screen stays once focus moves on from its heading', async () => {
    await show(finished());
    await act(async () => screen.getByRole('button', { name: 'Close' }).focus());
    await pass(60 * SEC);
    expect(bridgeMock.closeWindow).not.toHaveBeenCalled();
  });

  it('Esc leaves the window outside the player, as its own button would', async () => {
    await show(finished());
    expect(screen.getByText('closes', { selector: '.esc-hint' })).toBeTruthy();
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(bridgeMock.controlRoutine).toHaveBeenCalledWith({ action: 'finish' });
    await flush();
    expect(bridgeMock.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('Esc on the check-in before the routine is "Not now"', async () => {
    await show(view({ phase: 'checkIn', clock: null }));
    expect(document.querySelector('.esc-hint')?.textContent).toBe('Esc not now');
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(bridgeMock.controlRoutine).toHaveBeenCalledWith({ action: 'stop' });
    await flush();
    expect(bridgeMock.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('Esc closes the window when no routine is playing', async () => {
    await show(null);
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(bridgeMock.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('says so when no routine is playing', async () => {
    await show(null);
    expect(title()).toBe('No routine is playing');
  });

  it('shows main’s refusal in words', async () => {
    await show(view());
    bridgeMock.controlRoutine.mockResolvedValue(
      failed({ code: 'failed', message: 'No routine is running' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toBe('No routine is running');
  });
});

describe('after a crash of main: the resume question', () => {
  /** Cut off 23 s in (the second armrest hold, 7 s left), a minute ago. */
  const interrupted = () =>
    view({
      phase: 'interrupted',
      resumesTo: 'running',
      interruptedAt: NOW - 60 * SEC,
      clock: startedAgo(83 * SEC, { pauses: [{ at: NOW - 60 * SEC, resumedAt: null }] }),
    });

  it('asks, says where the routine stopped, and does not count down while asking', async () => {
    await show(interrupted());
    expect(title()).toBe('Resume where you left off?');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByTestId('resume-point').textContent).toContain('Step 1 of 3: Armrest lift');
    expect(screen.getByText('0:07 left')).toBeTruthy();
    await pass(30 * SEC);
    expect(screen.getByText('0:07 left')).toBeTruthy();
    expect(screen.queryByTestId('countdown')).toBeNull();
  });

  it('Resume and Start over ask main; Not now lets the routine go and closes the window', async () => {
    await show(interrupted());
    bridgeMock.controlRoutine.mockResolvedValue(ok(interrupted()));
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    expect(bridgeMock.controlRoutine).toHaveBeenLastCalledWith({ action: 'resume' });
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    await flush();
    expect(bridgeMock.controlRoutine).toHaveBeenLastCalledWith({ action: 'restart' });
    expect(bridgeMock.closeWindow).not.toHaveBeenCalled();
    bridgeMock.controlRoutine.mockResolvedValue(ok(null));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await flush();
    await flush();
    expect(bridgeMock.controlRoutine).toHaveBeenLastCalledWith({ action: 'dismiss' });
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
  });
});
