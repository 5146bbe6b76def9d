import type { ReactElement } from 'react';
import { CATALOGUE } from '../../../../shared/routines/catalogue';

export interface RoutineSelectProps {
  id: string;
  value: string;
  onChange(routineId: string): void;
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
      onChange={(e) => onChange(e.target.value)}
    >
      {CATALOGUE.map((routine) => (
        <option key={routine.id} value={routine.id}>
          {routine.title}
        </option>
      ))}
    </select>
  );
}
