import { useRef, useState, type ReactElement } from 'react';
import type { FileTransferResult } from '../../../../shared/ipc/settingsChannels';
import { errorText, fieldLabel, issueText } from '../../../../shared/settings/messages';
import type { Settings } from '../../../../shared/settings/schema';
import { bridge } from '../../../bridge';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What an import or export said, in a sentence. */
export function describeTransfer(action: 'import' | 'export', result: FileTransferResult): Outcome {
  switch (result.status) {
    case 'cancelled':
      return null;
    case 'done':
      return {
        kind: 'ok',
        text:
          action === 'export'
            ? `Saved to ${fileName(result.path)}.`
            : `Imported from ${fileName(result.path)}.`,
      };
    case 'invalid': {
      const reason = issueText(result.issue);
      if (result.issue.path.length === 0) {
        return { kind: 'error', text: `Nothing was changed. ${reason}` };
      }
      const path = result.issue.path.join('.');
      return {
        kind: 'error',
        text: `Nothing was changed. ${fieldLabel(result.issue.path)} (${path}): ${reason}`,
      };
    }
  }
}

export interface BackupSectionProps {
  /** Called with what main now holds after an import or a reset. */
  onReplaced(settings: Settings): void;
}

/** Export, import and reset: the moves that touch every setting at once. */
export function BackupSection({ onReplaced }: BackupSectionProps): ReactElement {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);

  const run = async (action: 'import' | 'export') => {
    setOutcome(null);
    const result =
      action === 'export' ? await bridge.exportSettings() : await bridge.importSettings();
    if (!result.ok) {
      setOutcome({ kind: 'error', text: errorText(result.error) });
      return;
    }
    setOutcome(describeTransfer(action, result.value));
    if (action === 'import' && result.value.status === 'done') {
      const now = await bridge.getSettings();
      if (now.ok) onReplaced(now.value);
    }
  };

  const reset = async () => {
    setConfirming(false);
    const result = await bridge.resetSettings();
    if (result.ok) {
      onReplaced(result.value);
      setOutcome({
        kind: 'ok',
        text: 'Every setting is back to its default. Your history is kept.',
      });
    } else {
      setOutcome({ kind: 'error', text: errorText(result.error) });
    }
  };

  return (
    <div className="stack">
      <p className="section__intro">
        Moves that touch every setting at once. Your history is never part of them.
      </p>
      <div className="setting setting--stacked">
        <div className="setting__text">
          <p className="setting__label">Export and import</p>
          <p className="setting__help">
            Save your settings as a JSON file, to keep a copy or move them to another computer. An
            import that does not fit changes nothing.
          </p>
        </div>
        <div className="setting__control setting__control--start row">
          <button type="button" className="button" onClick={() => void run('export')}>
            Export…
          </button>
          <button type="button" className="button" onClick={() => void run('import')}>
            Import…
          </button>
        </div>
      </div>

      {outcome && (
        <p
          className={outcome.kind === 'error' ? 'banner banner--error' : 'banner banner--ok'}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          data-testid="backup-outcome"
        >
          {outcome.text}
        </p>
      )}

      <div className="setting setting--danger">
        <div className="setting__text">
          <p className="setting__label">Reset to defaults</p>
          <p className="setting__help">
            Office hours, sessions, sounds and all the rest. History is not touched.
          </p>
        </div>
        <div className="setting__control">
          <button
            ref={resetButton}
            type="button"
            className="button"
            aria-haspopup="dialog"
            onClick={() => setConfirming(true)}
          >
            Reset…
          </button>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Reset every setting?"
          body="Every setting goes back to its default. This cannot be undone, but you can export first. Your history is kept."
          cancelLabel="Cancel"
          confirmLabel="Reset everything"
          tone="danger"
          onCancel={() => setConfirming(false)}
          onConfirm={() => void reset()}
        />
      )}
    </div>
  );
}
