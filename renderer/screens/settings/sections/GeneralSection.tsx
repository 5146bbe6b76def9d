import { useState, type ReactElement } from 'react';
import type { Settings, SettingsPatch, Theme } from '../../../../shared/settings/schema';
import { ChoiceCards } from '../../../fields/ChoiceCards';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { useDraft } from '../../../fields/useDraft';
import { ToggleSetting } from '../controls/ToggleSetting';

const THEMES: { value: Theme; label: string; hint: string }[] = [
  { value: 'system', label: 'System', hint: 'Follows your computer' },
  { value: 'light', label: 'Light', hint: 'Always light' },
  { value: 'dark', label: 'Dark', hint: 'Always dark' },
];

export interface GeneralSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/** Appearance, starting with the computer, and the safety screen. */
export function GeneralSection({ settings, save }: GeneralSectionProps): ReactElement {
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
      <ChoiceCards
        legend="Theme"
        className="group"
        legendClassName="group__title"
        layout="cards"
        choices={THEMES}
        value={theme.value}
        onChange={(value) => theme.change(value)}
        error={theme.error?.message}
      />

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
