import { useId, useState, type ReactElement } from 'react';
import type { Settings, SettingsPatch, Theme } from '../../../../shared/settings/schema';
import { FieldMessage } from '../controls/FieldMessage';
import { ToggleSetting } from '../controls/ToggleSetting';
import type { FieldError } from '../fieldErrors';
import { useDraft } from '../useDraft';

const THEMES: { value: Theme; title: string; text: string }[] = [
  { value: 'system', title: 'System', text: 'Follows your computer' },
  { value: 'light', title: 'Light', text: 'Always light' },
  { value: 'dark', title: 'Dark', text: 'Always dark' },
];

export interface GeneralSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldError | null>;
}

/** Appearance, starting with the computer, and the safety screen. */
export function GeneralSection({ settings, save }: GeneralSectionProps): ReactElement {
  const themeId = useId();
  const theme = useDraft(settings.theme, (value) => save({ theme: value }));
  const [safetyNote, setSafetyNote] = useState<string | null>(null);
  const acknowledged =
    settings.safetyAcknowledgedAt !== null || settings.partnerSafetyAcknowledgedAt !== null;

  const showSafetyAgain = async () => {
    const problem = await save({ safetyAcknowledgedAt: null, partnerSafetyAcknowledgedAt: null });
    setSafetyNote(
      problem ? problem.message : 'Done. The safety screen comes before your next routine.',
    );
  };

  return (
    <div className="stack">
      <p className="section__intro">How Decompress looks, when it starts, and its safety screen.</p>
      <fieldset className="group" aria-describedby={`${themeId}-error`}>
        <legend className="group__title">Theme</legend>
        <div className="choice-cards">
          {THEMES.map((choice) => (
            <label key={choice.value} className="choice-card">
              <input
                type="radio"
                name={themeId}
                value={choice.value}
                checked={theme.value === choice.value}
                onChange={() => theme.change(choice.value)}
              />
              <span className="choice-card__title">{choice.title}</span>
              <span className="choice-card__text">{choice.text}</span>
            </label>
          ))}
        </div>
        <FieldMessage id={`${themeId}-error`} message={theme.error?.message ?? null} />
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">Startup</legend>
        <ToggleSetting
          label="Launch at login"
          help="Start Decompress when you sign in, so reminders begin with your day."
          checked={settings.launchAtLogin}
          onSave={(launchAtLogin) => save({ launchAtLogin })}
        />
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">Safety</legend>
        <div className="setting">
          <div className="setting__text">
            <p className="setting__label">Safety screen</p>
            <p className="setting__help">
              {acknowledged
                ? 'You have read it. Show it again before the next routine, for instance after a change in your health.'
                : 'It will show before your next routine.'}
            </p>
          </div>
          <div className="setting__control">
            <button
              type="button"
              className="button"
              disabled={!acknowledged}
              onClick={() => void showSafetyAgain()}
            >
              Show it again
            </button>
          </div>
          {safetyNote && (
            <p className="setting__note" role="status">
              {safetyNote}
            </p>
          )}
        </div>
      </fieldset>
    </div>
  );
}
