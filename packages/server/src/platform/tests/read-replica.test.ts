/**
 * Read replicas (issue 18) on a real streaming standby of the test cluster (testing/standby.ts: pg_basebackup and
 * pg_ctl), through two real HTTP servers sharing the write positions in Redis. Where a read was served is proven by
 * the data itself: with the standby's replay paused, a row changed on the primary shows its old value only on the
 * standby. On PostgreSQL only, as cluster.test.ts: the suite requires it on CI (global-setup.ts).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../kernel/cli-error.js';
import { createDb, type Db } from '../../kernel/db/client.js';
import { readRoutingFor, replicaSettings } from '../../kernel/db/read-replicas.js';
import { memoryWalPositions, parseLsn, redisWalPositions } from '../../kernel/db/wal-positions.js';
import { closeRateLimitStore } from '../../identity/rate-limit-store.js';
import { issueToken } from '../../identity/token.js';
import { type ApiHarness, createApiHarness, defaultPurposes, gid } from '../../testing/api.js';
import { type Standby, startStandby } from '../../testing/standby.js';
import { type RunningServer, startServer } from '../http/start-server.js';
import { registry } from '../observability/metrics.js';
import type { Role } from '../../generated/sqlite/enums.js';

describe('FIDELE_REPLICA_URLS', () => {
  it('is off when unset or empty, lists PostgreSQL URLs, and is refused on SQLite', () => {
    expect(replicaSettings({})).toBeNull();
    expect(replicaSettings({ FIDELE_REPLICA_URLS: ' , ' })).toBeNull();
    const two = replicaSettings({ FIDELE_REPLICA_URLS: 'postgresql://r1/db, postgres://r2:5433/db' });
    expect(two?.urls).toEqual(['postgresql://r1/db', 'postgres://r2:5433/db']);
    expect(two?.maxLagSeconds).toBe(30);
    expect(() => replicaSettings({ FIDELE_REPLICA_URLS: 'mysql://r1/db' })).toThrow(CliError);
    expect(() =>
      replicaSettings({ FIDELE_REPLICA_URLS: 'postgresql://r/db', FIDELE_REPLICA_MAX_LAG_SECONDS: '-1' }),
    ).toThrow(/FIDELE_REPLICA_MAX_LAG_SECONDS/);
    expect(() => readRoutingFor({} as Db, 'sqlite', { FIDELE_REPLICA_URLS: 'postgresql://r/db' })).toThrow(
      /needs PostgreSQL/,
    );
  });
});

describe('write positions', () => {
  it('order as the WAL does and are raised, never lowered, in memory and in Redis', async () => {
    const prefix = `fidele-wal-test-${process.pid}-${Date.now()}`;
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(() => parseLsn('16B3748')).toThrow();
    const stores = [
      memoryWalPositions(60),
      redisWalPositions({ url: 'redis://127.0.0.1:6379', prefix, ttlSeconds: 60 }),
    ];
    try {
      for (const store of stores) {
        expect(await store.get('staff:1'), store.kind).toBe(0n);
        await store.note('staff:1', parseLsn('1/10'));
        await store.note('staff:1', parseLsn('0/20'));
        expect(await store.get('staff:1'), store.kind).toBe(parseLsn('1/10'));
        await store.note('staff:1', parseLsn('2/0'));
        expect(await store.get('staff:1'), store.kind).toBe(parseLsn('2/0'));
        expect(await store.get('partner:1'), store.kind).toBe(0n);
      }
      // Another instance (another connection) reads what this one wrote to Redis.
      const other = redisWalPositions({
        url: 'redis://127.0.0.1:6379',
        prefix,
        ttlSeconds: 60,
      });
      expect(await other.get('staff:1')).toBe(parseLsn('2/0'));
      await other.close();
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});

const LIST = `{ contacts(first: 50) { totalCount edges { node { id lastName version } } } }`;
type List = { contacts: { totalCount: number; edges: { node: { id: string; lastName: string; version: number } }[] } };

describe('read replicas on a streaming standby [postgresql]', () => {
  let h: ApiHarness;
  let standby: Standby;
  let a: RunningServer;
  let b: RunningServer;
  const dbs: Db[] = [];
  const servers: RunningServer[] = [];
  const contacts: number[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    h = await createApiHarness('postgresql', { purposes: true });
    for (let i = 0; i < 3; i++) {
      const contact = await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: `Name${i}`, brandId: h.brands.a, zoneId: h.zones.north },
      });
      contacts.push(contact.id);
      await consented(contact.id);
    }
    standby = await startStandby();
    // As an operator would: the settings in the environment of each instance (read when its server starts).
    process.env.FIDELE_REPLICA_URLS = standby.url(new URL(h.t.target.url).pathname.slice(1));
    process.env.FIDELE_REPLICA_PROBE_MS = '20';
    process.env.FIDELE_REDIS_URL = 'redis://127.0.0.1:6379';
    process.env.FIDELE_RATE_LIMIT_PREFIX = `fidele-replica-test-${process.pid}-${Date.now()}`;
    [a, b] = await Promise.all([serve(), serve()]);
    delete process.env.FIDELE_REPLICA_URLS;
    await caughtUp();
    // Each instance connects to the standby in the background (its first probe): until then it reads the primary.
    for (const db of dbs) {
      const routing = readRoutingFor(db, 'postgresql')!;
      for (const end = Date.now() + 30_000; (await routing.route(null)).target !== 'replica';) {
        if (Date.now() > end) throw new Error(`no replica after 30 s: ${JSON.stringify(await routing.states())}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(dbs.map((db) => db.$disconnect()));
    await standby?.remove();
    await h?.drop();
    await closeRateLimitStore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  /** One API instance: its own client (its own pools and routing), as a separate process would have. */
  async function serve(): Promise<RunningServer> {
    const db = createDb(h.t.target);
    dbs.push(db);
    const server = await startServer({ db, provider: 'postgresql', port: 0 });
    servers.push(server);
    return server;
  }

  /** The contact's consent to the purposes the test's principals declare (ADMIN's and MARKETING's). */
  async function consented(id: number): Promise<void> {
    for (const purpose of [defaultPurposes.ADMIN, defaultPurposes.MARKETING]) await h.consent(id, purpose);
  }

  const tokens = new Map<Role, string>();
  /** The names the principal is shown, and the codes of the fields withheld from it (CONSENT_REQUIRED). */
  async function shown(on: RunningServer, role: Role): Promise<{ names: (string | null)[]; withheld: string[] }> {
    if (!tokens.has(role)) tokens.set(role, (await issueToken(h.users[role])).token);
    const res = await fetch(`${on.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens.get(role)}`,
        'x-fidele-purpose': defaultPurposes[role],
      },
      body: JSON.stringify({ query: LIST }),
    });
    const body = (await res.json()) as { data: List; errors?: { extensions: { code: string } }[] };
    return {
      names: body.data.contacts.edges.map((e) => e.node?.lastName ?? null),
      withheld: (body.errors ?? []).map((e) => e.extensions.code),
    };
  }
  async function gql<T>(on: RunningServer, role: Role, query: string, variables = {}): Promise<T> {
    if (!tokens.has(role)) tokens.set(role, (await issueToken(h.users[role])).token);
    const res = await fetch(`${on.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens.get(role)}`,
        'x-fidele-purpose': defaultPurposes[role],
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(res.status).toBe(200);
    return body.data;
  }
  const nameOf = (list: List, id: number) => list.contacts.edges.find((e) => e.node.id === gid('Contact', id))?.node;

  /** Query operations counted by `fidele_db_reads_total`, for a target (and a reason). */
  async function reads(target: 'primary' | 'replica', reason?: string): Promise<number> {
    const metric = await registry.getSingleMetric('fidele_db_reads_total')!.get();
    return metric.values
      .filter((v) => v.labels.target === target && (!reason || v.labels.reason === reason))
      .reduce((sum, v) => sum + v.value, 0);
  }

  async function primaryLsn(): Promise<string> {
    const [row] = await h.t.db.$queryRawUnsafe<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn');
    return row!.lsn;
  }
  /** Waits until the standby has replayed everything the primary had written when called. */
  async function caughtUp(): Promise<void> {
    const lsn = await primaryLsn();
    for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
      const [row] = await standby.query<{ ok: boolean }>(`SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS ok`);
      if (row?.ok) return;
    }
    throw new Error(`the standby did not replay ${lsn} within 30 s`);
  }
  /** Makes the standby lag on purpose: it keeps receiving the WAL but applies none of it until resumed. */
  async function paused<T>(work: () => Promise<T>): Promise<T> {
    await standby.query('SELECT pg_wal_replay_pause()');
    for (;;) {
      const [row] = await standby.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
      if (row?.state === 'paused') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    try {
      return await work();
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
  }

  it('serves list and analytics queries from the standby', async () => {
    const { overview } = await gql<{ overview: { contactCount: number } }>(a, 'ADMIN', '{ overview { contactCount } }');
    await paused(async () => {
      // Written on the primary behind the API's back: the standby, paused, still has the old state.
      await h.t.db.contact.update({ where: { id: contacts[0] }, data: { lastName: 'OnlyOnPrimary' } });
      const extra = await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Extra', brandId: h.brands.a, zoneId: h.zones.north },
      });
      await consented(extra.id);
      const before = await reads('replica');
      const list = await gql<List>(a, 'ADMIN', LIST);
      expect(nameOf(list, contacts[0]!)?.lastName).toBe('Name0');
      const now = await gql<{ overview: { contactCount: number } }>(a, 'ADMIN', '{ overview { contactCount } }');
      expect(now.overview.contactCount).toBe(overview.contactCount);
      expect((await reads('replica')) - before).toBe(2);
      // Raw SQL (the analytics' aggregates) of a routed request runs on the standby as well.
      const route = await readRoutingFor(dbs[0]!, 'postgresql')!.route(null);
      expect(route.target).toBe('replica');
      const sql = 'SELECT pg_is_in_recovery() AS standby';
      expect(await route.db.$queryRawUnsafe(sql)).toEqual([{ standby: true }]);
      expect(await dbs[0]!.$queryRawUnsafe(sql)).toEqual([{ standby: false }]);
    });
    await caughtUp();
    const list = await gql<List>(a, 'ADMIN', LIST);
    expect(nameOf(list, contacts[0]!)?.lastName).toBe('OnlyOnPrimary');
    expect(list.contacts.totalCount).toBe(4);
  });

  it('reads your own writes on another instance while the standby lags, and others read the standby', async () => {
    const id = contacts[1]!;
    const { version } = nameOf(await gql<List>(b, 'ADMIN', LIST), id)!;
    await paused(async () => {
      const ownBefore = await reads('primary', 'own_write');
      const updated = await gql<{ updateContact: { lastName: string } }>(
        a,
        'ADMIN',
        `mutation($id: ID!, $version: Int!) {
          updateContact(id: $id, version: $version, input: { lastName: "Renamed" }) { lastName } }`,
        { id: gid('Contact', id), version },
      );
      expect(updated.updateContact.lastName).toBe('Renamed');
      // At once, on the other instance: its write position came through Redis, so the primary answers.
      expect(nameOf(await gql<List>(b, 'ADMIN', LIST), id)?.lastName).toBe('Renamed');
      expect((await reads('primary', 'own_write')) - ownBefore).toBe(1);
      // Another principal may read older data: the standby answers, with the name before the change.
      const replicaBefore = await reads('replica');
      expect(nameOf(await gql<List>(b, 'MARKETING', LIST), id)?.lastName).toBe('Name1');
      expect((await reads('replica')) - replicaBefore).toBe(1);
    });
    await caughtUp();
    // Once the standby has replayed the write, the writer reads from it again, and finds the write there.
    const replicaBefore = await reads('replica');
    expect(nameOf(await gql<List>(b, 'ADMIN', LIST), id)?.lastName).toBe('Renamed');
    expect((await reads('replica')) - replicaBefore).toBe(1);
  });

  it('holds everyone on the primary after a consent is withdrawn, until the standby has replayed it', async () => {
    // Was: only the writer's reads waited for the standby; another principal's list, decided by the standby's copy of
    // the consent, still showed a name whose consent had just been withdrawn (for up to the lag limit).
    const contact = await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Withdrawn', brandId: h.brands.a, zoneId: h.zones.north },
    });
    await consented(contact.id);
    await caughtUp();
    expect(nameOf(await gql<List>(b, 'MARKETING', LIST), contact.id)?.lastName).toBe('Withdrawn');
    await paused(async () => {
      await gql(
        a,
        'ADMIN',
        `mutation($c: ID!, $p: String!) { withdrawConsent(input: { contact: $c, purpose: $p, source: PHONE }) { status } }`,
        { c: gid('Contact', contact.id), p: defaultPurposes.MARKETING },
      );
      const held = await reads('primary', 'access_change');
      // Another principal, on the other instance: the primary decides, and the name is withheld.
      const after = await shown(b, 'MARKETING');
      expect(after.names).not.toContain('Withdrawn');
      expect(after.withheld).toEqual(['CONSENT_REQUIRED']);
      expect((await reads('primary', 'access_change')) - held).toBe(1);
    });
    await caughtUp();
    // Once replayed, the standby serves again, and decides as the primary did.
    const replicaBefore = await reads('replica');
    expect((await shown(b, 'MARKETING')).withheld).toEqual(['CONSENT_REQUIRED']);
    expect((await reads('replica')) - replicaBefore).toBe(1);
    // The later tests list as MARKETING without a withheld field.
    await h.t.db.contact.update({ where: { id: contact.id }, data: { deletedAt: new Date() } });
    await caughtUp();
  });

  it('reads everything from the primary when the setting is off', async () => {
    const off = await serve();
    expect(readRoutingFor(dbs[dbs.length - 1]!, 'postgresql')).toBeNull();
    await paused(async () => {
      await h.t.db.contact.update({ where: { id: contacts[2] }, data: { lastName: 'Current' } });
      const [primary, replica] = [await reads('primary'), await reads('replica')];
      expect(nameOf(await gql<List>(off, 'MARKETING', LIST), contacts[2]!)?.lastName).toBe('Current');
      expect([await reads('primary'), await reads('replica')]).toEqual([primary, replica]);
    });
    await caughtUp();
  });

  it('falls back to the primary, without an error, when the standby stops', async () => {
    await h.t.db.contact.update({ where: { id: contacts[2] }, data: { lastName: 'AfterStop' } });
    await caughtUp();
    await standby.stop();
    const before = await reads('primary');
    for (const on of [a, b, a])
      expect(nameOf(await gql<List>(on, 'MARKETING', LIST), contacts[2]!)?.lastName).toBe('AfterStop');
    expect((await reads('primary')) - before).toBeGreaterThanOrEqual(3);
    // The standby really is gone: nothing could have answered from it.
    const probe = new pg.Client({ connectionString: standby.url('postgres'), connectionTimeoutMillis: 2000 });
    await expect(probe.connect()).rejects.toThrow();
  });
});
