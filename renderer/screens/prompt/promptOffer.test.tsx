// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenPromptState, PromptState } from '../../../shared/reminders/promptState';
import { createBridgeMock, ok } from '../../testing/bridgeMock';
import { openPromptAt } from '../../testing/promptFixture';

const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

const NOW = new Date(2026, 10, 23, 9, 45).getTime();
const RESET = { id: 'one-minute-reset', title: 'Seated reset', minutes: 1 };
const open = (patch: Partial<OpenPromptState> = {}): PromptState => openPromptAt(NOW, patch);
const offer: PromptState = {
  status: 'offer',
  routine: RESET,
  snoozedUntil: new Date(2026, 10, 23, 9, 50).getTime(),
  closesAt: NOW + 15_000,
  sentAt: NOW,
};

async function showPrompt(state: PromptState) {
  bridgeMock.getPromptState.mockResolvedValue(ok(state));
  bridgeMock.answerPrompt.mockResolvedValue(ok({ status: 'none', sentAt: NOW + 1 }));
  const { default: PromptScreen } = await import('./PromptScreen');
  render(<PromptScreen />);
  await screen.findByRole('heading');
}

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

describe('the prompt: less than the full break', () => {
  it('after a snooze, offers the shortest routine with one button, and says the snooze stands', async () => {
    await showPrompt(offer);
    expect(screen.getByRole('heading').textContent).toBe(
      'Not now? A 1-minute seated reset instead',
    );
    expect(screen.getByText(/^Snoozed until 09:50/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start it']);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Start it' })));
    expect(bridgeMock.answerPrompt).toHaveBeenCalledWith({ action: 'startShortest' });
  });

  it('the offer never takes focus, and Enter takes it once the person is in it', async () => {
    await showPrompt(offer);
    expect(document.activeElement).toBe(document.body);
    await act(async () => void fireEvent.keyDown(window, { key: 'Enter' }));
    expect(bridgeMock.answerPrompt).toHaveBeenCalledWith({ action: 'startShortest' });
  });

  it('the open prompt has "or the 1-minute reset" when main offers a shorter routine, and not otherwise', async () => {
    await showPrompt(open({ shortest: RESET }));
    const link = screen.getByRole('button', { name: 'or the 1-minute reset' });
    await act(async () => void fireEvent.click(link));
    expect(bridgeMock.answerPrompt).toHaveBeenCalledWith({ action: 'startShortest' });
    cleanup();
    await showPrompt(open());
    expect(screen.queryByRole('button', { name: /reset$/ })).toBeNull();
  });

  it('a skipped break offered again says so in its heading', async () => {
    await showPrompt(open({ returned: true }));
    expect(screen.getByRole('heading').textContent).toBe('The break you skipped earlier');
  });
});
