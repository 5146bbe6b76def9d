// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartTable } from './ChartTable';

afterEach(cleanup);

describe('the numbers behind a chart', () => {
  it('are one button away, as a table with a caption, a header row and one row a day', () => {
    render(
      <ChartTable
        caption="Completed routines, last 4 weeks"
        columns={['Day', 'Completed']}
        rows={[
          ['Mon 16 Nov', '2'],
          ['Tue 17 Nov', '0'],
        ]}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Show the numbers' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide the numbers');
    const table = screen.getByRole('table', { name: 'Completed routines, last 4 weeks' });
    expect(toggle.getAttribute('aria-controls')).toBe(table.parentElement?.id);
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['DayCompleted', 'Mon 16 Nov2', 'Tue 17 Nov0']);
    expect(within(table).getByRole('rowheader', { name: 'Tue 17 Nov' })).toBeTruthy();
  });
});
