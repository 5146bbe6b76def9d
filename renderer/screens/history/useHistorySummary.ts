import type { HistorySummary } from '../../../shared/history/summary';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';

/** The summary main computed, read again whenever an event is appended while the window is open. */
export function useHistorySummary(): { summary: HistorySummary | null; error: string | null } {
  const main = useMainValue(bridge.getHistorySummary, { refetchOn: 'historyChanged' });
  return {
    summary: main.value ?? null,
    error: main.state.status === 'failed' ? errorText(main.state.error) : null,
  };
}
