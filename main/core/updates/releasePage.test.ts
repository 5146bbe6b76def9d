import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASES_PAGE_URL } from './releasePage';

describe('the releases page', () => {
  it('is on the GitHub repository electron-builder publishes to', () => {
    const config = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    const publish = /^publish:\n((?: {2}.*\n)+)/m.exec(config)?.[1] ?? '';
    const field = (name: string) => new RegExp(`^ {2}${name}: (.+)$`, 'm').exec(publish)?.[1];
    expect(field('provider')).toBe('github');
    expect(RELEASES_PAGE_URL).toBe(
      `https://github.com/${field('owner')}/${field('repo')}/releases/latest`,
    );
  });
});
