import { useId, useState, type ReactElement } from 'react';
import { isRoutineId } from '../../../shared/routines/catalogue';
import type { Settings } from '../../../shared/settings/schema';
import { FieldMessage } from '../../fields/FieldMessage';
import { INCOMPLETE_TIME } from './OfficeHoursField';
import {
  isCompleteTime,
  quickSession,
  SESSION_ROUTINE_OPTIONS,
  weekdaysText,
  withSession,
  type QuickSessionId,
} from './quickSetup';
import type { WelcomeSettings } from './useWelcomeSettings';

export interface SessionRowProps {
  sessionId: QuickSessionId;
  settings: Settings;
  save: WelcomeSettings['save'];
  setFieldError: WelcomeSettings['setFieldError'];
  errors: WelcomeSettings['errors'];
}

/** The settings-screen id of a session's field, where its refusals are shown. */
export const sessionFieldId = (sessionId: string): string => `session:${sessionId}`;

/** One session (morning or evening): on or off, its time and its routine, each saved at once. */
export function SessionRow({
  sessionId,
  settings,
  save,
  setFieldError,
  errors,
}: SessionRowProps): ReactElement {
  const id = useId();
  const session = quickSession(settings, sessionId);
  const fieldId = sessionFieldId(sessionId);
  const error = errors[fieldId];
  const errorId = `${id}-error`;
  const name = session.name;
  // A half-typed time stays in the box (React would otherwise put the saved one back).
  const [draftTime, setDraftTime] = useState<string | null>(null);

  function saveSession(change: Partial<typeof session>, label: string): void {
    const patch = (shown: Settings) => ({
      sessions: withSession(shown.sessions, { ...quickSession(shown, sessionId), ...change }),
    });
    void save(fieldId, patch, label).then((saved) => {
      if (saved) setDraftTime(null);
    });
  }

  return (
    <div className="welcome-session" data-session={sessionId}>
      <label className="welcome-check welcome-session__toggle">
        <input
          type="checkbox"
          checked={session.enabled}
          aria-describedby={`${id}-days`}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            saveSession({ enabled }, `${name} session ${enabled ? 'on' : 'off'}.`);
          }}
        />
        <span>
          <span className="welcome-session__name">{name} session</span>{' '}
          <span id={`${id}-days`} className="welcome-session__days">
            {weekdaysText(session.weekdays)}
          </span>
        </span>
      </label>
      <div className="welcome-session__when">
        <label className="welcome-inline-field">
          <span aria-hidden="true">at</span>
          <input
            type="time"
            value={draftTime ?? session.time}
            disabled={!session.enabled}
            required
            aria-label={`${name} session time`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              const time = e.currentTarget.value;
              setDraftTime(time);
              if (isCompleteTime(time)) saveSession({ time }, `${name} session at ${time}.`);
            }}
            onBlur={(e) => {
              if (!isCompleteTime(e.currentTarget.value)) {
                setFieldError(fieldId, INCOMPLETE_TIME);
              }
            }}
          />
        </label>
        <label className="welcome-inline-field welcome-session__routine">
          <span aria-hidden="true">with</span>
          <span className="visually-hidden">{name} session routine</span>
          <select
            value={session.routineId}
            disabled={!session.enabled}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              const routineId = e.currentTarget.value;
              const option = e.currentTarget.selectedOptions[0];
              // The options come from the catalogue; anything else is not offered.
              if (!isRoutineId(routineId)) return;
              saveSession(
                { routineId },
                `${name} session routine: ${option?.textContent ?? routineId}.`,
              );
            }}
          >
            {SESSION_ROUTINE_OPTIONS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
