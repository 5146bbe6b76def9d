import { Placeholder } from '../../components/Placeholder';

/** Placeholder until the prompt screen lands. */
export default function PromptScreen() {
  return <Placeholder title="Prompt" />;
}
