import { useState, type ReactElement } from 'react';
import type { HistorySummary, PeriodTally } from '../../../shared/history/summary';
import { errorText } from '../../../shared/settings/messages';
import { bridge } from '../../bridge';
import { CloseWindowButton } from '../../components/CloseWindowButton';
import { EscHint } from '../../components/EscHint';
import { useCloseOnEscape } from '../../components/useCloseOnEscape';
import { useMainValue } from '../../mainValue/useMainValue';
import { NoticeList } from '../settings/NoticeList';
import { CompletedChart } from './CompletedChart';
import { PainTrendChart } from './PainTrendChart';
import { RecentEvents } from './RecentEvents';
import { ChartTable } from './ChartTable';
import { durationWords, formatDay, postureCueLine, STREAK_NOTE } from './historyText';
import { useHistorySummary } from './useHistorySummary';
import './history.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function PeriodCard({
  title,
  tally,
  testId,
}: {
  title: string;
  tally: PeriodTally;
  testId: string;
}): ReactElement {
  return (
    <section className="stat card" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className="stat__title">
        {title}
      </h2>
      <p className="stat__number">
        {tally.completed}
        <span className="stat__unit"> {tally.completed === 1 ? 'routine' : 'routines'}</span>
      </p>
      <ul className="stat__facts">
        <li>{plural(tally.minutesMoving, 'minute')} moving</li>
        <li>
          {plural(tally.prompted, 'reminder')}, {tally.skipped} skipped
        </li>
        <li>{plural(tally.naturalBreaks, 'natural break')}</li>
        {postureCueLine(tally.postureCues) && (
          <li data-testid={`${testId}-posture`}>{postureCueLine(tally.postureCues)}</li>
        )}
        {tally.standingMinutes > 0 && (
          <li data-testid={`${testId}-standing`}>
            {durationWords(tally.standingMinutes)} standing
          </li>
        )}
        {tally.minutesInMeetings > 0 && (
          <li data-testid={`${testId}-meetings`}>
            {durationWords(tally.minutesInMeetings)} in meetings
          </li>
        )}
        {tally.stopped > 0 && <li>{plural(tally.stopped, 'routine')} stopped early</li>}
      </ul>
    </section>
  );
}

/** Meeting time beside the routines: the total over the chart's days and the busiest day. */
function MeetingsLine({ days }: { days: HistorySummary['last28Days'] }): ReactElement | null {
  const total = days.reduce((n, d) => n + d.meetingMinutes, 0);
  if (total === 0) return null;
  const busiest = days.reduce((a, b) => (b.meetingMinutes > a.meetingMinutes ? b : a));
  const meetingDays = days.filter((d) => d.meetingMinutes > 0).length;
  return (
    <p className="meetings-line muted" data-testid="meetings-line">
      In meetings: {durationWords(total)} on {plural(meetingDays, 'day')}; the most on{' '}
      {formatDay(busiest.date)} ({durationWords(busiest.meetingMinutes)}).
    </p>
  );
}

function StreakCard({ summary }: { summary: HistorySummary }): ReactElement {
  const { current, best, includesToday } = summary.streak;
  const hint =
    current === 0
      ? 'Finish a routine today to start one.'
      : includesToday
        ? 'Today counts. Well done.'
        : 'Finish a routine today to keep it going.';
  return (
    <section className="stat stat--streak card" aria-labelledby="streak-title" data-testid="streak">
      <h2 id="streak-title" className="stat__title">
        Streak
      </h2>
      <p className="stat__number">
        <span data-testid="streak-days">{current}</span>
        <span className="stat__unit"> office {current === 1 ? 'day' : 'days'} in a row</span>
      </p>
      <ul className="stat__facts">
        <li>{hint}</li>
        <li>Best so far: {plural(best, 'office day')}</li>
        <li data-testid="streak-note">{STREAK_NOTE}</li>
      </ul>
    </section>
  );
}

function PainHeadline({ summary }: { summary: HistorySummary }): ReactElement {
  const change = summary.painChange;
  if (!change) {
    return <p className="muted">Rate your pain before and after a routine to see a trend here.</p>;
  }
  const eased = change.before - change.after;
  return (
    <p className="pain-headline">
      {eased > 0
        ? `On average, pain eased from ${change.before} to ${change.after}`
        : `On average, pain went from ${change.before} to ${change.after}`}{' '}
      <span className="muted">over {plural(change.rated, 'rated routine')}.</span>
    </p>
  );
}

/**
 * The history window: today and this week at a glance, the streak, four
 * weeks of completed routines, the pain trend and the latest events. All of
 * it is computed in main from the log; this window only draws it.
 */
export default function HistoryScreen(): ReactElement {
  const { summary, error } = useHistorySummary();
  const info = useMainValue(bridge.getAppInfo, null).value;
  const [exportNote, setExportNote] = useState<{ ok: boolean; text: string } | null>(null);
  useCloseOnEscape();

  const exportCsv = async () => {
    setExportNote(null);
    const result = await bridge.exportHistoryCsv();
    if (!result.ok) {
      setExportNote({ ok: false, text: `The export failed: ${errorText(result.error)}` });
    } else if (result.value.status === 'done') {
      const { path, events } = result.value;
      const name = path.split(/[\\/]/).pop() ?? path;
      setExportNote({ ok: true, text: `Saved ${plural(events, 'event')} to ${name}.` });
    }
  };

  const empty = summary !== null && summary.totalEvents === 0;
  const hasStanding = summary !== null && summary.last28Days.some((d) => d.standingMinutes > 0);
  return (
    <div className="history">
      <header className="history__header">
        <div>
          <h1 className="history__title">History</h1>
          <p className="history__subtitle muted">
            Your breaks and routines, kept on this computer.
          </p>
        </div>
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={!summary || empty}
            onClick={() => void exportCsv()}
          >
            Export CSV…
          </button>
          <CloseWindowButton variant="ghost" />
        </div>
      </header>

      <main className="history__main">
        <NoticeList />
        {exportNote && (
          <p className={`banner ${exportNote.ok ? 'banner--ok' : 'banner--error'}`} role="status">
            {exportNote.text}
          </p>
        )}
        {error && (
          <p className="banner banner--error" role="alert">
            The history could not be read: {error}
          </p>
        )}
        {!summary && !error && (
          <p className="muted" aria-busy="true">
            Reading your history…
          </p>
        )}
        {empty && (
          <section className="card history__empty">
            <h2>Nothing here yet</h2>
            <p className="muted">
              Your routines, reminders and natural breaks will show here as you use Decompress.
              Start a routine from the tray whenever you like.
            </p>
          </section>
        )}
        {summary && !empty && (
          <>
            <div className="stats">
              <PeriodCard title="Today" tally={summary.today} testId="today" />
              <PeriodCard title="This week" tally={summary.thisWeek} testId="this-week" />
              <StreakCard summary={summary} />
            </div>

            <section className="card chart-card" aria-labelledby="completed-title">
              <div className="chart-card__head">
                <h2 id="completed-title">
                  {hasStanding ? 'Completed routines and standing' : 'Completed routines'}
                </h2>
                <p className="muted">Last 4 weeks</p>
              </div>
              <CompletedChart days={summary.last28Days} />
              <MeetingsLine days={summary.last28Days} />
              <ChartTable
                caption="Completed routines, time in meetings and time standing, last 4 weeks"
                columns={['Day', 'Completed', 'In meetings', 'Standing']}
                rows={summary.last28Days.map((d) => [
                  formatDay(d.date),
                  String(d.completed),
                  durationWords(d.meetingMinutes),
                  durationWords(d.standingMinutes),
                ])}
              />
            </section>

            <section className="card chart-card" aria-labelledby="pain-title">
              <div className="chart-card__head">
                <h2 id="pain-title">Pain before and after</h2>
                <p className="legend" aria-hidden="true">
                  <span className="legend__item legend__item--before">Before</span>
                  <span className="legend__item legend__item--after">After</span>
                </p>
              </div>
              <PainHeadline summary={summary} />
              <PainTrendChart points={summary.painTrend} />
              <ChartTable
                caption="Average pain before and after, per day"
                columns={['Day', 'Before', 'After', 'Rated routines']}
                rows={summary.painTrend.map((p) => [
                  formatDay(p.date),
                  p.before === null ? '–' : String(p.before),
                  p.after === null ? '–' : String(p.after),
                  String(p.rated),
                ])}
              />
            </section>

            <section className="card" aria-labelledby="recent-title">
              <h2 id="recent-title">Recent events</h2>
              <RecentEvents events={summary.recent} now={summary.now} />
              {summary.skippedLines > 0 && (
                <p className="muted history__skipped">
                  {plural(summary.skippedLines, 'damaged line')} in the history file could not be
                  read and {summary.skippedLines === 1 ? 'was' : 'were'} skipped.
                </p>
              )}
            </section>
          </>
        )}
      </main>
      <footer className="history__footer muted">
        <EscHint does="closes this window" className="history__esc" />
        {' · '}
        {info && (
          <span data-testid="app-info">
            {info.name} {info.version}
          </span>
        )}
        {summary && !empty && <span> · {plural(summary.totalEvents, 'event')} recorded</span>}
      </footer>
    </div>
  );
}
