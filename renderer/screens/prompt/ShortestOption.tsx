import type { ReactElement } from 'react';
import type { OpenPromptState, PromptAction } from '../../../shared/reminders/promptState';
import { shortestLinkLabel } from './promptText';

export interface ShortestOptionProps {
  open: OpenPromptState;
  busy: boolean;
  answer(action: PromptAction): Promise<void>;
}

/**
 * "or the 1-minute reset": the shortest routine in one click, beside the
 * prompt's answers, when main offers one (OpenPromptState.shortest).
 */
export function ShortestOption({ open, busy, answer }: ShortestOptionProps): ReactElement | null {
  if (!open.shortest) return null;
  return (
    <p className="prompt__shortest">
      <button
        type="button"
        className="prompt__link"
        disabled={busy}
        title={`${open.shortest.title} · about ${open.shortest.minutes} min`}
        onClick={() => void answer('startShortest')}
      >
        {shortestLinkLabel(open.shortest)}
      </button>
    </p>
  );
}
