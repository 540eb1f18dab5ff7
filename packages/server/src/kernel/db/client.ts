import { PrismaClient as SqliteClient } from '../../generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from '../../generated/postgresql/client.js';
import { adapterFactoryFor } from './adapters.js';
import { type DatabaseTarget, parseDatabaseUrl } from './database-url.js';

/**
 * One client type for both databases. The two generated clients come from one model and expose the same API;
 * the SQLite one serves as the type.
 */
export type Db = SqliteClient;
export * as Model from '../../generated/sqlite/client.js';

export interface DbOptions {
  /** Called with each SQL statement sent to the database (statement-count tests, the bench script). */
  onStatement?: (sql: string) => void;
}

export function createDb(target: DatabaseTarget = parseDatabaseUrl(), options: DbOptions = {}): Db {
  const adapter = options.onStatement
    ? countingFactory(adapterFactoryFor(target), options.onStatement)
    : adapterFactoryFor(target);
  if (target.provider === 'sqlite') return new SqliteClient({ adapter });
  const pool: { current?: PoolCounts } = {};
  const connect = adapter.connect.bind(adapter);
  // The pg adapter makes its pool when Prisma connects; keep a handle on it for the metrics (/metrics).
  Object.assign(adapter, {
    connect: async () => {
      const connected = await connect();
      pool.current = (connected as { underlyingDriver?: () => PoolCounts }).underlyingDriver?.();
      return connected;
    },
  });
  const db = new PostgresClient({ adapter }) as unknown as Db;
  pools.set(db, pool);
  return db;
}

/** The counts pg's Pool keeps (connections open, idle, and queries waiting for one). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new WeakMap<Db, { current?: PoolCounts }>();

/** The connection pool of a PostgreSQL client once it has connected; undefined for SQLite (one connection). */
export const poolCountsOf = (db: Db): PoolCounts | undefined => pools.get(db)?.current;

type Factory = ReturnType<typeof adapterFactoryFor>;

/** Wraps an adapter factory so that every statement, in or out of a transaction, is reported. */
function countingFactory<F extends Factory>(factory: F, onStatement: (sql: string) => void): F {
  // Method syntax: the adapters' own methods take a fuller query type, and only its `sql` is read here.
  const wrapQueryable = <
    Q extends { queryRaw(query: { sql: string }): unknown; executeRaw(query: { sql: string }): unknown },
  >(
    q: Q,
  ): Q => {
    const queryRaw = q.queryRaw.bind(q);
    const executeRaw = q.executeRaw.bind(q);
    return Object.assign(q, {
      queryRaw: (query: { sql: string }) => (onStatement(query.sql), queryRaw(query)),
      executeRaw: (query: { sql: string }) => (onStatement(query.sql), executeRaw(query)),
    });
  };
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    connect: async () => {
      const adapter = wrapQueryable(await connect());
      const startTransaction = adapter.startTransaction.bind(adapter);
      return Object.assign(adapter, {
        startTransaction: async (...args: Parameters<typeof startTransaction>) =>
          wrapQueryable(await startTransaction(...args)),
      });
    },
  });
}
