import { useId, useState, type ReactElement } from 'react';
import type { OfficeHours, TimeRange } from '../../../../shared/settings/schema';
import {
  formatMinutesOfDay,
  HHMM_PATTERN,
  minutesOfDay,
  WEEKDAY_LABELS,
  WEEKDAYS_MONDAY_FIRST,
  type Weekday,
} from '../../../../shared/time';
import { isUnder, type FieldProblem } from '../../../fields/fieldProblem';
import { FieldMessage } from '../../../fields/FieldMessage';
import { useDraft } from '../../../fields/useDraft';
import { LIMITS } from '../limits';

const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const LAST_MINUTE = 23 * 60 + 59;

/** A sensible next range: half an hour after the last one ends, two hours long; null when the day is full. */
export function nextRange(ranges: readonly TimeRange[]): TimeRange | null {
  if (ranges.length >= LIMITS.rangesPerDay) return null;
  const last = ranges[ranges.length - 1];
  if (!last) return { start: '09:00', end: '17:30' };
  const lastEnd = HHMM_PATTERN.test(last.end) ? minutesOfDay(last.end) : 17 * 60;
  const start = lastEnd + 30;
  if (start >= LAST_MINUTE) return null;
  return {
    start: formatMinutesOfDay(start),
    end: formatMinutesOfDay(Math.min(LAST_MINUTE, start + 120)),
  };
}

/** Every weekday (Monday to Friday) gets a copy of `day`'s ranges; the weekend keeps its own. */
export function copyToWeekdays(hours: OfficeHours, day: Weekday): OfficeHours {
  const next = { ...hours };
  for (const d of WORKDAYS) next[d] = hours[day].map((r) => ({ ...r }));
  return next;
}

interface DayRowProps {
  day: Weekday;
  ranges: readonly TimeRange[];
  error: FieldProblem | null;
  onChange(ranges: TimeRange[]): void;
}

function DayRow({ day, ranges, error, onChange }: DayRowProps): ReactElement {
  const id = useId();
  const label = WEEKDAY_LABELS[day];
  const add = nextRange(ranges);
  const message = error?.message ?? null;
  // The path is ['officeHours', day, rangeIndex, ...]: the range to mark.
  const badRange = error?.path[2];
  const setRange = (index: number, patch: Partial<TimeRange>) =>
    onChange(ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <div
      className={`day${message ? ' day--invalid' : ''}`}
      role="group"
      aria-labelledby={`${id}-day`}
      data-testid={`office-hours-${day}`}
    >
      <div className="day__name" id={`${id}-day`}>
        {label}
      </div>
      <div className="day__ranges">
        {ranges.length === 0 && (
          <div className="range range--off">
            <p className="day__off">Day off</p>
            <button
              type="button"
              className="button button--small"
              aria-label={`Add hours on ${label}`}
              onClick={() => add && onChange([add])}
            >
              Add hours
            </button>
          </div>
        )}
        {ranges.map((range, index) => (
          <div className="range" key={index}>
            <input
              type="time"
              aria-label={`${label} range ${index + 1} starts`}
              value={range.start}
              aria-invalid={badRange === index ? true : undefined}
              aria-describedby={`${id}-error`}
              onChange={(e) => setRange(index, { start: e.target.value })}
            />
            <span className="range__dash" aria-hidden="true">
              to
            </span>
            <input
              type="time"
              aria-label={`${label} range ${index + 1} ends`}
              value={range.end}
              aria-invalid={badRange === index ? true : undefined}
              aria-describedby={`${id}-error`}
              onChange={(e) => setRange(index, { end: e.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${label} range ${range.start} to ${range.end}`}
              onClick={() => onChange(ranges.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">×</span>
            </button>
            {index === ranges.length - 1 && (
              <button
                type="button"
                className="icon-button icon-button--add"
                disabled={!add}
                aria-label={`Add a range on ${label}`}
                title="Add a range (for a lunch break, say)"
                onClick={() => add && onChange([...ranges, add])}
              >
                <span aria-hidden="true">+</span>
              </button>
            )}
          </div>
        ))}
        <FieldMessage id={`${id}-error`} message={message} />
      </div>
    </div>
  );
}

export interface OfficeHoursSectionProps {
  officeHours: OfficeHours;
  save(officeHours: OfficeHours): Promise<FieldProblem | null>;
}

/**
 * Office hours per weekday, each day with any number of ranges (a lunch
 * break is simply two ranges). Every edit is saved; a refused one (end before
 * start, an overlap) stays on screen with the reason next to its day.
 */
export function OfficeHoursSection({ officeHours, save }: OfficeHoursSectionProps): ReactElement {
  const draft = useDraft(officeHours, save);
  const hours = draft.value;
  const copyId = useId();
  const [source, setSource] = useState<Weekday>('mon');
  return (
    <div className="stack">
      <p className="section__intro">
        Reminders come only inside these hours. Use + for a second range, around a lunch break for
        instance; a day without hours is a day off.
      </p>
      <div className="days-toolbar">
        <label htmlFor={copyId}>Set up one day, then copy it to Monday to Friday:</label>
        <div className="row">
          <select
            id={copyId}
            value={source}
            onChange={(e) => {
              const day = WEEKDAYS_MONDAY_FIRST.find((d) => d === e.target.value);
              if (day) setSource(day);
            }}
          >
            {WEEKDAYS_MONDAY_FIRST.map((day) => (
              <option key={day} value={day}>
                {WEEKDAY_LABELS[day]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            aria-label={`Copy to all weekdays from ${WEEKDAY_LABELS[source]}`}
            onClick={() => draft.change(copyToWeekdays(hours, source))}
          >
            Copy to all weekdays
          </button>
        </div>
      </div>
      <div className="days">
        {WEEKDAYS_MONDAY_FIRST.map((day) => (
          <DayRow
            key={day}
            day={day}
            ranges={hours[day]}
            error={isUnder(draft.error, ['officeHours', day]) ? draft.error : null}
            onChange={(ranges) => draft.change({ ...hours, [day]: ranges })}
          />
        ))}
      </div>
    </div>
  );
}
