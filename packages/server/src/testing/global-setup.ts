import type { Provider } from '../kernel/db/paths.js';
import { postgresAdminUrl, postgresReachable } from './postgres.js';
import { dropStaleDatabases } from './stale-databases.js';
import { buildTemplates } from './template-databases.js';

const known = ['sqlite', 'postgresql'];

/**
 * Decides once which databases the suite runs on. SQLite always; PostgreSQL when its server answers. On CI
 * (CI=true) PostgreSQL is required: a missing server fails the run instead of silently testing less. A run may
 * narrow the list itself (FIDELE_TEST_DATABASES=sqlite): CI's Node 24 stage does, since what changes with the Node
 * version is SQLite's native addon, not the PostgreSQL driver (pure JavaScript), which Node 20 tested just before.
 * Then drops what killed runs left behind and migrates one template database per provider, which the test databases
 * are copied from; returns their drop.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const providers = await chooseDatabases();
  const stale = await dropStaleDatabases(providers);
  if (stale.length) console.log(`dropped ${stale.length} test databases left by runs that were stopped`);
  return buildTemplates(providers);
}

async function chooseDatabases(): Promise<Provider[]> {
  const asked = process.env.FIDELE_TEST_DATABASES;
  if (asked) {
    const list = asked.split(',');
    if (!list.length || list.some((p) => !known.includes(p)))
      throw new Error(`FIDELE_TEST_DATABASES must list sqlite and/or postgresql, got "${asked}"`);
    console.log(`database tests run on: ${asked} (FIDELE_TEST_DATABASES)`);
    return list as Provider[];
  }
  const pg = await postgresReachable();
  if (!pg && process.env.CI === 'true')
    throw new Error(`CI=true but PostgreSQL does not answer at ${postgresAdminUrl}`);
  process.env.FIDELE_TEST_DATABASES = pg ? 'sqlite,postgresql' : 'sqlite';
  console.log(`database tests run on: ${process.env.FIDELE_TEST_DATABASES}`);
  return pg ? ['sqlite', 'postgresql'] : ['sqlite'];
}
