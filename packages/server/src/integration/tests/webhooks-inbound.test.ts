/**
 * POST /inbound/sales: a sale from an ERP or a shop over real HTTP. Authenticated by a partner API key AND a
 * signature of the body (HMAC with the key) within a 5-minute window; idempotent on externalRef (a replayed request
 * answers the same sale, a different sale under the same reference is 409); bad bodies are 400 with field paths;
 * another brand's contact is 404; the recorded sale emits SALE_RECORDED.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { issueToken } from '../../identity/token.js';
import { sign } from '../webhooks/webhook.signature.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('webhooks: inbound sales', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let keyA: string;
  let subscriptionId: number;
  const c: Record<string, number> = {};

  /** Posts a body signed with `key` (or as told), as an ERP would. */
  async function post(
    body: unknown,
    o: {
      key?: string | null;
      signWith?: string;
      at?: number;
      signature?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const key = o.key === undefined ? keyA : o.key;
    const ts = o.at ?? Math.floor(Date.now() / 1000);
    const res = await fetch(`${server.url}/inbound/sales`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { 'x-api-key': key } : {}),
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': o.signature ?? sign(o.signWith ?? key ?? 'none', ts, raw),
        ...o.headers,
      },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  const sale = (ref: string, extra: Record<string, unknown> = {}) => ({
    externalRef: ref,
    contact: { externalRef: 'ERP-C-1' },
    saleDate: '2026-05-02T14:30:00.000Z',
    channel: 'STORE',
    lines: [
      { productCode: 'P1', quantity: 2 },
      { productCode: 'P2', quantity: 1, unitPrice: '7.50', discountRate: '10' },
    ],
    ...extra,
  });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const db = h.t.db;
    const category = await db.productCategory.create({ data: { code: 'CAT', name: 'Category' } });
    await db.product.create({ data: { code: 'P1', name: 'One', categoryId: category.id, listPrice: '10.00' } });
    await db.product.create({ data: { code: 'P2', name: 'Two', categoryId: category.id, listPrice: '9.00' } });
    // The ERP's contacts: no consent to partner sharing (an ERP records sales whatever that consent).
    c.a = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'A', externalRef: 'ERP-C-1', brandId: h.brands.a, zoneId: h.zones.south },
      })
    ).id;
    c.b = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'B', externalRef: 'ERP-C-2', brandId: h.brands.b, zoneId: h.zones.north },
      })
    ).id;
    const key = await h.as('ADMIN')(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      input: {
        name: 'ERP brand A',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['customer_service'],
        capabilities: ['RECORD_SALES'],
      },
    });
    keyA = key.data.createApiKey.key;
    subscriptionId = (
      await db.webhookSubscription.create({
        data: {
          name: 'BI',
          url: 'http://127.0.0.1:9/never',
          secret: 'whsec_x',
          events: { create: [{ event: 'SALE_RECORDED' }] },
        },
      })
    ).id;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  it('records a signed sale (201) with its lines and emits SALE_RECORDED; a replay answers the same sale (200)', async () => {
    const body = sale('ERP-S-1');
    const ts = Math.floor(Date.now() / 1000);
    const first = await post(body, { at: ts });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ sale: expect.any(String), externalRef: 'ERP-S-1', alreadyRecorded: false });
    const stored = await h.t.db.sale.findUniqueOrThrow({
      where: { externalRef: 'ERP-S-1' },
      include: { lines: { orderBy: { id: 'asc' } } },
    });
    expect(gid('Sale', stored.id)).toBe(first.body.sale);
    expect(stored).toMatchObject({
      contactId: c.a,
      brandId: h.brands.a,
      channel: 'STORE',
      saleDate: new Date('2026-05-02T14:30:00.000Z'),
    });
    expect(stored.total.toString()).toBe('26.75'); // 2 × 10.00 + 7.50 × 0.9
    expect(stored.lines.map((l) => [l.quantity, l.unitPrice.toString(), l.discountRate.toString()])).toEqual([
      [2, '10', '0'],
      [1, '7.5', '10'],
    ]);
    const events = await h.t.db.webhookDelivery.findMany({ where: { subscriptionId } });
    expect(events.map((e) => [e.event, (e.payload as { data: { sale: string } }).data.sale])).toEqual([
      ['SALE_RECORDED', first.body.sale],
    ]);

    // The very same request again (same body, timestamp and signature): the same sale, nothing new.
    const replay = await post(body, { at: ts });
    expect(replay).toEqual({
      status: 200,
      body: { sale: first.body.sale, externalRef: 'ERP-S-1', alreadyRecorded: true },
    });
    // Re-signed later, lines given with the defaults spelled out: still the same sale.
    const spelled = await post(
      sale('ERP-S-1', {
        lines: [
          { productCode: 'P1', quantity: 2, unitPrice: '10.00', discountRate: 0 },
          { productCode: 'P2', quantity: 1, unitPrice: 7.5, discountRate: '10.00' },
        ],
      }),
    );
    expect(spelled.status).toBe(200);
    expect(await h.t.db.sale.count({ where: { externalRef: 'ERP-S-1' } })).toBe(1);
    expect(await h.t.db.webhookDelivery.count({ where: { subscriptionId } })).toBe(1);
  });

  it('the same externalRef with other content is 409 CONFLICT, and the sale is left as it was', async () => {
    for (const other of [
      sale('ERP-S-1', { channel: 'WEB' }),
      sale('ERP-S-1', { lines: [{ productCode: 'P1', quantity: 3 }] }),
      sale('ERP-S-1', { saleDate: '2026-05-03T00:00:00.000Z' }),
    ]) {
      const r = await post(other);
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('CONFLICT');
    }
    expect(await h.t.db.sale.count()).toBe(1);
  });

  it('two identical requests at once record one sale and answer the same id', async () => {
    const body = sale('ERP-S-RACE');
    const [x, y] = await Promise.all([post(body), post(body)]);
    expect([x.status, y.status].sort()).toEqual([200, 201]);
    expect(x.body.sale).toBe(y.body.sale);
    expect(await h.t.db.sale.count({ where: { externalRef: 'ERP-S-RACE' } })).toBe(1);
  });

  it('refuses a stale or future timestamp, a bad signature, no key, a staff token (401), writing nothing', async () => {
    const before = await h.t.db.sale.count();
    const now = Math.floor(Date.now() / 1000);
    const staff = (await issueToken(h.users.ADMIN)).token;
    const cases = [
      await post(sale('ERP-S-OLD'), { at: now - 6 * 60 }), // correctly signed, 6 minutes old: a replay
      await post(sale('ERP-S-FUT'), { at: now + 6 * 60 }),
      await post(sale('ERP-S-SIG'), { signWith: 'fid_000000000000_someone-elses-key' }),
      await post(sale('ERP-S-SIG'), { signature: sign(keyA, now, JSON.stringify(sale('ERP-S-OTHER'))) }), // signature of another body
      await post(sale('ERP-S-NOKEY'), { key: null }),
      await post(sale('ERP-S-TOKEN'), { key: null, headers: { authorization: `Bearer ${staff}` } }),
      await post(sale('ERP-S-BADKEY'), { key: 'fid_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
    ];
    for (const r of cases) {
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect(cases[0]!.body.error.message).toContain('within 300 s');
    expect(await h.t.db.sale.count()).toBe(before);
  });

  it("another brand's contact answers like a missing one (404)", async () => {
    for (const contact of [{ externalRef: 'ERP-C-2' }, { id: gid('Contact', c.b!) }, { externalRef: 'ERP-C-404' }]) {
      const r = await post(sale('ERP-S-B', { contact }));
      expect(r.status).toBe(404);
      expect(r.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Contact not found.' });
    }
    expect(await h.t.db.sale.count({ where: { externalRef: 'ERP-S-B' } })).toBe(0);
    // By global id within the key's brands: fine.
    expect((await post(sale('ERP-S-ID', { contact: { id: gid('Contact', c.a!) } }))).status).toBe(201);
  });

  it('audits every request made with a valid key: outcome and error code, never the values', async () => {
    const rows = await h.t.db.auditLog.findMany({
      where: { operationName: 'POST /inbound/sales' },
      orderBy: { id: 'asc' },
    });
    const first = await h.t.db.sale.findUniqueOrThrow({ where: { externalRef: 'ERP-S-1' } });
    expect(rows[0]).toMatchObject({
      actorType: 'API_KEY',
      apiKeyId: expect.any(Number),
      operation: 'CREATE',
      entity: 'Sale',
      entityId: gid('Sale', first.id),
      outcome: 'ALLOWED',
      errorCode: null,
    });
    const outcomes = new Set(rows.map((r) => `${r.outcome}:${r.errorCode}`));
    for (const o of ['ALLOWED:null', 'FAILED:CONFLICT', 'DENIED:UNAUTHENTICATED', 'DENIED:NOT_FOUND'])
      expect(outcomes).toContain(o);
    expect(JSON.stringify(rows)).not.toContain('ERP-C-1');
  });

  it('a bad body is 400 VALIDATION with the path of every bad field', async () => {
    const shape = await post({
      externalRef: ' ',
      contact: { externalRef: 'x', id: 'y' },
      saleDate: 'yesterday',
      channel: 'SHOP',
      lines: [{ quantity: 'two' }],
    });
    expect(shape.status).toBe(400);
    expect(shape.body.error.code).toBe('VALIDATION');
    expect(shape.body.error.fields.map((f: { path: string[] }) => f.path.join('.'))).toEqual([
      'externalRef',
      'contact',
      'saleDate',
      'channel',
      'lines.0.productCode',
      'lines.0.quantity',
    ]);
    // Each with its catalogue code, for a client to translate.
    expect(shape.body.error.fields.map((f: { code: string }) => f.code)).toEqual([
      'NON_BLANK_TEXT',
      'CONTACT_REF_OR_ID',
      'DATE_SYNTAX',
      'ONE_OF',
      'REQUIRED',
      'NUMBER_EXPECTED',
    ]);
    // Checked by the sales service, with paths from the body.
    const rules = await post(
      sale('ERP-S-RULES', {
        lines: [
          { productCode: 'NOPE', quantity: 1 },
          { productCode: 'P1', quantity: 0, discountRate: '120' },
        ],
      }),
    );
    expect(rules.status).toBe(400);
    expect(rules.body.error.fields.map((f: { path: string[] }) => f.path.join('.'))).toEqual([
      'lines.0.productCode',
      'lines.1.quantity',
      'lines.1.discountRate',
    ]);
    const notJson = await post('{"externalRef": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.fields).toEqual([{ path: ['body'], code: 'NOT_JSON', params: {}, message: 'not JSON' }]);
    expect(await h.t.db.sale.count({ where: { externalRef: { in: ['ERP-S-RULES'] } } })).toBe(0);
  });
});
