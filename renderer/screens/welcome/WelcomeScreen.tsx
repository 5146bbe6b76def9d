import { Placeholder } from '../../components/Placeholder';

/** Placeholder until the welcome screen lands. */
export default function WelcomeScreen() {
  return <Placeholder title="Welcome" />;
}
