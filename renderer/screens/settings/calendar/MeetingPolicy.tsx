import type { ReactElement } from 'react';
import type { AppInfo } from '../../../../shared/ipc/appChannels';
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
            />
          );
        })}
      </fieldset>
    </>
  );
}
