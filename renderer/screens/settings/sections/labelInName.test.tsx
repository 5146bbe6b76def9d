// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../shared/settings/defaults';
import { labelInNameMismatches } from '../../../testing/labelInName';
import { BreaksSection } from './BreaksSection';
import { GeneralSection } from './GeneralSection';
import { OfficeHoursSection } from './OfficeHoursSection';
import { newSession, SessionsSection } from './SessionsSection';

afterEach(cleanup);

const save = vi.fn(async () => null);

describe('every control is named by the words on it first (2.5.3 Label in Name)', () => {
  it('office hours: "Copy to all weekdays", "Add hours" on a day off, Remove', () => {
    const { container } = render(
      <OfficeHoursSection officeHours={defaultSettings().officeHours} save={save} />,
    );
    expect(labelInNameMismatches(container)).toEqual([]);
  });

  it('sessions: the day buttons, Remove, Add a session', () => {
    const settings = defaultSettings();
    const withCustom = {
      ...settings,
      sessions: [...settings.sessions, newSession(settings.sessions)],
    };
    const { container } = render(<SessionsSection settings={withCustom} save={save} />);
    expect(labelInNameMismatches(container)).toEqual([]);
  });

  it('breaks and general', () => {
    for (const Section of [BreaksSection, GeneralSection]) {
      const { container, unmount } = render(<Section settings={defaultSettings()} save={save} />);
      expect(labelInNameMismatches(container)).toEqual([]);
      unmount();
    }
  });
});
