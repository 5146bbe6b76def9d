import { useId, type ReactElement } from 'react';
import { issueText } from '../../../../shared/settings/messages';
import { localProblem, type FieldProblem } from '../../../fields/fieldProblem';
import { FieldMessage } from '../../../fields/FieldMessage';
import { useDraft } from '../../../fields/useDraft';

export interface NumberSettingProps {
  label: string;
  /** Shown under the label: what the value does, and the allowed range. */
  help: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onSave(value: number): Promise<FieldProblem | null>;
  testId?: string;
}

/** An empty or unreadable box, in the same words main would use. */
const NOT_A_NUMBER = issueText({ path: [], problem: { code: 'invalid_type', expected: 'number' } });

/** How long typing pauses before a number is saved. */
const TYPING_PAUSE_MS = 600;

/**
 * A whole-number setting. Saved when typing pauses, on Enter and on leaving
 * the field; main's refusal shows next to it and the typed text stays.
 */
export function NumberSetting(props: NumberSettingProps): ReactElement {
  const id = useId();
  const draft = useDraft(String(props.value), async (text) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) {
      return localProblem(NOT_A_NUMBER);
    }
    return props.onSave(n);
  });
  const message = draft.error?.message ?? null;
  return (
    <div className="setting setting--number" data-testid={props.testId}>
      <div className="setting__text">
        <label htmlFor={id} className="setting__label">
          {props.label}
        </label>
        <p id={`${id}-help`} className="setting__help">
          {props.help}
        </p>
      </div>
      <div className="setting__control">
        <span className="number-input">
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={props.min}
            max={props.max}
            step={props.step ?? 1}
            value={draft.value}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${id}-help ${id}-error`}
            onChange={(e) => draft.change(e.target.value, TYPING_PAUSE_MS)}
            onBlur={draft.flush}
            onKeyDown={(e) => {
              if (e.key === 'Enter') draft.flush();
            }}
          />
          <span className="number-input__unit" aria-hidden="true">
            {props.unit}
          </span>
        </span>
      </div>
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}
