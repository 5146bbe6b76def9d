import type { ReactElement } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export interface StopConfirmProps {
  onKeepGoing(): void;
  onStop(): void;
}

/** "Stop this routine?" after Esc or the Stop button; keeping going is the safe, first choice. */
export function StopConfirm({ onKeepGoing, onStop }: StopConfirmProps): ReactElement {
  return (
    <ConfirmDialog
      title="Stop this routine?"
      body="It is saved as stopped. If something hurts, use “Stop, this hurts” instead."
      cancelLabel="Keep going"
      confirmLabel="Stop routine"
      cancelIsPrimary
      onCancel={onKeepGoing}
      onConfirm={onStop}
    />
  );
}
