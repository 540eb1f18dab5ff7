import type { Job } from '../../kernel/job.js';
import { runTriggers } from './trigger.run.js';

/**
 * Evaluates every active trigger. Idempotent and safe with two instances at once: firings are inserted under
 * their unique occurrence key first, and only the run that inserted a firing targets its contact.
 */
export const triggersJob: Job = {
  name: 'triggers',
  everyMs: 15 * 60_000,
  run: async (_db, _provider, _now, ctx) => {
    await runTriggers(ctx);
  },
};
