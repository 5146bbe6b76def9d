import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { IpcResult } from '../../../shared/ipc/result';
import type { RoutineAction, RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { getRoutine } from '../../../shared/routines/catalogue';
import type { CueEvent } from '../../../shared/routines/cueEvents';
import { expand, type Segment } from '../../../shared/routines/segments';
import type { SessionClock } from '../../../shared/routines/sessionClock';
import { createCuePlayer, type CueOutput } from '../../audio/cuePlayer';
import { bridge } from '../../bridge';
import { CheckInView } from './CheckInView';
import { FinishView } from './FinishView';
import { HurtsButton } from './HurtsButton';
import { HurtsView } from './HurtsView';
import { PlayerView } from './PlayerView';
import { ResumeView } from './ResumeView';
import { usePlayerPosition } from './usePlayerPosition';
import { useCuePreferences } from './useCuePreferences';
import { useRoutineSession } from './useRoutineSession';
import { useTimelineCues } from './useTimelineCues';
import './routine.css';
import { CloseWindowButton } from '../../components/CloseWindowButton';
import { EscHint } from '../../components/EscHint';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';

/** Leaves the ended routine (recording anything still open) and closes this window. */
async function finishAndClose(): Promise<void> {
  // Closing goes ahead even if main could not record: the window must not trap the person.
  await bridge.controlRoutine({ action: 'finish' });
  await bridge.closeWindow();
}

/** "Not now" before the routine starts: nothing is recorded as done, and the window closes. */
async function cancelAndClose(): Promise<IpcResult<RoutineSessionView | null>> {
  const stopped = await bridge.controlRoutine({ action: 'stop' });
  await bridge.closeWindow();
  return stopped;
}

/** What Esc does on each screen of the routine window (the player handles its own). */
function escapeFor(session: RoutineSessionView | null | undefined): () => Promise<unknown> {
  if (session?.phase === 'checkIn') return cancelAndClose;
  if (session?.phase === 'ended') return finishAndClose;
  return async () => bridge.closeWindow();
}

function RunningPlayer({
  session,
  clock,
  busy,
  cues,
  onAction,
}: {
  session: RoutineSessionView;
  clock: SessionClock;
  busy: boolean;
  cues: CueOutput;
  onAction(action: Exclude<RoutineAction, 'finish'>): void;
}): ReactElement {
  const routine = getRoutine(session.routineId);
  const timeline = useMemo(() => expand(routine), [routine]);
  const position = usePlayerPosition(timeline, clock);
  useTimelineCues(timeline, clock, position, cues);
  return (
    <PlayerView
      routine={routine}
      timeline={timeline}
      position={position}
      busy={busy}
      onAction={onAction}
    />
  );
}

/**
 * The routine window: pain check-in, the player, the after check-in and the
 * finish (or "this hurts") screen, all driven by the session main holds.
 */
export default function RoutineScreen(): ReactElement {
  const { session, error, run } = useRoutineSession();
  const [busy, setBusy] = useState(false);
  const prefs = useCuePreferences();
  const doneFor = useRef<number | null>(null);

  const player = useMemo(() => createCuePlayer(() => prefs.current), [prefs]);
  useEffect(() => () => player.close(), [player]);
  const cues = useCallback<CueOutput>(
    (cue: CueEvent, segment: Segment | undefined) => {
      if (cue.type === 'done') doneFor.current = session?.clock?.startedAt ?? null;
      player(cue, segment);
    },
    [player, session?.clock?.startedAt],
  );

  // Main can end the routine a moment before this window's own tick reaches
  // the end: the "done" chime still plays, once.
  const startedAt = session?.clock?.startedAt ?? null;
  const completedNow = session?.phase === 'ended' && session.outcome === 'completed';
  useEffect(() => {
    if (!completedNow || startedAt === null || doneFor.current === startedAt) return;
    doneFor.current = startedAt;
    player({ atMs: 0, type: 'done', segmentIndex: 0 }, undefined);
  }, [completedNow, startedAt, player]);

  const call = useCallback(
    async (request: () => Promise<IpcResult<RoutineSessionView | null>>) => {
      setBusy(true);
      await run(request);
      setBusy(false);
    },
    [run],
  );
  const onFinish = useCallback(() => void finishAndClose(), []);
  const onAction = useCallback(
    (action: Exclude<RoutineAction, 'finish'>) =>
      void call(() => bridge.controlRoutine({ action })),
    [call],
  );

  // Outside the player, Esc leaves the window as its visible button would.
  const playing = session?.phase === 'running' && session.clock !== null;
  useCloseOnEscape(escapeFor(session), session !== undefined && !playing);

  if (session === undefined) return <div className="page" aria-busy="true" />;

  const banner = error && (
    <p className="banner banner--error rt-error" role="alert">
      {error}
    </p>
  );

  if (session === null) {
    return (
      <main className="page rt-page rt-page--centred">
        {banner}
        <section className="rt-panel">
          <h1>No routine is playing</h1>
          <p className="rt-lead">Start one from the Decompress icon in your tray or menu bar.</p>
          <div className="rt-actions">
            <CloseWindowButton />
            <EscHint does="closes" />
          </div>
        </section>
      </main>
    );
  }

  const routine = getRoutine(session.routineId);

  if (session.phase === 'interrupted') {
    return (
      <main className="page rt-page rt-page--centred">
        {banner}
        <ResumeView
          routine={routine}
          session={session}
          busy={busy}
          onResume={() => onAction('resume')}
          onStartOver={() => onAction('restart')}
          onNotNow={() =>
            void call(async () => {
              const next = await bridge.controlRoutine({ action: 'dismiss' });
              await bridge.closeWindow();
              return next;
            })
          }
        />
      </main>
    );
  }

  if (session.phase === 'running' && session.clock) {
    return (
      <div className="rt-page">
        {banner}
        <RunningPlayer
          session={session}
          clock={session.clock}
          busy={busy}
          cues={cues}
          onAction={onAction}
        />
      </div>
    );
  }

  if (session.phase === 'checkIn') {
    return (
      <div className="rt-page">
        <header className="rt-top">
          <div className="rt-top__where">
            <span className="rt-top__routine">{routine.title}</span>
          </div>
          <HurtsButton onClick={() => onAction('hurts')} />
        </header>
        <main className="rt-page--centred">
          {banner}
          <CheckInView
            when="before"
            routine={routine}
            session={session}
            busy={busy}
            onSubmit={(score) => void call(() => bridge.recordPain({ when: 'before', score }))}
            onCancel={() => void call(cancelAndClose)}
          />
        </main>
      </div>
    );
  }

  if (session.outcome === 'hurts') {
    return (
      <main className="page rt-page rt-page--centred">
        {banner}
        <HurtsView onClose={onFinish} />
      </main>
    );
  }

  if (!session.recorded) {
    return (
      <main className="page rt-page rt-page--centred">
        {banner}
        <CheckInView
          key={session.routineId}
          when="after"
          routine={routine}
          session={session}
          busy={busy}
          onSubmit={(score) => void call(() => bridge.recordPain({ when: 'after', score }))}
        />
      </main>
    );
  }

  return (
    <main className="page rt-page rt-page--centred">
      {banner}
      <FinishView
        routine={routine}
        timeline={expand(routine)}
        session={session}
        onClose={onFinish}
      />
    </main>
  );
}
