import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import './pg-char-type.js';
import type { DatabaseTarget } from './database-url.js';

/** The Prisma driver adapter factory of a database: better-sqlite3 (embedded) or pg (production). */
export function adapterFactoryFor(target: DatabaseTarget) {
  if (target.provider === 'sqlite') {
    warnAboutNodeSqliteCrash();
    if (target.file && target.file !== ':memory:') mkdirSync(path.dirname(target.file), { recursive: true });
    // Dates as ISO text, the format Prisma's SQLite migrations and the query compiler both expect.
    return withSqliteBindLimit(new PrismaBetterSqlite3({ url: target.url }));
  }
  return new PrismaPg({ connectionString: target.url });
}

let warned = false;
/**
 * Node 24.19 and later abort the process when better-sqlite3 12 finalises a statement during garbage collection
 * outside JavaScript (WiseLibs/better-sqlite3#1515). better-sqlite3 13 fixes it but needs Node 22, and Fidele
 * still supports Node 20: say so once rather than let the process die without a word.
 */
function warnAboutNodeSqliteCrash(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (warned || major < 24 || (major === 24 && minor < 19)) return;
  warned = true;
  process.emitWarning(
    `Node ${process.versions.node} with better-sqlite3 12 can abort in garbage collection (WiseLibs/better-sqlite3#1515). ` +
      'Use Node 20, 22 or 24.18 with SQLite, or PostgreSQL.',
    { code: 'FIDELE_SQLITE_NODE' },
  );
}

/**
 * The better-sqlite3 adapter does not report its connection limits, so Prisma assumes SQLite's historical 999
 * bind values and splits longer statements (a nested relation's IN list over a page of 500 rows, a multi-row
 * INSERT): the number of statements then grows with the rows. The SQLite built into better-sqlite3 12 allows
 * 32,766 (the default since SQLite 3.32), as PostgreSQL's protocol does.
 */
function withSqliteBindLimit(factory: PrismaBetterSqlite3): PrismaBetterSqlite3 {
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    connect: async () =>
      Object.assign(await connect(), {
        getConnectionInfo: () => ({ maxBindValues: 32_766, supportsRelationJoins: false }),
      }),
  });
}
