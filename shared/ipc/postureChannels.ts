import { z } from 'zod';
import { CUE_ACTIONS, type CueState } from '../posture/cueState';
import { channel, event } from './channel';

/** The quiet cue window between breaks (posture check-ins, stand up / sit down). */
export const postureChannels = {
  getCueState: channel<CueState>()(z.undefined()),
  /** "Done" or dismissed; refused (a bad-payload or not-open error) when no cue is open. */
  answerCue: channel<CueState>()(z.object({ action: z.enum(CUE_ACTIONS) }).strict()),
};

export const postureEvents = {
  cueState: event<CueState>(),
};
