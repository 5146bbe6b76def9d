import { useId, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { EscHint } from '../../components/EscHint';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';
import { useSettings, type SaveState } from '../../fields/useSettings';
import { NoticeList } from './NoticeList';
import { BackupSection } from './sections/BackupSection';
import { BreaksSection } from './sections/BreaksSection';
import { CalendarSection } from './sections/CalendarSection';
import { GeneralSection } from './sections/GeneralSection';
import { OfficeHoursSection } from './sections/OfficeHoursSection';
import { DesktopSection } from './sections/DesktopSection';
import { TrayHostNote } from './TrayHostNote';
import { SessionsSection } from './sections/SessionsSection';
import { SoundSection } from './sections/SoundSection';
import './settings.css';

const SECTIONS = [
  { id: 'hours', title: 'Office hours', blurb: 'When reminders come' },
  { id: 'breaks', title: 'Breaks', blurb: 'Interval, posture, desk' },
  { id: 'sessions', title: 'Sessions', blurb: 'Morning and evening' },
  { id: 'calendar', title: 'Calendar & meetings', blurb: 'Hold breaks while busy' },
  { id: 'sound', title: 'Sound', blurb: 'Chimes, voice, volume' },
  { id: 'general', title: 'General', blurb: 'Theme, login, safety' },
  { id: 'desktop', title: 'Updates & keys', blurb: 'Tray, shortcut' },
  { id: 'backup', title: 'Backup', blurb: 'Export, import, reset' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const SAVE_TEXT: Record<SaveState, string> = {
  idle: 'Changes save as you make them',
  saving: 'Saving…',
  saved: 'All changes saved',
  refused: 'A change was not saved: see the note by the field',
};

/**
 * The settings window: a sidebar of sections (a vertical tab list: arrow
 * keys move between them) and the chosen section. Every change is sent to
 * main at once, which checks and saves it; a refusal shows by its field.
 */
export default function SettingsScreen(): ReactElement {
  const { settings, loadError, saveState, save, accept } = useSettings();
  const [current, setCurrent] = useState<SectionId>('hours');
  const tabs = useRef(new Map<SectionId, HTMLButtonElement>());
  const baseId = useId();
  useCloseOnEscape();

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = { ArrowDown: 1, ArrowUp: -1, Home: -index, End: SECTIONS.length - 1 - index }[
      event.key
    ];
    if (step === undefined) return;
    event.preventDefault();
    const next = SECTIONS[(index + step + SECTIONS.length) % SECTIONS.length];
    if (!next) return;
    setCurrent(next.id);
    tabs.current.get(next.id)?.focus();
  };

  if (loadError) {
    return (
      <main className="page page--center">
        <p role="alert" className="banner banner--error">
          The settings could not be loaded: {loadError}
        </p>
      </main>
    );
  }
  if (!settings) return <main className="page" aria-busy="true" />;

  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0];
  return (
    <div className="settings">
      <nav className="settings__nav" aria-label="Settings sections">
        <div className="settings__nav-inner">
          <h1 className="settings__title">Settings</h1>
          <div role="tablist" aria-orientation="vertical" className="settings__tabs">
            {SECTIONS.map((s, index) => (
              <button
                key={s.id}
                ref={(el) => {
                  if (el) tabs.current.set(s.id, el);
                  else tabs.current.delete(s.id);
                }}
                id={`${baseId}-tab-${s.id}`}
                role="tab"
                type="button"
                className="settings__tab"
                aria-selected={current === s.id}
                aria-controls={`${baseId}-panel`}
                tabIndex={current === s.id ? 0 : -1}
                onClick={() => setCurrent(s.id)}
                onKeyDown={(e) => onTabKey(e, index)}
              >
                <span className="settings__tab-title">{s.title}</span>
                <span className="settings__tab-blurb">{s.blurb}</span>
              </button>
            ))}
          </div>
          <p className={`settings__status settings__status--${saveState}`} role="status">
            {SAVE_TEXT[saveState]}
          </p>
          <p className="settings__esc">
            <EscHint does="closes this window" />
          </p>
        </div>
      </nav>
      {/* The main landmark holds the tab panel: role="tabpanel" on <main> itself would remove it. */}
      <main className="settings__panel">
        <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${section.id}`}>
          {current !== 'desktop' && <TrayHostNote onShowActions={() => setCurrent('desktop')} />}
          <NoticeList />
          <h2 className="settings__heading">{section.title}</h2>
          {current === 'hours' && (
            <OfficeHoursSection
              officeHours={settings.officeHours}
              save={(officeHours) => save({ officeHours })}
            />
          )}
          {current === 'breaks' && <BreaksSection settings={settings} save={save} />}
          {current === 'sessions' && <SessionsSection settings={settings} save={save} />}
          {current === 'calendar' && <CalendarSection settings={settings} save={save} />}
          {current === 'sound' && <SoundSection settings={settings} save={save} />}
          {current === 'general' && <GeneralSection settings={settings} save={save} />}
          {current === 'backup' && <BackupSection onReplaced={accept} />}
          {current === 'desktop' && <DesktopSection settings={settings} save={save} />}
        </div>
      </main>
    </div>
  );
}
