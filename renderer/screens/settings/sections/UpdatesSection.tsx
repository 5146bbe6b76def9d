import { useState, type ReactElement } from 'react';
import type { IpcResult } from '../../../../shared/ipc/result';
import type { UpdateStatus } from '../../../../shared/ipc/updatesChannels';
import { errorText } from '../../../../shared/settings/messages';
import type { Settings, SettingsPatch, UpdateMode } from '../../../../shared/settings/schema';
import { bridge } from '../../../bridge';
import { ChoiceCards } from '../../../fields/ChoiceCards';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { useDraft } from '../../../fields/useDraft';
import { useMainValue } from '../../../mainValue/useMainValue';
import './updatesSection.css';

const MODES: { value: UpdateMode; label: string; hint: string }[] = [
  { value: 'automatic', label: 'Automatic', hint: 'Downloads it, installs on quit' },
  { value: 'notify', label: 'Tell me', hint: 'You choose when' },
  { value: 'never', label: 'Never', hint: 'Only when you check' },
];

export interface UpdatesSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/** How Decompress updates, the version in use, and a check on demand with its answer in words. */
export function UpdatesSection({ settings, save }: UpdatesSectionProps): ReactElement {
  const mode = useDraft(settings.updateMode, (value) => save({ updateMode: value }));
  const status = useMainValue(bridge.getUpdateStatus, 'updateChanged');
  const [callError, setCallError] = useState<string | null>(null);

  const answer = async (call: Promise<IpcResult<UpdateStatus>>) => {
    const result = await call;
    if (result.ok) {
      setCallError(null);
      status.accept(result.value);
    } else {
      setCallError(errorText(result.error));
    }
  };

  const current = status.value;
  return (
    <div className="stack">
      <p className="section__intro">
        Decompress looks for a new version a few minutes after it starts and then once a day, never
        during a routine or a meeting.
      </p>
      <ChoiceCards
        legend="When a new version is out"
        className="group"
        legendClassName="group__title"
        layout="cards"
        choices={MODES}
        value={mode.value}
        onChange={(value) => mode.change(value)}
        error={mode.error?.message}
      />

      <fieldset className="group">
        <legend className="group__title">This copy</legend>
        <div className="setting setting--stacked">
          <div className="setting__text">
            <p className="setting__label">
              {current ? `Decompress ${current.currentVersion}` : 'Decompress'}
            </p>
            {/* Polite: the check's progress and its answer are read out as they come. */}
            <p className="setting__help updates__status" role="status" aria-live="polite">
              {status.state.status === 'failed'
                ? errorText(status.state.error)
                : (current?.statusLine ?? 'Reading the update status…')}
            </p>
            {current?.percent != null && (
              <progress
                className="updates__progress"
                max={100}
                value={current.percent}
                aria-label="Download progress"
              />
            )}
            {callError && (
              <p className="field-error" role="alert">
                {callError}
              </p>
            )}
          </div>
          <div className="setting__control setting__control--start updates__actions">
            {current?.canCheck && (
              <button
                type="button"
                className="button"
                disabled={current.working}
                aria-disabled={current.working}
                onClick={() => void answer(bridge.checkForUpdates())}
              >
                Check now
              </button>
            )}
            {current?.next && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  const action = current.next?.action;
                  if (action) void answer(bridge.runUpdateStep({ action }));
                }}
              >
                {current.next.label}
              </button>
            )}
          </div>
        </div>
      </fieldset>
    </div>
  );
}
