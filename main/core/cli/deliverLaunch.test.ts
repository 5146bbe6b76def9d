import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../logger';
import { deliverLaunch, launchActionsFromTray, type LaunchActions } from './deliverLaunch';
import { parseLaunchArguments } from './parseLaunch';

function recordingActions(): LaunchActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    startRoutine: (id) => calls.push(`start ${id}`),
    startDefaultBreak: () => calls.push('start default'),
    pause: (choice) => calls.push(`pause ${choice}`),
    resume: () => calls.push('resume'),
    open: (route) => calls.push(`open ${route}`),
  };
}

const deliver = (args: string[], origin: 'first-launch' | 'second-instance' | 'open-url') => {
  const actions = recordingActions();
  const log = memoryLogger();
  const outcome = deliverLaunch(parseLaunchArguments(args), origin, actions, log);
  return { outcome, calls: actions.calls, log: log.entries };
};

describe('delivering a launch to the running app', () => {
  it('runs each command once', () => {
    expect(deliver(['--start', 'mat-rest'], 'second-instance').calls).toEqual(['start mat-rest']);
    expect(deliver(['--start-now'], 'first-launch').calls).toEqual(['start default']);
    expect(deliver(['--pause', 'today'], 'second-instance').calls).toEqual(['pause today']);
    expect(deliver(['--resume'], 'second-instance').calls).toEqual(['resume']);
    expect(deliver(['--history'], 'second-instance').calls).toEqual(['open history']);
    expect(deliver(['decompress://start/mat-rest'], 'open-url').calls).toEqual(['start mat-rest']);
  });

  it('opens Settings on a plain second launch (the menu entry of a running app), and nothing on the first', () => {
    expect(deliver([], 'second-instance')).toMatchObject({
      calls: ['open settings'],
      outcome: { done: 'opened-settings', reason: 'second-launch' },
    });
    expect(deliver([], 'first-launch')).toMatchObject({ calls: [], outcome: { done: 'nothing' } });
  });

  it('logs a bad argument in one line and shows Settings instead', () => {
    const { calls, log, outcome } = deliver(['--start=../../etc'], 'second-instance');
    expect(calls).toEqual(['open settings']);
    expect(outcome).toEqual({ done: 'opened-settings', reason: 'invalid' });
    expect(log).toEqual([
      {
        level: 'warn',
        message: 'launch: ignored bad arguments: "../../etc" is not a routine id',
        fields: { origin: 'second-instance' },
      },
    ]);
  });

  it('shows Settings for a bad argument on the first launch too', () => {
    expect(deliver(['--pause', 'forever'], 'first-launch').calls).toEqual(['open settings']);
  });

  it('never throws when an action does: the failure is logged and Settings opens', () => {
    const log = memoryLogger();
    const opened: string[] = [];
    const actions: LaunchActions = {
      ...recordingActions(),
      startDefaultBreak: () => {
        throw new Error('no window');
      },
      open: (route) => opened.push(route),
    };
    const outcome = deliverLaunch(
      parseLaunchArguments(['--start-now']),
      'second-instance',
      actions,
      log,
    );
    expect(outcome).toEqual({ done: 'opened-settings', reason: 'failed' });
    expect(opened).toEqual(['settings']);
    expect(log.entries[0]).toMatchObject({
      level: 'error',
      message: 'launch: the command failed',
      fields: { command: 'start-default', error: 'no window' },
    });
  });

  it('notes the foreign switches it passed over', () => {
    const { log } = deliver(['--no-sandbox', '--resume'], 'second-instance');
    expect(log[0]).toEqual({
      level: 'info',
      message: 'launch: passed over switches that are not ours',
      fields: { origin: 'second-instance', ignored: '"--no-sandbox"' },
    });
  });
});

describe('launch actions over the tray', () => {
  it('map each command to the tray action id the core already validates', () => {
    const sent: string[] = [];
    const actions = launchActionsFromTray((a) => sent.push(a));
    actions.startRoutine('mat-rest');
    actions.startDefaultBreak();
    actions.pause('2h');
    actions.resume();
    actions.open('settings');
    actions.open('history');
    expect(sent).toEqual([
      'start:mat-rest',
      'start-default',
      'pause:2h',
      'resume',
      'settings',
      'history',
    ]);
  });
});
