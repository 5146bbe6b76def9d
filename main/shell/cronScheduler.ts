import cron from 'node-cron';
import type { CronPort } from '../core/ports';

/** The one place that imports node-cron. Tasks run in the system time zone. */
export const nodeCronScheduler: CronPort = {
  schedule(expression, task) {
    const job = cron.schedule(expression, task);
    return { stop: () => void job.stop() };
  },
};
