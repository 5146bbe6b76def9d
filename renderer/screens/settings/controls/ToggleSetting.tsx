import { useId, type ReactElement } from 'react';
import type { FieldError } from '../fieldErrors';
import { useDraft } from '../useDraft';
import { FieldMessage } from './FieldMessage';

export interface ToggleSettingProps {
  label: string;
  help: string;
  checked: boolean;
  onSave(checked: boolean): Promise<FieldError | null>;
}

/** An on/off setting drawn as a switch; a native checkbox underneath, so Space toggles it. */
export function ToggleSetting({ label, help, checked, onSave }: ToggleSettingProps): ReactElement {
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
          {help}
        </p>
      </div>
      <div className="setting__control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch"
          checked={draft.value}
          aria-describedby={`${id}-help ${id}-error`}
          onChange={(e) => draft.change(e.target.checked)}
        />
      </div>
      <FieldMessage id={`${id}-error`} message={draft.error?.message ?? null} />
    </div>
  );
}
