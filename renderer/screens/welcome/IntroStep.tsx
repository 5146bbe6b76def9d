import type { ReactElement } from 'react';
import type { AppInfo } from '../../../shared/ipc/appChannels';
import { bridge } from '../../bridge';
import { PoseFigure } from '../../illustrations/poses';
import { useMainValue } from '../../mainValue/useMainValue';
import { TrayHostNote } from '../settings/TrayHostNote';

export interface IntroStepProps {
  info: AppInfo | null;
  intervalMinutes: number;
}

/** Step 1: what Decompress does, in three lines, and where its tray icon lives. */
export function IntroStep({ info, intervalMinutes }: IntroStepProps): ReactElement {
  // No StatusNotifierItem host (stock GNOME): there is no icon to point at.
  const noTray = useMainValue(bridge.getTrayHost, 'trayHostChanged').value?.status === 'absent';
  return (
    <div className="welcome-intro">
      <div className="welcome-intro__top">
        <div className="welcome-intro__art">
          <PoseFigure
            pose="seated-armrest-lift"
            size={200}
            title="A person in a desk chair, pressing down on the armrests to take weight off the lower back"
          />
        </div>
        <ul className="welcome-intro__lines">
          <li>
            <strong>Reminds you to move</strong>
            <span>A quiet nudge after {intervalMinutes} minutes at your desk.</span>
          </li>
          <li>
            <strong>Guides a short routine</strong>
            <span>Two to ten minutes that take the load off your lower back.</span>
          </li>
          <li>
            <strong>Keeps count</strong>
            <span>Your history shows the breaks adding up.</span>
          </li>
        </ul>
      </div>
      <div className="welcome-tray" data-testid="tray-location">
        <TrayGlyph />
        {noTray ? (
          <p>
            <strong>Decompress lives in your app menu on this desktop.</strong>{' '}
            <span className="muted">
              Open it from there to start a break, pause reminders or change settings. Reminders
              arrive on time either way.
            </span>
          </p>
        ) : (
          <p>
            <strong>Decompress lives in {info?.trayLocation ?? 'your system tray'}.</strong>{' '}
            <span className="muted">
              Click its icon to start a break, pause reminders or open Settings.
            </span>
          </p>
        )}
      </div>
      <TrayHostNote folded />
    </div>
  );
}

/** A small sketch of a tray: a bar with icons, ours highlighted. Decorative. */
function TrayGlyph(): ReactElement {
  return (
    <svg className="welcome-tray__glyph" viewBox="0 0 64 40" aria-hidden="true" focusable="false">
      <rect x="1" y="8" width="62" height="24" rx="6" className="welcome-tray__bar" />
      <circle cx="14" cy="20" r="4" className="welcome-tray__other" />
      <circle cx="28" cy="20" r="4" className="welcome-tray__other" />
      <circle cx="46" cy="20" r="7" className="welcome-tray__ours" />
    </svg>
  );
}
