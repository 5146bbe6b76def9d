import { useId, type ReactElement, type ReactNode } from 'react';
import { FieldError } from './FieldError';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
  /** A line under the label, read with it. */
  hint?: string;
}

export interface ChoiceGroupProps<V extends string | number> {
  legend: string;
  /** Under the legend, for the whole group. */
  hint?: ReactNode;
  name: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
  error?: string | undefined;
  /** 'tiles' lays short choices side by side; 'list' stacks choices with hints. */
  layout?: 'tiles' | 'list';
  children?: ReactNode;
}

/**
 * A radio group in a fieldset: arrow keys move between choices (native
 * radios), the legend names the group, and a refused save shows under it.
 */
export function ChoiceGroup<V extends string | number>({
  legend,
  hint,
  name,
  choices,
  value,
  onChange,
  error,
  layout = 'list',
  children,
}: ChoiceGroupProps<V>): ReactElement {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="welcome-field" aria-describedby={describedBy}>
      <legend className="welcome-field__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="welcome-field__hint">
          {hint}
        </p>
      )}
      <div className={`welcome-choices welcome-choices--${layout}`}>
        {choices.map((choice) => (
          <label key={String(choice.value)} className="welcome-choice">
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="welcome-choice__text">
              <span className="welcome-choice__label">{choice.label}</span>
              {choice.hint && <span className="welcome-choice__hint">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
