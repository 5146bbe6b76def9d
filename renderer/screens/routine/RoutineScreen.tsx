import { Placeholder } from '../../components/Placeholder';

/** Placeholder until the routine screen lands. */
export default function RoutineScreen() {
  return <Placeholder title="Routine" />;
}
