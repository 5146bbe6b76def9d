import type { BusySourceStatusView } from '../../../shared/ipc/desktopChannels';
import type { BusySourceReadings } from '../../core/desktopFacts';
import type { GuardedSource } from './guardedSource';

/** The live sources as the planner asks them, and as Settings reads their last answers. */
export interface SourceBoard extends BusySourceReadings {
  /** The same sources, each telling the board when it has answered. */
  readonly sources: readonly GuardedSource[];
}

function viewOf(source: GuardedSource): BusySourceStatusView {
  const { kind, state, at, text } = source.status();
  return { kind, state, at, text };
}

/**
 * Keeps Settings' view of the live busy sources current without reading
 * anything more: each answer the planner gets is passed on (`onChange`), and
 * only "Check now" (a person's click) asks them outside the planner's
 * moments. `now` is the core's clock, for the time of each answer.
 */
export function createSourceBoard(
  guarded: readonly GuardedSource[],
  now: () => number,
  onChange: (views: BusySourceStatusView[]) => void,
): SourceBoard {
  const statuses = () => guarded.map(viewOf);
  const sources = guarded.map((source): GuardedSource => ({
    ...source,
    async ask(at) {
      try {
        return await source.ask(at);
      } finally {
        onChange(statuses());
      }
    },
  }));
  return {
    sources,
    statuses,
    async checkAll() {
      const at = now();
      // guardSource never rejects: a failing signal answers unavailable.
      await Promise.all(guarded.map((source) => source.ask(at)));
      const views = statuses();
      onChange(views);
      return views;
    },
  };
}
