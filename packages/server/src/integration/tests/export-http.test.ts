/**
 * Data quality, export continued: GET /export/contacts streams the file over HTTP under the rules of the export
 * service (row rule, field rules, consent for the declared purpose), with clear HTTP errors carrying a stable code,
 * through the SDK's `downloadContactsExport`; an export whose reader goes away stops and is audited as interrupted;
 * the GraphQL export refuses large lists.
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFideleClient, FideleError } from '../../../../sdk/src/index.js';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { issueToken } from '../../identity/token.js';
import { maxGraphqlExportRows } from '../exports/export.schema.js';
import { planExport, writeExport } from '../exports/export.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as any;

const parseCsv = (text: string) => {
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(';'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

/** The error a promise rejects with (fails the test when it resolves). */
const failure = async (p: Promise<unknown>): Promise<FideleError> => {
  const outcome = await p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error('expected a FideleError');
  expect(outcome.error).toBeInstanceOf(FideleError);
  return outcome.error as FideleError;
};

describeEachDatabase('export contacts over HTTP', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const client = (role: 'MARKETING' | 'SUPPORT' | 'ADMIN', purpose?: string) =>
    createFideleClient({ url: `${server.url}/graphql`, token: tokens[role], ...(purpose ? { purpose } : {}) });
  const bulk = 2600; // three pages of 1,000

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    for (const role of ['MARKETING', 'SUPPORT', 'ADMIN'] as const)
      tokens[role] = (await issueToken(h.users[role])).token;
    const base = {
      kind: 'CLIENT' as const,
      brandId: h.brands.a,
      zoneId: h.zones.north,
      incomeBand: 'OVER_80K' as const,
      grossMarginClass: 'A' as const,
    };
    for (const name of ['Granted', 'Denied', 'Silent', 'Other']) {
      ids[name] = (
        await h.t.db.contact.create({
          data: {
            ...base,
            lastName: name,
            email: `${name.toLowerCase()}@exemple.fr`,
            ...(name === 'Other' ? { brandId: h.brands.b } : {}),
          },
        })
      ).id;
    }
    await h.consent(ids.Granted!, 'newsletter');
    await h.consent(ids.Denied!, 'newsletter', { status: 'DENIED' });
    await h.consent(ids.Other!, 'newsletter'); // consenting, but outside a marketing user's brands
    // customer_service has a contract basis: it covers a contact with a contract on record or a grant.
    for (const name of ['Granted', 'Denied', 'Silent']) await h.consent(ids[name]!, 'customer_service');
  });

  /** Grants a purpose to many contacts at once (events and current states), as the fixture `h.consent` does one. */
  const grantMany = async (contactIds: number[], purposeCode: string) => {
    const purposeId = h.purposes[purposeCode]!;
    const from = new Date('2020-01-01T00:00:00Z');
    await h.t.db.consentEvent.createMany({
      data: contactIds.map((contactId) => ({
        contactId,
        purposeId,
        status: 'GRANTED' as const,
        source: 'IMPORT' as const,
        capturedAt: from,
        effectiveFrom: from,
      })),
    });
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: { in: contactIds }, purposeId },
      select: { id: true, contactId: true },
    });
    await h.t.db.consentState.createMany({
      data: events.map((e) => ({
        contactId: e.contactId,
        purposeId,
        status: 'GRANTED' as const,
        effectiveFrom: from,
        lastEventId: e.id,
      })),
    });
  };
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  it('answers 401, 403 and 400 as JSON with a stable code, before any byte of a file', async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/export/contacts${query}`, { headers });
    const bearer = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });
    const cases: [Response, number, string][] = [
      [await get('?format=csv'), 401, 'UNAUTHENTICATED'],
      [await get('?format=csv', { authorization: 'Bearer nope' }), 401, 'UNAUTHENTICATED'],
      [await get('?format=csv', bearer('MARKETING')), 403, 'CONSENT_REQUIRED'], // no purpose declared
      [await get('?format=pdf', { ...bearer('MARKETING'), 'x-fidele-purpose': 'newsletter' }), 400, 'VALIDATION'],
      [await get('?filter=%7Bnope', { ...bearer('MARKETING'), 'x-fidele-purpose': 'newsletter' }), 400, 'VALIDATION'],
      [
        await get(`?filter=${encodeURIComponent('{"kind":["ALIEN"]}')}`, {
          ...bearer('MARKETING'),
          'x-fidele-purpose': 'newsletter',
        }),
        400,
        'VALIDATION',
      ],
      [
        await get(`?filter=${encodeURIComponent('{"brand":["not-a-global-id"]}')}`, {
          ...bearer('MARKETING'),
          'x-fidele-purpose': 'newsletter',
        }),
        400,
        'VALIDATION',
      ],
      [
        await get('?columns=lastName,incomeBand', { ...bearer('SUPPORT'), 'x-fidele-purpose': 'customer_service' }),
        403,
        'FORBIDDEN',
      ], // confidential for SUPPORT
      [
        await get(`?segment=${gid('Segment', 999)}`, { ...bearer('SUPPORT'), 'x-fidele-purpose': 'customer_service' }),
        404,
        'NOT_FOUND',
      ],
    ];
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect((await res.json()).error).toMatchObject({ code, message: expect.any(String) });
    }
    // The SDK turns them into FideleErrors with the same code and status.
    const e = await failure(
      client('SUPPORT', 'customer_service').downloadContactsExport({ columns: ['lastName', 'incomeBand'] }),
    );
    expect(e).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const v = await failure(
      client('MARKETING', 'newsletter').downloadContactsExport({ filter: { kind: ['ALIEN' as never] } }),
    );
    expect(v).toMatchObject({ code: 'VALIDATION', status: 400 });
    expect(v.fields[0]!.path).toEqual(['filter', 'kind', '0']);
  });

  it('streams a CSV of the consenting contacts within the row rule, without the withheld columns; audited', async () => {
    const file = await client('MARKETING', 'newsletter').downloadContactsExport({ format: 'CSV' });
    expect(file).toMatchObject({
      fileName: expect.stringMatching(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/),
      mimeType: 'text/csv; charset=utf-8',
      rowCount: 1,
      excludedWithoutConsent: 2,
      withheldColumns: ['grossMarginClass'],
    });
    const rows = parseCsv(await (await file.blob()).text());
    expect(rows.map((r) => r.lastName)).toEqual(['Granted']);
    expect(Object.keys(rows[0]!)).not.toContain('grossMarginClass');
    expect(rows[0]).toMatchObject({ email: 'granted@exemple.fr', incomeBand: 'OVER_80K', brand: 'A' });
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { operation: 'EXPORT', actorUserId: h.users.MARKETING },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({
      purpose: 'newsletter',
      entity: 'Contact',
      outcome: 'ALLOWED',
      operationName: 'GET /export/contacts CSV: 1 rows',
    });
    const raw = await fetch(`${server.url}/export/contacts?format=csv`, {
      headers: { authorization: `Bearer ${tokens.MARKETING}`, 'x-fidele-purpose': 'newsletter' },
    });
    expect(raw.headers.get('content-disposition')).toMatch(/^attachment; filename="contacts-.*\.csv"$/);
    await raw.body?.cancel();
  });

  it('exports a selection (ids) under the same consent rule: a selected contact without consent is left out', async () => {
    const file = await client('MARKETING', 'newsletter').downloadContactsExport({
      filter: { ids: [gid('Contact', ids.Granted!), gid('Contact', ids.Denied!), gid('Contact', ids.Other!)] },
      columns: ['lastName'],
    });
    // Other is outside a marketing user's brands: not in the list at all; Denied is in the list but not consenting.
    expect(file).toMatchObject({ rowCount: 1, excludedWithoutConsent: 1 });
    expect(
      (await (await file.blob()).text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['lastName', 'Granted']);
    const wrongType = await failure(
      client('MARKETING', 'newsletter').downloadContactsExport({ filter: { ids: [gid('Brand', h.brands.a)] } }),
    );
    expect(wrongType).toMatchObject({ code: 'VALIDATION', status: 400 });
  });

  it('exports a saved segment: its members as the caller sees them, under the same consent rule', async () => {
    const segment = await h.t.db.segment.create({
      data: { name: 'frozen', kind: 'STATIC', criteria: { version: 1 }, frozenAt: new Date() },
    });
    await h.t.db.segmentMember.createMany({
      data: [ids.Granted!, ids.Denied!, ids.Other!].map((contactId) => ({ segmentId: segment.id, contactId })),
    });
    const file = await client('MARKETING', 'newsletter').downloadContactsExport({
      segment: gid('Segment', segment.id),
      columns: ['lastName'],
    });
    expect(file).toMatchObject({ rowCount: 1, excludedWithoutConsent: 1 });
    expect(
      (await (await file.blob()).text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['lastName', 'Granted']);
  });

  it('exports global-id filters, as XLSX', async () => {
    const file = await client('ADMIN', 'customer_service').downloadContactsExport({
      format: 'XLSX',
      filter: { brand: [gid('Brand', h.brands.a)] },
      columns: ['id', 'lastName', 'grossMarginClass'],
    });
    expect(file).toMatchObject({ rowCount: 3, columns: ['id', 'lastName', 'grossMarginClass'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await file.blob()).arrayBuffer()));
    const values = wb.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((row: unknown[]) => row.slice(1));
    expect(values[0]).toEqual(['id', 'lastName', 'grossMarginClass']);
    expect(values.slice(1).map((v: unknown[]) => v[1])).toEqual(['Granted', 'Denied', 'Silent']);
  });

  it('streams thousands of rows page by page, and the GraphQL export refuses lists above its limit', async () => {
    const base = { kind: 'PROSPECT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    await h.t.db.contact.createMany({
      data: Array.from({ length: bulk }, (_, i) => ({ ...base, lastName: `Bulk${String(i).padStart(5, '0')}` })),
    });
    await grantMany(
      (await h.t.db.contact.findMany({ where: { kind: 'PROSPECT' }, select: { id: true } })).map((c) => c.id),
      'customer_service',
    );
    const file = await client('SUPPORT', 'customer_service').downloadContactsExport({
      filter: { kind: ['PROSPECT'] },
      columns: ['lastName'],
    });
    expect(file.rowCount).toBe(bulk);
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>)
      text += decoder.decode(chunk, { stream: true });
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(bulk + 1);
    expect(lines[bulk]).toBe(`Bulk${String(bulk - 1).padStart(5, '0')}`);
    expect(maxGraphqlExportRows).toBeLessThan(bulk * 3);
    await h.t.db.contact.createMany({
      data: Array.from({ length: maxGraphqlExportRows + 1 - bulk }, (_, i) => ({ ...base, lastName: `More${i}` })),
    });
    await grantMany(
      (await h.t.db.contact.findMany({ where: { lastName: { startsWith: 'More' } }, select: { id: true } })).map(
        (c) => c.id,
      ),
      'customer_service',
    );
    const r = await h.as('SUPPORT')(`query { exportContacts(format: CSV, filter: { kind: [PROSPECT] }) { rowCount } }`);
    expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(r.errors?.[0]?.message).toContain('/export/contacts');
  });

  it('stops when the reader goes away, and audits the export as interrupted', async () => {
    const ctx = await staffContext(h.t.db, provider, 'support@test.fidele', 'customer_service');
    const plan = await planExport(ctx, { format: 'CSV', filter: { kind: ['PROSPECT'] } as never });
    const out = new PassThrough(); // nobody reads it: the export must wait, not buffer the whole list
    const running = writeExport(ctx, plan, out);
    out.destroy();
    await expect(running).rejects.toThrow('the reader went away');
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { operation: 'EXPORT', actorUserId: h.users.SUPPORT },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ outcome: 'FAILED', operationName: expect.stringContaining('(interrupted)') });
  });
});
