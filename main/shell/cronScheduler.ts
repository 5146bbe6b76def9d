import cron from 'node-cron';
import type { CronPort } from '../core/ports';

/**
 * The one place that imports node-cron. Tasks run in the system time zone.
 * Stopping a job destroys the task: node-cron's stop() only pauses it and
 * leaves it in its registry, so every settings change would leave one more.
 */
export const nodeCronScheduler: CronPort = {
  schedule(expression, task) {
    const job = cron.schedule(expression, task);
    return { stop: () => void job.destroy() };
  },
};
