import type { reminderChannels } from '../../../shared/ipc/reminderChannels';
import type { Handlers } from '../ipc/router';
import type { Planner } from '../planner/driver';

type ReminderHandlers = Pick<Handlers, keyof typeof reminderChannels>;

/** The prompt window's and the tray's calls into the planner; it refuses answers not on offer. */
export function reminderHandlers(planner: Planner): ReminderHandlers {
  return {
    getPlannerStatus: () => planner.status(),
    getPromptState: () => planner.promptState(),
    answerPrompt: ({ action }) => planner.answer(action),
    pauseReminders: ({ choice }) => planner.pause(choice),
    resumeReminders: () => planner.resume(),
  };
}
