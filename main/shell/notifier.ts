import { Notification } from 'electron';
import type { NotifierPort } from '../core/ports';

/**
 * Quiet notifications with the app icon. Where the OS has no notification
 * service the request is dropped: the prompt window alone carries the nag.
 */
export function createNotifier(iconPath: string): NotifierPort {
  return {
    notify(request, onAction) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({
        title: request.title,
        body: request.body,
        icon: iconPath,
        silent: true,
        actions: (request.actions ?? []).map((a) => ({ type: 'button' as const, text: a.label })),
      });
      notification.on('click', () => onAction('click'));
      notification.on('action', (_event, index) => {
        const chosen = request.actions?.[index];
        if (chosen) onAction(chosen.id);
      });
      notification.show();
    },
  };
}
