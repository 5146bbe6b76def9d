import { Placeholder } from '../../components/Placeholder';

/** Placeholder until the history screen lands. */
export default function HistoryScreen() {
  return <Placeholder title="History" />;
}
