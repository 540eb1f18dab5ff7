import { CliError } from '../../kernel/cli-error.js';
import type { Command } from '../../kernel/command.js';

/** `fidele jobs:run [NAME ...]`: runs the scheduled jobs once (all, or the named ones), e.g. after a nightly import. */
export const jobsRunCommand: Command = {
  name: 'jobs:run',
  help: '  jobs:run [NAME ...]   run the scheduled jobs once (all, or the named ones), e.g. after a nightly import',
  async run(input) {
    const { positionals } = input;
    const [{ jobs }, { runJob }] = await Promise.all([import('../jobs/registry.js'), import('../jobs/scheduler.js')]);
    const unknown = positionals.filter((n) => !jobs.some((j) => j.name === n));
    if (unknown.length)
      throw new CliError(
        `unknown job ${unknown.join(', ')}: jobs are ${jobs.map((j) => j.name).join(', ') || 'none'}`,
        2,
      );
    await input.withDb(async (db) => {
      for (const job of jobs.filter((j) => !positionals.length || positionals.includes(j.name))) {
        const t0 = Date.now();
        // Each job under its own system context (`job:<name>`), audited like a scheduled run.
        await runJob(job, db, input.target.provider, new Date());
        console.error(`${job.name}: done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
      }
    });
  },
};
