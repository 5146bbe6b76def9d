import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { ShortcutStatusView } from '../../../../shared/ipc/desktopChannels';
import { acceleratorProblemOn, checkGlobalShortcut } from '../../../../shared/settings/accelerator';
import type { Settings, SettingsPatch } from '../../../../shared/settings/schema';
import { bridge } from '../../../bridge';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { useMainValue } from '../../../mainValue/useMainValue';
import { shortcutFromKey } from './shortcutFromKey';
import './updatesSection.css';

export interface ShortcutSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/** What the OS made of the saved shortcut, in a sentence; null when there is nothing to add. */
function statusText(status: ShortcutStatusView | null): { text: string; problem: boolean } | null {
  if (!status) return null;
  switch (status.state) {
    case 'off':
      return null;
    case 'active':
      return {
        text: status.note ?? `${status.accelerator} starts a break from any app.`,
        problem: false,
      };
    case 'taken':
    case 'refused':
      return { text: status.message, problem: true };
  }
}

/**
 * A key recorder for the one global shortcut (start the default break):
 * press "Record", then the combination. What the schema or this OS refuses
 * is said before saving; what the OS refuses on registering (another app
 * holds it) is said after, from main.
 */
export function ShortcutSection({ settings, save }: ShortcutSectionProps): ReactElement {
  const platform = useMainValue(bridge.getAppInfo, null).value?.platform ?? 'linux';
  const mac = platform === 'darwin';
  const [recording, setRecording] = useState(false);
  const [held, setHeld] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [osStatus, setOsStatus] = useState<ShortcutStatusView | null>(null);
  const recorder = useRef<HTMLButtonElement>(null);
  const saved = settings.startBreakShortcut;

  const refreshStatus = async () => {
    const result = await bridge.getShortcutStatus();
    if (result.ok) setOsStatus(result.value);
  };
  useEffect(() => {
    void refreshStatus();
  }, [saved]);

  const store = async (accelerator: string | null) => {
    const refused = await save({ startBreakShortcut: accelerator });
    setProblem(refused ? refused.message : null);
    await refreshStatus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    // Tab still leaves the recorder: a keyboard user must never be trapped here.
    if (event.code === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      setRecording(false);
      return;
    }
    event.preventDefault();
    const plainEscape =
      event.code === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (plainEscape) {
      // Escape alone cancels recording (and must not close the window).
      event.stopPropagation();
      setRecording(false);
      setHeld('');
      return;
    }
    const pressed = shortcutFromKey(event, mac);
    if (!pressed.complete) {
      setHeld(pressed.held);
      return;
    }
    setRecording(false);
    setHeld('');
    const check = checkGlobalShortcut(pressed.accelerator);
    if (!check.ok) {
      setProblem(`${pressed.accelerator} ${check.message}.`);
      return;
    }
    const elsewhere = acceleratorProblemOn(check.accelerator, platform);
    if (elsewhere) {
      setProblem(`${pressed.accelerator}: ${elsewhere}.`);
      return;
    }
    void store(pressed.accelerator);
  };

  const shown = recording ? held || 'Press the keys…' : (saved ?? 'None');
  const os = statusText(osStatus);
  return (
    <div className="stack">
      <p className="section__intro">
        One keyboard shortcut, working in every app, that starts your default break routine now. It
        is off until you choose one.
      </p>
      <fieldset className="group">
        <legend className="group__title">Start a break now</legend>
        <div className="setting setting--stacked">
          <div className="setting__text">
            <p className="setting__label" id="shortcut-label">
              Shortcut
            </p>
            <p className="setting__help" id="shortcut-help">
              Use Ctrl, Alt or {mac ? 'Command' : 'Super'} with a key (or one of F13 to F24), so it
              never takes over ordinary typing. Escape stops recording.
            </p>
          </div>
          <div className="setting__control setting__control--start updates__actions">
            <button
              ref={recorder}
              type="button"
              className={`shortcut__keys${recording ? ' shortcut__keys--recording' : ''}`}
              aria-labelledby="shortcut-label shortcut-keys"
              aria-describedby="shortcut-help"
              aria-pressed={recording}
              onClick={() => {
                setProblem(null);
                setRecording(true);
              }}
              onBlur={() => setRecording(false)}
              onKeyDown={onKeyDown}
            >
              <span id="shortcut-keys">{shown}</span>
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setProblem(null);
                setRecording(true);
                recorder.current?.focus();
              }}
            >
              {saved ? 'Record another' : 'Record a shortcut'}
            </button>
            <button
              type="button"
              className="button"
              disabled={saved === null}
              onClick={() => void store(null)}
            >
              Clear
            </button>
          </div>
          <div role="status" aria-live="polite" className="setting__note-area">
            {problem && <p className="shortcut__problem">{problem}</p>}
            {!problem && os && (
              <p className={os.problem ? 'shortcut__problem' : 'setting__help'}>{os.text}</p>
            )}
          </div>
        </div>
      </fieldset>
    </div>
  );
}
