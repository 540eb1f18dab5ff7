/**
 * Webhooks and the import: contacts, sales and responses written by a file emit the same events as the API's write
 * paths, in the row's transaction (outbox rows), with no personal value; a dry run and an unchanged second run emit
 * nothing.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { runImport } from '../imports/import.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('webhooks: events of the import', (provider) => {
  let h: ApiHarness;
  let ctx: Context;
  let dir: string;
  const csv = (name: string, lines: string[]) => {
    const f = path.join(dir, name);
    writeFileSync(f, lines.join('\n') + '\n');
    return f;
  };
  const events = async () =>
    (await h.t.db.webhookDelivery.findMany({ orderBy: { id: 'asc' }, select: { event: true, payload: true } })).map(
      (d) => ({
        event: d.event,
        data: (d.payload as { data: Record<string, unknown> }).data,
      }),
    );

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    ctx = await staffContext(h.t.db, provider, 'admin@test.fidele', 'marketing');
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-import-hooks-'));
    await h.t.db.webhookSubscription.create({
      data: {
        name: 'ERP',
        url: 'http://127.0.0.1:9/hook',
        secret: 's',
        events: {
          create: ['CONTACT_CREATED', 'CONTACT_UPDATED', 'SALE_RECORDED', 'RESPONSE_RECORDED'].map((event) => ({
            event: event as never,
          })),
        },
      },
    });
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('contacts created and updated by a file emit CONTACT_CREATED / CONTACT_UPDATED (field names only)', async () => {
    const ancien = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        brandId: h.brands.a,
        zoneId: h.zones.north,
        lastName: 'Ancien',
        email: 'ancien@exemple.fr',
      },
    });
    // An e-mail matches only contacts whose consent covers the importer's purpose (marketing): the fixture has it,
    // and the file records it for the contact it creates, so the second run finds both.
    await h.consent(ancien.id, 'marketing');
    const file = csv('contacts.csv', [
      'email;lastName;firstName;consent.marketing',
      'nouveau@exemple.fr;Nouveau;Jean;oui',
      'ancien@exemple.fr;Ancien;Paul;oui',
    ]);
    const run = (dryRun = false) =>
      runImport(ctx, {
        entity: 'contacts',
        format: 'CSV',
        fileName: 'contacts.csv',
        source: createReadStream(file),
        key: 'email',
        defaults: { brand: 'A', zone: 'N' },
        dryRun,
      });

    expect(await run(true)).toMatchObject({ created: 1, updated: 1 });
    expect(await events()).toEqual([]);
    expect(await run()).toMatchObject({ created: 1, updated: 1, rejected: 0 });
    const emitted = await events();
    expect(emitted.map((e) => e.event)).toEqual(['CONTACT_CREATED', 'CONTACT_UPDATED']);
    expect(emitted[0]!.data).toMatchObject({ kind: 'CLIENT' });
    expect(emitted[1]!.data).toMatchObject({ fields: ['firstName'] });
    expect(JSON.stringify(emitted)).not.toMatch(/Nouveau|Jean|Paul|exemple\.fr/);
    expect(await run()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await events()).toHaveLength(2);
  });

  it('sales and responses recorded by a file emit SALE_RECORDED / RESPONSE_RECORDED', async () => {
    await h.t.db.webhookDelivery.deleteMany({});
    const martin = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        brandId: h.brands.a,
        zoneId: h.zones.north,
        lastName: 'Martin',
        email: 'martin@exemple.fr',
        externalRef: 'C-1',
      },
    });
    await h.consent(martin.id, 'marketing'); // found by its e-mail: its consent must cover the importer's purpose
    const category = await h.t.db.productCategory.create({ data: { code: 'LINGE', name: 'Linge' } });
    await h.t.db.product.create({
      data: { code: 'DRAP-01', name: 'Drap', categoryId: category.id, listPrice: '49.90' },
    });
    const action = await h.t.db.marketingAction.create({
      data: {
        code: 'PRINTEMPS',
        name: 'Printemps',
        objective: 'LOYALTY',
        medium: 'MAILING',
        startDate: new Date('2024-03-01'),
        endDate: new Date('2024-04-01'),
        requiredPurposeId: h.purposes.marketing!,
        brandId: h.brands.a,
        responseChannels: { create: [{ channel: 'WEB' }] },
      },
    });
    const target = await h.t.db.actionTarget.create({
      data: { actionId: action.id, contactId: martin.id, targetedAt: new Date('2024-03-02') },
    });

    const sales = csv('sales.csv', [
      'ref,email,date,channel,product,qty,price',
      'V-1,martin@exemple.fr,2024-03-20,STORE,DRAP-01,2,49.90',
    ]);
    const mapping = {
      ref: 'externalRef',
      email: 'contactEmail',
      date: 'saleDate',
      channel: 'channel',
      product: 'productCode',
      qty: 'quantity',
      price: 'unitPrice',
    };
    expect(
      await runImport(ctx, {
        entity: 'sales',
        format: 'CSV',
        fileName: 'sales.csv',
        source: createReadStream(sales),
        mapping,
      }),
    ).toMatchObject({ created: 1, rejected: 0 });
    const responses = csv('responses.csv', ['action,contactRef,respondedAt,channel', 'PRINTEMPS,C-1,2024-03-10,WEB']);
    expect(
      await runImport(ctx, {
        entity: 'responses',
        format: 'CSV',
        fileName: 'responses.csv',
        source: createReadStream(responses),
      }),
    ).toMatchObject({ created: 1, rejected: 0 });

    const emitted = await events();
    expect(emitted.map((e) => e.event)).toEqual(['SALE_RECORDED', 'RESPONSE_RECORDED']);
    expect(emitted[0]!.data).toMatchObject({
      channel: 'STORE',
      externalRef: 'V-1',
      saleDate: '2024-03-20T00:00:00.000Z',
    });
    expect(emitted[1]!.data).toMatchObject({ actionCode: 'PRINTEMPS', channel: 'WEB' });
    expect(emitted[1]!.data.target).toBe(Buffer.from(`ActionTarget:${target.id}`).toString('base64'));
    expect(JSON.stringify(emitted)).not.toMatch(/Martin|exemple\.fr/);
  });
});
