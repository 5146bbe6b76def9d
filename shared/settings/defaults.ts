import {
  SETTINGS_VERSION,
  type MeetingSettings,
  type OfficeHours,
  type PostureSettings,
  type Settings,
  type StandingDeskSettings,
} from './schema';

/** Every busy source on, titles private: holding starts as soon as a source can say "busy". */
export const DEFAULT_MEETINGS: MeetingSettings = {
  holdReminders: true,
  showTitles: false,
  sources: {
    calendar: true,
    camera: true,
    microphone: true,
    presentation: true,
    doNotDisturb: true,
  },
};

/** A quiet cue after every 20 minutes of active time, no sound, not in the tray line. */
export const DEFAULT_POSTURE: PostureSettings = {
  cues: true,
  everyMinutes: 20,
  sound: false,
  showNextInTray: false,
};

/** Off until the person says they have a standing desk; sit 20 / stand 8 / move 2. */
export const DEFAULT_STANDING_DESK: StandingDeskSettings = {
  enabled: false,
  sitMinutes: 20,
  standMinutes: 8,
  moveMinutes: 2,
};

const workday = [{ start: '09:00', end: '17:30' }];

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  mon: workday,
  tue: workday,
  wed: workday,
  thu: workday,
  fri: workday,
  sat: [],
  sun: [],
};

/** Defaults chosen for a typical 9-to-5:30 desk worker; sessions start off until chosen. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    officeHours: structuredClone(DEFAULT_OFFICE_HOURS),
    intervalMinutes: 45,
    headsUpSeconds: 30,
    naturalBreakMinutes: 5,
    snoozeMinutes: 5,
    maxSnoozes: 3,
    nagMinutes: 2,
    nagLevel: 'persistent',
    graceMinutes: 60,
    defaultRoutineId: 'quick-seated-reset',
    sessions: [
      {
        id: 'morning',
        name: 'Morning',
        time: '07:30',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        routineId: 'morning-mobility',
        enabled: false,
      },
      {
        id: 'evening',
        name: 'Evening',
        time: '19:00',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        routineId: 'evening-wind-down',
        enabled: false,
      },
    ],
    soundEnabled: true,
    soundVolume: 0.6,
    spokenCues: false,
    theme: 'system',
    launchAtLogin: false,
    safetyAcknowledgedAt: null,
    partnerSafetyAcknowledgedAt: null,
    welcomeCompleted: false,
    updateMode: 'automatic',
    startBreakShortcut: null,
    meetings: structuredClone(DEFAULT_MEETINGS),
    posture: { ...DEFAULT_POSTURE },
    standingDesk: { ...DEFAULT_STANDING_DESK },
    skippedBreakReturns: true,
  };
}
