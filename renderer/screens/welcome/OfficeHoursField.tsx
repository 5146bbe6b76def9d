import { useState, type ReactElement } from 'react';
import type { OfficeHours } from '../../../shared/settings/schema';
import { issueText } from '../../../shared/settings/messages';
import { ChoiceCards } from '../../fields/ChoiceCards';
import {
  isCompleteTime,
  officeHoursChoice,
  PRESET_END,
  PRESET_START,
  weekdayOfficeHours,
  type OfficeHoursChoice,
} from './quickSetup';
import type { WelcomeSettings } from './useWelcomeSettings';

export const OFFICE_HOURS_FIELD = 'officeHours';

/** A half-typed time box, in the words main uses for a time it cannot read. */
export const INCOMPLETE_TIME = issueText({
  path: ['start'],
  problem: { code: 'invalid_format', format: 'regex' },
});

export interface OfficeHoursFieldProps {
  hours: OfficeHours;
  save: WelcomeSettings['save'];
  setFieldError: WelcomeSettings['setFieldError'];
  error: string | undefined;
}

/**
 * Office hours: the weekday preset, or one range of the person's own applied
 * Monday to Friday. Hours set in Settings that fit neither are offered as
 * "keep", so opening the welcome again never overwrites them by accident.
 */
export function OfficeHoursField({
  hours,
  save,
  setFieldError,
  error,
}: OfficeHoursFieldProps): ReactElement {
  // What was saved when the step opened: "keep" puts it back.
  const [initial] = useState(() => ({ hours, choice: officeHoursChoice(hours) }));
  const startingRange =
    initial.choice.kind === 'custom' ? initial.choice : { start: PRESET_START, end: PRESET_END };
  const [kind, setKind] = useState<OfficeHoursChoice['kind']>(initial.choice.kind);
  const [start, setStart] = useState(startingRange.start);
  const [end, setEnd] = useState(startingRange.end);

  function saveRange(from: string, to: string): void {
    if (!isCompleteTime(from) || !isCompleteTime(to)) return;
    void save(
      OFFICE_HOURS_FIELD,
      { officeHours: weekdayOfficeHours(from, to) },
      `Office hours saved: weekdays ${from} to ${to}.`,
    );
  }

  function choose(next: OfficeHoursChoice['kind']): void {
    setKind(next);
    if (next === 'preset') saveRange(PRESET_START, PRESET_END);
    else if (next === 'custom') saveRange(start, end);
    else {
      void save(
        OFFICE_HOURS_FIELD,
        { officeHours: initial.hours },
        'Office hours saved: as set in Settings.',
      );
    }
  }

  function checkComplete(value: string): void {
    if (!isCompleteTime(value)) setFieldError(OFFICE_HOURS_FIELD, INCOMPLETE_TIME);
  }

  const choices = [
    { value: 'preset' as const, label: `Weekdays, ${PRESET_START} to ${PRESET_END}` },
    { value: 'custom' as const, label: 'Weekdays, my own hours' },
    ...(initial.choice.kind === 'other'
      ? [{ value: 'other' as const, label: 'Keep the hours set in Settings' }]
      : []),
  ];

  return (
    <ChoiceCards
      legend="Office hours"
      hint="Reminders come only inside these hours."
      className="welcome-field"
      choices={choices}
      value={kind}
      onChange={choose}
      error={error}
      layout="list"
    >
      {kind === 'custom' && (
        <div className="welcome-range">
          <label className="welcome-inline-field">
            <span>From</span>
            <input
              type="time"
              value={start}
              required
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setStart(value);
                saveRange(value, end);
              }}
              onBlur={(e) => checkComplete(e.currentTarget.value)}
            />
          </label>
          <label className="welcome-inline-field">
            <span>to</span>
            <input
              type="time"
              value={end}
              required
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setEnd(value);
                saveRange(start, value);
              }}
              onBlur={(e) => checkComplete(e.currentTarget.value)}
            />
          </label>
          <span className="welcome-range__days muted">Monday to Friday</span>
        </div>
      )}
    </ChoiceCards>
  );
}
