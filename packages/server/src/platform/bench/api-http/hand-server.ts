/**
 * Child process of the api-http bench: the hand-written baseline. A bare node:http server answering
 * `GET /<query>?<param>=<value>` (queries a to d of queries.ts) with the text of ONE SQL statement (hand-sql.ts)
 * that builds the whole JSON answer in the database of DATABASE_URL: `pg` with named (prepared) statements on
 * PostgreSQL, prepared better-sqlite3 statements on SQLite. Prints `listening <url>` once it answers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import pg from 'pg';
import { parseDatabaseUrl } from '../../../kernel/db/database-url.js';
import { pgStatements, sqliteStatements } from './hand-sql.js';
import type { QueryName } from './queries.js';

type Run = (name: QueryName, param: string | undefined) => Promise<string | undefined>;

function postgresRunner(url: string): { run: Run; close(): Promise<void> } {
  // The size of the pools of Prisma's pg adapter and of PostGraphile (pg's default), so no server gets more.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    run: async (name, param) => {
      const { sql, param: wanted } = pgStatements[name];
      const values = wanted ? [param] : [];
      const res = await pool.query<{ body: string }>({ name: `hand_${name}`, text: sql, values });
      return res.rows[0]?.body;
    },
    close: () => pool.end(),
  };
}

function sqliteRunner(file: string): { run: Run; close(): Promise<void> } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const prepared = new Map(
    Object.entries(sqliteStatements).map(([name, s]) => [name, db.prepare<unknown[], string>(s.sql).pluck()]),
  );
  return {
    run: async (name, param) => {
      const statement = prepared.get(name)!;
      return sqliteStatements[name].param ? statement.get(param) : statement.get();
    },
    close: async () => void db.close(),
  };
}

const target = parseDatabaseUrl();
const runner = target.provider === 'postgresql' ? postgresRunner(target.url) : sqliteRunner(target.file!);
const names = new Set<string>(Object.keys(pgStatements));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://hand');
  const name = url.pathname.slice(1);
  if (!names.has(name)) {
    res.writeHead(404).end();
    return;
  }
  const statement = pgStatements[name as QueryName];
  const param = statement.param ? (url.searchParams.get(statement.param) ?? undefined) : undefined;
  runner
    .run(name as QueryName, param)
    .then((body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body ?? '{"data":null}'))
    .catch((error: unknown) => res.writeHead(500).end(String(error)));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}`);
const stop = async () => {
  server.closeAllConnections();
  server.close();
  await runner.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
