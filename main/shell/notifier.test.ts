import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier } from './notifier';
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

describe('notifier', () => {
  beforeEach(() => resetElectronMock());

  it('shows a quiet notification with the app icon and the action buttons', () => {
    createNotifier('/res/icon.png').notify(request, () => undefined);
    const [shown] = Notification.shown;
    expect(shown?.options).toMatchObject({
      title: 'Break in 30 seconds',
      icon: '/res/icon.png',
      silent: true,
      actions: [
        { type: 'button', text: 'Start now' },
        { type: 'button', text: 'Snooze' },
      ],
    });
  });

  it('reports a click and each button by its id', () => {
    const answers: string[] = [];
    createNotifier('/res/icon.png').notify(request, (a) => answers.push(a));
    const [shown] = Notification.shown;
    shown?.emit('click');
    shown?.emit('action', {}, 1);
    shown?.emit('action', {}, 7);
    expect(answers).toEqual(['click', 'snooze']);
  });

  it('shows nothing where the OS has no notifications (the prompt window does the job)', () => {
    Notification.supported = false;
    const answers: string[] = [];
    createNotifier('/res/icon.png').notify(request, (a) => answers.push(a));
    expect(Notification.shown).toEqual([]);
    expect(answers).toEqual([]);
  });
});
