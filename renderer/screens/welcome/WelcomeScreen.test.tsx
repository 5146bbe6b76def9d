// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import { defaultSettings } from '../../../shared/settings/defaults';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import { createBridgeMock, ok, refused } from '../../testing/bridgeMock';

// vitest pins TZ to Europe/Berlin.
const NOW = new Date('2026-11-23T09:30:00').getTime();

let saved: Settings = defaultSettings();
const calls: string[] = [];
const bridgeMock = createBridgeMock();
vi.mock('../../bridge', () => ({ bridge: bridgeMock }));

const planner: PlannerStatus = {
  phase: 'counting',
  statusLine: 'Next reminder in 45 min (at 10:15)',
  paused: false,
  pauseChoice: null,
  pausedUntil: null,
  breakDue: false,
  dueSessionName: null,
  nextReminderAt: NOW + 45 * 60_000,
  snoozedUntil: null,
  officeEndsAt: null,
  nextOfficeStart: null,
  nextSession: null,
  sentAt: NOW,
};

/** Main as the welcome meets it: settings saved as sent, the planner counting, a macOS tray. */
function answerLikeMain(): void {
  bridgeMock.getSettings.mockImplementation(async () => ok(saved));
  bridgeMock.updateSettings.mockImplementation(async (patch: SettingsPatch) => {
    calls.push(`updateSettings ${JSON.stringify(patch)}`);
    saved = { ...saved, ...patch };
    return ok(saved);
  });
  bridgeMock.getAppInfo.mockResolvedValue(
    ok({
      name: 'Decompress',
      version: '1.0.0',
      platform: 'darwin',
      trayLocation: 'the menu bar at the top right of your screen',
    }),
  );
  bridgeMock.acknowledgeSafety.mockImplementation(async () => {
    calls.push('acknowledgeSafety');
    saved = { ...saved, safetyAcknowledgedAt: new Date(NOW).toISOString() };
    return ok({ started: false, pending: null });
  });
  bridgeMock.getPlannerStatus.mockResolvedValue(ok(planner));
  bridgeMock.startRoutine.mockImplementation(async (arg) => {
    calls.push(`startRoutine ${arg.routineId} ${arg.source}`);
    return ok({ status: 'started' as const });
  });
  bridgeMock.closeWindow.mockImplementation(async () => {
    calls.push('closeWindow');
    return ok(undefined);
  });
}

async function showWelcome() {
  const { default: WelcomeScreen } = await import('./WelcomeScreen');
  render(<WelcomeScreen />);
  await screen.findByRole('heading', { level: 1, name: 'Welcome to Decompress' });
}

const click = (name: string | RegExp) =>
  act(async () => void fireEvent.click(screen.getByRole('button', { name })));

beforeEach(() => {
  vi.clearAllMocks();
  saved = defaultSettings();
  calls.length = 0;
  answerLikeMain();
});
afterEach(cleanup);

describe('the welcome window', () => {
  it('starts with what Decompress does and where its icon lives on this OS', async () => {
    await showWelcome();
    expect(
      await screen.findByText(/Decompress lives in the menu bar at the top right/),
    ).toBeTruthy();
    expect(screen.getByText(/after 45 minutes at your desk/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /desk chair/ })).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toContain('Welcome');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('moves focus to each step’s heading, forwards and back', async () => {
    await showWelcome();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    await click('Next');
    const safety = screen.getByRole('heading', { level: 1, name: 'Before your first routine' });
    expect(document.activeElement).toBe(safety);
    await click('Skip for now');
    expect(document.activeElement?.textContent).toBe('Set up your day');
    await click('Back');
    expect(document.activeElement?.textContent).toBe('Before your first routine');
  });

  it('stores the safety acknowledgement through the safety channel and goes on', async () => {
    await showWelcome();
    await click('Next');
    const understand = screen.getByRole('button', { name: 'I understand, continue' });
    expect((understand as HTMLButtonElement).disabled).toBe(true);
    await act(async () => void fireEvent.click(screen.getByRole('checkbox')));
    await click('I understand, continue');
    expect(bridgeMock.acknowledgeSafety).toHaveBeenCalledWith({ scope: 'general' });
    await screen.findByRole('heading', { level: 1, name: 'Set up your day' });
  });

  it('saves each quick-setup choice at once through updateSettings', async () => {
    await showWelcome();
    await click('Next');
    await click('Skip for now');
    await act(async () => void fireEvent.click(screen.getByRole('radio', { name: '30 min' })));
    expect(bridgeMock.updateSettings).toHaveBeenLastCalledWith({ intervalMinutes: 30 });
    await act(async () => void fireEvent.click(screen.getByRole('radio', { name: /^Gentle/ })));
    expect(bridgeMock.updateSettings).toHaveBeenLastCalledWith({ nagLevel: 'gentle' });
    expect((await screen.findByRole('status')).textContent).toBe('Nag level: Gentle.');
  });

  it('asks "Standing desk?": No at first; Yes turns the sit-stand rhythm on with its minutes as set', async () => {
    await showWelcome();
    await click('Next');
    await click('Skip for now');
    const group = screen.getByRole('group', { name: 'Standing desk?' });
    const no = screen.getByRole('radio', { name: /^No/ });
    expect((no as HTMLInputElement).checked).toBe(true);
    expect(group.textContent).toContain('remind you to stand up and sit down');
    // Advice given here, so it says what it is.
    expect(group.textContent).toContain(
      'Alternate rather than stand all day. General information, not medical advice.',
    );
    await act(
      async () => void fireEvent.click(screen.getByRole('radio', { name: /^Yes, alternate/ })),
    );
    expect(bridgeMock.updateSettings).toHaveBeenLastCalledWith({
      standingDesk: { enabled: true, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
    });
    expect((await screen.findByRole('status')).textContent).toBe(
      'Standing desk on: sit 20 min, stand 8 min, then a 2-minute break.',
    );
  });

  it('two quick session changes both land (the second builds on the first)', async () => {
    await showWelcome();
    await click('Next');
    await click('Skip for now');
    const morning = screen.getByRole('checkbox', { name: /Morning session/ });
    const evening = screen.getByRole('checkbox', { name: /Evening session/ });
    await act(async () => {
      fireEvent.click(morning);
      fireEvent.click(evening);
    });
    await waitFor(() => expect(bridgeMock.updateSettings).toHaveBeenCalledTimes(2));
    expect(saved.sessions.map((s) => [s.id, s.enabled])).toEqual([
      ['morning', true],
      ['evening', true],
    ]);
  });

  it('shows a refused value next to its field and puts the saved value back', async () => {
    bridgeMock.updateSettings.mockResolvedValueOnce(
      refused({ path: ['launchAtLogin'], problem: { code: 'invalid_type', expected: 'boolean' } }),
    );
    await showWelcome();
    await click('Next');
    await click('Skip for now');
    const login = screen.getByRole('checkbox', { name: /Start Decompress when I log in/ });
    await act(async () => void fireEvent.click(login));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Must be on or off.');
    expect(login.getAttribute('aria-describedby')).toBe(alert.id);
    expect((login as HTMLInputElement).checked).toBe(false);
  });

  it('says when the next reminder comes, and Finish marks the welcome done before closing', async () => {
    await showWelcome();
    await click('Next');
    await click('Skip for now');
    await click('Next');
    expect((await screen.findByTestId('first-reminder')).textContent).toContain(
      'Next reminder at 10:15',
    );
    await click('Finish');
    expect(calls).toEqual(['updateSettings {"welcomeCompleted":true}', 'closeWindow']);
  });

  it('"Try" starts the quick seated reset from the welcome, then closes', async () => {
    await showWelcome();
    await click('Next');
    await click('Skip for now');
    await click('Next');
    await click('Try the 2-minute quick seated reset now');
    expect(calls).toEqual([
      'updateSettings {"welcomeCompleted":true}',
      'startRoutine quick-seated-reset welcome',
      'closeWindow',
    ]);
  });

  it('Esc closes from any step, keeping what is saved', async () => {
    await showWelcome();
    await click('Next');
    await act(async () => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(calls).toEqual(['updateSettings {"welcomeCompleted":true}', 'closeWindow']);
  });
});
