import { PrismaClient as SqliteClient } from '../../generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from '../../generated/postgresql/client.js';
import { changesAccess } from './access-writes.js';
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

/**
 * Interactive transactions' limits, unless a call sets its own. Prisma's defaults (2 s to get a connection, 5 s to
 * run) are shorter than a request's own budget (FIDELE_REQUEST_TIMEOUT_MS, 15 s): under a burst, with 25 requests
 * sharing a process's core and pool, a write waited or ran past them and was rolled back (the load bench's 50
 * clients on two instances). Past these, the request answers BUSY (kernel/route-kit.ts), nothing written.
 */
export const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

export function createDb(target: DatabaseTarget = parseDatabaseUrl(), options: DbOptions = {}): Db {
  const adapter = options.onStatement
    ? countingFactory(adapterFactoryFor(target), options.onStatement)
    : adapterFactoryFor(target);
  if (target.provider === 'sqlite') return new SqliteClient({ adapter, transactionOptions });
  const pool: { current?: PoolCounts } = {};
  const hook: AccessHook = {};
  watchAccessWrites(adapter, hook);
  const connect = adapter.connect.bind(adapter);
  // The pg adapter makes its pool when Prisma connects; keep a handle on it for the metrics (/metrics).
  Object.assign(adapter, {
    connect: async () => {
      const connected = await connect();
      pool.current = (connected as { underlyingDriver?: () => PoolCounts }).underlyingDriver?.();
      return connected;
    },
  });
  const db = new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  pools.set(db, pool);
  accessHooks.set(db, hook);
  return db;
}

interface AccessHook {
  listener?: () => Promise<void>;
}
const accessHooks = new WeakMap<Db, AccessHook>();

/**
 * Calls `listener` after each committed write that changes an access decision (access-writes.ts), on any path of
 * this PostgreSQL client: a statement on its own once it returns, a transaction's once it has committed and given
 * its connection back (the listener may need one). The write waits for the listener, so a response that follows
 * the write follows the listener too. One listener per client (the read routing's); PostgreSQL only.
 */
export function onAccessWrite(db: Db, listener: (() => Promise<void>) | undefined): void {
  const hook = accessHooks.get(db);
  if (hook) hook.listener = listener;
}

type Factory = ReturnType<typeof adapterFactoryFor>;
type SqlQueryable = {
  queryRaw(query: { sql: string }): Promise<unknown>;
  executeRaw(query: { sql: string }): Promise<unknown>;
};

function watchAccessWrites(factory: Factory, hook: AccessHook): void {
  const connect = factory.connect.bind(factory);
  const told = (sql: string) => hook.listener !== undefined && changesAccess(sql);
  Object.assign(factory, {
    connect: async () => {
      const adapter = await connect();
      // Outside a transaction a statement commits as it returns.
      wrapStatements(adapter as unknown as SqlQueryable, async (sql, done) => {
        const result = await done;
        if (told(sql)) await hook.listener?.();
        return result;
      });
      const startTransaction = adapter.startTransaction.bind(adapter);
      return Object.assign(adapter, {
        startTransaction: async (...args: Parameters<typeof startTransaction>) => {
          const tx = await startTransaction(...args);
          let changed = false;
          wrapStatements(tx as unknown as SqlQueryable, async (sql, done) => {
            if (told(sql)) changed = true;
            return done;
          });
          const commit = tx.commit.bind(tx);
          return Object.assign(tx, {
            commit: async () => {
              await commit();
              if (changed) await hook.listener?.();
            },
          });
        },
      });
    },
  });
}

function wrapStatements(q: SqlQueryable, around: (sql: string, done: Promise<unknown>) => Promise<unknown>): void {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  Object.assign(q, {
    queryRaw: (query: { sql: string }) => around(query.sql, queryRaw(query)),
    executeRaw: (query: { sql: string }) => around(query.sql, executeRaw(query)),
  });
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
