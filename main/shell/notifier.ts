import { Notification, type NotificationConstructorOptions } from 'electron';
import type { Logger } from '../core/logger';
import type { NotificationRequest, NotifierPort } from '../core/ports';

/** What `onAction` hears when the OS could not show a notification at all. */
export const NOTIFICATION_FAILED = 'failed';

/**
 * Notifications the person has not dealt with yet that are kept alive. Electron
 * documents that `close` "is not guaranteed to be emitted in all cases", so a
 * bound keeps a long day of ignored heads-ups from piling up; a notification
 * this many reminders old has nothing left to say.
 */
export const MAX_PENDING_NOTIFICATIONS = 16;

/** A notification the shell itself asks for (the Wayland prompt cue), with Linux's urgency. */
export interface ShellNotificationRequest extends NotificationRequest {
  /** 'critical' stays on screen until dismissed on most Linux desktops (linux and win32 only). */
  urgency?: 'normal' | 'critical';
}

export interface ShellNotifier extends NotifierPort {
  notify(request: ShellNotificationRequest, onAction: (action: string) => void): void;
}

/** Linux gets the choice in words: its notifications have no buttons. */
function bodyWithChoices(request: NotificationRequest, platform: NodeJS.Platform): string {
  const labels = (request.actions ?? []).map((a) => a.label);
  if (platform !== 'linux' || labels.length === 0) return request.body;
  const choices =
    labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
  const lead = request.body ? `${request.body}\n` : '';
  return `${lead}Click to choose: ${choices}.`;
}

/**
 * Quiet notifications with the app icon. Where the OS has no notification
 * service the request is dropped: the prompt window alone carries the nag.
 *
 * Each shown notification is held until it is clicked, answered, closed or
 * fails: Electron's native notification does not keep its JS object alive, so
 * an unreferenced one can be garbage-collected and its click and action
 * handlers never run (the click still raises the app on macOS, so it looks
 * half-working).
 *
 * Buttons are macOS and Windows only (Electron's NotificationAction table:
 * `button` is "macOS, Windows"); on Linux the click opens the prompt, where
 * every choice is, and the body says so. `failed` is emitted on macOS and
 * Windows when the OS refuses a notification; it is logged and the caller
 * hears NOTIFICATION_FAILED, so it can rely on the prompt window alone.
 */
export function createNotifier(
  iconPath: string,
  options: { platform: NodeJS.Platform; log: Logger },
): ShellNotifier {
  const { platform, log } = options;
  const pending: Notification[] = [];
  const release = (notification: Notification) => {
    const at = pending.indexOf(notification);
    if (at >= 0) pending.splice(at, 1);
  };
  const hold = (notification: Notification) => {
    pending.push(notification);
    while (pending.length > MAX_PENDING_NOTIFICATIONS) pending.shift();
  };

  return {
    notify(request, onAction) {
      if (!Notification.isSupported()) return;
      const offered = platform === 'linux' ? [] : (request.actions ?? []);
      const construct: NotificationConstructorOptions = {
        title: request.title,
        body: bodyWithChoices(request, platform),
        icon: iconPath,
        silent: true,
        actions: offered.map((a) => ({ type: 'button' as const, text: a.label })),
      };
      if (request.urgency && platform !== 'darwin') construct.urgency = request.urgency;
      const notification = new Notification(construct);
      notification.on('click', () => {
        release(notification);
        onAction('click');
      });
      notification.on('action', (details) => {
        release(notification);
        const chosen = offered[details.actionIndex];
        if (chosen) onAction(chosen.id);
      });
      notification.on('close', () => release(notification));
      notification.on('failed', (_event, error) => {
        release(notification);
        log.warn(
          'notifier: the OS could not show a notification; the prompt window carries on alone',
          { error },
        );
        onAction(NOTIFICATION_FAILED);
      });
      hold(notification);
      notification.show();
    },
  };
}
