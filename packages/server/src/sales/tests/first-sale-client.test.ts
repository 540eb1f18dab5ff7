/**
 * A prospect who buys becomes a client (issue 19): on the first sale, by every write path that records one
 * (`recordSale`, the sales import), the contact's kind goes from PROSPECT to CLIENT, once, audited as a write and
 * shown in its timeline. Other kinds keep theirs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runImport } from '../../integration/imports/import.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const record = `mutation($i: SaleInput!) { recordSale(input: $i) { id contact { kind } } }`;
const timeline = `query($c: ID!) { contact(id: $c) { kind version timeline(first: 20) { edges { node { kind summary node {
  __typename ... on ContactKindChange { from to reason } } } } } } }`;

describeEachDatabase('sales: a prospect who buys becomes a client', (provider) => {
  let h: ApiHarness;
  let dir: string;
  const base = () => ({ brandId: h.brands.a, zoneId: h.zones.north });
  const sale = (contactId: number, date: string) => ({
    i: {
      contact: gid('Contact', contactId),
      saleDate: `${date}T10:00:00.000Z`,
      channel: 'STORE',
      lines: [{ productCode: 'P1', quantity: 1 }],
    },
  });
  const kindAudits = (contactId: number) =>
    h.t.db.auditLog.findMany({
      where: { entity: 'Contact', entityId: String(contactId), operationName: 'prospectBecameClient' },
    });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-first-sale-'));
    const cat = await h.t.db.productCategory.create({ data: { code: 'C', name: 'C' } });
    await h.t.db.product.create({ data: { code: 'P1', name: 'P1', categoryId: cat.id, listPrice: '10.00' } });
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('recordSale: the first sale makes the prospect a client, audited once, in the timeline', async () => {
    const p = await h.t.db.contact.create({ data: { kind: 'PROSPECT', pipelineStage: 'QUOTE_SENT', ...base() } });
    const first = await h.as('MARKETING')(record, sale(p.id, '2026-03-02'));
    expect(first.errors).toBeUndefined();
    expect(first.data.recordSale.contact.kind).toBe('CLIENT');
    const second = await h.as('MARKETING')(record, sale(p.id, '2026-03-05'));
    expect(second.errors).toBeUndefined();

    const audits = await kindAudits(p.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      operation: 'UPDATE',
      actorType: 'STAFF',
      actorUserId: h.users.MARKETING,
      fields: ['kind'],
      outcome: 'ALLOWED',
    });
    const res = await h.as('MARKETING')(timeline, { c: gid('Contact', p.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data.contact.kind).toBe('CLIENT');
    // Read by updateContact's optimistic check: the kind change is a new version.
    expect(res.data.contact.version).toBe(2);
    const changes = res.data.contact.timeline.edges
      .map((e: { node: { kind: string } }) => e.node)
      .filter((n: { kind: string }) => n.kind === 'BECAME_CLIENT');
    expect(changes).toEqual([
      {
        kind: 'BECAME_CLIENT',
        summary: 'Became a client (first sale): prospect → client',
        node: { __typename: 'ContactKindChange', from: 'PROSPECT', to: 'CLIENT', reason: 'FIRST_SALE' },
      },
    ]);
  });

  it('other kinds keep theirs when they buy (a former client, a journalist)', async () => {
    for (const kind of ['FORMER_CLIENT', 'JOURNALIST', 'CLIENT'] as const) {
      const c = await h.t.db.contact.create({ data: { kind, ...base() } });
      const res = await h.as('ADMIN')(record, sale(c.id, '2026-03-02'));
      expect(res.errors, kind).toBeUndefined();
      expect(res.data.recordSale.contact.kind, kind).toBe(kind);
      expect(await kindAudits(c.id), kind).toHaveLength(0);
    }
  });

  it('the sales import: a prospect of the file becomes a client, audited as the import', async () => {
    const p = await h.t.db.contact.create({ data: { kind: 'PROSPECT', externalRef: 'PR-1', ...base() } });
    const file = path.join(dir, 'sales.csv');
    writeFileSync(file, ['ref,contact,date,channel,product,qty', 'S-1,PR-1,2026-03-01,STORE,P1,1'].join('\n'));
    const ctx = await staffContext(h.t.db, provider, 'admin@test.fidele', 'customer_service');
    const r = await runImport(ctx, {
      entity: 'sales',
      format: 'CSV',
      fileName: 'sales.csv',
      source: createReadStream(file),
      mapping: {
        ref: 'externalRef',
        contact: 'contactRef',
        date: 'saleDate',
        channel: 'channel',
        product: 'productCode',
        qty: 'quantity',
      },
    });
    expect(r).toMatchObject({ created: 1, rejected: 0 });
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: p.id } })).kind).toBe('CLIENT');
    const audits = await kindAudits(p.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ operation: 'UPDATE', fields: ['kind'], actorUserId: h.users.ADMIN });
  });
});
