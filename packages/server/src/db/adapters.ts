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
    return new PrismaBetterSqlite3({ url: target.url });
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
