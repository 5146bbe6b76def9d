import { useId, useState, type ReactElement } from 'react';

export interface ChartTableProps {
  caption: string;
  columns: readonly string[];
  /** One row per day, already in words; the first cell heads its row. */
  rows: readonly (readonly string[])[];
}

/**
 * The numbers behind a chart, as a table: the chart's per-day values
 * otherwise live only in hover tooltips, out of reach of the keyboard and of
 * screen readers. Hidden until asked for, so the window stays calm.
 */
export function ChartTable({ caption, columns, rows }: ChartTableProps): ReactElement {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="chart-table">
      <button
        type="button"
        className="button button--ghost chart-table__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the numbers' : 'Show the numbers'}
      </button>
      <div id={id} hidden={!open}>
        {open && (
          <table className="events chart-table__table">
            <caption className="chart-table__caption">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([head = '', ...cells], i) => (
                <tr key={`${head}-${i}`}>
                  <th scope="row">{head}</th>
                  {cells.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
