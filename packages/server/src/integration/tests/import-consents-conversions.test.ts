/**
 * Data quality, import continued: consent columns in a contact file become ConsentEvents with their provenance, in
 * the row's transaction, idempotently; a sales file attributes sales to an action and links the conversion of the
 * contact's target under the rules of recordSale. Exact counts, per-row reasons, the same file twice changing nothing.
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

describeEachDatabase('import consents and conversions', (provider) => {
  let h: ApiHarness;
  let ctx: Context;
  let dir: string;
  const csv = (name: string, lines: string[]) => {
    const f = path.join(dir, name);
    writeFileSync(f, lines.join('\n') + '\n');
    return f;
  };
  const base = () => ({ kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    ctx = await staffContext(h.t.db, provider, 'marketing@test.fidele', 'marketing');
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-import-'));
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('contacts: consent columns recorded as events with provenance; bad values rejected per row; idempotent', async () => {
    const granted = await h.t.db.contact.create({ data: { ...base(), lastName: 'Ancien', email: 'a@exemple.fr' } });
    await h.consent(granted.id, 'newsletter', { from: new Date('2020-01-01T00:00:00Z') });
    const withdrawn = await h.t.db.contact.create({
      data: { ...base(), lastName: 'Retrait', email: 'old@exemple.fr' },
    });
    await h.consent(withdrawn.id, 'newsletter', { status: 'WITHDRAWN', from: new Date('2024-06-01T00:00:00Z') });
    // Both readable by the importer (purpose marketing): an e-mail matches only such contacts.
    for (const c of [granted, withdrawn]) await h.consent(c.id, 'marketing');
    const file = csv('consents.csv', [
      'email;lastName;consent.newsletter;consent.newsletter.date;consent.newsletter.source;consent.profiling',
      'new@exemple.fr;Nouveau;oui;15/03/2024;web form;non', // created with two events
      'a@exemple.fr;Ancien;denied;2024-05-01;;', // existing: the denial is news
      'b@exemple.fr;Bizarre;maybe;;;', // not a decision
      'c@exemple.fr;Futur;yes;2099-01-01;;', // a date in the future
      'd@exemple.fr;Pigeon;yes;2024-01-01;pigeon;', // not a ConsentSource
      'e@exemple.fr;Vide;;2024-01-01;;', // a date without a decision
      'old@exemple.fr;Retrait;granted;2024-01-01;;', // older than the stored withdrawal: the newer decision stands
    ]);
    const run = (dryRun = false) =>
      runImport(ctx, {
        entity: 'contacts',
        format: 'CSV',
        fileName: 'consents.csv',
        source: createReadStream(file),
        key: 'email',
        defaults: { brand: 'A', zone: 'N' },
        dryRun,
        batchSize: 3,
      });
    const eventsBefore = await h.t.db.consentEvent.count();

    const dry = await run(true);
    expect(dry).toMatchObject({ status: 'COMPLETED', totalRows: 7, created: 1, updated: 1, unchanged: 1, rejected: 4 });
    expect(await h.t.db.consentEvent.count()).toBe(eventsBefore);

    const r = await run();
    expect(r).toMatchObject({ status: 'COMPLETED', totalRows: 7, created: 1, updated: 1, unchanged: 1, rejected: 4 });
    expect(r.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [4, 'consent.newsletter', 'INVALID_VALUE'],
      [5, 'consent.newsletter.date', 'INVALID_DATE'],
      [6, 'consent.newsletter.source', 'INVALID_VALUE'],
      [7, 'consent.newsletter', 'MISSING_VALUE'],
    ]);
    // Rejected rows wrote nothing, not even their contact.
    expect(
      await h.t.db.contact.count({
        where: { email: { in: ['b@exemple.fr', 'c@exemple.fr', 'd@exemple.fr', 'e@exemple.fr'] } },
      }),
    ).toBe(0);
    expect(await h.t.db.consentEvent.count()).toBe(eventsBefore + 3);

    const created = await h.t.db.contact.findFirstOrThrow({ where: { email: 'new@exemple.fr' } });
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: created.id },
      include: { purpose: true },
      orderBy: { id: 'asc' },
    });
    expect(
      events.map((e) => ({
        purpose: e.purpose.code,
        status: e.status,
        source: e.source,
        from: e.effectiveFrom.toISOString().slice(0, 10),
        by: e.capturedById,
        proof: e.proof,
      })),
    ).toEqual([
      {
        purpose: 'newsletter',
        status: 'GRANTED',
        source: 'WEB_FORM',
        from: '2024-03-15',
        by: h.users.MARKETING,
        proof: `ImportJob ${r.jobId}, line 2`,
      },
      {
        purpose: 'profiling',
        status: 'DENIED',
        source: 'IMPORT',
        from: ctx.now.toISOString().slice(0, 10),
        by: h.users.MARKETING,
        proof: `ImportJob ${r.jobId}, line 2`,
      },
    ]);
    // The current states follow the events (the consent service's rule).
    const state = (contactId: number, code: string) =>
      h.t.db.consentState.findUniqueOrThrow({
        where: { contactId_purposeId: { contactId, purposeId: h.purposes[code]! } },
      });
    expect(await state(created.id, 'newsletter')).toMatchObject({ status: 'GRANTED' });
    expect(await state(granted.id, 'newsletter')).toMatchObject({
      status: 'DENIED',
      effectiveFrom: new Date('2024-05-01T00:00:00Z'),
    });
    expect(await state(withdrawn.id, 'newsletter')).toMatchObject({ status: 'WITHDRAWN' });

    // The same file again: no new event, no change. (The new contact's grant is on newsletter, which does not cover
    // the importer's purpose, marketing: withheld from it, its e-mail would match nothing. Granted marketing here.)
    await h.consent(created.id, 'marketing');
    const again = await run();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 4 });
    expect(await h.t.db.consentEvent.count()).toBe(eventsBefore + 3 + 1);
  });

  it('contacts: a consent column naming an unknown purpose fails the file at line 1, writing nothing', async () => {
    const file = csv('unknown.csv', ['email;lastName;consent.nope', 'z@exemple.fr;Zed;yes']);
    const before = await h.t.db.contact.count();
    const r = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'unknown.csv',
      source: createReadStream(file),
      defaults: { brand: 'A', zone: 'N' },
    });
    expect(r).toMatchObject({
      status: 'FAILED',
      errors: [{ line: 1, field: 'consent.nope', code: 'UNKNOWN_REFERENCE' }],
    });
    expect(await h.t.db.contact.count()).toBe(before);
    // A mapping to an unknown field is still refused up front.
    await expect(
      runImport(ctx, {
        entity: 'contacts',
        format: 'CSV',
        fileName: 'unknown.csv',
        source: createReadStream(file),
        mapping: { email: 'email', lastName: 'lastName', 'consent.nope': 'consentement' },
      }),
    ).rejects.toMatchObject({ extensions: { code: 'VALIDATION' } });
  });

  it('through the API: importFile maps a column to a consent field', async () => {
    const m = `mutation($content: String!) { importFile(entity: CONTACT, format: CSV, fileName: "api.csv", content: $content, key: "email",
      mapping: [{ column: "Courriel", field: "email" }, { column: "Nom", field: "lastName" }, { column: "Lettre", field: "consent.newsletter" }],
      defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { createdCount rejectedCount errors { line field code } } }`;
    const r = await h.as('MARKETING')(m, {
      content: 'Courriel;Nom;Lettre\napi@exemple.fr;Api;oui\napi2@exemple.fr;Api;peut-être\n',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.importFile).toEqual({
      createdCount: 1,
      rejectedCount: 1,
      errors: [{ line: 3, field: 'consent.newsletter', code: 'INVALID_VALUE' }],
    });
    const contact = await h.t.db.contact.findFirstOrThrow({
      where: { email: 'api@exemple.fr' },
      include: { consentStates: true },
    });
    expect(contact.consentStates).toMatchObject([{ purposeId: h.purposes.newsletter, status: 'GRANTED' }]);
  });

  it('sales: attributed to an action, converting the target under the recordSale rules; idempotent', async () => {
    const admin = await staffContext(h.t.db, provider, 'admin@test.fidele', 'customer_service');
    await h.t.db.productCategory.create({ data: { code: 'LINGE', name: 'Linge' } });
    await h.t.db.product.create({
      data: {
        code: 'DRAP',
        name: 'Drap',
        categoryId: (await h.t.db.productCategory.findFirstOrThrow()).id,
        listPrice: '40',
      },
    });
    const martin = await h.t.db.contact.create({ data: { ...base(), lastName: 'Martin', email: 'martin@exemple.fr' } });
    const durand = await h.t.db.contact.create({ data: { ...base(), lastName: 'Durand', email: 'durand@exemple.fr' } });
    const petit = await h.t.db.contact.create({ data: { ...base(), lastName: 'Petit', email: 'petit@exemple.fr' } });
    for (const c of [martin, durand, petit]) await h.consent(c.id, 'customer_service');
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
      },
    });
    const tMartin = await h.t.db.actionTarget.create({
      data: { actionId: action.id, contactId: martin.id, targetedAt: new Date('2024-03-02T00:00:00Z') },
    });
    const tDurand = await h.t.db.actionTarget.create({
      data: { actionId: action.id, contactId: durand.id, targetedAt: new Date('2024-03-05T00:00:00Z') },
    });
    const mapping = {
      ref: 'externalRef',
      email: 'contactEmail',
      date: 'saleDate',
      channel: 'channel',
      product: 'productCode',
      action: 'action',
      converts: 'converts',
    };
    const file = csv('sales.csv', [
      'ref,email,date,channel,product,action,converts',
      'V-1,martin@exemple.fr,2024-03-10,STORE,DRAP,printemps,oui', // converts Martin's target
      'V-2,martin@exemple.fr,2024-03-11,STORE,DRAP,PRINTEMPS,oui', // the same target, already converted by V-1
      'V-3,durand@exemple.fr,2024-03-01,STORE,DRAP,PRINTEMPS,yes', // before the targeting
      'V-4,durand@exemple.fr,2024-03-06,STORE,DRAP,HIVER,yes', // unknown action
      'V-5,petit@exemple.fr,2024-03-06,STORE,DRAP,PRINTEMPS,yes', // not targeted
      'V-6,durand@exemple.fr,2024-03-07,STORE,DRAP,PRINTEMPS,', // attributed only
      'V-7,durand@exemple.fr,2024-03-08,STORE,DRAP,,yes', // a conversion without its action
      'V-8,durand@exemple.fr,2024-03-08,STORE,DRAP,PRINTEMPS,maybe', // not yes or no
    ]);
    const run = (f = file) =>
      runImport(admin, { entity: 'sales', format: 'CSV', fileName: 'sales.csv', source: createReadStream(f), mapping });
    const r = await run();
    expect(r).toMatchObject({ status: 'COMPLETED', totalRows: 8, created: 2, updated: 0, rejected: 6 });
    expect(r.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [3, 'converts', 'ALREADY_CONVERTED'],
      [4, 'saleDate', 'INVALID_DATE'],
      [5, 'action', 'UNKNOWN_REFERENCE'],
      [6, 'converts', 'NOT_TARGETED'],
      [8, 'converts', 'MISSING_VALUE'],
      [9, 'converts', 'INVALID_VALUE'],
    ]);
    const v1 = await h.t.db.sale.findUniqueOrThrow({ where: { externalRef: 'V-1' }, include: { conversion: true } });
    expect(v1).toMatchObject({ attributedActionId: action.id, conversion: { id: tMartin.id } });
    const v6 = await h.t.db.sale.findUniqueOrThrow({ where: { externalRef: 'V-6' }, include: { conversion: true } });
    expect(v6).toMatchObject({ attributedActionId: action.id, conversion: null });
    const versions = async () =>
      (await h.t.db.actionTarget.findMany({ orderBy: { id: 'asc' } })).map((t) => [
        t.id,
        t.version,
        t.conversionSaleId,
      ]);
    const before = await versions();
    expect(await run()).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 6 });
    expect(await versions()).toEqual(before);

    // V-6 now converts Durand's target; a new sale cannot take it any more; "no" undoes V-1's conversion.
    const second = csv('sales2.csv', [
      'ref,email,date,channel,product,action,converts',
      'V-6,durand@exemple.fr,2024-03-07,STORE,DRAP,PRINTEMPS,yes',
      'V-9,durand@exemple.fr,2024-03-09,STORE,DRAP,PRINTEMPS,yes',
      'V-1,martin@exemple.fr,2024-03-10,STORE,DRAP,PRINTEMPS,non',
    ]);
    const r2 = await run(second);
    expect(r2).toMatchObject({ created: 0, updated: 2, rejected: 1 });
    expect(r2.errors.map((e) => [e.line, e.code])).toEqual([[3, 'ALREADY_CONVERTED']]);
    expect(await h.t.db.actionTarget.findUniqueOrThrow({ where: { id: tDurand.id } })).toMatchObject({
      conversionSaleId: v6.id,
    });
    expect(await h.t.db.actionTarget.findUniqueOrThrow({ where: { id: tMartin.id } })).toMatchObject({
      conversionSaleId: null,
    });
    expect(await h.t.db.sale.count({ where: { externalRef: 'V-9' } })).toBe(0);
  });
});
