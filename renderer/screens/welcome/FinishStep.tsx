import type { ReactElement } from 'react';
import type { Routine } from '../../../shared/routines/model';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';
import { firstReminderText } from './firstReminder';

export interface FinishStepProps {
  intervalMinutes: number;
  trayLocation: string | null;
  safetyAcknowledged: boolean;
  /** The routine offered to try now. */
  tryRoutine: Routine;
  tryLabel: string;
  onTry(): void;
  busy: boolean;
}

/**
 * Step 4: when the first reminder comes, from the planner's own status
 * (kept current while the step is open), and where to find things later.
 */
export function FinishStep({
  intervalMinutes,
  trayLocation,
  safetyAcknowledged,
  tryRoutine,
  tryLabel,
  onTry,
  busy,
}: FinishStepProps): ReactElement {
  const planner = useMainValue(bridge.getPlannerStatus, 'plannerStatus');
  const error = planner.state.status === 'failed' ? errorText(planner.state.error) : null;
  const text = planner.value ? firstReminderText(planner.value, intervalMinutes) : null;
  return (
    <div className="stack welcome-finish">
      <div className="welcome-next" data-testid="first-reminder" aria-live="polite">
        {text ? (
          <>
            <p className="welcome-next__headline">{text.headline}</p>
            {text.detail && <p className="welcome-next__detail">{text.detail}</p>}
            {text.session && <p className="welcome-next__session">{text.session}</p>}
          </>
        ) : (
          <p className="welcome-next__detail">{error ?? 'Checking your schedule…'}</p>
        )}
      </div>
      <section className="welcome-try" aria-labelledby="welcome-try-title">
        <div>
          <h2 id="welcome-try-title" className="welcome-try__title">
            Or take your first break now
          </h2>
          <p className="welcome-try__summary">{tryRoutine.summary}</p>
        </div>
        <button type="button" className="button button--primary" disabled={busy} onClick={onTry}>
          {tryLabel}
        </button>
      </section>
      <p className="welcome-finish__tip">
        For a break, Settings or this welcome later, click the Decompress icon in{' '}
        {trayLocation ?? 'your system tray'}.
        {!safetyAcknowledged && ' Before your first routine, it will show the safety list again.'}
      </p>
    </div>
  );
}
