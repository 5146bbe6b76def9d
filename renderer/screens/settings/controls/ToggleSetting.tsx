import { useId, type ReactElement } from 'react';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { FieldMessage } from '../../../fields/FieldMessage';
import { useDraft } from '../../../fields/useDraft';

export interface ToggleSettingProps {
  label: string;
  help: string;
  checked: boolean;
  onSave(checked: boolean): Promise<FieldProblem | null>;
  /** Why the setting cannot be used here; shown instead of the help, with the switch off and disabled. */
  unavailable?: string | null;
  /** What the setting last found, shown under the help (a busy source's last answer). */
  status?: string | null;
  statusTestId?: string;
}

/** An on/off setting drawn as a switch; a native checkbox underneath, so Space toggles it. */
export function ToggleSetting({
  label,
  help,
  checked,
  onSave,
  unavailable = null,
  status = null,
  statusTestId,
}: ToggleSettingProps): ReactElement {
  const id = useId();
  // The switch moves at once; it moves back, with the reason, only if main refuses.
  const draft = useDraft(checked, onSave);
  return (
    <div className="setting setting--toggle">
      <div className="setting__text">
        <label htmlFor={id} className="setting__label">
          {label}
        </label>
        <p id={`${id}-help`} className="setting__help">
          {unavailable ?? help}
        </p>
        {status !== null && (
          <p id={`${id}-status`} className="setting__status" data-testid={statusTestId}>
            {status}
          </p>
        )}
      </div>
      <div className="setting__control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch"
          checked={unavailable ? false : draft.value}
          disabled={unavailable !== null}
          aria-describedby={`${id}-help${status !== null ? ` ${id}-status` : ''} ${id}-error`}
          onChange={(e) => draft.change(e.target.checked)}
        />
      </div>
      <FieldMessage id={`${id}-error`} message={draft.error?.message ?? null} />
    </div>
  );
}
