import { describe, expect, it } from 'vitest';
import { isTrayAction, trayMenu, type MenuItemModel, type TrayState } from './trayMenu';

const base: TrayState = {
  statusLine: 'Next reminder in 23 min',
  paused: false,
  breakDue: false,
  routineRunning: false,
  defaultRoutineTitle: 'Quick seated reset',
  routines: [
    { id: 'quick-seated-reset', title: 'Quick seated reset' },
    { id: 'floor-decompression', title: 'Floor decompression' },
  ],
  version: '1.2.3',
};

function labels(items: MenuItemModel[]): string[] {
  return items.map((i) => (i.kind === 'separator' ? '---' : i.label));
}

function find(items: MenuItemModel[], label: string): MenuItemModel | undefined {
  for (const item of items) {
    if (item.kind !== 'separator' && item.label === label) return item;
    if (item.kind === 'submenu') {
      const inner = find(item.items, label);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe('tray menu', () => {
  it('leads with what happens next, then start, pause, windows and quit', () => {
    const model = trayMenu(base);
    expect(labels(model.items)).toEqual([
      'Next reminder in 23 min',
      '---',
      'Start Quick seated reset now',
      'Start a routine',
      '---',
      'Pause reminders',
      '---',
      'Settings…',
      'History…',
      'About',
      '---',
      'Quit Decompress',
    ]);
    expect(model.items[0]).toEqual({ kind: 'status', label: 'Next reminder in 23 min' });
    expect(model.tooltip).toBe('Decompress: Next reminder in 23 min');
    expect(model.icon).toBe('normal');
  });

  it('offers every pause length, says the count keeps going, and Resume instead while paused', () => {
    const running = trayMenu(base);
    const pause = find(running.items, 'Pause reminders');
    expect(pause?.kind === 'submenu' && pause.items[0]).toEqual({
      kind: 'status',
      label: 'Reminders pause; your break count keeps going',
    });
    expect(pause?.kind === 'submenu' && labels(pause.items)).toEqual([
      'Reminders pause; your break count keeps going',
      '30 minutes',
      '1 hour',
      '2 hours',
      'Rest of today',
      'Until I resume',
    ]);
    const paused = trayMenu({ ...base, paused: true, statusLine: 'Paused until 14:30' });
    expect(find(paused.items, 'Pause reminders')).toBeUndefined();
    expect(find(paused.items, 'Resume reminders')).toMatchObject({
      action: 'resume',
      enabled: true,
    });
    expect(paused.icon).toBe('paused');
    expect(paused.tooltip).toBe('Decompress: Paused until 14:30');
  });

  it('lists every routine to start, and greys them out while one is playing', () => {
    const idle = trayMenu(base);
    expect(find(idle.items, 'Floor decompression')).toEqual({
      kind: 'action',
      action: 'start:floor-decompression',
      label: 'Floor decompression',
      enabled: true,
    });
    const busy = trayMenu({ ...base, routineRunning: true });
    expect(find(busy.items, 'Floor decompression')).toMatchObject({ enabled: false });
    expect(find(busy.items, 'Start Quick seated reset now')).toMatchObject({ enabled: false });
  });

  it('offers "Answer the break" second, only while a break is due: the keyboard way to the prompt', () => {
    expect(find(trayMenu(base).items, 'Answer the break…')).toBeUndefined();
    const due = trayMenu({ ...base, breakDue: true });
    expect(labels(due.items).slice(0, 3)).toEqual([
      'Next reminder in 23 min',
      'Answer the break…',
      '---',
    ]);
    expect(due.items[1]).toEqual({
      kind: 'action',
      action: 'answer-break',
      label: 'Answer the break…',
      enabled: true,
    });
    expect(isTrayAction('answer-break')).toBe(true);
  });

  it('shows the break-due icon, with paused taking precedence', () => {
    expect(trayMenu({ ...base, breakDue: true }).icon).toBe('due');
    expect(trayMenu({ ...base, breakDue: true, paused: true }).icon).toBe('paused');
  });

  it('puts the version, welcome and log folder under About', () => {
    const about = find(trayMenu(base).items, 'About');
    expect(about?.kind === 'submenu' && labels(about.items)).toEqual([
      'Decompress 1.2.3',
      'Show welcome…',
      'Open log folder',
    ]);
  });

  it('says so when a crash cut a routine off, and offers to resume it', () => {
    const model = trayMenu({ ...base, interruptedRoutineTitle: 'Floor decompression' });
    expect(labels(model.items).slice(0, 6)).toEqual([
      'Next reminder in 23 min',
      '---',
      'Floor decompression was interrupted',
      'Resume where you left off…',
      '---',
      'Start Quick seated reset now',
    ]);
    expect(find(model.items, 'Resume where you left off…')).toMatchObject({
      action: 'resume-routine',
      enabled: true,
    });
    expect(model.tooltip).toBe(
      'Decompress: Floor decompression was interrupted. Resume where you left off?',
    );
    expect(isTrayAction('resume-routine')).toBe(true);
    expect(find(trayMenu(base).items, 'Resume where you left off…')).toBeUndefined();
  });

  it('recognises exactly the actions it can produce', () => {
    expect(isTrayAction('pause:30m')).toBe(true);
    expect(isTrayAction('start:floor-decompression')).toBe(true);
    expect(isTrayAction('pause:5y')).toBe(false);
    expect(isTrayAction('start:../../etc')).toBe(false);
    expect(isTrayAction('rm -rf')).toBe(false);
  });
});
