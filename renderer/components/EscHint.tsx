import type { ReactElement } from 'react';

/** Says what Esc does here, next to the control it stands for ("Esc closes"). */
export function EscHint({ does, className }: { does: string; className?: string }): ReactElement {
  return (
    <span className={['esc-hint', className].filter(Boolean).join(' ')}>
      <kbd>Esc</kbd> {does}
    </span>
  );
}
