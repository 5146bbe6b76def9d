import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../core/logger';
import { createNotifier, MAX_PENDING_NOTIFICATIONS, NOTIFICATION_FAILED } from './notifier';
import { collectGarbage } from './testing/collectGarbage';
import { Notification, resetElectronMock } from './testing/electronMock';

vi.mock('electron', () => import('./testing/electronMock'));

const request = {
  title: 'Break in 30 seconds',
  body: 'Quick seated reset, about 2 min.',
  actions: [
    { id: 'start', label: 'Start now' },
    { id: 'snooze', label: 'Snooze' },
  ],
};

/** The one live notification; a function so no test frame keeps a reference to it. */
function emitOnShown(event: string, ...args: unknown[]): void {
  const live = Notification.live();
  expect(live).toHaveLength(1);
  live[0]?.emit(event, ...args);
}

describe('notifier', () => {
  beforeEach(() => resetElectronMock());

  it('shows a quiet notification with the app icon and the action buttons on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      resetElectronMock();
      createNotifier('/res/icon.png', { platform, log: memoryLogger() }).notify(
        request,
        () => undefined,
      );
      expect(Notification.live()[0]?.options).toEqual({
        title: 'Break in 30 seconds',
        body: 'Quick seated reset, about 2 min.',
        icon: '/res/icon.png',
        silent: true,
        actions: [
          { type: 'button', text: 'Start now' },
          { type: 'button', text: 'Snooze' },
        ],
      });
    }
  });

  it('on Linux, where notifications have no buttons, offers the same choice through a click and says so', () => {
    const answers: string[] = [];
    createNotifier('/res/icon.png', { platform: 'linux', log: memoryLogger() }).notify(
      request,
      (a) => answers.push(a),
    );
    const options = Notification.live()[0]?.options;
    expect(options?.actions).toEqual([]);
    expect(options?.body).toBe(
      'Quick seated reset, about 2 min.\nClick to choose: Start now or Snooze.',
    );
    emitOnShown('click');
    expect(answers).toEqual(['click']);
  });

  it('leaves a Linux notification without choices as it is', () => {
    createNotifier('/res/icon.png', { platform: 'linux', log: memoryLogger() }).notify(
      { title: 'Decompress repaired its settings', body: 'Your file was damaged.' },
      () => undefined,
    );
    expect(Notification.live()[0]?.options.body).toBe('Your file was damaged.');
  });

  it('reports a click and each button by its id (Electron 45 passes the index in the details)', () => {
    const answers: string[] = [];
    createNotifier('/res/icon.png', { platform: 'darwin', log: memoryLogger() }).notify(
      request,
      (a) => answers.push(a),
    );
    emitOnShown('action', { actionIndex: 1, selectionIndex: -1 }, 1);
    expect(answers).toEqual(['snooze']);
  });

  it('ignores an action index it never offered', () => {
    const answers: string[] = [];
    createNotifier('/res/icon.png', { platform: 'win32', log: memoryLogger() }).notify(
      request,
      (a) => answers.push(a),
    );
    emitOnShown('action', { actionIndex: 7, selectionIndex: -1 }, 7);
    expect(answers).toEqual([]);
  });

  it('keeps a shown notification alive, so a click long after show() still reaches the app', async () => {
    const answers: string[] = [];
    // The core holds its notifier for the app's life, as here.
    const notifier = createNotifier('/res/icon.png', { platform: 'darwin', log: memoryLogger() });
    notifier.notify(request, (a) => answers.push(a));
    await collectGarbage();
    emitOnShown('click');
    expect(answers).toEqual(['click']);
    expect(notifier).toBeDefined();
  });

  it.each(['click', 'close', 'failed'])(
    'lets a notification go once it is over (%s)',
    async (ending) => {
      const notifier = createNotifier('/res/icon.png', { platform: 'darwin', log: memoryLogger() });
      notifier.notify(request, () => undefined);
      emitOnShown(ending, {}, 'toast service unavailable');
      await collectGarbage();
      expect(Notification.shownCount).toBe(1);
      expect(Notification.live()).toEqual([]);
      expect(notifier).toBeDefined();
    },
  );

  it('lets go of the oldest ones when many are never answered, so a long day leaks nothing', async () => {
    const notifier = createNotifier('/res/icon.png', { platform: 'darwin', log: memoryLogger() });
    for (let i = 0; i < MAX_PENDING_NOTIFICATIONS + 3; i++) {
      notifier.notify({ title: `Break ${i}`, body: '' }, () => undefined);
    }
    await collectGarbage();
    const titles = Notification.live().map((n) => n.options.title);
    expect(notifier).toBeDefined();
    expect(titles).toHaveLength(MAX_PENDING_NOTIFICATIONS);
    expect(titles[0]).toBe('Break 3');
    expect(titles.at(-1)).toBe(`Break ${MAX_PENDING_NOTIFICATIONS + 2}`);
  });

  it('logs a notification the OS could not show and tells the caller, once', () => {
    const log = memoryLogger();
    const answers: string[] = [];
    createNotifier('/res/icon.png', { platform: 'win32', log }).notify(request, (a) =>
      answers.push(a),
    );
    emitOnShown('failed', {}, 'toast service unavailable');
    expect(answers).toEqual([NOTIFICATION_FAILED]);
    expect(log.entries).toEqual([
      {
        level: 'warn',
        message:
          'notifier: the OS could not show a notification; the prompt window carries on alone',
        fields: { error: 'toast service unavailable' },
      },
    ]);
  });

  it('shows nothing where the OS has no notifications (the prompt window does the job)', () => {
    Notification.supported = false;
    const answers: string[] = [];
    createNotifier('/res/icon.png', { platform: 'linux', log: memoryLogger() }).notify(
      request,
      (a) => answers.push(a),
    );
    expect(Notification.shownCount).toBe(0);
    expect(answers).toEqual([]);
  });
});
