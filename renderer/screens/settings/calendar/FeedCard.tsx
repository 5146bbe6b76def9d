import { useId, useState, type ReactElement } from 'react';
import type { CalendarFeedView } from '../../../../shared/calendar/calendarView';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { feedStatusWords, sourceWords, spellWords } from './calendarText';

export interface FeedCardProps {
  feed: CalendarFeedView;
  /** The window's time, which the spells and refresh times are worded against. */
  now: number;
  /** Whether a refresh of this feed is on its way. */
  refreshing: boolean;
  /** Set when this feed's last Refresh or Remove failed to reach main. */
  problem: string | null;
  onRefresh(): void;
  onRemove(): void;
}

/** One calendar: where it comes from, whether it works (and why not), what it will hold, and its actions. */
export function FeedCard({
  feed,
  now,
  refreshing,
  problem,
  onRefresh,
  onRemove,
}: FeedCardProps): ReactElement {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const status = feedStatusWords(feed, now);
  return (
    <li
      className={`feed feed--${status.tone}`}
      aria-labelledby={`${id}-name`}
      data-testid={`feed-${feed.id}`}
    >
      <div className="feed__head">
        <div className="feed__names">
          <h4 id={`${id}-name`} className="feed__name">
            {feed.label}
          </h4>
          <p className="feed__source">{sourceWords(feed.source)}</p>
        </div>
        <span className={`feed__badge feed__badge--${status.tone}`} data-testid="feed-badge">
          {status.badge}
        </span>
      </div>
      <p className="feed__status" data-testid="feed-status">
        {status.problem && (
          <>
            <strong className="feed__problem">{status.problem}</strong>{' '}
          </>
        )}
        {status.line}
      </p>
      {feed.myAddresses.length > 0 && (
        <p className="feed__mine">
          Invitations declined by {feed.myAddresses.join(', ')} do not count.
        </p>
      )}
      {feed.warnings.length > 0 && (
        <ul className="feed__warnings" aria-label="While reading it">
          {feed.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <h5 id={`${id}-spells`} className="feed__spells-title">
        Next busy times
      </h5>
      {feed.nextSpells.length === 0 ? (
        <p className="feed__none">Nothing busy in the next 36 hours.</p>
      ) : (
        <ul className="feed__spells" aria-labelledby={`${id}-spells`} data-testid="feed-spells">
          {feed.nextSpells.map((spell) => (
            <li key={`${spell.start}-${spell.end}`} className="spell">
              <span className="spell__when">{spellWords(spell, now)}</span>
              <span className="spell__title">{spell.title ?? 'Busy (no title)'}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="feed__actions row">
        <button
          type="button"
          className="button button--small"
          onClick={onRefresh}
          disabled={refreshing}
          aria-label={`Refresh ${feed.label}`}
        >
          Refresh
        </button>
        <button
          type="button"
          className="button button--small button--ghost feed__remove"
          aria-haspopup="dialog"
          aria-label={`Remove ${feed.label}`}
          onClick={() => setConfirming(true)}
        >
          Remove
        </button>
        {refreshing && (
          <span className="feed__busy" role="status">
            Refreshing…
          </span>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Remove “${feed.label}”?`}
          body="Decompress forgets this calendar, its address and its saved copy. Its meetings no longer hold your breaks. You can add it again later."
          cancelLabel="Keep it"
          confirmLabel="Remove"
          tone="danger"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRemove();
          }}
        />
      )}
    </li>
  );
}
