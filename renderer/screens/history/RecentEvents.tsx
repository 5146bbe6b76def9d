import { useState, type ReactElement } from 'react';
import type { HistoryEvent } from '../../../shared/history/events';
import { describeEvent, formatWhen } from './historyText';

const FIRST_ROWS = 12;

/** The latest events, newest first: a dozen at first, the rest on request. */
export function RecentEvents({
  events,
  now,
}: {
  events: readonly HistoryEvent[];
  now: number;
}): ReactElement {
  const [all, setAll] = useState(false);
  const shown = all ? events : events.slice(0, FIRST_ROWS);
  return (
    <>
      <table className="events" data-testid="recent-events">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Routine</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((event, i) => {
            const row = describeEvent(event);
            return (
              <tr key={`${event.at}-${i}`}>
                <td className="events__when">{formatWhen(event.at, now)}</td>
                <td>
                  <span className={`events__what events__what--${row.tone}`}>{row.what}</span>
                </td>
                <td>{row.routine ?? <span className="muted">–</span>}</td>
                <td className="events__detail">{row.detail}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {events.length > FIRST_ROWS && (
        <button
          type="button"
          className="button button--ghost history__more"
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer' : `Show all ${events.length}`}
        </button>
      )}
    </>
  );
}
