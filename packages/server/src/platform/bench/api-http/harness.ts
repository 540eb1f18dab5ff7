/**
 * The parts of the api-http bench that do not time anything, shared with its test: seeding a scratch database,
 * the caller Fidele's requests come from, and starting (and always stopping) the servers.
 */
import { randomBytes } from 'node:crypto';
import { issueToken } from '../../../identity/token.js';
import { createDb } from '../../../kernel/db/client.js';
import type { DatabaseTarget } from '../../../kernel/db/database-url.js';
import { applyMigrations } from '../../../kernel/db/migrate.js';
import { seedDatabase } from '../../seed/seed.service.js';
import { type ServerKind, type ServerProcess, startServerProcess } from './processes.js';
import type { Fixture } from './queries.js';
import { type Caller, lookUpFixture } from './row-check.js';

/**
 * The token key shared with the Fidele child process: without FIDELE_TOKEN_SECRET each process makes its own random
 * key and the child would refuse the token issued here. A random one per run unless the environment sets it.
 */
export function tokenSecret(): string {
  process.env.FIDELE_TOKEN_SECRET ??= randomBytes(36).toString('base64url');
  return process.env.FIDELE_TOKEN_SECRET;
}

export interface PreparedDatabase {
  fixture: Fixture;
  caller: Caller;
  /** How long the seed took. */
  seedSeconds: number;
}

/** Migrates and seeds the database, looks up the fixture rows and signs a token for the seeded admin. */
export async function prepareDatabase(target: DatabaseTarget, contacts: number): Promise<PreparedDatabase> {
  tokenSecret();
  await applyMigrations(target);
  const db = createDb(target);
  try {
    const t0 = performance.now();
    await seedDatabase(db, { contacts, asOf: new Date('2026-06-30T00:00:00Z') });
    const seedSeconds = (performance.now() - t0) / 1000;
    const fixture = await lookUpFixture(db);
    const admin = await db.staffUser.findUniqueOrThrow({ where: { email: 'admin@fidele.demo' } });
    const { token } = await issueToken(admin.id);
    return { fixture, caller: { token }, seedSeconds };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Starts the servers one after the other (each start is CPU-heavy: it should not slow the others' starts), in
 * production mode. On a failure the ones already started are stopped before the error goes on.
 */
export async function startServers(kinds: ServerKind[], target: DatabaseTarget): Promise<ServerProcess[]> {
  const env = { NODE_ENV: 'production', FIDELE_TOKEN_SECRET: tokenSecret() };
  const started: ServerProcess[] = [];
  try {
    for (const kind of kinds) started.push(await startServerProcess(kind, target.url, env));
    return started;
  } catch (error) {
    await stopServers(started);
    throw error;
  }
}

export async function stopServers(servers: ServerProcess[]): Promise<void> {
  await Promise.all(servers.map((s) => s.kill().catch(() => {})));
}
