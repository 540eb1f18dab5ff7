import type { Job } from '../../kernel/job.js';
import { runSequences } from './sequence.service.js';

/** Targets the due follow-ups of every running sequence (sequence.service.ts); idempotent, safe twice at once. */
export const sequencesJob: Job = {
  name: 'sequences',
  everyMs: 15 * 60_000,
  run: async (_db, _provider, _now, ctx) => {
    await runSequences(ctx);
  },
};
