import { busyBecause, NOT_BUSY, type SignalAnswer } from '../signalDetector';

/** QUERY_USER_NOTIFICATION_STATE (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

/** WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED: the active Focus assist profile. */
export const FOCUS_ASSIST = { OFF: 0, PRIORITY_ONLY: 1, ALARMS_ONLY: 2 } as const;

/** What one probe of the Windows shell read, raw, as the fixtures record it. */
export interface ShellStateReading {
  /** SHQueryUserNotificationState's HRESULT and the state it wrote (null when the call failed). */
  notificationState: { hresult: number; state: number | null };
  /** NtQueryWnfStateData's NTSTATUS and the profile it read (null when the call failed). */
  focusAssist: { ntstatus: number; profile: number | null };
}

/**
 * A fullscreen app or a presentation, from SHQueryUserNotificationState:
 * the shell's own answer to "may I show a notification now?".
 * - QUNS_BUSY: a fullscreen app (a video player, a browser in fullscreen, a
 *   screen-shared window maximised by a meeting app).
 * - QUNS_RUNNING_D3D_FULL_SCREEN: an exclusive fullscreen Direct3D app (a
 *   game, some video players).
 * - QUNS_PRESENTATION_MODE: Windows presentation settings are on (a laptop
 *   set to "I am currently giving a presentation", PowerPoint's slide show).
 * - QUNS_APP: an immersive (Store) app in the foreground, fullscreen.
 * Not busy: QUNS_ACCEPTS_NOTIFICATIONS; QUNS_NOT_PRESENT (locked, screen
 * saver, another user: the planner's idle and lock handling covers that);
 * QUNS_QUIET_TIME (the first hour after a new account's first sign-in).
 * A failed call (an HRESULT below 0) throws, so the guard logs it once.
 */
export function presentationFromShellState(
  reading: ShellStateReading['notificationState'],
): SignalAnswer {
  if (reading.hresult < 0 || reading.state === null) {
    throw new Error(
      `SHQueryUserNotificationState failed (HRESULT 0x${(reading.hresult >>> 0).toString(16)})`,
    );
  }
  switch (reading.state) {
    case QUNS.BUSY:
    case QUNS.APP:
      return busyBecause('a fullscreen app is in front', { reasonKind: 'fullscreen' });
    case QUNS.RUNNING_D3D_FULL_SCREEN:
      return busyBecause('a fullscreen game or video is in front', { reasonKind: 'fullscreen' });
    case QUNS.PRESENTATION_MODE:
      return busyBecause('presentation mode is on');
    case QUNS.NOT_PRESENT:
    case QUNS.ACCEPTS_NOTIFICATIONS:
    case QUNS.QUIET_TIME:
      return NOT_BUSY;
    default:
      throw new Error(`SHQueryUserNotificationState gave an unknown state ${reading.state}`);
  }
}

/**
 * Do not disturb on Windows: the active Focus assist profile (Windows 10
 * 1803+; Windows 11 calls it Do not disturb and keeps the same state). Its
 * automatic rules (while presenting, gaming, duplicating the display, at set
 * hours) switch the same profile, so one read covers them. There is no
 * public API for it; the WNF state is what the shell itself publishes.
 */
export function doNotDisturbFromFocusAssist(
  reading: ShellStateReading['focusAssist'],
): SignalAnswer {
  if (reading.ntstatus < 0 || reading.profile === null) {
    throw new Error(
      `NtQueryWnfStateData failed (NTSTATUS 0x${(reading.ntstatus >>> 0).toString(16)})`,
    );
  }
  switch (reading.profile) {
    case FOCUS_ASSIST.OFF:
      return NOT_BUSY;
    case FOCUS_ASSIST.PRIORITY_ONLY:
      return busyBecause('Focus assist is on (priority only)');
    case FOCUS_ASSIST.ALARMS_ONLY:
      return busyBecause('Focus assist is on (alarms only)');
    default:
      throw new Error(`Focus assist gave an unknown profile ${reading.profile}`);
  }
}
