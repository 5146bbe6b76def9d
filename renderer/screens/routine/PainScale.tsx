import { useId, type ReactElement } from 'react';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface PainScaleProps {
  legend: string;
  value: number | null;
  onChange(score: number): void;
  /** Says the rating may be left blank. */
  optionalNote: string;
}

/**
 * A 0-10 pain rating as a row of native radio buttons: arrow keys move along
 * the scale, and the ends say what they mean.
 */
export function PainScale({ legend, value, onChange, optionalNote }: PainScaleProps): ReactElement {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="rt-scale" aria-describedby={hintId}>
      <legend className="rt-scale__legend">
        {legend} <span className="rt-scale__optional">{optionalNote}</span>
      </legend>
      <div className="rt-scale__options">
        {SCORES.map((score) => (
          <label key={score} className="rt-scale__option">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span>{score}</span>
          </label>
        ))}
      </div>
      <p id={hintId} className="rt-scale__ends">
        <span>0 · no pain</span>
        <span>10 · worst imaginable</span>
      </p>
    </fieldset>
  );
}
