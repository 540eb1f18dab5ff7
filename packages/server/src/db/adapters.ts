import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import './pg-char-type.js';
import type { DatabaseTarget } from './database-url.js';

/** The Prisma driver adapter factory of a database: better-sqlite3 (embedded) or pg (production). */
export function adapterFactoryFor(target: DatabaseTarget) {
  if (target.provider === 'sqlite') {
    if (target.file && target.file !== ':memory:') mkdirSync(path.dirname(target.file), { recursive: true });
    // Dates as ISO text, the format Prisma's SQLite migrations and the query compiler both expect.
    return new PrismaBetterSqlite3({ url: target.url });
  }
  return new PrismaPg({ connectionString: target.url });
}
