import { breakEveryMinutes } from './quickSetup';
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { IpcResult } from '../../../shared/ipc/result';
import { getRoutine, type RoutineId } from '../../../shared/routines/catalogue';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';
import { useMainValue } from '../../mainValue/useMainValue';
import { FinishStep } from './FinishStep';
import { IntroStep } from './IntroStep';
import { SafetyStep } from './SafetyStep';
import { SetupStep } from './SetupStep';
import { StepIndicator } from './StepIndicator';
import { useWelcomeSettings } from './useWelcomeSettings';
import './welcome.css';

const STEPS = [
  { label: 'Welcome', title: 'Welcome to Decompress' },
  { label: 'Safety', title: 'Before your first routine' },
  { label: 'Set up', title: 'Set up your day' },
  { label: 'Ready', title: "You're all set" },
] as const;
const LAST_STEP = STEPS.length - 1;

const TRY_ROUTINE_ID: RoutineId = 'quick-seated-reset';
const TRY_ROUTINE = getRoutine(TRY_ROUTINE_ID);
const TRY_LABEL = `Try the ${TRY_ROUTINE.declaredMinutes}-minute ${TRY_ROUTINE.title.toLowerCase()} now`;

/**
 * The first-run welcome: four steps from "what is this" to the first
 * reminder. Every choice is saved as it is made, so leaving at any point
 * (Esc, Finish, or the window's close button) keeps what was chosen and the
 * defaults for the rest.
 */
export default function WelcomeScreen(): ReactElement {
  const welcome = useWelcomeSettings();
  const { settings } = welcome;
  const info = useMainValue(bridge.getAppInfo, null).value ?? null;
  const [step, setStep] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step starts at its heading, so a screen reader reads where it is.
  const loaded = settings !== null;
  useEffect(() => {
    if (!loaded) return;
    heading.current?.focus();
    document.documentElement.scrollTop = 0;
  }, [step, loaded]);

  /** Marks the welcome done and closes; `first` (e.g. starting a routine) runs before closing. */
  const leave = useCallback(async (first?: () => Promise<IpcResult<unknown>>) => {
    setLeaving(true);
    setLeaveError(null);
    const steps = [
      () => bridge.updateSettings({ welcomeCompleted: true }),
      ...(first ? [first] : []),
      () => bridge.closeWindow(),
    ];
    for (const step of steps) {
      const result = await step();
      if (!result.ok) {
        setLeaveError(errorText(result.error));
        setLeaving(false);
        return;
      }
    }
  }, []);

  useCloseOnEscape(leave);

  if (!settings) {
    return (
      <main className="page welcome" aria-busy={welcome.loadError ? undefined : 'true'}>
        {welcome.loadError && (
          <p className="banner banner--error" role="alert">
            {welcome.loadError}
          </p>
        )}
      </main>
    );
  }

  const current = STEPS[step] ?? STEPS[0];
  const next = () => setStep((s) => Math.min(s + 1, LAST_STEP));
  const back = () => setStep((s) => Math.max(s - 1, 0));
  const acknowledged = settings.safetyAcknowledgedAt !== null;
  // On the safety step the checklist's own button leads; Next only skips ahead.
  const nextIsPrimary = step !== 1 || acknowledged;

  return (
    <div className="welcome">
      <header className="welcome__header">
        <StepIndicator labels={STEPS.map((s) => s.label)} current={step} />
      </header>
      <main className="welcome__body" data-step={step + 1}>
        <p className="welcome__count">
          Step {step + 1} of {STEPS.length}
        </p>
        <h1 ref={heading} tabIndex={-1} className="welcome__title">
          {current.title}
        </h1>
        {step === 0 && <IntroStep info={info} intervalMinutes={settings.intervalMinutes} />}
        {step === 1 && <SafetyStep acknowledgedAt={settings.safetyAcknowledgedAt} onDone={next} />}
        {step === 2 && <SetupStep settings={settings} state={welcome} />}
        {step === 3 && (
          <FinishStep
            intervalMinutes={breakEveryMinutes(settings)}
            trayLocation={info?.trayLocation ?? null}
            safetyAcknowledged={acknowledged}
            tryRoutine={TRY_ROUTINE}
            tryLabel={TRY_LABEL}
            busy={leaving}
            onTry={() =>
              void leave(() =>
                bridge.startRoutine({ routineId: TRY_ROUTINE_ID, source: 'welcome' }),
              )
            }
          />
        )}
        {leaveError && (
          <p className="banner banner--error" role="alert">
            {leaveError}
          </p>
        )}
      </main>
      <footer className="welcome__footer">
        <div className="welcome__nav">
          {step > 0 && (
            <button
              type="button"
              className="button button--ghost"
              onClick={back}
              disabled={leaving}
            >
              Back
            </button>
          )}
          <span className="welcome__esc muted">Esc closes; your choices are kept.</span>
          {step < LAST_STEP ? (
            <button
              type="button"
              className={nextIsPrimary ? 'button button--primary' : 'button'}
              onClick={next}
              disabled={leaving}
            >
              {step === 1 && !acknowledged ? 'Skip for now' : 'Next'}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={leaving}
              onClick={() => void leave()}
            >
              Finish
            </button>
          )}
        </div>
      </footer>
    </div>
  );
}
