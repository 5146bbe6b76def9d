import type { reminderChannels } from '../../../shared/ipc/reminderChannels';
import type { Handlers } from '../ipc/router';
import type { Planner } from '../planner/driver';

type ReminderHandlers = Pick<Handlers, keyof typeof reminderChannels>;

/** The prompt window's and the tray's calls into the planner; the engine refuses answers not on offer. */
export function reminderHandlers(engine: Planner): ReminderHandlers {
  return {
    getPlannerStatus: () => engine.status(),
    getPromptState: () => engine.promptState(),
    answerPrompt: ({ action }) => engine.answer(action),
    pauseReminders: ({ choice }) => engine.pause(choice),
    resumeReminders: () => engine.resume(),
  };
}
