import path from 'node:path';
import { type Provider, repoRoot } from './paths.js';

/** The embedded default: a SQLite file under the project, created on first start. */
export const defaultDatabaseUrl = `file:${path.join(repoRoot, 'data', 'fidele.db')}`;

export interface DatabaseTarget {
  provider: Provider;
  url: string;
  /** SQLite only: absolute path of the database file. */
  file?: string;
}

/**
 * Reads a database URL: `file:<path>` (SQLite, relative paths from the repository root) or
 * `postgres://` / `postgresql://` (PostgreSQL). Anything else is a configuration error.
 */
export function parseDatabaseUrl(url = process.env.DATABASE_URL || defaultDatabaseUrl): DatabaseTarget {
  if (url.startsWith('file:')) {
    const raw = url.slice('file:'.length);
    if (!raw) throw new Error('DATABASE_URL "file:" needs a path, e.g. file:./data/fidele.db');
    const file = raw === ':memory:' ? raw : path.resolve(repoRoot, raw);
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(':')[0]}:..."`,
  );
}
