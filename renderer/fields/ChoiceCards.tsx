import { useId, type ReactElement, type ReactNode } from 'react';
import { FieldMessage } from './FieldMessage';
import './fields.css';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
  /** A line under the label, read with it. */
  hint?: string;
}

export interface ChoiceCardsProps<V extends string | number> {
  legend: string;
  /** Under the legend, for the whole group. */
  hint?: ReactNode;
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
  error?: string | null;
  /**
   * 'cards': equal columns, label over hint (Settings); 'tiles': short
   * choices side by side; 'list': one choice a row.
   */
  layout?: 'cards' | 'tiles' | 'list';
  /** Classes for the fieldset and its legend, so each screen keeps its own frame around the cards. */
  className?: string;
  legendClassName?: string;
  children?: ReactNode;
}

/**
 * A radio group drawn as cards, in a fieldset: the legend names the group,
 * arrow keys move between choices (native radios), the whole card shows
 * focus, and a refused save shows under it.
 */
export function ChoiceCards<V extends string | number>({
  legend,
  hint,
  choices,
  value,
  onChange,
  error,
  layout = 'list',
  className,
  legendClassName = 'choices__legend',
  children,
}: ChoiceCardsProps<V>): ReactElement {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['choices', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className={legendClassName}>{legend}</legend>
      {hint && (
        <p id={hintId} className="choices__hint">
          {hint}
        </p>
      )}
      <div className={`choices__list choices__list--${layout}`} data-count={choices.length}>
        {choices.map((choice) => (
          <label key={String(choice.value)} className="choice">
            <input
              type="radio"
              name={id}
              value={String(choice.value)}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="choice__text">
              <span className="choice__label">{choice.label}</span>
              {choice.hint && <span className="choice__hint">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {children}
      <FieldMessage id={errorId} message={error} />
    </fieldset>
  );
}
