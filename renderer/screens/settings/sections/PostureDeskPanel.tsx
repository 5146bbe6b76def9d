import type { ReactElement } from 'react';
import type {
  PostureSettings,
  Settings,
  StandingDeskSettings,
} from '../../../../shared/settings/schema';
import type { FieldProblem } from '../../../fields/fieldProblem';
import type { PatchSource } from '../../../fields/useSettings';
import { NumberSetting } from '../controls/NumberSetting';
import { ToggleSetting } from '../controls/ToggleSetting';
import { postureLimits, standingDeskLimits } from '../limits';
import { deskCycleNote, DESK_ADVICE, moveBreakNote } from './postureDeskText';

export interface PostureDeskPanelProps {
  settings: Settings;
  save(patch: PatchSource): Promise<FieldProblem | null>;
}

type DeskMinutes = 'sitMinutes' | 'standMinutes' | 'moveMinutes';

/** Each minutes field, with its help (the move part's names the routine it will be). */
const DESK_FIELDS: readonly { key: DeskMinutes; label: string; what(s: Settings): string }[] = [
  { key: 'sitMinutes', label: 'Sit for', what: () => 'Sitting, before “Time to stand up”.' },
  { key: 'standMinutes', label: 'Stand for', what: () => 'Standing, before your break.' },
  { key: 'moveMinutes', label: 'Move for', what: moveBreakNote },
];

/**
 * Posture cues between breaks, the standing desk's sit-stand rhythm, and
 * the skipped break that comes back: a panel of the Breaks section rather
 * than a tab of its own, so the sidebar keeps fitting a 720 px window.
 */
export function PostureDeskPanel({ settings, save }: PostureDeskPanelProps): ReactElement {
  const posture = settings.posture;
  const desk = settings.standingDesk;
  const savePosture = (change: Partial<PostureSettings>) =>
    save((shown) => ({ posture: { ...shown.posture, ...change } }));
  const saveDesk = (change: Partial<StandingDeskSettings>) =>
    save((shown) => ({ standingDesk: { ...shown.standingDesk, ...change } }));
  const every = postureLimits('everyMinutes');

  return (
    <>
      <fieldset className="group" data-testid="posture-panel">
        <legend className="group__title">Posture cues</legend>
        <ToggleSetting
          label="Posture cues"
          help="A small, quiet check-in between breaks (“Sit tall…”). It never takes focus and closes by itself."
          checked={posture.cues}
          onSave={(cues) => savePosture({ cues })}
        />
        {posture.cues && (
          <>
            <NumberSetting
              label="Every"
              unit="min"
              help={`Active time between cues. ${every.min} to ${every.max} minutes.`}
              value={posture.everyMinutes}
              min={every.min}
              max={every.max}
              testId="setting-posture-everyMinutes"
              onSave={(everyMinutes) => savePosture({ everyMinutes })}
            />
            <ToggleSetting
              label="Sound"
              help="A soft tone with each cue. Off, cues are silent."
              checked={posture.sound}
              onSave={(sound) => savePosture({ sound })}
            />
            <ToggleSetting
              label="Show the next cue in the tray"
              help="The tray’s status line also says when the next one comes."
              checked={posture.showNextInTray}
              onSave={(showNextInTray) => savePosture({ showNextInTray })}
            />
          </>
        )}
      </fieldset>

      <fieldset className="group" data-testid="standing-panel">
        <legend className="group__title">Standing desk</legend>
        <ToggleSetting
          label="Standing desk"
          help="Alternate: “Time to stand up”, then “Time to sit down” after your break. As quiet as a posture cue."
          checked={desk.enabled}
          onSave={(enabled) => saveDesk({ enabled })}
        />
        {desk.enabled && (
          <>
            {DESK_FIELDS.map(({ key, label, what }) => {
              const l = standingDeskLimits(key);
              return (
                <NumberSetting
                  key={key}
                  label={label}
                  unit="min"
                  help={`${what(settings)} ${l.min} to ${l.max} minutes.`}
                  value={desk[key]}
                  min={l.min}
                  max={l.max}
                  testId={`setting-standingDesk-${key}`}
                  onSave={(value) => saveDesk({ [key]: value })}
                />
              );
            })}
            <p className="panel-note" data-testid="desk-cycle-note">
              {deskCycleNote(desk)}
            </p>
          </>
        )}
        <p className="panel-note">{DESK_ADVICE}</p>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">Skipped breaks and pauses</legend>
        <ToggleSetting
          label="Offer a skipped break again"
          help="Once, the same day: after a busy spell or at the next heads-up, whichever comes first."
          checked={settings.skippedBreakReturns}
          onSave={(skippedBreakReturns) => save({ skippedBreakReturns })}
        />
        <p className="panel-note" data-testid="pause-note">
          Pause from the tray (30 min to until you resume): reminders pause; your break count keeps
          going. A natural break during the pause still restarts it, and if a break is overdue when
          you resume, you get a heads-up, then one prompt.
        </p>
      </fieldset>
    </>
  );
}
