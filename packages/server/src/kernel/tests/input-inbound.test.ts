/**
 * The boundary policy on POST /inbound/sales (issue 15): the route refuses what the API refuses (dates off the
 * calendar or outside 1900-2100, absurd quantities, control characters and lone surrogates in references), with a
 * 400 VALIDATION naming each path, and records nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { sign } from '../../integration/webhooks/webhook.signature.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('input boundary: inbound sales', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const category = await h.t.db.productCategory.create({ data: { code: 'CAT', name: 'Category' } });
    await h.t.db.product.create({ data: { code: 'P1', name: 'One', categoryId: category.id, listPrice: '10.00' } });
    await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'A', externalRef: 'ERP-C-1', brandId: h.brands.a, zoneId: h.zones.north },
    });
    const created = await h.as('ADMIN')(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      input: {
        name: 'ERP',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['customer_service'],
        capabilities: ['RECORD_SALES'],
      },
    });
    key = created.data.createApiKey.key;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  async function post(body: unknown) {
    const raw = JSON.stringify(body);
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`${server.url}/inbound/sales`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': key,
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': sign(key, ts, raw),
      },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as any };
  }
  const sale = (extra: Record<string, unknown> = {}, line: Record<string, unknown> = {}) => ({
    externalRef: `ERP-S-${Math.random().toString(36).slice(2)}`,
    contact: { externalRef: 'ERP-C-1' },
    saleDate: '2026-05-02T14:30:00.000Z',
    channel: 'STORE',
    lines: [{ productCode: 'P1', quantity: 2, ...line }],
    ...extra,
  });
  const refused = async (body: unknown) => {
    const before = await h.t.db.sale.count();
    const r = await post(body);
    expect(await h.t.db.sale.count()).toBe(before);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    return r.body.error.fields.map((f: { path: string[] }) => f.path.join('.'));
  };

  it('refuses 30 February and years 0001, 9999 and 275760 as the API does', async () => {
    for (const saleDate of [
      '2026-02-30T10:00:00Z',
      '0001-01-01T00:00:00.000Z',
      '9999-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
    ]) {
      expect(await refused(sale({ saleDate })), saleDate).toEqual(['saleDate']);
    }
  });

  it('refuses a quantity over 100,000', async () => {
    expect(await refused(sale({}, { quantity: 2_147_483_647 }))).toEqual(['lines.0.quantity']);
  });

  it('refuses control characters and lone surrogates in references, at each path', async () => {
    expect(
      await refused(
        sale({ externalRef: 'ERP\u0000S', contact: { externalRef: 'ERP-C-\uD800' } }, { productCode: 'P1\n' }),
      ),
    ).toEqual(['externalRef', 'contact.externalRef', 'lines.0.productCode']);
  });

  it('still records a sound sale', async () => {
    const r = await post(sale({ saleDate: '2024-02-29T12:00:00Z' }));
    expect(r.status).toBe(201);
  });
});
