import type { ReactElement } from 'react';

export interface StepIndicatorProps {
  labels: readonly string[];
  /** Index of the step shown. */
  current: number;
}

/** Where the person is in the welcome: numbered steps, the current one marked for screen readers. */
export function StepIndicator({ labels, current }: StepIndicatorProps): ReactElement {
  return (
    <nav className="welcome-steps" aria-label="Welcome steps">
      <ol>
        {labels.map((label, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li
              key={label}
              className={`welcome-steps__item welcome-steps__item--${state}`}
              aria-current={i === current ? 'step' : undefined}
            >
              <span className="welcome-steps__dot" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span className="welcome-steps__label">
                {label}
                {state === 'done' && <span className="visually-hidden"> (done)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
