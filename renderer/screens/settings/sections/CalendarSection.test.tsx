// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarFeedView, CalendarOverview } from '../../../../shared/calendar/calendarView';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { Settings } from '../../../../shared/settings/schema';
import type { PatchSource } from '../../../fields/useSettings';
import { createBridgeMock, failed, ok } from '../../../testing/bridgeMock';
import { labelInNameMismatches } from '../../../testing/labelInName';

const bridgeMock = createBridgeMock();
vi.mock('../../../bridge', () => ({ bridge: bridgeMock }));

const NOW = new Date(2026, 10, 23, 9, 30).getTime();
const WORK: CalendarFeedView = {
  id: 'abc123',
  label: 'Work',
  source: { kind: 'url', host: 'calendar.google.com' },
  status: 'ok',
  message: null,
  warnings: [],
  lastAttemptAt: NOW,
  lastSuccessAt: NOW,
  copyFrom: NOW,
  nextSpells: [{ start: NOW + 3_600_000, end: NOW + 7_200_000, title: null }],
  myAddresses: [],
};
const overview = (feeds: CalendarFeedView[]): CalendarOverview => ({
  feeds,
  secretProtection: { level: 'obfuscated', why: 'No keyring was found.' },
});

async function showSection(save = vi.fn(async (_patch: PatchSource) => null)) {
  const { CalendarSection } = await import('./CalendarSection');
  const { container } = render(<CalendarSection settings={defaultSettings()} save={save} />);
  await act(async () => undefined);
  // Refresh and Remove name their calendar after the words on them (2.5.3 Label in Name).
  expect(labelInNameMismatches(container)).toEqual([]);
  return save;
}

beforeEach(() => {
  vi.clearAllMocks();
  bridgeMock.getAppInfo.mockResolvedValue(
    ok({ name: 'Decompress', version: 'test', platform: 'darwin', trayLocation: 'the menu bar' }),
  );
  bridgeMock.listCalendarFeeds.mockResolvedValue(ok(overview([WORK])));
});
afterEach(cleanup);

describe('the Calendar & meetings section', () => {
  it('says when addresses are not encrypted, and keeps current with main’s push', async () => {
    await showSection();
    expect(screen.getByTestId('secret-protection').textContent).toContain(
      'not encrypted on this computer. No keyring was found.',
    );
    expect(screen.getByRole('heading', { name: 'Work' })).toBeTruthy();
    // No title: the spell still reads as busy, without inventing one.
    expect(screen.getByText('Busy (no title)')).toBeTruthy();
    act(() => bridgeMock.emit('calendarChanged', overview([])));
    expect(screen.queryByRole('heading', { name: 'Work' })).toBeNull();
    expect(screen.getByTestId('no-feeds')).toBeTruthy();
  });

  it('keeps a feed, with the reason, when main could not remove it', async () => {
    bridgeMock.removeCalendarFeed.mockResolvedValue(
      failed({
        code: 'failed',
        message: 'The calendar could not be removed (the disk refused the write)',
      }),
    );
    await showSection();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Work' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove “Work”?' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' })));
    expect(bridgeMock.removeCalendarFeed).toHaveBeenCalledWith({ id: 'abc123' });
    expect(screen.getByRole('heading', { name: 'Work' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'It was not removed: The calendar could not be removed (the disk refused the write)',
    );
  });

  it('puts a refusal by the field it is about, and a cancelled file dialog changes nothing', async () => {
    bridgeMock.addCalendarFeedFile.mockResolvedValueOnce(ok({ status: 'cancelled' }));
    bridgeMock.addCalendarFeedFile.mockResolvedValueOnce(
      ok({
        status: 'invalid',
        field: 'path',
        message: 'It could not be read: not an iCalendar file',
      }),
    );
    bridgeMock.addCalendarFeedUrl.mockResolvedValue(
      failed({
        code: 'bad-payload',
        message: 'bad payload',
        issue: {
          path: ['label'],
          problem: { code: 'too_big', origin: 'string', maximum: 80, inclusive: true },
        },
      }),
    );
    await showSection();
    const addFile = screen.getByRole('button', { name: 'Add an .ics file…' });
    await act(async () => fireEvent.click(addFile));
    expect(bridgeMock.addCalendarFeedFile).toHaveBeenCalledWith({});
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => fireEvent.click(addFile));
    expect(screen.getByRole('alert').textContent).toBe(
      'It could not be read: not an iCalendar file',
    );

    fireEvent.change(screen.getByLabelText('Calendar address'), {
      target: { value: 'https://example.com/cal.ics' },
    });
    fireEvent.change(screen.getByLabelText('Name (optional)'), { target: { value: 'Team' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add calendar' })));
    expect(bridgeMock.addCalendarFeedUrl).toHaveBeenCalledWith({
      url: 'https://example.com/cal.ics',
      label: 'Team',
    });
    const name = screen.getByLabelText('Name (optional)');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Use at most 80 characters.');
  });

  it('sends your addresses as a list and shows a refusal of them under their field', async () => {
    bridgeMock.addCalendarFeedUrl.mockResolvedValue(
      ok({ status: 'invalid', field: 'myAddresses', message: 'That is not an e-mail address' }),
    );
    await showSection();
    fireEvent.change(screen.getByLabelText('Calendar address'), {
      target: { value: ' https://example.com/cal.ics ' },
    });
    const mine = screen.getByLabelText('Your e-mail addresses (optional)');
    fireEvent.change(mine, { target: { value: 'ann@example.com, bob@example.com;' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add calendar' })));
    expect(bridgeMock.addCalendarFeedUrl).toHaveBeenCalledWith({
      url: 'https://example.com/cal.ics',
      myAddresses: ['ann@example.com', 'bob@example.com'],
    });
    expect(mine.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('That is not an e-mail address');
  });

  it('on macOS offers the calendar and Focus, and saves a switch on top of what is shown', async () => {
    const save = await showSection();
    expect(screen.getByTestId('detection-line').textContent).toMatch(
      /^On macOS, Decompress sees meetings from your calendar only\./,
    );
    const camera = screen.getByRole<HTMLInputElement>('switch', { name: 'Camera' });
    expect(camera.disabled).toBe(true);
    expect(camera.checked).toBe(false);
    const focus = screen.getByRole<HTMLInputElement>('switch', { name: 'Focus' });
    expect(focus.disabled).toBe(false);
    await act(async () => fireEvent.click(focus));
    const patch = save.mock.calls[0]?.[0];
    expect(typeof patch).toBe('function');
    // Built from the settings as shown then, so a change just before it is kept.
    const shown: Settings = defaultSettings();
    shown.meetings.showTitles = true;
    const made = typeof patch === 'function' ? patch(shown) : patch;
    expect(made).toEqual({
      meetings: { ...shown.meetings, sources: { ...shown.meetings.sources, doNotDisturb: false } },
    });
  });
});
