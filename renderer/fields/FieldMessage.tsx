import type { ReactElement } from 'react';
import './fields.css';

/**
 * The reason a value was refused, right under its control; announced when
 * it appears. Always rendered (hidden when empty) so a control's
 * aria-describedby never points at nothing.
 */
export function FieldMessage({
  id,
  message,
}: {
  id: string;
  message: string | null | undefined;
}): ReactElement {
  return (
    <p id={id} className="field-error" role={message ? 'alert' : undefined} hidden={!message}>
      {message}
    </p>
  );
}
