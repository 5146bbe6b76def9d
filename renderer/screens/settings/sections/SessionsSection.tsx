import { useId, type ReactElement } from 'react';
import { DEFAULT_BREAK_ROUTINE_ID } from '../../../../shared/routines/catalogue';
import type { SessionConfig, Settings, SettingsPatch } from '../../../../shared/settings/schema';
import { WEEKDAY_LABELS, WEEKDAYS_MONDAY_FIRST, type Weekday } from '../../../../shared/time';
import { isUnder, type FieldProblem } from '../../../fields/fieldProblem';
import { FieldMessage } from '../../../fields/FieldMessage';
import { useDraft } from '../../../fields/useDraft';
import { NumberSetting } from '../controls/NumberSetting';
import { RoutineSelect } from '../controls/RoutineSelect';
import { LIMITS, numberLimits } from '../limits';

const BUILT_IN = new Set(['morning', 'evening']);
const TYPING_PAUSE_MS = 600;

/** A new custom session with an id no other session has. */
export function newSession(existing: readonly SessionConfig[]): SessionConfig {
  const ids = new Set(existing.map((s) => s.id));
  let n = 1;
  while (ids.has(`custom-${n}`)) n++;
  return {
    id: `custom-${n}`,
    name: n === 1 ? 'Midday' : `Session ${n}`,
    time: '12:30',
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    routineId: DEFAULT_BREAK_ROUTINE_ID,
    enabled: true,
  };
}

interface SessionCardProps {
  session: SessionConfig;
  index: number;
  error: FieldProblem | null;
  onChange(patch: Partial<SessionConfig>, delayMs?: number): void;
  onBlur(): void;
  onRemove(): void;
}

function SessionCard({
  session,
  index,
  error,
  onChange,
  onBlur,
  onRemove,
}: SessionCardProps): ReactElement {
  const id = useId();
  const title = session.name.trim() || 'Untitled session';
  const bad = (key: keyof SessionConfig) => isUnder(error, ['sessions', index, key]);
  const toggleDay = (day: Weekday) =>
    onChange({
      weekdays: session.weekdays.includes(day)
        ? session.weekdays.filter((d) => d !== day)
        : WEEKDAYS_MONDAY_FIRST.filter((d) => d === day || session.weekdays.includes(d)),
    });

  return (
    <section
      className={`session${session.enabled ? '' : ' session--off'}`}
      aria-labelledby={`${id}-title`}
      data-testid={`session-${session.id}`}
    >
      <header className="session__header">
        <h3 id={`${id}-title`} className="session__title">
          {title}
        </h3>
        <div className="session__actions">
          {!BUILT_IN.has(session.id) && (
            <button
              type="button"
              className="button button--ghost button--small session__remove"
              aria-label={`Remove ${title}`}
              onClick={onRemove}
            >
              Remove
            </button>
          )}
          <label className="session__switch">
            <input
              type="checkbox"
              role="switch"
              className="switch"
              checked={session.enabled}
              onChange={(e) => onChange({ enabled: e.target.checked })}
            />
            <span>{session.enabled ? 'On' : 'Off'}</span>
            <span className="visually-hidden"> ({title})</span>
          </label>
        </div>
      </header>
      <div className="session__fields">
        <label className="field">
          <span className="field__label">Name</span>
          <input
            type="text"
            maxLength={40}
            value={session.name}
            aria-invalid={bad('name') ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(e) => onChange({ name: e.target.value }, TYPING_PAUSE_MS)}
            onBlur={onBlur}
          />
        </label>
        <label className="field">
          <span className="field__label">Time</span>
          <input
            type="time"
            value={session.time}
            aria-invalid={bad('time') ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(e) => onChange({ time: e.target.value })}
          />
        </label>
        <label className="field field--wide">
          <span className="field__label">Routine</span>
          <RoutineSelect
            id={`${id}-routine`}
            value={session.routineId}
            invalid={bad('routineId')}
            describedBy={`${id}-error`}
            onChange={(routineId) => onChange({ routineId })}
          />
        </label>
      </div>
      <div className="session__days" role="group" aria-label={`Days for ${title}`}>
        {WEEKDAYS_MONDAY_FIRST.map((day) => (
          <button
            key={day}
            type="button"
            className="day-pill"
            aria-pressed={session.weekdays.includes(day)}
            title={WEEKDAY_LABELS[day]}
            onClick={() => toggleDay(day)}
          >
            {WEEKDAY_LABELS[day].slice(0, 3)}
          </button>
        ))}
      </div>
      {session.enabled && session.weekdays.length === 0 && (
        <p className="setting__help">Choose at least one day, or this session never comes.</p>
      )}
      <FieldMessage id={`${id}-error`} message={error?.message ?? null} />
    </section>
  );
}

export interface SessionsSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/** Morning, evening and custom sessions: a routine at a set time on chosen days. */
export function SessionsSection({ settings, save }: SessionsSectionProps): ReactElement {
  const draft = useDraft(settings.sessions, (sessions) => save({ sessions }));
  const sessions = draft.value;
  const update = (index: number, patch: Partial<SessionConfig>, delayMs?: number) =>
    draft.change(
      sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)),
      delayMs,
    );
  // A problem inside one session shows on its card; anything else (the list itself) below them.
  const listError = draft.error && typeof draft.error.path[1] !== 'number' ? draft.error : null;

  return (
    <div className="stack">
      <p className="section__intro">
        A longer routine at a fixed time, outside the work-day reminders. Off until you turn one on.
      </p>
      {sessions.map((session, index) => (
        <SessionCard
          key={session.id}
          session={session}
          index={index}
          error={isUnder(draft.error, ['sessions', index]) ? draft.error : null}
          onChange={(patch, delayMs) => update(index, patch, delayMs)}
          onBlur={draft.flush}
          onRemove={() => draft.change(sessions.filter((_, i) => i !== index))}
        />
      ))}
      <FieldMessage id="sessions-error" message={listError?.message ?? null} />
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={sessions.length >= LIMITS.sessions}
          onClick={() => draft.change([...sessions, newSession(sessions)])}
        >
          Add a session
        </button>
      </div>
      <NumberSetting
        label="Missed while asleep"
        unit="min"
        help="When the computer wakes this soon after a session time, it is still offered; later, it is recorded as missed."
        value={settings.graceMinutes}
        {...numberLimits('graceMinutes')}
        onSave={(graceMinutes) => save({ graceMinutes })}
      />
    </div>
  );
}
