import { useId, type ReactElement } from 'react';
import type { NagLevel, Settings } from '../../../shared/settings/schema';
import { ChoiceCards } from '../../fields/ChoiceCards';
import { FieldMessage } from '../../fields/FieldMessage';
import { OFFICE_HOURS_FIELD, OfficeHoursField } from './OfficeHoursField';
import {
  DESK_CHOICES,
  deskChoice,
  deskChoiceSaved,
  withDeskChoice,
  type DeskChoice,
  INTERVAL_PRESETS,
  NAG_LEVEL_LABELS,
  NAG_LEVELS,
  nagLevelLine,
  QUICK_SESSION_IDS,
} from './quickSetup';
import { SessionRow } from './SessionRow';
import type { WelcomeSettings } from './useWelcomeSettings';

export interface SetupStepProps {
  settings: Settings;
  state: Pick<WelcomeSettings, 'save' | 'setFieldError' | 'errors' | 'lastSaved'>;
}

/**
 * Step 3: the handful of choices that matter on day one, each saved the
 * moment it is made through the same validated channel as Settings.
 */
export function SetupStep({ settings, state }: SetupStepProps): ReactElement {
  const { save, setFieldError, errors, lastSaved } = state;
  const id = useId();
  const intervals = INTERVAL_PRESETS.includes(settings.intervalMinutes)
    ? INTERVAL_PRESETS
    : [...INTERVAL_PRESETS, settings.intervalMinutes].sort((a, b) => a - b);
  const loginErrorId = `${id}-login-error`;

  return (
    <div className="welcome-setup">
      <p className="welcome-lead">
        Saved as you choose. You can change all of it later in Settings.
      </p>

      <OfficeHoursField
        hours={settings.officeHours}
        save={save}
        setFieldError={setFieldError}
        error={errors[OFFICE_HOURS_FIELD]}
      />

      <ChoiceCards
        legend="Remind me to take a break every"
        hint={`Counted while you are at your desk; ${settings.naturalBreakMinutes} minutes away restarts the count.`}
        className="welcome-field"
        layout="tiles"
        choices={intervals.map((minutes) => ({ value: minutes, label: `${minutes} min` }))}
        value={settings.intervalMinutes}
        onChange={(intervalMinutes) =>
          void save(
            'intervalMinutes',
            { intervalMinutes },
            `Reminder every ${intervalMinutes} minutes.`,
          )
        }
        error={errors.intervalMinutes}
      />

      <ChoiceCards<DeskChoice>
        legend="Standing desk?"
        hint="With one, Decompress can also remind you to stand up and sit down. Alternate rather than stand all day. General information, not medical advice."
        className="welcome-field"
        choices={DESK_CHOICES}
        layout="cards"
        value={deskChoice(settings.standingDesk)}
        onChange={(choice) => {
          const standingDesk = withDeskChoice(settings.standingDesk, choice);
          void save('standingDesk', { standingDesk }, deskChoiceSaved(standingDesk));
        }}
        error={errors.standingDesk}
      />

      <ChoiceCards<NagLevel>
        legend="If I don't answer a reminder"
        className="welcome-field"
        choices={NAG_LEVELS.map((level) => ({
          value: level,
          label: NAG_LEVEL_LABELS[level],
          hint: nagLevelLine(level, settings),
        }))}
        value={settings.nagLevel}
        onChange={(nagLevel) =>
          void save('nagLevel', { nagLevel }, `Nag level: ${NAG_LEVEL_LABELS[nagLevel]}.`)
        }
        error={errors.nagLevel}
      />

      <fieldset className="welcome-field">
        <legend className="welcome-field__legend">Morning and evening sessions</legend>
        <p className="welcome-field__hint">A longer routine at a set time, if you want one.</p>
        <div className="welcome-sessions">
          {QUICK_SESSION_IDS.map((sessionId) => (
            <SessionRow
              key={sessionId}
              sessionId={sessionId}
              settings={settings}
              save={save}
              setFieldError={setFieldError}
              errors={errors}
            />
          ))}
        </div>
      </fieldset>

      <div className="welcome-field welcome-field--plain">
        <label className="welcome-check">
          <input
            type="checkbox"
            checked={settings.launchAtLogin}
            aria-describedby={errors.launchAtLogin ? loginErrorId : undefined}
            onChange={(e) => {
              const launchAtLogin = e.currentTarget.checked;
              void save(
                'launchAtLogin',
                { launchAtLogin },
                launchAtLogin ? 'Decompress will start when you log in.' : 'Start at login is off.',
              );
            }}
          />
          <span>
            <span className="choice__label">Start Decompress when I log in</span>
            <span className="choice__hint">So reminders never depend on remembering.</span>
          </span>
        </label>
        <FieldMessage id={loginErrorId} message={errors.launchAtLogin} />
      </div>

      <p className="welcome-saved" role="status">
        {lastSaved ?? ''}
      </p>
    </div>
  );
}
