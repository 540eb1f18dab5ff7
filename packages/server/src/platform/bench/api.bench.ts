/**
 * API benchmark on a seeded database: for the main queries, the SQL statements a request sends, its median
 * latency through the whole server (yoga, Pothos, access rules, consent, audit), and the ratio to hand-written
 * SQL that reads the same rows (one statement per level, no access rules). Prints figures; asserts nothing.
 * Size: FIDELE_BENCH_API_CONTACTS (default 5000). PostgreSQL too when FIDELE_BENCH_PG_URL or the local server
 * answers (scratch-database.ts).
 */
import { createDb, type Db } from '../../kernel/db/client.js';
import type { DatabaseTarget } from '../../kernel/db/database-url.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { issueToken } from '../../identity/token.js';
import { seedDatabase } from '../seed/seed.service.js';
import { createFideleYoga } from '../server.js';
import { pgAdminUrl, scratchDatabase } from './scratch-database.js';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Case {
  name: string;
  query: string;
  variables: (db: Db) => Promise<Record<string, unknown>>;
  /** The same rows by hand: one statement per level. */
  handSql: (db: Db) => Promise<number>;
}

const ids = (rows: { id: number | bigint }[]) => rows.map((r) => Number(r.id)).join(',') || 'NULL';

const cases: Case[] = [
  {
    name: 'contacts page (100) with sales, lines, products, targets and actions',
    query: `query { contacts(first: 100, orderBy: [{ field: ID }]) { totalCount edges { node {
      id lastName email
      sales(first: 10) { edges { node { saleDate total lines { quantity product { code } } } } }
      targets(first: 10) { edges { node { targetedAt responded converted action { code } } } }
    } } } }`,
    variables: async () => ({}),
    handSql: async (db) => {
      const contacts = await db.$queryRawUnsafe<{ id: number }[]>(
        `SELECT "id", "lastName", "email" FROM "Contact" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 100`,
      );
      await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "Contact" WHERE "deletedAt" IS NULL`);
      const sales = await db.$queryRawUnsafe<{ id: number }[]>(
        `SELECT "id", "contactId", "saleDate", "total" FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY "contactId" ORDER BY "saleDate" DESC) AS k FROM "Sale" s WHERE "contactId" IN (${ids(contacts)})) x WHERE k <= 10`,
      );
      await db.$queryRawUnsafe(
        `SELECT l."saleId", l."quantity", p."code" FROM "SaleLine" l JOIN "Product" p ON p."id" = l."productId" WHERE l."saleId" IN (${ids(sales)})`,
      );
      await db.$queryRawUnsafe(
        `SELECT * FROM (SELECT t."contactId", t."targetedAt", t."respondedAt", t."conversionSaleId", a."code", ROW_NUMBER() OVER (PARTITION BY t."contactId" ORDER BY t."targetedAt" DESC) AS k FROM "ActionTarget" t JOIN "MarketingAction" a ON a."id" = t."actionId" WHERE t."contactId" IN (${ids(contacts)})) x WHERE k <= 10`,
      );
      return 5;
    },
  },
  {
    name: 'an action with its targets (500) and their contacts',
    query: `query($id: ID) { marketingAction(id: $id) { code name targets(first: 500) { totalCount edges { node {
      targetedAt respondedAt responseChannel converted contact { id lastName }
    } } } } }`,
    variables: async (db) => ({ id: Buffer.from(`MarketingAction:${await busiestAction(db)}`).toString('base64') }),
    handSql: async (db) => {
      const id = await busiestAction(db);
      await db.$queryRawUnsafe(`SELECT "code", "name" FROM "MarketingAction" WHERE "id" = ${id}`);
      await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "ActionTarget" WHERE "actionId" = ${id}`);
      await db.$queryRawUnsafe(
        `SELECT t."targetedAt", t."respondedAt", t."responseChannel", t."conversionSaleId", c."id", c."lastName" FROM "ActionTarget" t JOIN "Contact" c ON c."id" = t."contactId" WHERE t."actionId" = ${id} ORDER BY t."id" LIMIT 500`,
      );
      return 3;
    },
  },
  {
    name: 'a product with the actions that promoted it and its sale lines (100)',
    query: `query { product(code: "LIN-004") { code name actions { code name startDate } saleLines(first: 100) { totalCount edges { node { quantity unitPrice sale { saleDate } } } } } }`,
    variables: async () => ({}),
    handSql: async (db) => {
      const [p] = await db.$queryRawUnsafe<{ id: number }[]>(
        `SELECT "id", "code", "name" FROM "Product" WHERE "code" = 'LIN-004'`,
      );
      await db.$queryRawUnsafe(
        `SELECT a."code", a."name", a."startDate" FROM "ActionProduct" ap JOIN "MarketingAction" a ON a."id" = ap."actionId" WHERE ap."productId" = ${Number(p!.id)}`,
      );
      await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "SaleLine" WHERE "productId" = ${Number(p!.id)}`);
      await db.$queryRawUnsafe(
        `SELECT l."quantity", l."unitPrice", s."saleDate" FROM "SaleLine" l JOIN "Sale" s ON s."id" = l."saleId" WHERE l."productId" = ${Number(p!.id)} ORDER BY l."id" LIMIT 100`,
      );
      return 4;
    },
  },
];

async function busiestAction(db: Db): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ actionId: number }[]>(
    `SELECT "actionId" FROM "ActionTarget" GROUP BY "actionId" ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  return Number(row!.actionId);
}

async function benchOn(target: DatabaseTarget, contacts: number): Promise<void> {
  await applyMigrations(target);
  const statements: string[] = [];
  const db = createDb(target, { onStatement: (sql) => statements.push(sql) });
  try {
    const t0 = performance.now();
    await seedDatabase(db, { contacts, asOf: new Date('2026-06-30T00:00:00Z') });
    console.log(
      `\n## API on ${target.provider}: ${contacts} seeded contacts (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const admin = await db.staffUser.findUniqueOrThrow({ where: { email: 'admin@fidele.demo' } });
    const { token } = await issueToken(admin.id);
    const yoga = createFideleYoga({ db, provider: target.provider, graphiql: false });
    console.log('| query | statements | median ms | hand SQL statements | hand SQL median ms | ratio |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const c of cases) {
      const variables = await c.variables(db);
      const run = async () => {
        const res = await yoga.fetch('http://bench/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-fidele-purpose': 'customer_service',
          },
          body: JSON.stringify({ query: c.query, variables }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        // A field withheld for consent is part of the answer (null with its error), not a failure of the bench.
        const failures = body.errors?.filter((e) => e.extensions?.code !== 'CONSENT_REQUIRED');
        if (failures?.length) throw new Error(`${c.name}: ${JSON.stringify(failures).slice(0, 300)}`);
      };
      const times: number[] = [];
      const handTimes: number[] = [];
      let count = 0;
      let handCount = 0;
      for (let i = 0; i < RUNS + 3; i++) {
        statements.length = 0;
        let t = performance.now();
        await run();
        if (i >= 3) times.push(performance.now() - t);
        count = statements.length;
        t = performance.now();
        handCount = await c.handSql(db);
        if (i >= 3) handTimes.push(performance.now() - t);
      }
      const [m, hm] = [median(times), median(handTimes)];
      console.log(
        `| ${c.name} | ${count} | ${m.toFixed(1)} | ${handCount} | ${hm.toFixed(1)} | ${(m / hm).toFixed(1)}x |`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

export async function benchApi(contacts = Number(process.env.FIDELE_BENCH_API_CONTACTS ?? 5000)): Promise<void> {
  if (!(Number.isInteger(contacts) && contacts > 0))
    throw new Error(
      `FIDELE_BENCH_API_CONTACTS must be a positive integer, got ${process.env.FIDELE_BENCH_API_CONTACTS}`,
    );
  for (const provider of ['sqlite', 'postgresql'] as const) {
    const db = await scratchDatabase(provider, 'api');
    if (!db) {
      console.log(`\n(PostgreSQL not reachable at ${pgAdminUrl}: SQLite only)`);
      continue;
    }
    try {
      await benchOn(db.target, contacts);
    } finally {
      await db.drop();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApi();
