import type { Job } from '../../kernel/job.js';
import { fideleModules } from '../modules.js';

/** Every scheduled job the server runs (`fidele start`) and `fidele jobs:run` can run once: each context lists its own. */
export const jobs: Job[] = fideleModules.flatMap((m) => m.jobs ?? []);
