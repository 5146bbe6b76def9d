import type { Notice } from '../../shared/ipc/appChannels';

/**
 * Messages the person must see once (a recovered settings file, a torn
 * history line). Kept until dismissed so a window opened later still shows them.
 */
export interface NoticeBoard {
  post(notice: Notice): void;
  list(): Notice[];
  dismiss(id: string): void;
  onPost(listener: (notice: Notice) => void): () => void;
}

export function createNoticeBoard(): NoticeBoard {
  const notices = new Map<string, Notice>();
  const listeners = new Set<(notice: Notice) => void>();
  return {
    post(notice) {
      notices.set(notice.id, notice);
      for (const listener of listeners) listener(notice);
    },
    list: () => [...notices.values()],
    dismiss(id) {
      notices.delete(id);
    },
    onPost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
