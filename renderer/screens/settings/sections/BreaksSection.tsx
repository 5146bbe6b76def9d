import { useId, type ReactElement } from 'react';
import type { NagLevel, Settings } from '../../../../shared/settings/schema';
import { ChoiceCards } from '../../../fields/ChoiceCards';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { FieldMessage } from '../../../fields/FieldMessage';
import { useDraft } from '../../../fields/useDraft';
import type { PatchSource } from '../../../fields/useSettings';
import { NumberSetting } from '../controls/NumberSetting';
import { RoutineSelect } from '../controls/RoutineSelect';
import { numberLimits, type NumberSettingKey } from '../limits';
import { PostureDeskPanel } from './PostureDeskPanel';
import { intervalUnusedNote } from './postureDeskText';

type NumberKey = Exclude<NumberSettingKey, 'graceMinutes'>;

const NAG_LEVELS: { value: NagLevel; label: string; hint: string }[] = [
  { value: 'gentle', label: 'Gentle', hint: 'One quiet prompt. Ignore it and it goes away.' },
  {
    value: 'persistent',
    label: 'Persistent',
    hint: 'The prompt grows and comes back until you answer it.',
  },
  { value: 'strict', label: 'Strict', hint: 'No Skip button, and snoozing is limited.' },
];

export interface BreaksSectionProps {
  settings: Settings;
  save(patch: PatchSource): Promise<FieldProblem | null>;
}

/** When a break is due, how it is announced, and what it offers. */
export function BreaksSection({ settings, save }: BreaksSectionProps): ReactElement {
  const routineId = useId();
  const nag = useDraft(settings.nagLevel, (nagLevel) => save({ nagLevel }));
  const routine = useDraft(settings.defaultRoutineId, (defaultRoutineId) =>
    save({ defaultRoutineId }),
  );
  const number = (
    key: NumberKey,
    label: string,
    unit: string,
    help: (l: { min: number; max: number }) => string,
  ) => {
    const l = numberLimits(key);
    return (
      <NumberSetting
        label={label}
        unit={unit}
        help={help(l)}
        value={settings[key]}
        min={l.min}
        max={l.max}
        testId={`setting-${key}`}
        onSave={(value) => save({ [key]: value })}
      />
    );
  };

  return (
    <div className="stack">
      <p className="section__intro">
        When a break is due during office hours, how the reminder asks, what it offers, and the
        quiet cues between breaks.
      </p>
      <fieldset className="group">
        <legend className="group__title">Timing</legend>
        {number('intervalMinutes', 'Work interval', 'min', (l) =>
          settings.standingDesk.enabled
            ? intervalUnusedNote(settings.standingDesk)
            : `Active time before a break is due. ${l.min} to ${l.max} minutes.`,
        )}
        {number(
          'headsUpSeconds',
          'Heads-up',
          'sec',
          (l) => `A quiet notice before the prompt; 0 for none. Up to ${l.max} seconds.`,
        )}
        {number(
          'naturalBreakMinutes',
          'Natural break',
          'min',
          (l) =>
            `Away this long counts as a break and restarts the interval. ${l.min} to ${l.max} minutes, shorter than the interval.`,
        )}
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">Snooze</legend>
        {number('snoozeMinutes', 'Snooze length', 'min', (l) => `${l.min} to ${l.max} minutes.`)}
        {number(
          'maxSnoozes',
          'Snoozes per reminder',
          'times',
          (l) => `How often one reminder can be put off. ${l.min} to ${l.max}.`,
        )}
      </fieldset>

      <ChoiceCards
        legend="How insistent"
        className="group"
        legendClassName="group__title"
        layout="cards"
        choices={NAG_LEVELS}
        value={nag.value}
        onChange={(value) => nag.change(value)}
        error={nag.error?.message}
      >
        {nag.value !== 'gentle' &&
          number(
            'nagMinutes',
            'Repeat the prompt every',
            'min',
            (l) => `While a prompt waits for an answer. ${l.min} to ${l.max} minutes.`,
          )}
      </ChoiceCards>

      <fieldset className="group">
        <legend className="group__title">Break routine</legend>
        <div className="setting">
          <div className="setting__text">
            <label htmlFor={routineId} className="setting__label">
              Default routine
            </label>
            <p id={`${routineId}-help`} className="setting__help">
              What a reminder offers. You can always pick another from the tray.
            </p>
          </div>
          <div className="setting__control">
            <RoutineSelect
              id={routineId}
              value={routine.value}
              describedBy={`${routineId}-help ${routineId}-error`}
              invalid={routine.error !== null}
              onChange={(value) => routine.change(value)}
            />
          </div>
          <FieldMessage id={`${routineId}-error`} message={routine.error?.message ?? null} />
        </div>
      </fieldset>

      <PostureDeskPanel settings={settings} save={save} />
    </div>
  );
}
