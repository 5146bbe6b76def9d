// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NumberSetting } from './NumberSetting';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup(onSave = vi.fn().mockResolvedValue(null)) {
  render(
    <NumberSetting
      label="Work interval"
      help="10 to 240 minutes."
      unit="min"
      value={45}
      min={10}
      max={240}
      onSave={onSave}
    />,
  );
  return { onSave, input: screen.getByLabelText<HTMLInputElement>('Work interval') };
}

describe('NumberSetting', () => {
  it('saves once typing pauses, not on every key', async () => {
    const { onSave, input } = setup();
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.change(input, { target: { value: '30' } });
    expect(onSave).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith(30);
  });

  it('saves at once on Enter and shows the refusal under the field', async () => {
    const { onSave, input } = setup(
      vi.fn().mockResolvedValue({ path: ['intervalMinutes'], message: 'Use 10 or more.' }),
    );
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(onSave).toHaveBeenCalledWith(5);
    expect(screen.getByRole('alert').textContent).toBe('Use 10 or more.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('5');
  });

  it('refuses an empty field itself, without asking main', async () => {
    const { onSave, input } = setup();
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Enter a number.');
  });
});
