import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../core/logger';
import { attempt, guardedPort } from './startupSteps';

describe('start-up steps', () => {
  it('a step that throws is logged with its name and the start goes on', () => {
    const log = memoryLogger();
    const ran: string[] = [];
    expect(
      attempt('login item', log, () => {
        throw new Error('EROFS: read-only file system');
      }),
    ).toBe(false);
    expect(attempt('theme', log, () => void ran.push('theme'))).toBe(true);
    expect(ran).toEqual(['theme']);
    expect(log.entries).toEqual([
      {
        level: 'error',
        message: 'app: login item failed; carrying on without it',
        fields: { message: 'EROFS: read-only file system' },
      },
    ]);
  });

  it('a guarded port passes calls through and contains a throwing one', () => {
    const log = memoryLogger();
    const seen: boolean[] = [];
    const port = guardedPort(
      {
        setEnabled(enabled: boolean) {
          seen.push(enabled);
          if (enabled) throw new Error('ENOTDIR: autostart is a file');
        },
      },
      'login item',
      log,
    );
    port.setEnabled(false);
    expect(() => port.setEnabled(true)).not.toThrow();
    expect(seen).toEqual([false, true]);
    expect(log.entries.map((e) => e.message)).toEqual([
      'app: login item.setEnabled failed; carrying on without it',
    ]);
  });
});
