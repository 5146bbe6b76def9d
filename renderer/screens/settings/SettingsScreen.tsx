import { Placeholder } from '../../components/Placeholder';

/** Placeholder until the settings screen lands. */
export default function SettingsScreen() {
  return <Placeholder title="Settings" />;
}
