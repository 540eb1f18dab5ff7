import { readReplicas } from '@prisma/extension-read-replicas';
import { CliError } from '../cli-error.js';
import { replicaSettings, type ReplicaSettings, safeLabel } from './replica-settings.js';
import { createDb, type Db, onAccessWrite } from './client.js';
import type { Provider } from './paths.js';
import { memoryWalPositions, parseLsn, redisWalPositions, type WalPositions } from './wal-positions.js';

/**
 * Read replicas (DATABASE.md#read-replicas): the reads of a GraphQL query operation may go to a PostgreSQL streaming
 * replica; writes, transactions, mutations and everything that is not a query operation stay on the primary.
 * `@prisma/extension-read-replicas` splits one client's operations (reads to the replica, writes and transactions
 * to the primary); this module decides, per request, whether a replica may serve it at all.
 */
export { replicaSettings, safeLabel, type ReplicaSettings } from './replica-settings.js';

/** Why a request's reads went where they went. */
export type RouteReason =
  /** A replica had replayed past the principal's last write and was within the lag limit. */
  | 'replica'
  /** Every replica is behind the principal's own last write (read-your-own-writes). */
  | 'own_write'
  /** Every replica is further behind the primary than FIDELE_REPLICA_MAX_LAG_SECONDS. */
  | 'lagging'
  /** No replica answered its probe. */
  | 'unreachable'
  /** The principal's last write could not be read (Redis down): the primary is always up to date. */
  | 'position_unknown'
  /**
   * Every replica is behind the last write that changed an access decision (a consent withdrawn, a contact moved
   * to another zone, a role changed: access-writes.ts), whoever made it: the replicas would decide on the old rules.
   */
  | 'access_change';

/** The position key of the last access-changing write, shared by every principal. */
const ACCESS_KEY = '@access';

export interface Route {
  db: Db;
  target: 'primary' | 'replica';
  reason: RouteReason;
  /** The replica chosen (host:port/database). */
  replica?: string;
}

export interface ReplicaState {
  replica: string;
  reachable: boolean;
  /** Seconds the replica's data is behind the primary, as this instance measured it. */
  lagSeconds?: number;
  error?: string;
}

interface Probe {
  at: number;
  reachable: boolean;
  replayed: bigint;
  lagSeconds: number;
  error?: string;
}

interface Replica {
  label: string;
  client: Db;
  /** The primary extended with the extension over this replica: reads to it, writes and transactions to the primary. */
  routed: Db;
  probe?: Probe;
  probing?: Promise<Probe>;
  /** Times the primary was seen at a position this replica had not replayed yet, oldest first (its lag). */
  pending: { at: number; lsn: bigint }[];
}

export interface ReadRoutingOptions {
  /** Where principals' write positions live. @default Redis when settings.redisUrl, else this process's memory */
  positions?: WalPositions;
  /** Makes a replica's client (tests count its statements). @default createDb */
  clientFor?: (url: string) => Db;
  /** Told when a replica changes state (unreachable, back) or a read failed over to the primary: log it. */
  onEvent?: (event: { replica: string; kind: 'down' | 'up' | 'failover' | 'barrier_unknown'; error?: string }) => void;
}

/** The first probe of a replica also starts its client; no request waits for it. */
const WARM_UP_TIMEOUT_MS = 15_000;

/** Most primary positions remembered per replica while it is behind: enough for the lag limit at any probe rate. */
const MAX_PENDING = 4096;

/** One decision maker per primary client, shared by every request of the process. */
export class ReadRouting {
  readonly positions: WalPositions;
  private readonly replicas: Replica[];

  constructor(
    readonly primary: Db,
    readonly settings: ReplicaSettings,
    private readonly options: ReadRoutingOptions = {},
  ) {
    // A position outlives the lag limit: a replica still behind it by then serves nobody anyway.
    const ttlSeconds = Math.max(60, settings.maxLagSeconds * 2);
    this.positions =
      options.positions ??
      (settings.redisUrl
        ? redisWalPositions({ url: settings.redisUrl, prefix: settings.redisPrefix, ttlSeconds })
        : memoryWalPositions(ttlSeconds));
    this.replicas = settings.urls.map((url) => {
      const client = options.clientFor?.(url) ?? createDb({ provider: 'postgresql', url });
      const label = safeLabel(url);
      return { label, client, routed: this.routedClient(client, label), pending: [] };
    });
    // Connects and reads each replica's state now, in the background: a client's first query also loads Prisma's
    // query compiler (seconds), which no request should wait for. Until it answers, a replica serves nobody.
    for (const replica of this.replicas) void this.probeOf(replica, WARM_UP_TIMEOUT_MS);
    onAccessWrite(primary, () => this.noteAccessChange());
  }

  /** Until then, the position of the last access change is not known (it could not be stored): primary only. */
  private accessUnknownUntil = 0;

  /**
   * After a write that changed an access decision committed (the primary client's driver tells, on every path):
   * nobody's reads go to a replica that has not replayed it. If the position cannot be stored, this instance reads
   * from the primary for the lag limit, after which no replica that missed it serves anyway; other instances
   * cannot be told, which PRODUCTION.md#read-replicas states.
   */
  private async noteAccessChange(): Promise<void> {
    try {
      await this.positions.note(ACCESS_KEY, await this.primaryPosition());
    } catch (error) {
      this.accessUnknownUntil = Date.now() + this.settings.maxLagSeconds * 1000;
      this.options.onEvent?.({ replica: '*', kind: 'barrier_unknown', error: (error as Error).message });
    }
  }

  /** Where the reads of a query operation by `principal` (null: anonymous) go. Never throws. */
  async route(principal: string | null): Promise<Route> {
    let own = 0n;
    let access = 0n;
    try {
      [own, access] = await Promise.all([
        principal ? this.positions.get(principal) : 0n,
        this.positions.get(ACCESS_KEY),
      ]);
    } catch {
      return { db: this.primary, target: 'primary', reason: 'position_unknown' };
    }
    if (Date.now() < this.accessUnknownUntil) return { db: this.primary, target: 'primary', reason: 'access_change' };
    const probes = await this.probes();
    const reachable = this.replicas.filter((_, i) => probes[i]?.reachable);
    if (!reachable.length) return { db: this.primary, target: 'primary', reason: 'unreachable' };
    const fresh = reachable.filter((r) => r.probe!.lagSeconds <= this.settings.maxLagSeconds);
    if (!fresh.length) return { db: this.primary, target: 'primary', reason: 'lagging' };
    const rulesKnown = fresh.filter((r) => r.probe!.replayed >= access);
    if (!rulesKnown.length) return { db: this.primary, target: 'primary', reason: 'access_change' };
    const caughtUp = rulesKnown.filter((r) => r.probe!.replayed >= own);
    if (!caughtUp.length) return { db: this.primary, target: 'primary', reason: 'own_write' };
    const chosen = caughtUp[Math.floor(Math.random() * caughtUp.length)]!;
    return { db: chosen.routed, target: 'replica', reason: 'replica', replica: chosen.label };
  }

  /** After a write by `principal` committed: its later reads wait for a replica that has replayed this far. */
  async noteWrite(principal: string): Promise<void> {
    await this.positions.note(principal, await this.primaryPosition());
  }

  /** Each replica's last known state (readiness reports it; it never makes the instance unready). */
  async states(): Promise<ReplicaState[]> {
    const probes = await this.probes();
    return this.replicas.map((r, i) => {
      const probe = probes[i];
      if (!probe) return { replica: r.label, reachable: false, error: 'connecting' };
      return probe.reachable
        ? { replica: r.label, reachable: true, lagSeconds: probe.lagSeconds }
        : { replica: r.label, reachable: false, error: probe.error };
    });
  }

  /** Each replica's state, fresh; undefined for a replica whose first probe has not answered yet. */
  private probes(): Promise<(Probe | undefined)[]> {
    return Promise.all(this.replicas.map((r) => (r.probe ? this.probeOf(r) : undefined)));
  }

  async close(): Promise<void> {
    onAccessWrite(this.primary, undefined);
    await Promise.all([...this.replicas.map((r) => r.client.$disconnect()), this.positions.close()]);
  }

  private async primaryPosition(): Promise<bigint> {
    const [row] = await this.primary.$queryRawUnsafe<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn');
    return parseLsn(row!.lsn);
  }

  /** The replica's state, read again when older than probeMs; one probe at a time per replica. */
  private probeOf(replica: Replica, timeoutMs = this.settings.probeTimeoutMs): Promise<Probe> {
    const last = replica.probe;
    // An unreachable replica is tried again at most once a second: connection attempts are slow.
    const ttl = last && !last.reachable ? Math.max(1000, this.settings.probeMs) : this.settings.probeMs;
    if (last && Date.now() - last.at < ttl) return Promise.resolve(last);
    replica.probing ??= this.probe(replica, timeoutMs).finally(() => (replica.probing = undefined));
    return replica.probing;
  }

  private async probe(replica: Replica, timeoutMs: number): Promise<Probe> {
    const at = Date.now();
    let probe: Probe;
    try {
      const [primary, replayed] = await withTimeout(
        Promise.all([this.primaryPosition(), replayPosition(replica.client)]),
        timeoutMs,
      );
      probe = { at, reachable: true, replayed, lagSeconds: lagOf(replica, at, primary, replayed) };
    } catch (error) {
      probe = { at, reachable: false, replayed: 0n, lagSeconds: Infinity, error: (error as Error).message };
    }
    const was = replica.probe?.reachable ?? true;
    if (was !== probe.reachable)
      this.options.onEvent?.({ replica: replica.label, kind: probe.reachable ? 'up' : 'down', error: probe.error });
    replica.probe = probe;
    return probe;
  }

  /**
   * The client a request uses with this replica. An outer extension (applied first, so it runs before the
   * replica extension) sends non-transactional raw reads ($queryRaw: the analytics' SQL) to the replica too, which
   * the extension leaves on the primary since it cannot tell a raw read from a raw write: in a query operation
   * they are reads. When the replica fails (stopped, unreachable, a query cancelled by recovery), the read is run
   * again on the primary and the replica is probed anew: a read never fails because a replica did.
   */
  private routedClient(replica: Db, label: string): Db {
    type Call = (...args: unknown[]) => Promise<unknown>;
    const primary = this.primary as unknown as Record<string, Call & Record<string, Call>>;
    const onReplica = replica as unknown as Record<string, Call>;
    const failover = (error: unknown, again: () => Promise<unknown>) => {
      if (!isReplicaFailure(error)) throw error;
      const state = this.replicas.find((r) => r.label === label);
      // Probed again by the next request (awaited, within the probe timeout) rather than trusted for probeMs.
      if (state?.probe) state.probe = { ...state.probe, at: 0 };
      this.options.onEvent?.({ replica: label, kind: 'failover', error: (error as Error).message });
      return again();
    };
    const extended = (this.primary as unknown as PrismaExtendable).$extends({
      query: {
        $allOperations: async ({ model, operation, args, query, __internalParams }: OperationParams) => {
          if (__internalParams?.transaction || !READS.has(operation)) return query(args);
          // $queryRawUnsafe takes the statement and its values as separate arguments; the others one object.
          const spread = operation === '$queryRawUnsafe' ? (args as unknown[]) : [args];
          try {
            return await (operation.startsWith('$') ? onReplica[operation]!(...spread) : query(args));
          } catch (error) {
            return failover(error, () =>
              model ? primary[lowerFirst(model)]![operation]!(args) : primary[operation]!(...spread),
            );
          }
        },
      },
    });
    return extended.$extends(readReplicas({ replicas: [replica as never] })) as unknown as Db;
  }
}

interface OperationParams {
  model?: string;
  operation: string;
  args: unknown;
  query: (args: unknown) => Promise<unknown>;
  __internalParams?: { transaction?: unknown };
}
interface PrismaExtendable {
  $extends(extension: unknown): PrismaExtendable;
}

/** The operations the extension sends to a replica, and the raw reads this module adds. */
const READS = new Set([
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'findUnique',
  'findUniqueOrThrow',
  'groupBy',
  'aggregate',
  'count',
  '$queryRaw',
  '$queryRawUnsafe',
]);

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A failure of the replica rather than an answer: the connection (P1xxx), the database (a driver error: a query
 * cancelled by a conflict with recovery, a read-only refusal), or anything unexpected. Prisma's own answers (a row
 * not found, a validation error) would be the same on the primary and are passed on.
 */
function isReplicaFailure(error: unknown): boolean {
  const e = error as { name?: string; code?: string; meta?: { driverAdapterError?: unknown } };
  if (e?.name === 'PrismaClientValidationError') return false;
  if (typeof e?.code === 'string' && e.code.startsWith('P2') && !e.meta?.driverAdapterError) return false;
  return true;
}

/** How far the replica has replayed (its own position if it was promoted and replays nothing). */
async function replayPosition(client: Db): Promise<bigint> {
  const [row] = await client.$queryRawUnsafe<{ lsn: string | null }[]>(
    'SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS lsn',
  );
  if (!row?.lsn) throw new Error('the replica reports no replay position (not a streaming standby?)');
  return parseLsn(row.lsn);
}

/**
 * Seconds of writes the replica has not replayed: since this instance first saw the primary at a position the
 * replica has not reached. Measured from positions rather than pg_last_xact_replay_timestamp(), which on a
 * primary that was idle for an hour would call a replica one write behind an hour late.
 */
function lagOf(replica: Replica, at: number, primary: bigint, replayed: bigint): number {
  const pending = replica.pending.filter((p) => p.lsn > replayed);
  const newest = pending[pending.length - 1];
  if (primary > replayed && (!newest || primary > newest.lsn) && pending.length < MAX_PENDING)
    pending.push({ at, lsn: primary });
  replica.pending = pending;
  return pending.length ? (at - pending[0]!.at) / 1000 : 0;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const routings = new WeakMap<Db, ReadRouting | null>();

/**
 * The read routing of a primary client, made from the environment on first use (one per client: the servers of a
 * process share it), or null when FIDELE_REPLICA_URLS is unset. Replicas need PostgreSQL: on SQLite the setting is
 * refused (a CliError, exit 2) rather than ignored, since an operator who set it expects the reads to move. The
 * client's `$disconnect` closes the replicas too.
 */
export function readRoutingFor(
  db: Db,
  provider: Provider,
  env: NodeJS.ProcessEnv = process.env,
  options: ReadRoutingOptions = {},
): ReadRouting | null {
  if (routings.has(db)) return routings.get(db)!;
  const settings = replicaSettings(env);
  if (settings && provider !== 'postgresql')
    throw new CliError('FIDELE_REPLICA_URLS needs PostgreSQL (DATABASE_URL is SQLite): unset it', 2);
  const routing = settings ? new ReadRouting(db, settings, options) : null;
  setReadRouting(db, routing);
  return routing;
}

/** Sets the routing of a primary client (tests, or a caller with its own options); null turns it off. */
export function setReadRouting(db: Db, routing: ReadRouting | null): void {
  routings.set(db, routing);
  if (!routing || closing.has(db)) return;
  const disconnect = db.$disconnect.bind(db);
  closing.add(db);
  Object.assign(db, {
    $disconnect: async () => {
      await closeReadRouting(db);
      await disconnect();
    },
  });
}
const closing = new WeakSet<Db>();

/** Closes the replicas' pools and the positions' Redis connection of a primary client, if it has a routing. */
export async function closeReadRouting(db: Db): Promise<void> {
  const routing = routings.get(db);
  routings.delete(db);
  await routing?.close();
}
