/**
 * Data quality, step 4 continued: products from XLSX (wrong types, numbers where text is expected), sales with
 * several lines per sale, action responses, and the API's importFile mutation; exact counts, reasons, idempotency.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { runImport } from '../imports/import.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/** exceljs, from the server package that depends on it (to write the test's XLSX fixtures). */
const ExcelJS = createRequire(import.meta.url)('exceljs') as any;

describeEachDatabase('import products, sales, responses', (provider) => {
  let h: ApiHarness;
  let ctx: Context;
  let dir: string;
  const csv = (name: string, text: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    ctx = await staffContext(h.t.db, provider, 'admin@test.fidele', 'customer_service');
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-import-'));
    await h.t.db.productCategory.create({ data: { code: 'LINGE', name: 'Linge' } });
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    const martin = await h.t.db.contact.create({
      data: { ...base, lastName: 'Martin', email: 'martin@exemple.fr', externalRef: 'C-1' },
    });
    const durand = await h.t.db.contact.create({ data: { ...base, lastName: 'Durand', email: 'durand@exemple.fr' } });
    // An e-mail is a personal value: it finds only contacts whose consent covers the importer's purpose.
    for (const c of [martin, durand]) await h.consent(c.id, 'customer_service');
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('products from XLSX: typed cells converted, wrong types rejected, idempotent', async () => {
    const file = path.join(dir, 'products.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Produits');
    ws.addRow(['Code', 'Libellé', 'Catégorie', 'Prix', 'Garantie', 'Actif']);
    ws.addRow(['DRAP-01', 'Drap en lin', 'LINGE', 49.9, 24, 'oui']);
    ws.addRow([1002, 'Housse', 'linge', '19,90 €', 12, 'non']); // a numeric code, a French price
    ws.addRow(['NAPPE', 'Nappe', 'LINGE', 'abc', 12, 'oui']); // wrong type: price
    ws.addRow(['PLAID', 'Plaid', 'LINGE', 30, 12.5, 'oui']); // wrong type: warranty
    ws.addRow(['COUSSIN', 'Coussin', 'DECO', 15, 0, 'oui']); // unknown category
    ws.addRow(['DRAP-01', 'Drap encore', 'LINGE', 50, 24, 'oui']); // duplicate in the file
    ws.addRow(['TAIE', '', 'LINGE', 9.5, null, 'maybe']); // missing name, bad boolean
    await wb.xlsx.writeFile(file);
    const mapping = {
      Code: 'code',
      Libellé: 'name',
      Catégorie: 'category',
      Prix: 'listPrice',
      Garantie: 'warrantyMonths',
      Actif: 'active',
    };
    const run = () =>
      runImport(ctx, {
        entity: 'products',
        format: 'XLSX',
        fileName: 'products.xlsx',
        source: createReadStream(file),
        mapping,
      });
    const r = await run();
    expect(r).toMatchObject({ status: 'COMPLETED', totalRows: 7, created: 2, updated: 0, unchanged: 0, rejected: 5 });
    expect(r.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [4, 'listPrice', 'INVALID_NUMBER'],
      [5, 'warrantyMonths', 'INVALID_NUMBER'],
      [6, 'category', 'UNKNOWN_REFERENCE'],
      [7, 'code', 'DUPLICATE_IN_FILE'],
      [8, 'name', 'MISSING_VALUE'],
      [8, 'active', 'INVALID_VALUE'],
    ]);
    expect(await h.t.db.product.findUniqueOrThrow({ where: { code: '1002' } })).toMatchObject({
      name: 'Housse',
      active: false,
      warrantyMonths: 12,
    });
    expect((await h.t.db.product.findUniqueOrThrow({ where: { code: '1002' } })).listPrice.toFixed(2)).toBe('19.90');
    const again = await run();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 5 });
  });

  it('sales: consecutive rows of one externalRef are its lines; bad lines reject the whole sale', async () => {
    const file = csv(
      'sales.csv',
      [
        'ref,email,date,channel,product,qty,price',
        'V-1,martin@exemple.fr,2024-03-01,STORE,DRAP-01,2,49.90',
        'V-1,martin@exemple.fr,2024-03-01,STORE,1002,1,',
        'V-2,durand@exemple.fr,15/03/2024,web,DRAP-01,1,45',
        'V-3,nobody@exemple.fr,2024-03-20,STORE,DRAP-01,1,10',
        'V-4,durand@exemple.fr,2024-02-30,STORE,DRAP-01,1,10',
        'V-5,martin@exemple.fr,2024-03-22,STORE,DRAP-01,1,10',
        'V-5,martin@exemple.fr,2024-03-22,STORE,NOPE,1,10',
      ].join('\n'),
    );
    const mapping = {
      ref: 'externalRef',
      email: 'contactEmail',
      date: 'saleDate',
      channel: 'channel',
      product: 'productCode',
      qty: 'quantity',
      price: 'unitPrice',
    };
    const run = () =>
      runImport(ctx, {
        entity: 'sales',
        format: 'CSV',
        fileName: 'sales.csv',
        source: createReadStream(file),
        mapping,
      });
    const r = await run();
    expect(r).toMatchObject({ totalRows: 7, created: 2, rejected: 4 });
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [5, 'UNKNOWN_CONTACT'],
      [6, 'INVALID_DATE'],
      [8, 'UNKNOWN_REFERENCE'],
    ]);
    const v1 = await h.t.db.sale.findUniqueOrThrow({ where: { externalRef: 'V-1' }, include: { lines: true } });
    expect(v1.lines).toHaveLength(2);
    expect(v1.total.toFixed(2)).toBe('119.70'); // 2 × 49.90 + the list price 19.90
    expect((await h.t.db.contact.findFirstOrThrow({ where: { email: 'martin@exemple.fr' } })).firstSaleAt).toEqual(
      new Date('2024-03-01T00:00:00Z'),
    );
    expect(await h.t.db.sale.count({ where: { externalRef: 'V-5' } })).toBe(0);
    const again = await run();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 4 });
    expect(await h.t.db.saleLine.count()).toBe(3);
  });

  it('action responses: recorded on the target, refused without a target or on a channel not offered', async () => {
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
        responseChannels: { create: [{ channel: 'MAIL_COUPON' }, { channel: 'WEB' }] },
      },
    });
    const martin = await h.t.db.contact.findFirstOrThrow({ where: { email: 'martin@exemple.fr' } });
    await h.t.db.actionTarget.create({
      data: { actionId: action.id, contactId: martin.id, targetedAt: new Date('2024-03-02') },
    });
    const file = csv(
      'responses.csv',
      [
        'action,contactRef,contactEmail,respondedAt,channel',
        'PRINTEMPS,C-1,,2024-03-10,mail coupon',
        'PRINTEMPS,,durand@exemple.fr,2024-03-10,WEB',
        'PRINTEMPS,C-1,,2024-03-11,PHONE',
        'HIVER,C-1,,2024-03-11,WEB',
      ].join('\n'),
    );
    const run = () =>
      runImport(ctx, { entity: 'responses', format: 'CSV', fileName: 'responses.csv', source: createReadStream(file) });
    const r = await run();
    expect(r).toMatchObject({ totalRows: 4, created: 1, rejected: 3 });
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'NOT_TARGETED'],
      [4, 'DUPLICATE_IN_FILE'],
      [5, 'UNKNOWN_REFERENCE'],
    ]);
    expect(await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: martin.id } })).toMatchObject({
      responseChannel: 'MAIL_COUPON',
      respondedAt: new Date('2024-03-10T00:00:00Z'),
    });
    expect(await run()).toMatchObject({ created: 0, unchanged: 1, rejected: 3 });
  });

  it('through the API: importFile with the content, dry run first, then for real', async () => {
    const content =
      'email;lastName;firstName;postalCode;city\nnew@exemple.fr;LEROY;anne;69001;lyon\nbad;X;Y;69001;Lyon\n';
    const m = `mutation($content: String!, $dry: Boolean) { importFile(entity: CONTACT, format: CSV, fileName: "web.csv", content: $content, key: "email",
      defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }], dryRun: $dry) {
      id status dryRun totalRows createdCount updatedCount unchangedCount rejectedCount errors { line field code message } } }`;
    const dry = await h.as('MARKETING')(m, { content, dry: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importFile).toMatchObject({
      status: 'COMPLETED',
      dryRun: true,
      totalRows: 2,
      createdCount: 1,
      rejectedCount: 1,
      errors: [{ line: 3, field: 'email', code: 'INVALID_EMAIL' }],
    });
    expect(await h.t.db.contact.count({ where: { email: 'new@exemple.fr' } })).toBe(0);
    const real = await h.as('MARKETING')(m, { content, dry: false });
    expect(real.data.importFile).toMatchObject({ createdCount: 1, rejectedCount: 1 });
    expect(await h.t.db.contact.findFirstOrThrow({ where: { email: 'new@exemple.fr' } })).toMatchObject({
      lastName: 'Leroy',
      firstName: 'Anne',
      city: 'Lyon',
      brandId: h.brands.a,
    });
    const job = await h.as('MARKETING')(`query($id: ID!) { importJob(id: $id) { createdCount errors { code } } }`, {
      id: real.data.importFile.id,
    });
    expect(job.data.importJob).toEqual({ createdCount: 1, errors: [{ code: 'INVALID_EMAIL' }] });
    expect((await h.as('SUPPORT')(m, { content, dry: true })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // XLSX as base64.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('c');
    ws.addRow(['email', 'lastName', 'postalCode', 'city']);
    ws.addRow(['xlsx@exemple.fr', 'Bernard', 1000, 'Bourg-en-Bresse']); // the postal code as a number: 01000
    const b64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const x = await h.as('MARKETING')(
      `mutation($c: String!) { importFile(entity: CONTACT, format: XLSX, fileName: "c.xlsx", content: $c, encoding: BASE64, defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { createdCount rejectedCount } }`,
      { c: b64 },
    );
    expect(x.data.importFile).toEqual({ createdCount: 1, rejectedCount: 0 });
    expect(await h.t.db.contact.findFirstOrThrow({ where: { email: 'xlsx@exemple.fr' } })).toMatchObject({
      postalCode: '01000',
      city: 'Bourg-en-Bresse',
    });
  });
});
