import type { CommandInput } from '../../kernel/command.js';
import { createDb } from '../../kernel/db/client.js';
import type { DatabaseTarget } from '../../kernel/db/database-url.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { actingContext } from './acting-context.js';
import { runCommand } from './system-command.js';

/** Applies the pending migrations, saying what it did on stderr. */
export async function migrate(target: DatabaseTarget): Promise<void> {
  const applied = await applyMigrations(target);
  console.error(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema up to date');
}

/** The input of one run of `command`: its parsed arguments and the platform services it may use. */
export function commandInput(
  command: string,
  parsed: Pick<CommandInput, 'values' | 'positionals'>,
  target: DatabaseTarget,
): CommandInput {
  return {
    ...parsed,
    target,
    migrate: () => migrate(target),
    async withDb(work) {
      const db = createDb(target);
      try {
        return await work(db);
      } finally {
        await db.$disconnect();
      }
    },
    asSystem: (db, work) => runCommand(db, target.provider, command, work),
    actingContext: (db, { email, purpose }) => actingContext(db, target.provider, command, email, purpose ?? null),
  };
}
