import type { ReactElement } from 'react';

/** "Stop, this hurts": always in view, one click, no confirmation. */
export function HurtsButton({
  disabled,
  onClick,
}: {
  disabled?: boolean;
  onClick(): void;
}): ReactElement {
  return (
    <button
      type="button"
      className="button button--danger rt-hurts"
      disabled={disabled}
      onClick={onClick}
    >
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <rect x="3" y="3" width="14" height="14" rx="3" fill="currentColor" />
      </svg>
      Stop, this hurts
    </button>
  );
}
