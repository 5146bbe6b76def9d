// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrayHostView } from '../../../shared/ipc/desktopChannels';
import type { PromptState } from '../../../shared/reminders/promptState';
import { createBridgeMock, ok } from '../../testing/bridgeMock';
import { openPromptAt } from '../../testing/promptFixture';

const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

const NOW = 1_800_000_000_000;
const PROMPT: PromptState = openPromptAt(NOW);
const ABSENT: TrayHostView = {
  status: 'absent',
  advice: { title: 'There is no tray for Decompress’s icon on this desktop', steps: ['Add one.'] },
};
const LINE =
  'Decompress lives in your app menu on this desktop: open it there for Settings and pauses.';

async function showPrompt(tray: TrayHostView, claimed: boolean) {
  bridgeMock.getPromptState.mockResolvedValue(ok(PROMPT));
  bridgeMock.getTrayHost.mockResolvedValue(ok(tray));
  bridgeMock.claimNoTrayLine.mockResolvedValue(ok(claimed));
  const { default: PromptScreen } = await import('./PromptScreen');
  render(<PromptScreen />);
  await screen.findByRole('heading', { name: 'Time for a break' });
}

beforeEach(() => {
  vi.clearAllMocks();
});
afterEach(cleanup);

describe('the prompt on a desktop without a tray', () => {
  it('the first prompt of the run says where Decompress lives, asking main by when it opened', async () => {
    await showPrompt(ABSENT, true);
    expect(await screen.findByText(LINE)).toBeTruthy();
    expect(bridgeMock.claimNoTrayLine).toHaveBeenCalledWith({ promptOpenedAt: NOW });
    // The answers come first: the line is a footnote after the buttons.
    const start = screen.getByRole('button', { name: 'Start' });
    const line = screen.getByTestId('where-decompress-lives');
    expect(start.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a later prompt of the run (main says the line was given) does not repeat it', async () => {
    await showPrompt(ABSENT, false);
    await vi.waitFor(() => expect(bridgeMock.claimNoTrayLine).toHaveBeenCalled());
    await act(async () => undefined);
    expect(screen.queryByTestId('where-decompress-lives')).toBeNull();
  });

  it('the line leaves when a tray appears while the prompt is open', async () => {
    await showPrompt(ABSENT, true);
    await screen.findByText(LINE);
    act(() => bridgeMock.emit('trayHostChanged', { status: 'present', advice: null }));
    expect(screen.queryByTestId('where-decompress-lives')).toBeNull();
  });
});
