// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CueState, OpenCueState } from '../../../shared/posture/cueState';
import type { CueSynth } from '../../audio/cueSynth';
import { createBridgeMock, ok } from '../../testing/bridgeMock';
import { cueBarStep } from './cueText';
import { useCueSound } from './useCueSound';

const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

const NOW = 1_800_000_000_000;
const openCue = (patch: Partial<OpenCueState & { sentAt: number }> = {}): CueState => ({
  status: 'open',
  kind: 'posture',
  cueId: 'sit-tall',
  title: 'Sit tall',
  body: 'Feet flat, shoulders down and back, chin level.',
  poseId: 'seated-pelvic-tilt',
  shownAt: NOW,
  closesAt: NOW + 20_000,
  sound: false,
  sentAt: NOW,
  ...patch,
});

async function showCue(state: CueState) {
  bridgeMock.getCueState.mockResolvedValue(ok(state));
  bridgeMock.answerCue.mockResolvedValue(ok({ status: 'none', sentAt: NOW + 1 }));
  const { default: CueScreen } = await import('./CueScreen');
  render(<CueScreen />);
  await screen.findByRole('heading');
}

beforeEach(() => {
  vi.clearAllMocks();
});
afterEach(cleanup);

describe('the cue window', () => {
  it('shows the title, the text, the drawing, Done and Dismiss, and the not-medical-advice line', async () => {
    await showCue(openCue());
    expect(screen.getByRole('heading').textContent).toBe('Sit tall');
    expect(screen.getByText('Feet flat, shoulders down and back, chin level.')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('data-pose')).toBe('seated-pelvic-tilt');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Done', 'Dismiss']);
    expect(screen.getByText('General information, not medical advice.')).toBeTruthy();
  });

  it('has no drawing when the cue names no pose (stand up, sit down)', async () => {
    await showCue(openCue({ kind: 'stand', title: 'Time to stand up', poseId: null }));
    expect(screen.getByRole('heading').textContent).toBe('Time to stand up');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('never takes focus on its own', async () => {
    await showCue(openCue());
    expect(document.activeElement).toBe(document.body);
  });

  it('Esc dismisses and Enter is Done; a focused Dismiss keeps its own Enter', async () => {
    await showCue(openCue());
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(bridgeMock.answerCue).toHaveBeenLastCalledWith({ action: 'dismiss' });
    await act(async () => void fireEvent.keyDown(window, { key: 'Enter' }));
    expect(bridgeMock.answerCue).toHaveBeenLastCalledWith({ action: 'done' });
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    await act(async () => void fireEvent.keyDown(dismiss, { key: 'Enter' }));
    expect(bridgeMock.answerCue).toHaveBeenCalledTimes(2);
  });

  it('says a refusal from main in words, next to the buttons', async () => {
    await showCue(openCue());
    bridgeMock.answerCue.mockResolvedValue({
      ok: false,
      error: { code: 'refused', message: 'No cue is open' },
    });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Done' })));
    expect(screen.getByRole('alert').textContent).toBe('No cue is open');
  });
});

describe('the bar that shows the cue closes by itself', () => {
  const cue = { shownAt: NOW, closesAt: NOW + 20_000 };

  it('is full when the cue opens and steps down every second of a 20-second cue', () => {
    expect(cueBarStep(cue, NOW)).toEqual({ share: 1, nextInMs: 1000 });
    expect(cueBarStep(cue, NOW + 1)).toEqual({ share: 1, nextInMs: 999 });
    expect(cueBarStep(cue, NOW + 5_000)).toEqual({ share: 0.75, nextInMs: 1000 });
    expect(cueBarStep(cue, NOW + 19_500)).toEqual({ share: 0.05, nextInMs: 500 });
  });

  it('is empty, with nothing left to wait for, at and after closesAt', () => {
    expect(cueBarStep(cue, NOW + 20_000)).toEqual({ share: 0, nextInMs: null });
    expect(cueBarStep(cue, NOW + 60_000)).toEqual({ share: 0, nextInMs: null });
  });
});

describe('the cue sound', () => {
  const synth = () => {
    const played: string[] = [];
    const fake: CueSynth = { play: (sound) => void played.push(sound), close: () => undefined };
    return { played, make: () => fake };
  };

  it('is silent unless the person asked for sound', () => {
    const { played, make } = synth();
    renderHook(() => useCueSound(openCue({ sound: false }), make));
    expect(played).toEqual([]);
  });

  it('plays once per cue when asked, not again for the same cue pushed twice', () => {
    const { played, make } = synth();
    const { rerender } = renderHook(({ cue }) => useCueSound(cue, make), {
      initialProps: { cue: openCue({ sound: true }) },
    });
    rerender({ cue: openCue({ sound: true, sentAt: NOW + 3_000 }) });
    expect(played).toEqual(['nudge']);
    rerender({ cue: openCue({ sound: true, shownAt: NOW + 60_000, sentAt: NOW + 60_000 }) });
    expect(played).toEqual(['nudge', 'nudge']);
  });

  it('stays silent for a cue heard of late (a reload)', () => {
    const { played, make } = synth();
    renderHook(() => useCueSound(openCue({ sound: true, sentAt: NOW + 15_000 }), make));
    expect(played).toEqual([]);
  });
});
