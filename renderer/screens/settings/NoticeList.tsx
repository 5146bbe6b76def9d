import { useState, type ReactElement } from 'react';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';
import './notices.css';

/**
 * One-off messages from main (a repaired settings file, a torn history
 * line), shown until the person dismisses them. Dismissing tells main, so
 * no other window shows the same message again; a new notice makes this
 * window read the list again.
 */
export function NoticeList(): ReactElement | null {
  const notices = useMainValue(bridge.getNotices, { refetchOn: 'notice' });
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = (notices.value ?? []).filter((n) => !dismissed.has(n.id));

  if (shown.length === 0) return null;
  const dismiss = (id: string) => {
    setDismissed((set) => new Set([...set, id]));
    void bridge.dismissNotice({ id });
  };
  return (
    <div className="notices">
      {shown.map((notice) => (
        <div
          key={notice.id}
          className="banner notice"
          role="status"
          data-testid={`notice-${notice.id}`}
        >
          <p className="notice__text">{notice.message}</p>
          <button type="button" className="button" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
