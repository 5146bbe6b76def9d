import { useState, type ReactElement } from 'react';
import type { AppInfo } from '../../../../shared/ipc/appChannels';
import type { BusySourceStatusView } from '../../../../shared/ipc/desktopChannels';
import { errorText } from '../../../../shared/settings/messages';
import { bridge } from '../../../bridge';
import { useMainValue } from '../../../mainValue/useMainValue';
import type { BusySourceKind, MeetingSettings } from '../../../../shared/settings/schema';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { ToggleSetting } from '../controls/ToggleSetting';
import { busySourceWords, detectionLine, SOURCE_ORDER } from './detectionText';

export interface MeetingPolicyProps {
  meetings: MeetingSettings;
  platform: AppInfo['platform'];
  /** Saves a change to the meeting settings, built from what is shown now (so quick changes add up). */
  save(change: (shown: MeetingSettings) => MeetingSettings): Promise<FieldProblem | null>;
}

/** Whether meetings hold reminders, whether titles show, and which signals count as a meeting. */
export function MeetingPolicy({ meetings, platform, save }: MeetingPolicyProps): ReactElement {
  const setSource = (kind: BusySourceKind, on: boolean) =>
    save((shown) => ({ ...shown, sources: { ...shown.sources, [kind]: on } }));
  const sources = useMainValue(bridge.getBusySources, 'busySourcesChanged');
  const statusOf = (kind: BusySourceKind): string | null =>
    sources.value?.find((view: BusySourceStatusView) => view.kind === kind)?.text ?? null;
  return (
    <>
      <fieldset className="group">
        <legend className="group__title">During a meeting</legend>
        <ToggleSetting
          label="Hold reminders during meetings"
          help="No prompt, sound or heads-up while you are busy. When the meeting ends, one catch-up break is offered, however many reminders were held."
          checked={meetings.holdReminders}
          onSave={(holdReminders) => save((shown) => ({ ...shown, holdReminders }))}
        />
        <ToggleSetting
          label="Show meeting titles"
          help="In the tray and in your history (“Holding your break: in Team sync until 14:30”). Off, they only say “in a meeting”."
          checked={meetings.showTitles}
          onSave={(showTitles) => save((shown) => ({ ...shown, showTitles }))}
        />
      </fieldset>
      <fieldset className="group">
        <legend className="group__title">What counts as a meeting</legend>
        <p className="group__note" data-testid="detection-line">
          {detectionLine(platform)}
        </p>
        {SOURCE_ORDER.map((kind) => {
          const words = busySourceWords(kind, platform);
          return (
            <ToggleSetting
              key={kind}
              label={words.label}
              help={words.help}
              unavailable={words.unavailable}
              checked={meetings.sources[kind]}
              onSave={(on) => setSource(kind, on)}
              status={words.unavailable ? null : statusOf(kind)}
              statusTestId={`source-status-${kind}`}
            />
          );
        })}
        {(sources.value?.length ?? 0) > 0 && (
          <CheckSourcesNow onChecked={(views) => sources.accept(views)} />
        )}
      </fieldset>
    </>
  );
}

/**
 * Asks every live source once, on a click: the only time they are read
 * outside the planner's own moments. The answers land in the lines above.
 */
function CheckSourcesNow({
  onChecked,
}: {
  onChecked(views: BusySourceStatusView[]): void;
}): ReactElement {
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const check = async () => {
    setChecking(true);
    setMessage(null);
    const result = await bridge.checkBusySources();
    setChecking(false);
    if (result.ok) {
      onChecked(result.value);
      setMessage('Checked just now: each line above says what was found.');
    } else {
      setMessage(errorText(result.error));
    }
  };
  return (
    <div className="setting">
      <div className="setting__text">
        <p className="setting__help" role="status" aria-live="polite">
          {checking
            ? 'Checking the camera, microphone and desktop…'
            : (message ??
              'Each line above is what the source said when last asked. Sources are asked only when a break is about to come.')}
        </p>
      </div>
      <div className="setting__control">
        <button type="button" className="button" disabled={checking} onClick={() => void check()}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
      </div>
    </div>
  );
}
