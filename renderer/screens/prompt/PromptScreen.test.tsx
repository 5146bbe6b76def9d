// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenPromptState, PromptState } from '../../../shared/reminders/promptState';
import type { CueSynth } from '../../audio/cueSynth';
import { createBridgeMock, failed, ok } from '../../testing/bridgeMock';
import { openPromptAt } from '../../testing/promptFixture';
import { useNagChime } from './useNagChime';

const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

const NOW = 1_800_000_000_000;
// Sound on: the nag chime is part of what these tests watch.
const open = (patch: Partial<OpenPromptState & { sentAt: number }> = {}): PromptState =>
  openPromptAt(NOW, { sound: { enabled: true, volume: 0.6 }, ...patch });

async function showPrompt(state: PromptState) {
  bridgeMock.getPromptState.mockResolvedValue(ok(state));
  bridgeMock.answerPrompt.mockResolvedValue(ok({ status: 'none', sentAt: NOW }));
  bridgeMock.closeWindow.mockResolvedValue(ok(undefined));
  const { default: PromptScreen } = await import('./PromptScreen');
  render(<PromptScreen />);
  await screen.findByRole('heading');
}

beforeEach(() => {
  vi.clearAllMocks();
});
afterEach(cleanup);

describe('the prompt window', () => {
  it('after a meeting, the heading is the catch-up: how long the meeting was and how short the reset', async () => {
    await showPrompt(open({ catchUp: { kind: 'meeting', busyMs: 80 * 60_000 } }));
    expect(screen.getByRole('heading').textContent).toBe(
      'You were in a meeting for 1\u00a0h\u00a020\u00a0min. A 2-minute reset?',
    );
  });

  it('a session offered after a call keeps its name and says why it is late', async () => {
    await showPrompt(
      open({
        reason: 'session',
        session: { id: 'evening', name: 'Evening' },
        catchUp: { kind: 'camera', busyMs: 25 * 60_000 },
      }),
    );
    expect(screen.getByRole('heading').textContent).toBe('Evening session');
    expect(screen.getByTestId('catch-up').textContent).toBe(
      'You were on a call for 25\u00a0min. A 2-minute reset?',
    );
  });

  it('shows the break, the routine, the time since the last break, and all three answers', async () => {
    await showPrompt(open());
    expect(screen.getByRole('heading').textContent).toBe('Time for a break');
    expect(screen.getByText('Last break: 47 min ago')).toBeTruthy();
    expect(screen.getByText('Quick seated reset · about 2 min')).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Start',
      'Snooze (3 left)',
      'Skip',
    ]);
  });

  it('never takes focus on its own', async () => {
    await showPrompt(open());
    expect(document.activeElement).toBe(document.body);
  });

  it('Enter starts and Esc snoozes; a focused button keeps its own Enter', async () => {
    await showPrompt(open());
    await act(async () => void fireEvent.keyDown(window, { key: 'Enter' }));
    expect(bridgeMock.answerPrompt).toHaveBeenLastCalledWith({ action: 'start' });
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(bridgeMock.answerPrompt).toHaveBeenLastCalledWith({ action: 'snooze' });
    const skip = screen.getByRole('button', { name: 'Skip' });
    await act(async () => void fireEvent.keyDown(skip, { key: 'Enter' }));
    expect(bridgeMock.answerPrompt).toHaveBeenCalledTimes(2);
  });

  it('strict: no Skip; with no snoozes left, Snooze is disabled and Esc does nothing', async () => {
    await showPrompt(
      open({ canSkip: false, snoozesAllowed: 1, snoozesUsed: 1, nagLevel: 'strict' }),
    );
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
    expect(screen.getByRole('button', { name: 'No snoozes left' }).hasAttribute('disabled')).toBe(
      true,
    );
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(bridgeMock.answerPrompt).not.toHaveBeenCalled();
  });

  it('with snoozing off there is no Snooze button at all', async () => {
    await showPrompt(open({ snoozesAllowed: 0 }));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Skip']);
  });

  it('follows main: an escalation pushed later shows the insistent look', async () => {
    await showPrompt(open());
    await act(async () =>
      bridgeMock.emit(
        'promptState',
        open({ escalation: 2, nagCount: 2, lastNagAt: NOW, sentAt: NOW + 1 }),
      ),
    );
    expect(screen.getByRole('heading').textContent).toBe('Your back is still waiting');
    expect(screen.getByText('Reminder 3: stop for 2 minutes now.')).toBeTruthy();
    expect(document.querySelector('[data-escalation="2"]')).not.toBeNull();
  });

  it('a refused answer is shown, not swallowed', async () => {
    await showPrompt(open());
    bridgeMock.answerPrompt.mockResolvedValueOnce(
      failed({ code: 'failed', message: 'No snoozes left for this reminder' }),
    );
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: 'Snooze (3 left)' })),
    );
    expect(screen.getByRole('alert').textContent).toBe('No snoozes left for this reminder');
  });

  it('with nothing due it says so and offers Close', async () => {
    await showPrompt({ status: 'none', sentAt: NOW });
    expect(screen.getByRole('heading').textContent).toBe('No break is due right now');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
  });
});

describe('the nag chime', () => {
  function fakeSynth() {
    const played: [string, number][] = [];
    const synth: CueSynth = {
      play: (sound, volume) => void played.push([sound, volume]),
      close: () => undefined,
    };
    return { played, make: () => synth };
  }

  it('chimes once per nag at the volume from settings', () => {
    const { played, make } = fakeSynth();
    const { rerender } = renderHook(({ s }) => useNagChime(s, make), {
      initialProps: { s: open() },
    });
    expect(played).toEqual([]);
    rerender({ s: open({ escalation: 1, nagCount: 1, lastNagAt: NOW }) });
    rerender({ s: open({ escalation: 1, nagCount: 1, lastNagAt: NOW, sentAt: NOW + 5 }) });
    rerender({
      s: open({ escalation: 2, nagCount: 2, lastNagAt: NOW + 120_000, sentAt: NOW + 120_000 }),
    });
    expect(played).toEqual([
      ['start', 0.6],
      ['start', 0.6],
    ]);
  });

  it('stays silent with sound off, and for a nag long past (a reloaded window)', () => {
    const { played, make } = fakeSynth();
    renderHook(() =>
      useNagChime(
        open({ escalation: 1, lastNagAt: NOW, sound: { enabled: false, volume: 1 } }),
        make,
      ),
    );
    renderHook(() => useNagChime(open({ escalation: 1, lastNagAt: NOW - 60_000 }), make));
    expect(played).toEqual([]);
  });
});
