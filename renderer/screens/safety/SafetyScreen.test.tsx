// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingRoutine } from '../../../shared/ipc/routineChannels';
import { defaultSettings } from '../../../shared/settings/defaults';
import { createBridgeMock, ok } from '../../testing/bridgeMock';

const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

const pending = (patch: Partial<PendingRoutine> = {}): PendingRoutine => ({
  routineId: 'quick-seated-reset',
  title: 'Quick seated reset',
  source: 'tray',
  scope: 'general',
  ...patch,
});

async function flush(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
  });
}

async function show(waiting: PendingRoutine | null, acknowledgedAt: string | null = null) {
  bridgeMock.getPendingRoutine.mockResolvedValue(ok(waiting));
  bridgeMock.getSettings.mockResolvedValue(
    ok({ ...defaultSettings(), safetyAcknowledgedAt: acknowledgedAt }),
  );
  bridgeMock.cancelPendingRoutine.mockResolvedValue(ok(undefined));
  bridgeMock.closeWindow.mockResolvedValue(ok(undefined));
  const { default: SafetyScreen } = await import('./SafetyScreen');
  render(<SafetyScreen />);
  await flush();
  await flush();
}

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

describe('the safety screen', () => {
  it('lists who should not do these routines and waits for an active acknowledgement', async () => {
    await show(pending());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Before you start');
    expect(
      screen.getByText('Quick seated reset starts as soon as you have read this.'),
    ).toBeTruthy();
    expect(screen.getByText('Pregnancy')).toBeTruthy();
    expect(screen.getByText('It is intense at night')).toBeTruthy();
    expect(screen.getByText('General information, not medical advice.')).toBeTruthy();
    const ack = screen.getByRole('button', { name: 'I understand' });
    expect((ack as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(ack);
    expect(bridgeMock.acknowledgeSafety).not.toHaveBeenCalled();

    bridgeMock.acknowledgeSafety.mockResolvedValue(ok({ started: true, pending: null }));
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(ack);
    await flush();
    expect(bridgeMock.acknowledgeSafety).toHaveBeenCalledWith({ scope: 'general' });
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
  });

  it('partner traction: the general list, then every partner check', async () => {
    await show(pending({ routineId: 'partner-traction', title: 'Partner traction' }));
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    bridgeMock.acknowledgeSafety.mockResolvedValueOnce(
      ok({
        started: false,
        pending: pending({
          routineId: 'partner-traction',
          title: 'Partner traction',
          scope: 'partner',
        }),
      }),
    );
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'I understand, next' }));
    await flush();

    expect(screen.getByText('Step 2 of 2')).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect(screen.getByText(/stop word or hand signal/)).toBeTruthy();
    expect(screen.getByText(/0-10 pain scale/)).toBeTruthy();
    const ready = screen.getByRole<HTMLButtonElement>('button', { name: 'We are ready' });
    boxes.slice(0, 3).forEach((box) => fireEvent.click(box));
    expect(ready.disabled).toBe(true);
    fireEvent.click(boxes[3] as HTMLElement);
    expect(ready.disabled).toBe(false);
    bridgeMock.acknowledgeSafety.mockResolvedValueOnce(ok({ started: true, pending: null }));
    fireEvent.click(ready);
    await flush();
    expect(bridgeMock.acknowledgeSafety).toHaveBeenLastCalledWith({ scope: 'partner' });
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
  });

  it('"Not for me" forgets the routine and closes', async () => {
    await show(pending());
    fireEvent.click(screen.getByRole('button', { name: 'Not for me' }));
    await flush();
    expect(bridgeMock.cancelPendingRoutine).toHaveBeenCalled();
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
    expect(bridgeMock.acknowledgeSafety).not.toHaveBeenCalled();
  });

  it('opened on its own after acknowledging, it is there to read again', async () => {
    await show(null, '2026-11-01T08:00:00.000Z');
    expect(screen.getByText(/You read and acknowledged this on/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(bridgeMock.closeWindow).toHaveBeenCalled();
  });
});
