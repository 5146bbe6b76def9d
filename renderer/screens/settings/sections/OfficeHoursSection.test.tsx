// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../../shared/settings/defaults';
import type { OfficeHours } from '../../../../shared/settings/schema';
import { copyToWeekdays, nextRange, OfficeHoursSection } from './OfficeHoursSection';

afterEach(cleanup);

describe('office hours helpers', () => {
  it('offers the next range half an hour after the last one, and none when the day is full', () => {
    expect(nextRange([])).toEqual({ start: '09:00', end: '17:30' });
    expect(nextRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:30', end: '14:30' });
    expect(nextRange([{ start: '20:00', end: '22:30' }])).toEqual({ start: '23:00', end: '23:59' });
    expect(nextRange([{ start: '20:00', end: '23:40' }])).toBeNull();
  });

  it('copies one day to Monday to Friday and leaves the weekend alone', () => {
    const hours: OfficeHours = {
      ...DEFAULT_OFFICE_HOURS,
      wed: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '16:00' },
      ],
      sat: [{ start: '10:00', end: '12:00' }],
    };
    const copied = copyToWeekdays(hours, 'wed');
    expect(copied.mon).toEqual(hours.wed);
    expect(copied.fri).toEqual(hours.wed);
    expect(copied.sat).toEqual([{ start: '10:00', end: '12:00' }]);
    expect(copied.sun).toEqual([]);
  });
});

describe('OfficeHoursSection', () => {
  it("saves an edit, and shows main's refusal next to the day while keeping the edit", async () => {
    const save = vi.fn().mockResolvedValueOnce({
      path: ['officeHours', 'tue', 0, 'end'],
      message: 'The end time must be later than the start time.',
    });
    render(<OfficeHoursSection officeHours={DEFAULT_OFFICE_HOURS} save={save} />);

    fireEvent.change(screen.getByLabelText('Tuesday range 1 ends'), { target: { value: '08:00' } });

    expect(save).toHaveBeenCalledWith({
      ...DEFAULT_OFFICE_HOURS,
      tue: [{ start: '09:00', end: '08:00' }],
    });
    const tuesday = screen.getByTestId('office-hours-tue');
    await waitFor(() =>
      expect(tuesday.querySelector('[role="alert"]')?.textContent).toBe(
        'The end time must be later than the start time.',
      ),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Tuesday range 1 ends').value).toBe('08:00');
    expect(screen.getByTestId('office-hours-mon').querySelector('[role="alert"]')).toBeNull();
  });

  it('adds a range after the last one, and hours to a day off', () => {
    const save = vi.fn().mockResolvedValue(null);
    render(<OfficeHoursSection officeHours={DEFAULT_OFFICE_HOURS} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a range on Monday' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({
        mon: [
          { start: '09:00', end: '17:30' },
          { start: '18:00', end: '20:00' },
        ],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ sat: [{ start: '09:00', end: '17:30' }] }),
    );
  });

  it('copies the chosen day to every weekday', () => {
    const save = vi.fn().mockResolvedValue(null);
    const hours = { ...DEFAULT_OFFICE_HOURS, thu: [{ start: '07:00', end: '15:00' }] };
    render(<OfficeHoursSection officeHours={hours} save={save} />);
    fireEvent.change(screen.getByLabelText(/copy it to Monday to Friday/), {
      target: { value: 'thu' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy to all weekdays from Thursday' }));
    expect(save).toHaveBeenCalledWith(copyToWeekdays(hours, 'thu'));
  });
});
