import { useCallback, useEffect, useState } from 'react';
import type { HistorySummary } from '../../../shared/history/summary';
import { bridge, errorMessage } from '../../bridge';

/** The summary main computed, refreshed whenever an event is appended while the window is open. */
export function useHistorySummary(): { summary: HistorySummary | null; error: string | null } {
  const [summary, setSummary] = useState<HistorySummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    bridge.getHistorySummary().then(
      (s) => {
        setSummary(s);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  useEffect(() => {
    load();
    return bridge.on('historyChanged', load);
  }, [load]);

  return { summary, error };
}
