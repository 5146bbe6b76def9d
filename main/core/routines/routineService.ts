// Over 300 lines on purpose: one service owns the routine in progress (its
// phases, clock, session file and history records); every control reads and
// moves that one session, so splitting would spread one state machine.
import type { HistoryEvent, RoutineSource } from '../../../shared/history/events';
import type {
  PendingRoutine,
  RoutineAction,
  RoutineOutcome,
  RoutinePhase,
  RoutineSessionView,
  SafetyAckResult,
  SafetyScope,
  StartRoutineResult,
} from '../../../shared/ipc/routineChannels';
import { getRoutine, type RoutineId } from '../../../shared/routines/catalogue';
import type { Routine } from '../../../shared/routines/model';
import {
  backSegment,
  expand,
  pauseAt,
  positionAt,
  resumeAt,
  skipSegment,
  startClock,
  type SessionClock,
  type Timeline,
} from '../../../shared/routines/timeline';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import type { Clock, TimerHandle } from '../clock';
import type { HistoryLog } from '../history/historyLog';
import type { Logger } from '../logger';
import type { WindowsPort } from '../ports';
import { acknowledgementField, missingAcknowledgement } from './safetyGate';
import type { SessionStore } from './sessionFile';
import { activeMs, stepCutShortBySkip } from './sessionProgress';
import { SESSION_SNAPSHOT_VERSION, type SessionSnapshot } from './sessionSnapshot';

/**
 * How long an ended routine waits for the after check-in before its outcome
 * is written without it and the session is let go.
 */
export const ENDED_SESSION_TIMEOUT_MS = 10 * 60_000;

/**
 * A routine that a crash of main cut off less than this long ago is offered
 * again at the next start; an older one is recorded as interrupted.
 */
export const RESUME_OFFER_MS = 10 * 60_000;

/**
 * While a routine is open its file is re-saved at every segment boundary and
 * at least this often, so after a crash the last save says, to within a
 * segment or a minute, when and where the routine was cut off.
 */
export const CHECKPOINT_MAX_MS = 60_000;

/** What restore() found at start-up. */
export type RestoreOutcome =
  | 'none'
  /** The routine window opened on "Resume where you left off?". */
  | 'offered'
  /** Cut off too long ago: recorded as interrupted. */
  | 'recorded-interrupted'
  /** It had ended already; its outcome (without the after check-in) is now recorded. */
  | 'recorded-ended'
  /** The file was unusable and was set aside. */
  | 'set-aside';

export interface RoutineServiceDeps {
  clock: Clock;
  windows: Pick<WindowsPort, 'open' | 'isOpen' | 'broadcast'>;
  history: Pick<HistoryLog, 'append'>;
  settings: { get(): Settings; update(patch: SettingsPatch): Settings };
  log: Logger;
  /** The routine in progress on disk: saved on every change, read back by restore(). */
  store: SessionStore;
  /**
   * A routine has really begun, at `at`: every start ends in begin(), the
   * safety acknowledgement's too, so the planner hears of each one here.
   */
  onStarted?(at: number): void;
  /**
   * A routine that had started has ended (completed or stopped), at `at`:
   * a break happened, so the reminder count restarts from here.
   */
  onBreakTaken(at: number): void;
}

export interface RoutineService {
  /**
   * Starts a routine, or opens the safety window first when an acknowledgement
   * is missing (the routine starts once it is given). A routine already
   * playing in an open window is brought to the front instead.
   */
  start(routineId: RoutineId, source: RoutineSource): StartRoutineResult;
  /** The session as windows see it, or null. */
  session(): RoutineSessionView | null;
  /** Throws an Error saying why when the action does not apply now. */
  control(action: RoutineAction): RoutineSessionView | null;
  /** Throws an Error saying why when that check-in is not being asked. */
  recordPain(when: 'before' | 'after', score: number | null): RoutineSessionView;
  acknowledgeSafety(scope: SafetyScope): SafetyAckResult;
  pending(): PendingRoutine | null;
  cancelPending(): void;
  /** A routine is in the check-in or playing (not ended). */
  running(): boolean;
  onChange(listener: (view: RoutineSessionView | null) => void): () => void;
  /**
   * At start-up: takes up what a crash of main left. A routine cut off less
   * than {@link RESUME_OFFER_MS} ago opens the routine window on the resume
   * question (phase 'interrupted'); an older one is recorded as interrupted;
   * one that had ended gets its outcome recorded; a bad file is set aside.
   */
  restore(): RestoreOutcome;
  /**
   * The app is quitting: a routine still playing is recorded as stopped. An
   * unanswered resume question stays on disk, for the next start to ask.
   */
  stop(): void;
}

interface Session {
  routine: Routine;
  routineId: RoutineId;
  source: RoutineSource;
  timeline: Timeline;
  createdAt: number;
  phase: RoutinePhase;
  clock: SessionClock | null;
  painBefore: number | null;
  painAfter: number | null;
  skippedStepIds: string[];
  outcome: RoutineOutcome | null;
  endedAt: number | null;
  recorded: boolean;
  /** Phase 'interrupted': the last save before the crash, and the phase Resume goes back to. */
  interruptedAt: number | null;
  resumesTo: 'checkIn' | 'running' | null;
}

/**
 * The routine session in main: the one place that knows which routine is
 * playing and where. Windows get a plain view on every change and compute
 * the countdown from its absolute times, so a reloaded or crashed window
 * picks up at the right second. One timer, set for the routine's end and
 * re-set after every pause, resume or jump; nothing polls.
 */
export function createRoutineService(deps: RoutineServiceDeps): RoutineService {
  const { clock, log } = deps;
  let session: Session | null = null;
  let pending: { routineId: RoutineId; source: RoutineSource } | null = null;
  let endTimer: TimerHandle | null = null;
  let lingerTimer: TimerHandle | null = null;
  let checkpointTimer: TimerHandle | null = null;
  /** Grows with every change, across sessions, so a window can drop a push that arrives late. */
  let revision = 0;
  const listeners = new Set<(view: RoutineSessionView | null) => void>();

  function view(): RoutineSessionView | null {
    if (!session) return null;
    const s = session;
    return {
      revision,
      routineId: s.routineId,
      title: s.routine.title,
      source: s.source,
      phase: s.phase,
      clock: s.clock,
      painBefore: s.painBefore,
      painAfter: s.painAfter,
      skippedStepIds: [...s.skippedStepIds],
      outcome: s.outcome,
      endedAt: s.endedAt,
      playedMs: s.clock ? activeMs(s.clock, s.endedAt ?? clock.now()) : 0,
      recorded: s.recorded,
      interruptedAt: s.interruptedAt,
      resumesTo: s.resumesTo,
    };
  }

  /** The latest moment the session itself records (the wall clock may have stepped back since). */
  function latestRecorded(s: Session): number {
    let latest = Math.max(s.createdAt, s.endedAt ?? 0);
    for (const p of s.clock?.pauses ?? []) latest = Math.max(latest, p.at, p.resumedAt ?? 0);
    for (const j of s.clock?.jumps ?? []) latest = Math.max(latest, j.at);
    return Math.max(latest, s.clock?.startedAt ?? 0);
  }

  function snapshotOf(s: Session, phase: SessionSnapshot['phase']): SessionSnapshot {
    return {
      version: SESSION_SNAPSHOT_VERSION,
      routineId: s.routineId,
      source: s.source,
      createdAt: s.createdAt,
      savedAt: Math.max(clock.now(), latestRecorded(s)),
      phase,
      clock: s.clock,
      painBefore: s.painBefore,
      painAfter: s.painAfter,
      skippedStepIds: [...s.skippedStepIds],
      outcome: s.outcome,
      endedAt: s.endedAt,
      recorded: s.recorded,
    };
  }

  /** Re-saves an open routine at its next segment boundary, or within a minute. */
  function armCheckpoint(s: Session): void {
    checkpointTimer = clearTimer(checkpointTimer);
    if (s.phase !== 'checkIn' && s.phase !== 'running') return;
    let wait = CHECKPOINT_MAX_MS;
    if (s.phase === 'running' && s.clock) {
      const at = positionAt(s.timeline, s.clock, clock.now());
      // The boundary at the very end is the end timer's: the routine is over then.
      if (!at.paused && !at.done && at.remainingInSegmentMs < at.remainingMs) {
        wait = Math.min(wait, at.remainingInSegmentMs);
      }
    }
    checkpointTimer = clock.setTimeout(() => {
      checkpointTimer = null;
      if (session !== s) return;
      persist();
    }, wait);
  }

  /** Writes the session as it is now (or removes the file when there is none). */
  function persist(): void {
    checkpointTimer = clearTimer(checkpointTimer);
    const s = session;
    if (!s) {
      deps.store.clear();
      return;
    }
    // The question stands on the file the crash left: re-saving would make
    // an old interruption look recent at every start.
    if (s.phase === 'interrupted') return;
    deps.store.save(snapshotOf(s, s.phase));
    armCheckpoint(s);
  }

  function emit(): void {
    persist();
    revision++;
    const current = view();
    deps.windows.broadcast('routineSession', current);
    for (const listener of listeners) {
      try {
        listener(current);
      } catch (err) {
        log.error('routines: a change listener failed', { message: String(err) });
      }
    }
  }

  function clearTimer(handle: TimerHandle | null): null {
    if (handle) clock.clearTimeout(handle);
    return null;
  }

  function append(event: HistoryEvent): void {
    try {
      deps.history.append(event);
    } catch (err) {
      // The routine itself must go on (or end) even when the disk is full.
      log.error('routines: history append failed', { type: event.type, message: String(err) });
    }
  }

  /** Writes the outcome of an ended session once. */
  function record(s: Session): void {
    if (s.recorded || s.outcome === null || s.endedAt === null) return;
    s.recorded = true;
    const common = {
      at: s.endedAt,
      routineId: s.routineId,
      startedAt: s.clock?.startedAt ?? s.createdAt,
      painBefore: s.painBefore,
      painAfter: s.painAfter,
      skippedSteps: s.skippedStepIds.length,
    };
    if (s.outcome === 'completed') append({ type: 'completed', ...common });
    else append({ type: 'stopped', ...common, reason: s.outcome === 'hurts' ? 'hurts' : 'user' });
  }

  /** An interrupted routine that will not be resumed: said once in history. */
  function recordInterrupted(s: Session, at: number): void {
    if (s.recorded) return;
    s.recorded = true;
    append({
      type: 'interrupted',
      at,
      routineId: s.routineId,
      startedAt: s.clock?.startedAt ?? s.createdAt,
      painBefore: s.painBefore,
      skippedSteps: s.skippedStepIds.length,
    });
  }

  /** Records whatever is still unrecorded and lets the session go. */
  function release(): void {
    if (session?.phase === 'interrupted') recordInterrupted(session, session.interruptedAt ?? 0);
    if (session) record(session);
    session = null;
    endTimer = clearTimer(endTimer);
    lingerTimer = clearTimer(lingerTimer);
    checkpointTimer = clearTimer(checkpointTimer);
  }

  function end(s: Session, outcome: RoutineOutcome, now: number): void {
    s.phase = 'ended';
    s.outcome = outcome;
    s.endedAt = now;
    endTimer = clearTimer(endTimer);
    if (s.clock) deps.onBreakTaken(now);
    // Nobody is there to answer the after check-in when the window is gone;
    // "this hurts" shows advice instead of asking.
    if (outcome === 'hurts' || !deps.windows.isOpen('routine')) record(s);
    if (!deps.windows.isOpen('routine')) {
      release();
      return;
    }
    lingerTimer = clearTimer(lingerTimer);
    lingerTimer = clock.setTimeout(() => {
      lingerTimer = null;
      if (session !== s) return;
      log.info('routines: an ended routine was left open; recording it without the check-in');
      release();
      emit();
    }, ENDED_SESSION_TIMEOUT_MS);
  }

  /** After any change to the clock: end now if done, else wake at the end moment. */
  function armEnd(s: Session): void {
    endTimer = clearTimer(endTimer);
    if (s.phase !== 'running' || !s.clock) return;
    const now = clock.now();
    const position = positionAt(s.timeline, s.clock, now);
    if (position.done) {
      // A window closed mid-routine took the player (and its sound) with it:
      // the person left, so the run is not counted as done.
      end(s, deps.windows.isOpen('routine') ? 'completed' : 'stopped', now);
      return;
    }
    if (position.paused) return;
    endTimer = clock.setTimeout(() => {
      endTimer = null;
      if (session !== s) return;
      armEnd(s);
      emit();
    }, position.remainingMs);
  }

  function newSession(routineId: RoutineId, source: RoutineSource, createdAt: number): Session {
    const routine = getRoutine(routineId);
    return {
      routine,
      routineId,
      source,
      timeline: expand(routine),
      createdAt,
      phase: 'checkIn',
      clock: null,
      painBefore: null,
      painAfter: null,
      skippedStepIds: [],
      outcome: null,
      endedAt: null,
      recorded: false,
      interruptedAt: null,
      resumesTo: null,
    };
  }

  function begin(routineId: RoutineId, source: RoutineSource): void {
    const now = clock.now();
    session = newSession(routineId, source, now);
    append({ type: 'started', at: now, routineId, source });
    log.info('routines: started', { routineId, source });
    deps.windows.open('routine');
    deps.onStarted?.(now);
  }

  function requireSession(): Session {
    if (!session) throw new Error('No routine is running');
    return session;
  }

  function pendingView(): PendingRoutine | null {
    if (!pending) return null;
    const routine = getRoutine(pending.routineId);
    return {
      routineId: pending.routineId,
      title: routine.title,
      source: pending.source,
      scope: missingAcknowledgement(deps.settings.get(), routine) ?? 'general',
    };
  }

  function start(routineId: RoutineId, source: RoutineSource): StartRoutineResult {
    // Starting something else answers the resume question: not this one.
    if (session?.phase === 'interrupted') release();
    if (session && session.phase !== 'ended') {
      if (deps.windows.isOpen('routine')) {
        deps.windows.open('routine');
        log.info('routines: already playing; brought to the front', { routineId });
        return { status: 'already-running' };
      }
      // The player window was closed mid-routine: that run is over.
      end(session, 'stopped', clock.now());
    }
    release();
    const scope = missingAcknowledgement(deps.settings.get(), getRoutine(routineId));
    if (scope) {
      pending = { routineId, source };
      deps.windows.open('safety');
      log.info('routines: waiting for a safety acknowledgement', { routineId, scope });
      emit();
      return { status: 'needs-safety', scope };
    }
    pending = null;
    begin(routineId, source);
    emit();
    return { status: 'started' };
  }

  function control(action: RoutineAction): RoutineSessionView | null {
    if (action === 'finish') {
      if (session && session.phase !== 'ended') {
        throw new Error('The routine is still playing: stop it first');
      }
      release();
      emit();
      return null;
    }
    const s = requireSession();
    const now = clock.now();
    if (s.phase === 'interrupted') return answerResume(s, action, now);
    if (action === 'restart' || action === 'dismiss') {
      throw new Error('Only an interrupted routine can be started over or let go');
    }
    if (s.phase === 'ended') throw new Error('The routine has already ended');
    if (s.phase === 'checkIn') {
      if (action === 'hurts') end(s, 'hurts', now);
      else if (action === 'stop') {
        // Leaving before the first step: recorded, and nothing left to show.
        end(s, 'stopped', now);
        release();
      } else throw new Error('The routine has not started yet');
      emit();
      return view();
    }
    const before = s.clock ?? startClock(now);
    switch (action) {
      case 'pause':
        s.clock = pauseAt(before, now);
        break;
      case 'resume':
        s.clock = resumeAt(before, now);
        break;
      case 'next': {
        const cut = stepCutShortBySkip(s.timeline, before, now);
        if (cut && !s.skippedStepIds.includes(cut)) s.skippedStepIds.push(cut);
        s.clock = skipSegment(before, s.timeline, now);
        break;
      }
      case 'back':
        s.clock = backSegment(before, s.timeline, now);
        break;
      case 'stop':
        end(s, 'stopped', now);
        break;
      case 'hurts':
        end(s, 'hurts', now);
        break;
    }
    if (s.phase === 'running') armEnd(s);
    emit();
    return view();
  }

  /** "Resume where you left off?": Resume, Start over or Not now. */
  function answerResume(s: Session, action: RoutineAction, now: number): RoutineSessionView | null {
    switch (action) {
      case 'resume': {
        s.phase = s.resumesTo ?? 'checkIn';
        if (s.clock) s.clock = resumeAt(s.clock, now);
        s.interruptedAt = null;
        s.resumesTo = null;
        log.info('routines: resumed after an interruption', { routineId: s.routineId });
        if (!deps.windows.isOpen('routine')) deps.windows.open('routine');
        armEnd(s);
        emit();
        return view();
      }
      case 'restart': {
        log.info('routines: started over after an interruption', { routineId: s.routineId });
        start(s.routineId, s.source);
        return view();
      }
      case 'dismiss':
        log.info('routines: an interrupted routine was let go', { routineId: s.routineId });
        release();
        emit();
        return null;
      default:
        throw new Error('This routine was interrupted: resume it, start over or let it go first');
    }
  }

  /** What a previous run left on disk; see {@link RoutineService.restore}. */
  function restore(): RestoreOutcome {
    const loaded = deps.store.load();
    if (loaded.kind === 'none') return 'none';
    if (loaded.kind === 'set-aside') return 'set-aside';
    const snap = loaded.snapshot;
    if (session || pending) {
      log.warn('routines: a routine started before the saved one was looked at; saved one dropped');
      return 'none';
    }
    const s: Session = {
      ...newSession(snap.routineId, snap.source, snap.createdAt),
      phase: snap.phase,
      clock: snap.clock,
      painBefore: snap.painBefore,
      painAfter: snap.painAfter,
      skippedStepIds: [...snap.skippedStepIds],
      outcome: snap.outcome,
      endedAt: snap.endedAt,
      recorded: snap.recorded,
    };
    if (snap.phase === 'ended') {
      // Ended before the crash, the after check-in unanswered: it still counts.
      record(s);
      deps.store.clear();
      log.info('routines: recorded a routine that had ended before a restart', {
        routineId: s.routineId,
      });
      return 'recorded-ended';
    }
    const agoMs = clock.now() - snap.savedAt;
    // Either way round: a wall clock that stepped back must not hide a fresh
    // interruption, nor keep one from the far future on offer for ever.
    if (Math.abs(agoMs) >= RESUME_OFFER_MS) {
      recordInterrupted(s, snap.savedAt);
      deps.store.clear();
      log.info('routines: a routine cut off by a restart was recorded as interrupted', {
        routineId: s.routineId,
        minutesAgo: Math.round(agoMs / 60_000),
      });
      return 'recorded-interrupted';
    }
    s.resumesTo = snap.phase;
    s.phase = 'interrupted';
    s.interruptedAt = snap.savedAt;
    if (s.clock) s.clock = pauseAt(s.clock, snap.savedAt);
    session = s;
    log.info('routines: offering to resume a routine cut off by a restart', {
      routineId: s.routineId,
      secondsAgo: Math.round(agoMs / 1000),
    });
    deps.windows.open('routine');
    emit();
    return 'offered';
  }

  function recordPain(when: 'before' | 'after', score: number | null): RoutineSessionView {
    const s = requireSession();
    if (s.phase === 'interrupted') {
      throw new Error('This routine was interrupted: resume it or start over first');
    }
    if (when === 'before') {
      if (s.phase !== 'checkIn') throw new Error('The routine has already started');
      s.painBefore = score;
      s.phase = 'running';
      s.clock = startClock(clock.now());
      armEnd(s);
    } else {
      if (s.phase !== 'ended') throw new Error('The routine has not ended yet');
      if (s.recorded) throw new Error('This routine is already recorded');
      s.painAfter = score;
      record(s);
    }
    emit();
    const current = view();
    if (!current) throw new Error('No routine is running');
    return current;
  }

  function acknowledgeSafety(scope: SafetyScope): SafetyAckResult {
    deps.settings.update({ [acknowledgementField(scope)]: new Date(clock.now()).toISOString() });
    log.info('routines: safety acknowledged', { scope });
    if (!pending) return { started: false, pending: null };
    const waiting = pending;
    if (missingAcknowledgement(deps.settings.get(), getRoutine(waiting.routineId))) {
      return { started: false, pending: pendingView() };
    }
    pending = null;
    const result = start(waiting.routineId, waiting.source);
    return { started: result.status === 'started', pending: pendingView() };
  }

  return {
    start,
    session: view,
    control,
    recordPain,
    acknowledgeSafety,
    pending: pendingView,
    cancelPending() {
      pending = null;
    },
    running: () => session !== null && session.phase !== 'ended' && session.phase !== 'interrupted',
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restore,
    stop() {
      if (session?.phase === 'interrupted') {
        // Unanswered: the file stays as the crash left it, for the next start.
        session = null;
        checkpointTimer = clearTimer(checkpointTimer);
        return;
      }
      if (session && session.phase !== 'ended') end(session, 'stopped', clock.now());
      release();
      deps.store.clear();
    },
  };
}
