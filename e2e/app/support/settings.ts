import { defaultSettings } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/schema';

/** Monday 23 Nov 2026, 09:00 in Europe/Berlin (the app specs' zone): inside default office hours. */
export const MONDAY_9AM_BERLIN = Date.parse('2026-11-23T08:00:00Z');
export const MINUTE = 60_000;

/** Settings of someone past the welcome and the safety screen, with any changes on top. */
export function settledSettings(patch: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    welcomeCompleted: true,
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  };
}
