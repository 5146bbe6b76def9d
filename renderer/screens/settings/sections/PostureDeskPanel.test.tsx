// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../shared/settings/defaults';
import { issueText } from '../../../../shared/settings/messages';
import type { Settings } from '../../../../shared/settings/schema';
import type { FieldProblem } from '../../../fields/fieldProblem';
import type { PatchSource } from '../../../fields/useSettings';
import { PostureDeskPanel } from './PostureDeskPanel';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the panel and records each change as the settings it would make. */
function showPanel(settings: Settings, answer: FieldProblem | null = null) {
  const saved: Settings[] = [];
  const save = async (patch: PatchSource) => {
    const change = typeof patch === 'function' ? patch(settings) : patch;
    saved.push({ ...settings, ...change });
    return answer;
  };
  render(<PostureDeskPanel settings={settings} save={save} />);
  return saved;
}

const withDesk = (): Settings => ({
  ...defaultSettings(),
  standingDesk: { ...defaultSettings().standingDesk, enabled: true },
});

describe('posture cues and the standing desk in Settings', () => {
  it('shows posture cues on, every 20 min, silent, not in the tray, with the range from the schema', () => {
    showPanel(defaultSettings());
    expect(screen.getByRole('switch', { name: 'Posture cues' })).toHaveProperty('checked', true);
    expect(screen.getByRole('spinbutton', { name: 'Every' })).toHaveProperty('value', '20');
    expect(screen.getByText('Active time between cues. 10 to 60 minutes.')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Sound' })).toHaveProperty('checked', false);
    expect(screen.getByRole('switch', { name: 'Show the next cue in the tray' })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('turning sound on saves only that, keeping the other posture settings', async () => {
    const saved = showPanel(defaultSettings());
    await act(async () => void fireEvent.click(screen.getByRole('switch', { name: 'Sound' })));
    expect(saved.at(-1)?.posture).toEqual({
      cues: true,
      everyMinutes: 20,
      sound: true,
      showNextInTray: false,
    });
  });

  it('the standing desk is off at first and shows no minutes; on, it shows sit, stand and move and what the break follows', () => {
    showPanel(defaultSettings());
    expect(screen.getByRole('switch', { name: 'Standing desk' })).toHaveProperty('checked', false);
    expect(screen.queryByRole('spinbutton', { name: 'Sit for' })).toBeNull();
    cleanup();
    showPanel(withDesk());
    expect(screen.getByRole('spinbutton', { name: 'Sit for' })).toHaveProperty('value', '20');
    expect(screen.getByRole('spinbutton', { name: 'Stand for' })).toHaveProperty('value', '8');
    expect(screen.getByRole('spinbutton', { name: 'Move for' })).toHaveProperty('value', '2');
    expect(screen.getByText('Sitting, before “Time to stand up”. 5 to 120 minutes.')).toBeTruthy();
    expect(screen.getByTestId('desk-cycle-note').textContent).toBe(
      'Your break comes after 28 minutes (sit 20 + stand 8); the work interval above is not used.',
    );
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
  });

  it("a value main refuses shows main's words next to its field", async () => {
    vi.useFakeTimers();
    const refusal = {
      path: ['standingDesk', 'sitMinutes'],
      message: issueText({
        path: ['standingDesk', 'sitMinutes'],
        problem: { code: 'too_small', origin: 'number', minimum: 5, inclusive: true },
      }),
    };
    const saved = showPanel(withDesk(), refusal);
    const sit = screen.getByRole('spinbutton', { name: 'Sit for' });
    fireEvent.change(sit, { target: { value: '3' } });
    await act(async () => void fireEvent.blur(sit));
    expect(saved.at(-1)?.standingDesk.sitMinutes).toBe(3);
    expect(screen.getByText('Use 5 or more.')).toBeTruthy();
  });

  it('offers a skipped break again by default, and says what a pause keeps', async () => {
    const saved = showPanel(defaultSettings());
    const again = screen.getByRole('switch', { name: 'Offer a skipped break again' });
    expect(again).toHaveProperty('checked', true);
    expect(screen.getByTestId('pause-note').textContent).toContain(
      'reminders pause; your break count keeps going',
    );
    await act(async () => void fireEvent.click(again));
    expect(saved.at(-1)?.skippedBreakReturns).toBe(false);
  });
});
