import { z } from 'zod';
import { PAUSE_CHOICE_IDS } from '../reminders/pauseChoices';
import type { PlannerStatus } from '../reminders/plannerStatus';
import { PROMPT_ACTIONS, type PromptState } from '../reminders/promptState';
import { channel, event } from './channel';

export const reminderChannels = {
  getPlannerStatus: channel<PlannerStatus>()(z.undefined()),
  getPromptState: channel<PromptState>()(z.undefined()),
  /** The person's answer to the prompt; refused when that answer is not on offer. */
  answerPrompt: channel<PromptState>()(z.object({ action: z.enum(PROMPT_ACTIONS) }).strict()),
  pauseReminders: channel<PlannerStatus>()(z.object({ choice: z.enum(PAUSE_CHOICE_IDS) }).strict()),
  resumeReminders: channel<PlannerStatus>()(z.undefined()),
};

export const reminderEvents = {
  plannerStatus: event<PlannerStatus>(),
  promptState: event<PromptState>(),
};
