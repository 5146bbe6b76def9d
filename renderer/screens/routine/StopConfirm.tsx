import { useEffect, useRef, type KeyboardEvent, type ReactElement } from 'react';

export interface StopConfirmProps {
  onKeepGoing(): void;
  onStop(): void;
}

/**
 * "Stop this routine?" after Esc or the Stop button. Focus starts on the
 * safe choice and stays inside until one is made; Esc keeps going.
 */
export function StopConfirm({ onKeepGoing, onStop }: StopConfirmProps): ReactElement {
  const keepRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    keepRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onKeepGoing();
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab simply swap between them.
      event.preventDefault();
      (document.activeElement === keepRef.current ? stopRef : keepRef).current?.focus();
    }
  }

  return (
    <div className="rt-scrim">
      <div
        className="rt-dialog card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="rt-stop-title"
        aria-describedby="rt-stop-body"
        onKeyDown={onKeyDown}
      >
        <h2 id="rt-stop-title">Stop this routine?</h2>
        <p id="rt-stop-body" className="muted">
          It is saved as stopped. If something hurts, use “Stop, this hurts” instead.
        </p>
        <div className="rt-dialog__actions">
          <button
            ref={keepRef}
            type="button"
            className="button button--primary"
            onClick={onKeepGoing}
          >
            Keep going
          </button>
          <button ref={stopRef} type="button" className="button" onClick={onStop}>
            Stop routine
          </button>
        </div>
      </div>
    </div>
  );
}
