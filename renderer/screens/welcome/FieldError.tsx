import type { ReactElement } from 'react';

/** A refused value, next to its field; announced when it appears. */
export function FieldError({
  id,
  message,
}: {
  id: string | undefined;
  message: string | undefined;
}): ReactElement | null {
  if (!message) return null;
  return (
    <p id={id} className="welcome-field__error" role="alert">
      {message}
    </p>
  );
}
