import { useState, type ReactElement } from 'react';
import { PAUSE_CHOICES } from '../../../../shared/reminders/pauseChoices';
import { getRoutine } from '../../../../shared/routines/catalogue';
import { errorText } from '../../../../shared/settings/messages';
import type { Settings, SettingsPatch } from '../../../../shared/settings/schema';
import { bridge } from '../../../bridge';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { useMainValue } from '../../../mainValue/useMainValue';
import { TrayHostNote } from '../TrayHostNote';
import { ShortcutSection } from './ShortcutSection';

export interface QuickActionsSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/**
 * The tray menu's actions, for a desktop without a tray (and anyone who
 * prefers a window): when the next reminder comes, start a break now,
 * pause or resume reminders; and the keyboard shortcut that starts one.
 */
export function QuickActionsSection({ settings, save }: QuickActionsSectionProps): ReactElement {
  const status = useMainValue(bridge.getPlannerStatus, 'plannerStatus');
  const [note, setNote] = useState<string | null>(null);
  const routine = getRoutine(settings.defaultRoutineId);

  const startNow = async () => {
    const result = await bridge.startRoutine({
      routineId: settings.defaultRoutineId,
      source: 'tray',
    });
    setNote(result.ok ? null : errorText(result.error));
  };
  const pause = async (choice: (typeof PAUSE_CHOICES)[number]['id']) => {
    const result = await bridge.pauseReminders({ choice });
    if (result.ok) status.accept(result.value);
    setNote(result.ok ? null : errorText(result.error));
  };
  const resume = async () => {
    const result = await bridge.resumeReminders();
    if (result.ok) status.accept(result.value);
    setNote(result.ok ? null : errorText(result.error));
  };

  const current = status.value;
  return (
    <div className="stack">
      <TrayHostNote />
      <p className="section__intro">What the tray menu does, from this window.</p>
      <fieldset className="group">
        <legend className="group__title">Now</legend>
        <div className="setting">
          <div className="setting__text">
            <p className="setting__label">Status</p>
            <p className="setting__help" role="status" aria-live="polite">
              {current?.statusLine ?? 'Reading…'}
            </p>
          </div>
          <div className="setting__control">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void startNow()}
            >
              Start {routine.title} now
            </button>
          </div>
        </div>
      </fieldset>
      <fieldset className="group">
        <legend className="group__title">Pause reminders</legend>
        <div className="setting setting--stacked">
          {current?.paused ? (
            <div className="setting__control setting__control--start">
              <button type="button" className="button" onClick={() => void resume()}>
                Resume reminders
              </button>
            </div>
          ) : (
            <div className="setting__control setting__control--start updates__actions">
              {PAUSE_CHOICES.map((choice) => (
                <button
                  key={choice.id}
                  type="button"
                  className="button"
                  onClick={() => void pause(choice.id)}
                >
                  {choice.label}
                </button>
              ))}
            </div>
          )}
          {note && (
            <p className="field-error" role="alert">
              {note}
            </p>
          )}
        </div>
      </fieldset>
      <ShortcutSection settings={settings} save={save} />
    </div>
  );
}
