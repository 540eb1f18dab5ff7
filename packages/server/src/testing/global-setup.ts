import { postgresAdminUrl, postgresReachable } from './postgres.js';

/**
 * Decides once which databases the suite runs on. SQLite always; PostgreSQL when its server answers. On CI
 * (CI=true) PostgreSQL is required: a missing server fails the run instead of silently testing less.
 */
export default async function setup(): Promise<void> {
  const pg = await postgresReachable();
  if (!pg && process.env.CI === 'true')
    throw new Error(`CI=true but PostgreSQL does not answer at ${postgresAdminUrl}`);
  process.env.FIDELE_TEST_DATABASES = pg ? 'sqlite,postgresql' : 'sqlite';
  console.log(`database tests run on: ${process.env.FIDELE_TEST_DATABASES}`);
}
