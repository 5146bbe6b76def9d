import type { OpenPromptState, PromptState } from '../../shared/reminders/promptState';

/**
 * An open interval prompt as main sends it, opened at `now` after 50 min of
 * work (the last break 47 min ago), with `patch` on top. Sound is off unless
 * the patch says otherwise.
 */
export function openPromptAt(
  now: number,
  patch: Partial<OpenPromptState & { sentAt: number }> = {},
): PromptState {
  return {
    status: 'open',
    reason: 'interval',
    session: null,
    routine: { id: 'quick-seated-reset', title: 'Quick seated reset', minutes: 2 },
    openedAt: now,
    escalation: 0,
    nagCount: 0,
    lastNagAt: null,
    nagLevel: 'persistent',
    snoozesUsed: 0,
    snoozesAllowed: 3,
    snoozeMinutes: 5,
    canSkip: true,
    lastBreakAt: now - 47 * 60_000,
    workingSince: now - 50 * 60_000,
    sound: { enabled: false, volume: 0.6 },
    shortest: null,
    returned: false,
    sentAt: now,
    ...patch,
  };
}
