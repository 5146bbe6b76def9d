import cron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeCronScheduler } from './cronScheduler';

afterEach(() => {
  for (const task of cron.getTasks().values()) void task.destroy();
});

describe('the node-cron adapter', () => {
  it('stopping a job removes it from node-cron, so nothing is left registered', () => {
    const job = nodeCronScheduler.schedule('30 7 * * 1,2,3,4,5', () => undefined);
    expect(cron.getTasks().size).toBe(1);
    job.stop();
    expect(cron.getTasks().size).toBe(0);
  });
});
