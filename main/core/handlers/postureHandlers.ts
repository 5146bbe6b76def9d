import type { CueAction, CueState } from '../../../shared/posture/cueState';
import type { postureChannels } from '../../../shared/ipc/postureChannels';
import type { Clock } from '../clock';
import type { Handlers } from '../ipc/router';

type PostureHandlers = Pick<Handlers, keyof typeof postureChannels>;

/** Where the cue window's state lives (the planner, once it shows cues). */
export interface CueBoard {
  cueState(): CueState;
  /** Throws (a refusal) when no cue is open. */
  answerCue(action: CueAction): CueState;
}

/** The cue window's calls: what to show, and the person's answer. Without a board, no cue is ever open. */
export function postureHandlers(board: CueBoard | null, clock: Clock): PostureHandlers {
  return {
    getCueState: () => board?.cueState() ?? { status: 'none', sentAt: clock.now() },
    answerCue: ({ action }) => {
      if (!board) throw new Error('No cue is open');
      return board.answerCue(action);
    },
  };
}
