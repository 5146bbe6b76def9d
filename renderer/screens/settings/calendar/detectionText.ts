import type { AppInfo } from '../../../../shared/ipc/appChannels';
import type { BusySourceKind } from '../../../../shared/settings/schema';

type Platform = AppInfo['platform'];

/** What a busy source is called and what it can see on one OS. */
export interface SourceWords {
  label: string;
  /** What it counts, and what it cannot see. */
  help: string;
  /** Set when this OS cannot see the signal at all: the switch is shown off and disabled. */
  unavailable: string | null;
}

const MAC_CALENDAR_ONLY = 'On macOS, Decompress sees meetings from your calendar only.';
const OTHER_CALENDAR_ONLY = 'On this system, Decompress sees meetings from your calendar only.';

/** One plain line per OS: what Decompress can tell about meetings here. */
export function detectionLine(platform: Platform): string {
  switch (platform) {
    case 'darwin':
      return `${MAC_CALENDAR_ONLY} It cannot see the camera, the microphone or a presentation without a helper it does not have; Focus counts only when you switch it on by hand and Decompress has Full Disk Access.`;
    case 'win32':
      return 'On Windows, Decompress sees your calendar, an app using the camera or the microphone, a fullscreen app or a presentation, and Focus assist.';
    case 'linux':
      return 'On Linux, Decompress sees your calendar, an app using the camera, a recording on a built-in or USB microphone, an app keeping the screen awake (a call, a video, slides) and Do not disturb on GNOME, KDE Plasma and Xfce. Bluetooth headsets are not seen.';
    case 'other':
      return OTHER_CALENDAR_ONLY;
  }
}

/** The switch for each busy source, worded for this OS. */
export function busySourceWords(kind: BusySourceKind, platform: Platform): SourceWords {
  const calendarOnly =
    platform === 'darwin' ? MAC_CALENDAR_ONLY : platform === 'other' ? OTHER_CALENDAR_ONLY : null;
  switch (kind) {
    case 'calendar':
      return {
        label: 'Calendar',
        help: 'Events in the calendars above that mark you busy. Free, cancelled and declined events do not count.',
        unavailable: null,
      };
    case 'camera':
      return {
        label: 'Camera',
        help:
          platform === 'win32'
            ? 'Counts an app using the camera, as Windows privacy settings record it.'
            : 'Counts an app that has the camera open. A camera used through PipeWire shows as PipeWire; network and phone cameras are not seen.',
        unavailable: calendarOnly,
      };
    case 'microphone':
      return {
        label: 'Microphone',
        help:
          platform === 'win32'
            ? 'Counts an app using the microphone, as Windows privacy settings record it.'
            : 'Counts a recording on a built-in or USB microphone. Bluetooth headsets are not seen. If your sound server never lets the microphone rest, this reads as always busy: turn it off.',
        unavailable: calendarOnly,
      };
    case 'presentation':
      return {
        label: platform === 'win32' ? 'Fullscreen or presentation' : 'Presentation or video',
        help:
          platform === 'win32'
            ? 'Counts a fullscreen app, a game and presentation mode.'
            : 'Counts apps that keep the screen awake: video players, browsers playing video or in a call, slide shows.',
        unavailable: calendarOnly,
      };
    case 'doNotDisturb':
      return {
        label:
          platform === 'win32'
            ? 'Focus assist'
            : platform === 'darwin'
              ? 'Focus'
              : 'Do not disturb',
        help:
          platform === 'darwin'
            ? 'Counts Focus when you switch it on by hand, if Decompress has Full Disk Access. Scheduled Focus is not seen.'
            : platform === 'win32'
              ? 'Counts Focus assist (Do not disturb) when it is on.'
              : 'Counts Do not disturb on GNOME, KDE Plasma and Xfce.',
        unavailable: platform === 'other' ? OTHER_CALENDAR_ONLY : null,
      };
  }
}

/** The sources in the order the switches are shown. */
export const SOURCE_ORDER: readonly BusySourceKind[] = [
  'calendar',
  'camera',
  'microphone',
  'presentation',
  'doNotDisturb',
];
