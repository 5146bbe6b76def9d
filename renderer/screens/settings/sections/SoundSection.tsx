import { useEffect, useId, useRef, type ReactElement } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/settings/schema';
import { createCueSynth, type CueSynth } from '../../../audio/cueSynth';
import { createSpeaker, type Speaker } from '../../../audio/spokenCues';
import { noVoiceText, useSpeechVoices } from '../../../audio/useSpeechVoices';
import { bridge } from '../../../bridge';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { FieldMessage } from '../../../fields/FieldMessage';
import { useDraft } from '../../../fields/useDraft';
import { useMainValue } from '../../../mainValue/useMainValue';
import { ToggleSetting } from '../controls/ToggleSetting';

/** How long the slider rests before its value is saved. */
const SLIDE_PAUSE_MS = 250;
const SAMPLE_CUE = 'Breathe out, and let your lower back sink into the chair.';

export interface SoundSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/** Chimes and spoken cues, their volume, and a way to hear both before a routine needs them. */
export function SoundSection({ settings, save }: SoundSectionProps): ReactElement {
  const volumeId = useId();
  const synth = useRef<CueSynth | null>(null);
  const speaker = useRef<Speaker | null>(null);
  const volume = useDraft(settings.soundVolume, (soundVolume) => save({ soundVolume }));
  const percent = Math.round(volume.value * 100);
  const voices = useSpeechVoices();
  const platform = useMainValue(bridge.getAppInfo, null).value?.platform;
  const voiceAvailable = voices !== 'none';

  useEffect(
    () => () => {
      synth.current?.close();
      speaker.current?.cancel();
    },
    [],
  );

  const testSound = () => {
    synth.current ??= createCueSynth();
    synth.current.play('done', volume.value);
  };
  const testVoice = () => {
    speaker.current ??= createSpeaker();
    speaker.current.say(SAMPLE_CUE, volume.value);
  };

  return (
    <div className="stack">
      <p className="section__intro">
        What you hear with an insistent reminder and during a routine.
      </p>
      <ToggleSetting
        label="Sounds"
        help="A soft chime when a prompt escalates and at each step of a routine."
        checked={settings.soundEnabled}
        onSave={(soundEnabled) => save({ soundEnabled })}
      />
      <ToggleSetting
        label="Spoken cues"
        help="Reads each step's cues aloud, so you can follow with your eyes closed."
        checked={settings.spokenCues}
        unavailable={voiceAvailable ? null : noVoiceText(platform)}
        onSave={(spokenCues) => save({ spokenCues })}
      />
      <div className="setting setting--volume">
        <div className="setting__text">
          <label htmlFor={volumeId} className="setting__label">
            Volume
          </label>
          <p id={`${volumeId}-help`} className="setting__help">
            For chimes and the voice. Try it before your first routine.
          </p>
        </div>
        <div className="setting__control volume">
          <input
            id={volumeId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={percent}
            aria-valuetext={`${percent} percent`}
            aria-describedby={`${volumeId}-help ${volumeId}-error`}
            onChange={(e) => volume.change(Number(e.target.value) / 100, SLIDE_PAUSE_MS)}
            onPointerUp={volume.flush}
            onKeyUp={volume.flush}
          />
          <output htmlFor={volumeId} className="volume__value">
            {percent}%
          </output>
        </div>
        <FieldMessage id={`${volumeId}-error`} message={volume.error?.message ?? null} />
        <div className="volume__tests row">
          <button
            type="button"
            className="button button--small"
            onClick={testSound}
            disabled={percent === 0}
          >
            Test sound
          </button>
          {voiceAvailable && (
            <button
              type="button"
              className="button button--small"
              onClick={testVoice}
              disabled={percent === 0}
            >
              Test spoken cue
            </button>
          )}
          {!settings.soundEnabled && (
            <span className="setting__help">Sounds are off; the test plays anyway.</span>
          )}
        </div>
      </div>
    </div>
  );
}
