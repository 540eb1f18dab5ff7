/**
 * Partners on the inbound sales route (issue 14): recording sales is a capability granted to a key explicitly
 * (`RECORD_SALES`), refused with FORBIDDEN (403) before anything else is looked at; a contact hidden from the key
 * (another brand, deleted, merged) answers exactly like one that does not exist (same status, code and body); the
 * sale is written by the named system principal `integration:inbound-sales`, confined to the key's brands.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { sign } from '../webhooks/webhook.signature.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const createKey = `mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key apiKey { id capabilities } } }`;

describeEachDatabase('partners: inbound sales capability and hidden contacts', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  const keys: Record<'recorder' | 'reader', string> = { recorder: '', reader: '' };
  const c: Record<string, number> = {};

  async function post(key: string, body: unknown, signature?: string) {
    const raw = JSON.stringify(body);
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`${server.url}/inbound/sales`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': key,
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': signature ?? sign(key, ts, raw),
      },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  const sale = (ref: string, contact: Record<string, unknown>) => ({
    externalRef: ref,
    contact,
    saleDate: '2026-05-02T14:30:00.000Z',
    channel: 'STORE',
    lines: [{ productCode: 'P1', quantity: 1 }],
  });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const db = h.t.db;
    const category = await db.productCategory.create({ data: { code: 'CAT', name: 'Category' } });
    await db.product.create({ data: { code: 'P1', name: 'One', categoryId: category.id, listPrice: '10.00' } });
    const mk = (ref: string, brandId: number, extra: Record<string, unknown> = {}) =>
      db.contact
        .create({ data: { kind: 'CLIENT', lastName: ref, externalRef: ref, brandId, zoneId: h.zones.north, ...extra } })
        .then((x) => x.id);
    c.live = await mk('ERP-LIVE', h.brands.a);
    c.other = await mk('ERP-OTHER', h.brands.b);
    c.deleted = await mk('ERP-DELETED', h.brands.a, { deletedAt: new Date('2026-01-01T00:00:00Z') });
    c.merged = await mk('ERP-MERGED', h.brands.a, { mergedIntoId: c.live });
    const made = async (name: string, capabilities?: string[]) => {
      const r = await h.as('ADMIN')(createKey, {
        input: {
          name,
          brands: [gid('Brand', h.brands.a)],
          purposes: ['customer_service'],
          ...(capabilities ? { capabilities } : {}),
        },
      });
      expect(r.errors).toBeUndefined();
      return r.data.createApiKey;
    };
    const recorder = await made('ERP', ['RECORD_SALES']);
    const reader = await made('Reader');
    expect(recorder.apiKey.capabilities).toEqual(['RECORD_SALES']);
    expect(reader.apiKey.capabilities).toEqual([]);
    keys.recorder = recorder.key;
    keys.reader = reader.key;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  it('apiKeys lists each key with its capabilities', async () => {
    const r = await h.as('ADMIN')(`{ apiKeys { name capabilities } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.apiKeys).toEqual([
      { name: 'Reader', capabilities: [] },
      { name: 'ERP', capabilities: ['RECORD_SALES'] },
    ]);
  });

  it('an unknown capability is refused (VALIDATION, the enum)', async () => {
    const r = await h.as('ADMIN')(createKey, {
      input: {
        name: 'X',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['customer_service'],
        capabilities: ['DELETE_ALL'],
      },
    });
    expect(r.errors?.[0]?.message).toContain('DELETE_ALL');
    expect(await h.t.db.apiKey.count({ where: { name: 'X' } })).toBe(0);
  });

  it('a key without RECORD_SALES gets 403 FORBIDDEN before anything else, whatever the body or signature; nothing written, audited as denied', async () => {
    const answers = [
      await post(keys.reader, sale('S-R1', { externalRef: 'ERP-LIVE' })),
      await post(keys.reader, sale('S-R2', { externalRef: 'ERP-NOPE' })),
      await post(keys.reader, sale('S-R3', { externalRef: 'ERP-OTHER' })),
      await post(keys.reader, { nonsense: true }),
      await post(keys.reader, sale('S-R4', { externalRef: 'ERP-LIVE' }), 'sha256=00'),
    ];
    for (const a of answers) {
      expect(a.status).toBe(403);
      expect(a.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body.error.code).toBe('FORBIDDEN');
    expect(await h.t.db.sale.count()).toBe(0);
    const audited = await h.t.db.auditLog.findMany({
      where: { operationName: 'POST /inbound/sales', errorCode: 'FORBIDDEN' },
    });
    expect(audited).toHaveLength(answers.length);
    expect(audited.every((r) => r.outcome === 'DENIED')).toBe(true);
  });

  it('a contact of another brand, deleted or merged answers exactly like a missing one (status, code, body)', async () => {
    const missing = await post(keys.recorder, sale('S-H', { externalRef: 'ERP-NOPE' }));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const byId = await post(keys.recorder, sale('S-H', { id: gid('Contact', 999_999) }));
    for (const hidden of ['other', 'deleted', 'merged'] as const) {
      expect(await post(keys.recorder, sale('S-H', { externalRef: `ERP-${hidden.toUpperCase()}` }))).toEqual(missing);
      expect(await post(keys.recorder, sale('S-H', { id: gid('Contact', c[hidden]!) }))).toEqual(byId);
    }
    expect(byId).toEqual(missing);
    expect(await h.t.db.sale.count({ where: { externalRef: 'S-H' } })).toBe(0);
  });

  it('records a sale of a live contact of its brands, whatever its sharing consent, as the system for the integration', async () => {
    const r = await post(keys.recorder, sale('S-OK', { externalRef: 'ERP-LIVE' }));
    expect(r.status).toBe(201);
    const stored = await h.t.db.sale.findUniqueOrThrow({ where: { externalRef: 'S-OK' } });
    expect(stored).toMatchObject({ contactId: c.live, brandId: h.brands.a });
    const row = await h.t.db.auditLog.findFirstOrThrow({
      where: { operationName: 'POST /inbound/sales', outcome: 'ALLOWED' },
    });
    expect(row).toMatchObject({
      actorType: 'API_KEY',
      apiKeyId: expect.any(Number),
      systemReason: 'integration:inbound-sales',
    });
  });
});
