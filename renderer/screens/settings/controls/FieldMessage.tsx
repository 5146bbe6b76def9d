import type { ReactElement } from 'react';

/** The reason a value was refused, right under its control; announced when it appears. */
export function FieldMessage({
  id,
  message,
}: {
  id: string;
  message: string | null;
}): ReactElement {
  return (
    <p id={id} className="field-error" role={message ? 'alert' : undefined} hidden={!message}>
      {message}
    </p>
  );
}
