import { CliError } from '../../kernel/cli-error.js';
import type { Command } from '../../kernel/command.js';
import { createMigration, pendingMigrations } from '../../kernel/db/migrate.js';
import { providers } from '../../kernel/db/paths.js';

/** `fidele migrate`, `migrate:status`, `migrate:create NAME`: the database schema (kernel/db/DATABASE.md). */

export const migrateCommand: Command = {
  name: 'migrate',
  help: '  migrate               apply pending migrations',
  run: (input) => input.migrate(),
};

export const migrateStatusCommand: Command = {
  name: 'migrate:status',
  help: '  migrate:status        list migrations not applied yet (exit 1 if any)',
  async run({ target }) {
    const pending = await pendingMigrations(target);
    console.log(pending.length ? `pending: ${pending.join(', ')}` : 'up to date');
    if (pending.length) process.exitCode = 1;
  },
};

export const migrateCreateCommand: Command = {
  name: 'migrate:create',
  help: `  migrate:create NAME   write the next migration for both databases from the schema (needs PostgreSQL:
                        SHADOW_DATABASE_URL or DATABASE_URL)`,
  async run({ positionals }) {
    const name = positionals[0];
    if (!name) throw new CliError('migrate:create needs a NAME, e.g. fidele migrate:create add_segments', 2);
    const written = await createMigration(name, providers);
    console.log(written.length ? written.join('\n') : 'no change: the migrations already match the schema');
  },
};
