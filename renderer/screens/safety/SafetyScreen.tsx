import { Placeholder } from '../../components/Placeholder';

/** Placeholder until the safety screen lands. */
export default function SafetyScreen() {
  return <Placeholder title="Safety" />;
}
