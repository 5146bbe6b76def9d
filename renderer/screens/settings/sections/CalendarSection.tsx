import { useRef, useState, type ReactElement } from 'react';
import type { CalendarOverview } from '../../../../shared/calendar/calendarView';
import { errorText } from '../../../../shared/settings/messages';
import type { Settings } from '../../../../shared/settings/schema';
import { bridge } from '../../../bridge';
import type { FieldProblem } from '../../../fields/fieldProblem';
import type { PatchSource } from '../../../fields/useSettings';
import { useMainValue } from '../../../mainValue/useMainValue';
import { AddFeedForm } from '../calendar/AddFeedForm';
import { secretWords } from '../calendar/calendarText';
import { FeedCard } from '../calendar/FeedCard';
import { MeetingPolicy } from '../calendar/MeetingPolicy';
import '../calendar/calendar.css';

export interface CalendarSectionProps {
  settings: Settings;
  save(patch: PatchSource): Promise<FieldProblem | null>;
}

/**
 * Calendar feeds (added, checked, refreshed and removed in main; this
 * window only shows them) and the meeting policy that uses them.
 */
export function CalendarSection({ settings, save }: CalendarSectionProps): ReactElement {
  const calendars = useMainValue(bridge.listCalendarFeeds, 'calendarChanged');
  const platform = useMainValue(bridge.getAppInfo, null).value?.platform ?? 'other';
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [announce, setAnnounce] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const overview = calendars.value;
  // Spells and refresh times are worded against this window's clock at each render.
  const now = Date.now();

  const take = (next: CalendarOverview) => calendars.accept(next);
  const setProblem = (id: string, text: string | null) =>
    setProblems((all) => {
      const next = new Map(all);
      if (text === null) next.delete(id);
      else next.set(id, text);
      return next;
    });

  const refresh = async (id: string, label: string) => {
    setRefreshing((set) => new Set([...set, id]));
    setProblem(id, null);
    const result = await bridge.refreshCalendarFeeds({ id });
    setRefreshing((set) => new Set([...set].filter((x) => x !== id)));
    if (!result.ok) {
      setProblem(id, `It could not be refreshed: ${errorText(result.error)}`);
      return;
    }
    take(result.value);
    const feed = result.value.feeds.find((f) => f.id === id);
    setAnnounce(
      feed?.status === 'failing' ? `${label} could not be refreshed.` : `${label} refreshed.`,
    );
  };

  const remove = async (id: string, label: string) => {
    setProblem(id, null);
    const result = await bridge.removeCalendarFeed({ id });
    if (!result.ok) {
      setProblem(id, `It was not removed: ${errorText(result.error)}`);
      return;
    }
    take(result.value);
    setAnnounce(`Removed ${label}.`);
    // The card and its button are gone: focus goes to the list's heading, not to the page's end.
    listHeading.current?.focus();
  };

  const added = (next: CalendarOverview, label: string) => {
    take(next);
    const feed = next.feeds.find((f) => f.label === label);
    const count = feed?.nextSpells.length ?? 0;
    setAnnounce(
      `Added ${label}. ${count === 0 ? 'Nothing busy in the next 36 hours.' : `It sees ${count === 1 ? 'one busy time' : `${count} busy times`} coming.`}`,
    );
  };

  const secret = overview ? secretWords(overview.secretProtection) : null;
  return (
    <div className="stack calendar-section">
      <p className="section__intro">
        Decompress can hold your breaks while you are in a meeting and offer one catch-up break when
        it ends. It learns when you are busy from your calendar and, where your computer tells it,
        from the camera, the microphone and Do not disturb.
      </p>

      <section className="group" aria-labelledby="calendars-title">
        <h3 id="calendars-title" className="group__title" ref={listHeading} tabIndex={-1}>
          Calendars
        </h3>
        {calendars.state.status === 'failed' && (
          <p className="banner banner--error" role="alert">
            The calendars could not be read: {errorText(calendars.state.error)}
          </p>
        )}
        {secret && (
          <p
            className={secret.warn ? 'banner calendar__secret' : 'group__note'}
            data-testid="secret-protection"
          >
            {secret.text}
          </p>
        )}
        {overview && overview.feeds.length === 0 && (
          <p className="group__note" data-testid="no-feeds">
            No calendar yet. Add one below: Decompress fetches it itself and keeps its copy on this
            computer.
          </p>
        )}
        {overview && overview.feeds.length > 0 && (
          <ul className="feeds" aria-labelledby="calendars-title">
            {overview.feeds.map((feed) => (
              <FeedCard
                key={feed.id}
                feed={feed}
                now={now}
                refreshing={refreshing.has(feed.id)}
                problem={problems.get(feed.id) ?? null}
                onRefresh={() => void refresh(feed.id, feed.label)}
                onRemove={() => void remove(feed.id, feed.label)}
              />
            ))}
          </ul>
        )}
        <AddFeedForm onAdded={added} />
        <p className="visually-hidden" role="status" data-testid="calendar-announce">
          {announce}
        </p>
      </section>

      <MeetingPolicy
        meetings={settings.meetings}
        platform={platform}
        save={(change) => save((shown) => ({ meetings: change(shown.meetings) }))}
      />
    </div>
  );
}
