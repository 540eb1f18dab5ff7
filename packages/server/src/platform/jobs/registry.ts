import type { Job } from '../../kernel/job.js';
import { fideleModules } from '../modules.js';
import { jobRunRetentionJob } from './job-run-retention.job.js';

/**
 * Every scheduled job the server runs (`fidele start`) and `fidele jobs:run` can run once: each context lists its
 * own, and the platform adds the retention of the job runs it records.
 */
export const jobs: Job[] = [...fideleModules.flatMap((m) => m.jobs ?? []), jobRunRetentionJob];
