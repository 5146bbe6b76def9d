import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { AddFeedResult, CalendarOverview } from '../../../../shared/calendar/calendarView';
import type { IpcResult } from '../../../../shared/ipc/result';
import { errorText, issueText } from '../../../../shared/settings/messages';
import { bridge } from '../../../bridge';
import { FieldMessage } from '../../../fields/FieldMessage';

type Field = 'url' | 'label' | 'file' | 'myAddresses';
type Problems = Partial<Record<Field, string>>;

export interface AddFeedFormProps {
  /** Called with main's overview once a calendar was added. */
  onAdded(overview: CalendarOverview, label: string): void;
}

/** Where a refusal belongs: main names the field, or the payload check names the path. */
function problemsOf(result: IpcResult<AddFeedResult>, kind: 'url' | 'file'): Problems | null {
  if (!result.ok) {
    const key = result.error.issue?.path[0];
    const text = result.error.issue ? issueText(result.error.issue) : errorText(result.error);
    if (key === 'label') return { label: text };
    if (key === 'myAddresses') return { myAddresses: text };
    return kind === 'url' ? { url: text } : { file: text };
  }
  const value = result.value;
  if (value.status !== 'invalid') return null;
  if (value.field === 'label') return { label: value.message };
  if (value.field === 'url') return { url: value.message };
  if (value.field === 'myAddresses') return { myAddresses: value.message };
  return { file: value.message };
}

/**
 * Adds a calendar by its https address or as a local .ics file. Main
 * fetches or reads it once before accepting it, so a wrong address is
 * answered here, in words, and nothing is saved.
 */
export function AddFeedForm({ onAdded }: AddFeedFormProps): ReactElement {
  const id = useId();
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [addresses, setAddresses] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [working, setWorking] = useState<'url' | 'file' | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);

  const add = async (kind: 'url' | 'file') => {
    if (working) return;
    const name = label.trim();
    if (kind === 'url' && url.trim() === '') {
      setProblems({ url: 'Paste the calendar’s address first.' });
      urlInput.current?.focus();
      return;
    }
    setProblems({});
    setWorking(kind);
    const mine = addresses.split(/[\s,;]+/).filter(Boolean);
    const labelPart = {
      ...(name ? { label: name } : {}),
      ...(mine.length ? { myAddresses: mine } : {}),
    };
    const result =
      kind === 'url'
        ? await bridge.addCalendarFeedUrl({ url: url.trim(), ...labelPart })
        : await bridge.addCalendarFeedFile(labelPart);
    setWorking(null);
    const refused = problemsOf(result, kind);
    if (refused) {
      setProblems(refused);
      if (refused.url) urlInput.current?.focus();
      return;
    }
    if (result.ok && result.value.status === 'added') {
      if (kind === 'url') setUrl('');
      setLabel('');
      setAddresses('');
      onAdded(result.value.overview, result.value.feed.label);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void add('url');
  };

  return (
    <form className="add-feed" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="add-feed__title">
        Add a calendar
      </h4>
      <div className="field">
        <label htmlFor={`${id}-url`} className="field__label">
          Calendar address
        </label>
        <input
          ref={urlInput}
          id={`${id}-url`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://…"
          value={url}
          aria-invalid={problems.url ? true : undefined}
          aria-describedby={`${id}-url-help ${id}-url-error`}
          onChange={(e) => setUrl(e.target.value)}
        />
        <p id={`${id}-url-help`} className="field__help">
          The secret iCal address of your calendar (Google: Settings, your calendar, “Secret address
          in iCal format”; Outlook: Publish a calendar, ICS link; iCloud: Public calendar).
          webcal:// links work too.
        </p>
        <FieldMessage id={`${id}-url-error`} message={problems.url} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`} className="field__label">
          Name (optional)
        </label>
        <input
          id={`${id}-label`}
          type="text"
          maxLength={80}
          placeholder="Work"
          value={label}
          aria-invalid={problems.label ? true : undefined}
          aria-describedby={`${id}-label-error`}
          onChange={(e) => setLabel(e.target.value)}
        />
        <FieldMessage id={`${id}-label-error`} message={problems.label} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-mine`} className="field__label">
          Your e-mail addresses (optional)
        </label>
        <input
          id={`${id}-mine`}
          type="text"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          value={addresses}
          aria-invalid={problems.myAddresses ? true : undefined}
          aria-describedby={`${id}-mine-help ${id}-mine-error`}
          onChange={(e) => setAddresses(e.target.value)}
        />
        <p id={`${id}-mine-help`} className="field__help">
          So invitations you declined do not hold your breaks. Separate several with commas; a
          Google address is found in the calendar’s address already.
        </p>
        <FieldMessage id={`${id}-mine-error`} message={problems.myAddresses} />
      </div>
      <div className="add-feed__actions row">
        <button type="submit" className="button button--primary" disabled={working !== null}>
          Add calendar
        </button>
        <button
          type="button"
          className="button"
          disabled={working !== null}
          onClick={() => void add('file')}
        >
          Add an .ics file…
        </button>
        {working && (
          <span className="add-feed__working" role="status">
            {working === 'url' ? 'Fetching the calendar…' : 'Reading the file…'}
          </span>
        )}
      </div>
      <FieldMessage id={`${id}-file-error`} message={problems.file} />
    </form>
  );
}
