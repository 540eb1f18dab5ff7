import { CliError } from '../../kernel/cli-error.js';
import { type Command, dateFlag, intFlag, stringFlag } from '../../kernel/command.js';
import type { Db } from '../../kernel/db/client.js';
import { progressReporter } from '../../kernel/progress.js';
import { databaseIsEmpty, seedDatabase } from '../seed/seed.service.js';

/** Seeds demo data into an empty database, with progress on stderr and a summary line (also used by `start`). */
export async function seed(db: Db, contacts: number, seedValue: number, asOf?: Date): Promise<void> {
  if (!(await databaseIsEmpty(db)))
    throw new CliError('the database already holds contacts: seed only fills an empty database');
  const progress = progressReporter();
  const t0 = Date.now();
  const summary = await seedDatabase(db, { contacts, seed: seedValue, asOf, onProgress: (p) => progress.update(p) });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  console.error(
    `seeded in ${s}s: ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
}

export const seedCommand: Command = {
  name: 'seed',
  help: `  seed                  seed demo data into an empty database
      --contacts N        number of contacts (default 5000)
      --seed N            random seed (default 1): the same seed, size and date give the same data
      --as-of YYYY-MM-DD  the day the demo data ends (default today): three years of sales before it`,
  options: { contacts: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' } },
  async run(input) {
    const contacts = intFlag('contacts', stringFlag(input, 'contacts'), 5000, 1);
    const seedValue = intFlag('seed', stringFlag(input, 'seed'), 1);
    const asOf = dateFlag('as-of', stringFlag(input, 'as-of'));
    await input.migrate();
    await input.withDb((db) => input.asSystem(db, () => seed(db, contacts, seedValue, asOf)));
  },
};
