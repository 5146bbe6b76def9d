import { useEffect, useId, useRef, type KeyboardEvent, type ReactElement } from 'react';
import './confirmDialog.css';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  /** The safe choice: focused first, and what Esc does. */
  cancelLabel: string;
  confirmLabel: string;
  /** 'danger' draws the confirm button red (a reset); 'plain' keeps it quiet (stop a routine). */
  tone?: 'danger' | 'plain';
  /** When the safe choice is also the one to encourage, it is drawn as the primary button. */
  cancelIsPrimary?: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/**
 * A modal "are you sure?": focus starts on the safe choice, Tab and
 * Shift+Tab stay inside, Esc takes the safe choice, and focus goes back
 * where it was when the dialog closes. Two Enters in a row therefore never
 * confirm by accident.
 */
export function ConfirmDialog({
  title,
  body,
  cancelLabel,
  confirmLabel,
  tone = 'plain',
  cancelIsPrimary = false,
  onCancel,
  onConfirm,
}: ConfirmDialogProps): ReactElement {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialogRef.current?.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current?.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="dialog-scrim">
      <div
        ref={dialogRef}
        className="dialog card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {title}
        </h2>
        <p id={`${id}-body`} className="dialog__body">
          {body}
        </p>
        <div className="dialog__actions">
          <button
            ref={cancelRef}
            type="button"
            className={cancelIsPrimary ? 'button button--primary' : 'button'}
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
          <button
            type="button"
            className={tone === 'danger' ? 'button button--danger' : 'button'}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
        <p className="dialog__keys">
          <kbd>Esc</kbd>: {cancelLabel}
        </p>
      </div>
    </div>
  );
}
