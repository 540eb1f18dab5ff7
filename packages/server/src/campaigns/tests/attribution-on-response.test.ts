/**
 * Writes that change what the attribution rule sees for sales already stored keep the stored attribution equal to
 * the rule's (issue 19): a response recorded or cleared, a target removed, re-attribute the contact's sales. The
 * services are called as the system would (the API's mutations call the same functions).
 */
import { mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runImport } from '../../integration/imports/import.service.js';
import type { Context } from '../../kernel/context.js';
import { systemContext } from '../../privacy/access/system.js';
import { recordSale } from '../../sales/sale.service.js';
import { clearResponse, deleteTarget, recordResponse } from '../targets/target.service.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

describeEachDatabase('campaigns: attribution follows responses and removed targets', (provider) => {
  let t: TestDatabase;
  let ctx: Context;
  let sale: number;
  let first: { id: number; actionId: number };
  let second: { id: number; actionId: number };
  const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
  const attributed = async () => (await t.db.sale.findUniqueOrThrow({ where: { id: sale } })).attributedActionId;
  const version = async (id: number) => (await t.db.actionTarget.findUniqueOrThrow({ where: { id } })).version;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const db = t.db;
    ctx = systemContext(db, provider, 'test:attribution');
    const brand = await db.brand.create({ data: { code: 'A', name: 'A' } });
    const zone = await db.zone.create({ data: { code: 'N', name: 'N' } });
    const purpose = await db.purpose.create({ data: { code: 'marketing', name: 'm', legalBasis: 'CONSENT' } });
    const contact = await db.contact.create({ data: { kind: 'CLIENT', brandId: brand.id, zoneId: zone.id } });
    const action = (code: string) =>
      db.marketingAction.create({
        data: {
          code,
          name: code,
          objective: 'LOYALTY',
          medium: 'MAILING',
          brandId: brand.id,
          requiredPurposeId: purpose.id,
          startDate: day(1),
          endDate: day(28),
          responseChannels: { create: { channel: 'WEB' } },
        },
      });
    const a = await action('FIRST');
    const b = await action('SECOND');
    first = await db.actionTarget.create({ data: { actionId: a.id, contactId: contact.id, targetedAt: day(1) } });
    second = await db.actionTarget.create({ data: { actionId: b.id, contactId: contact.id, targetedAt: day(2) } });
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    await db.product.create({ data: { code: 'P1', name: 'P1', categoryId: cat.id, listPrice: '10.00' } });
    sale = (
      await recordSale(ctx, {
        contact: { typename: 'Contact', id: String(contact.id) },
        saleDate: day(5),
        channel: 'WEB',
        lines: [{ productCode: 'P1', quantity: 1 }],
      })
    ).id;
  });
  afterAll(() => t?.drop());

  it('last touch first; a response to the earlier action, recorded later, wins the sale; clearing it gives it back', async () => {
    expect(await attributed()).toBe(second.actionId);
    await recordResponse(ctx, first.id, 'WEB', day(3), await version(first.id));
    expect(await attributed()).toBe(first.actionId);
    await clearResponse(ctx, first.id, await version(first.id));
    expect(await attributed()).toBe(second.actionId);
  });

  it('removing the target that earned the sale hands it to the next one', async () => {
    await deleteTarget(ctx, second.id, await version(second.id));
    expect(await attributed()).toBe(first.actionId);
  });

  it('a response imported from a file re-attributes too', async () => {
    const db = t.db;
    const contactId = (await db.sale.findUniqueOrThrow({ where: { id: sale } })).contactId;
    await db.contact.update({ where: { id: contactId }, data: { externalRef: 'C-1' } });
    const third = await db.marketingAction.create({
      data: {
        code: 'THIRD',
        name: 'THIRD',
        objective: 'LOYALTY',
        medium: 'MAILING',
        requiredPurposeId: (await db.purpose.findFirstOrThrow()).id,
        startDate: day(1),
        endDate: day(28),
        responseChannels: { create: { channel: 'WEB' } },
      },
    });
    // Written directly (a late targeting): the stored attribution is not recomputed by this row.
    await db.actionTarget.create({ data: { actionId: third.id, contactId, targetedAt: day(2) } });
    expect(await attributed()).toBe(first.actionId);
    const dir = mkdtempSync(path.join(tmpdir(), 'fidele-responses-'));
    try {
      const file = path.join(dir, 'responses.csv');
      writeFileSync(file, ['action,contactRef,respondedAt,channel', 'THIRD,C-1,2026-03-04,WEB'].join('\n'));
      const r = await runImport(ctx, {
        entity: 'responses',
        format: 'CSV',
        fileName: 'responses.csv',
        source: createReadStream(file),
      });
      expect(r).toMatchObject({ created: 1, rejected: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // THIRD responded on day 4, before the sale of day 5: a responded target wins.
    expect(await attributed()).toBe(third.id);
  });
});
