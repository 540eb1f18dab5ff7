import { existsSync, readdirSync } from 'node:fs';
import type { Db } from '../../kernel/db/client.js';
import { migrationsDirOf, type Provider } from '../../kernel/db/paths.js';

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'SHUTTING_DOWN' | 'DATABASE_UNAVAILABLE' | 'MIGRATIONS_PENDING'; pending?: number };

/** The migrations this build ships (prisma/<provider>/migrations): read once, they do not change while it runs. */
const shipped = new Map<Provider, string[]>();
function shippedMigrations(provider: Provider): string[] {
  let names = shipped.get(provider);
  if (!names) {
    const dir = migrationsDirOf(provider);
    names = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : [];
    shipped.set(provider, names);
  }
  return names;
}

/** A probe must answer even when the database hangs: past this, the database counts as unavailable. */
const PROBE_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('readiness probe timed out')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Ready to take traffic: not shutting down, the database answers `SELECT 1`, and every migration of this build
 * is recorded as applied in Prisma's `_prisma_migrations` table (finished, not rolled back), the table
 * kernel/db/migrate.ts writes through the schema engine.
 */
export async function readiness(db: Db, provider: Provider, draining: boolean): Promise<Readiness> {
  if (draining) return { ready: false, reason: 'SHUTTING_DOWN' };
  try {
    await withTimeout(db.$queryRawUnsafe('SELECT 1'));
  } catch {
    return { ready: false, reason: 'DATABASE_UNAVAILABLE' };
  }
  const expected = shippedMigrations(provider);
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      ),
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    // No history table: a database never migrated.
    applied = new Set();
  }
  const pending = expected.filter((name) => !applied.has(name)).length;
  return pending ? { ready: false, reason: 'MIGRATIONS_PENDING', pending } : { ready: true };
}
