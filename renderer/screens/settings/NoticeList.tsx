import { useEffect, useState, type ReactElement } from 'react';
import type { Notice } from '../../../shared/ipc/appChannels';
import { bridge } from '../../bridge';
import './notices.css';

/**
 * One-off messages from main (a repaired settings file, a torn history
 * line), shown until the person dismisses them. Dismissing tells main, so
 * no other window shows the same message again.
 */
export function NoticeList(): ReactElement | null {
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    let live = true;
    bridge.getNotices().then(
      (list) => live && setNotices(list),
      () => undefined,
    );
    const off = bridge.on('notice', (notice) =>
      setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]),
    );
    return () => {
      live = false;
      off();
    };
  }, []);

  if (notices.length === 0) return null;
  const dismiss = (id: string) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    void bridge.dismissNotice({ id }).catch(() => undefined);
  };
  return (
    <div className="notices">
      {notices.map((notice) => (
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
