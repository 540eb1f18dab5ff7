import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFideleYoga } from '../server.js';
import { issueToken } from '../../identity/token.js';
import { startServer, type RunningServer } from '../http/start-server.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

const overviewQuery = `{ health { status database } overview { contactCount productCount saleCount
  contactsByKind { kind count } salesByMonth { month saleCount revenue } actionsByMedium { medium count } } }`;

/** A few rows of each kind the overview counts, inserted directly. */
async function insertSample(t: TestDatabase) {
  const brand = await t.db.brand.create({ data: { code: 'B1', name: 'Brand' } });
  const zone = await t.db.zone.create({ data: { code: 'Z1', name: 'Zone' } });
  const category = await t.db.productCategory.create({ data: { code: 'C1', name: 'Cat' } });
  const product = await t.db.product.create({
    data: { code: 'P1', name: 'P', categoryId: category.id, listPrice: '10.50' },
  });
  const base = { brandId: brand.id, zoneId: zone.id };
  const client = await t.db.contact.create({ data: { ...base, kind: 'CLIENT', lastName: 'Martin' } });
  await t.db.contact.create({ data: { ...base, kind: 'PROSPECT', lastName: 'Durand' } });
  await t.db.contact.create({ data: { ...base, kind: 'PROSPECT', lastName: 'Gone', deletedAt: new Date() } });
  for (const [date, total] of [
    ['2025-01-05', '10.50'],
    ['2025-01-20', '21.00'],
    ['2025-03-02', '5.25'],
  ] as const) {
    await t.db.sale.create({
      data: {
        contactId: client.id,
        brandId: brand.id,
        channel: 'STORE',
        saleDate: new Date(`${date}T10:00:00Z`),
        total,
        lines: { create: { productId: product.id, quantity: 1, unitPrice: total } },
      },
    });
  }
}

describeEachDatabase('GraphQL over HTTP', (provider) => {
  let t: TestDatabase;
  let yoga: ReturnType<typeof createFideleYoga>;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await insertSample(t);
    yoga = createFideleYoga({ db: t.db, provider });
  });
  afterAll(() => t?.drop());

  it('answers the overview by POST with aggregates only (to a logged-in user: company figures are not public)', async () => {
    const admin = await t.db.staffUser.create({
      data: { email: 'admin@http.test', firstName: 'A', lastName: 'Admin', role: 'ADMIN', passwordHash: 'unused' },
    });
    const res = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${(await issueToken(admin.id)).token}`,
      },
      body: JSON.stringify({ query: overviewQuery }),
    });
    expect(res.status).toBe(200);
    const { data, errors } = await res.json();
    expect(errors).toBeUndefined();
    expect(data.health).toEqual({ status: 'ok', database: provider === 'sqlite' ? 'SQLITE' : 'POSTGRESQL' });
    expect(data.overview.contactCount).toBe(2); // the soft-deleted prospect is not counted
    expect(data.overview.contactsByKind).toContainEqual({ kind: 'PROSPECT', count: 1 });
    expect(data.overview.contactsByKind).toContainEqual({ kind: 'JOURNALIST', count: 0 });
    expect(data.overview.contactsByKind).toHaveLength(7);
    expect(data.overview.salesByMonth).toEqual([
      { month: '2025-01', saleCount: 2, revenue: 31.5 },
      { month: '2025-03', saleCount: 1, revenue: 5.25 },
    ]);
  });

  it('answers a query by GET', async () => {
    const res = await yoga.fetch(`http://x/graphql?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('refuses a mutation by GET (405) and rejects an invalid document (400)', async () => {
    const get = await yoga.fetch(`http://x/graphql?query=${encodeURIComponent('mutation { x }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(get.status).toBe(405);
    const bad = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ health { noSuchField } }' }),
    });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('masks unexpected errors: no message or stack of the cause reaches the client', async () => {
    const broken = createFideleYoga({
      db: { ...t.db, $queryRaw: () => Promise.reject(new Error('secret connection string')) } as never,
      provider,
    });
    const res = await broken.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    const text = await res.text();
    expect(text).toContain('Unexpected error.');
    expect(text).not.toContain('secret');
    expect(text).not.toContain('at ');
  });
});

describeEachDatabase('HTTP server', (provider) => {
  let t: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    server = await startServer({ db: t.db, provider, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('serves GraphiQL to a browser at /graphql', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it('redirects / to the admin', async () => {
    const res = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/admin/');
  });
});
