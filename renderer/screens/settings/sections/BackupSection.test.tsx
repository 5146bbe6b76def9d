// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../shared/settings/defaults';
import { createBridgeMock, ok } from '../../../testing/bridgeMock';

const bridgeMock = createBridgeMock();
vi.mock('../../../bridge', () => ({ bridge: bridgeMock }));

async function showBackup() {
  const { BackupSection } = await import('./BackupSection');
  const onReplaced = vi.fn();
  render(<BackupSection onReplaced={onReplaced} />);
  return onReplaced;
}

const resetButton = () => screen.getByRole('button', { name: 'Reset…' });
const dialog = () => screen.queryByRole('alertdialog', { name: 'Reset every setting?' });

beforeEach(() => {
  vi.clearAllMocks();
  bridgeMock.resetSettings.mockResolvedValue(ok(defaultSettings()));
});
afterEach(cleanup);

describe('the reset confirmation', () => {
  it('opens on Cancel, so Enter twice never resets by accident', async () => {
    await showBackup();
    resetButton().focus();
    fireEvent.click(resetButton());
    expect(dialog()).not.toBeNull();
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    // The second Enter lands on Cancel.
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(dialog()).toBeNull();
    expect(bridgeMock.resetSettings).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(resetButton());
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    await showBackup();
    fireEvent.click(resetButton());
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const confirm = screen.getByRole('button', { name: 'Reset everything' });
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
  });

  it('closes on Esc, back on the Reset button, with nothing reset', async () => {
    await showBackup();
    resetButton().focus();
    fireEvent.click(resetButton());
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(resetButton());
    expect(bridgeMock.resetSettings).not.toHaveBeenCalled();
  });

  it('says what Esc does inside the dialog, and resets only on "Reset everything"', async () => {
    const onReplaced = await showBackup();
    fireEvent.click(resetButton());
    expect(document.querySelector('.dialog__keys')?.textContent).toBe('Esc: Cancel');
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: 'Reset everything' })),
    );
    expect(bridgeMock.resetSettings).toHaveBeenCalledTimes(1);
    expect(onReplaced).toHaveBeenCalledWith(defaultSettings());
    expect(screen.getByTestId('backup-outcome').textContent).toContain('back to its default');
  });
});
