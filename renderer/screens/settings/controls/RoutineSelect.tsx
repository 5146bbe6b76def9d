import type { ReactElement } from 'react';
import { CATALOGUE, isRoutineId, type RoutineId } from '../../../../shared/routines/catalogue';

export interface RoutineSelectProps {
  id: string;
  value: RoutineId;
  onChange(routineId: RoutineId): void;
  describedBy?: string;
  invalid?: boolean;
}

/** Every routine in the catalogue, by title. */
export function RoutineSelect({
  id,
  value,
  onChange,
  describedBy,
  invalid,
}: RoutineSelectProps): ReactElement {
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      // The options are the catalogue's ids; the DOM hands them back as strings.
      onChange={(e) => {
        if (isRoutineId(e.target.value)) onChange(e.target.value);
      }}
    >
      {CATALOGUE.map((routine) => (
        <option key={routine.id} value={routine.id}>
          {routine.title}
        </option>
      ))}
    </select>
  );
}
