/**
 * Data quality, import acceptance at scale and with bad encodings: a 1,020-row contact file with 10% malformed rows
 * of five kinds, duplicates inside the file (across batches) and rows already in the database; exact counts, every
 * rejected line with its reason, nothing lost, the second run changing nothing. Then the encodings a French office
 * produces: UTF-16 "Unicode text" from Excel, a UTF-8 file ending with Latin-1 rows, a Latin-1 file with a UTF-8 row
 * (mixed encodings are rejected row by row, never stored garbled). And a confidential column mapped by its header.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { runImport } from '../imports/import.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const places = [
  ['75003', 'Paris'],
  ['69001', 'Lyon'],
  ['13001', 'Marseille'],
  ['33000', 'Bordeaux'],
  ['59000', 'Lille'],
] as const;
const malformed = [
  ['email', 'INVALID_EMAIL'],
  ['postalCode', 'UNKNOWN_POSTAL_CODE'],
  ['brand', 'UNKNOWN_REFERENCE'],
  ['firstContactAt', 'INVALID_DATE'],
  ['discountRate', 'INVALID_NUMBER'],
] as const;

/** The big dirty file and what it must give, computed from how it was made (not from the importer). */
function bigFile() {
  const header = [
    'email',
    'lastName',
    'firstName',
    'phone',
    'postalCode',
    'city',
    'brand',
    'zone',
    'firstContactAt',
    'discountRate',
  ];
  const lines: string[][] = [];
  const expectedErrors: Record<number, [string, string]> = {};
  const valid = new Map<string, { lastName: string; phone: string; postalCode: string; city: string }>();
  const row = (i: number) => {
    const [cp, city] = places[i % places.length]!;
    return {
      email: `c${i}@exemple.fr`,
      lastName: `Nom${i}`,
      firstName: 'Anne',
      phone: `06 12 ${String(Math.floor(i / 100)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} 00`,
      postalCode: cp,
      city,
      brand: 'A',
      zone: 'N',
      firstContactAt: '15/03/2024',
      discountRate: '5,5',
    };
  };
  for (let i = 0; i < 1000; i++) {
    const r: Record<string, string> = row(i);
    if (i % 10 === 5) {
      const [field, code] = malformed[Math.floor(i / 10) % malformed.length]!;
      r[field] = {
        email: `c${i}.exemple.fr`,
        postalCode: '99999',
        brand: 'ZZ',
        firstContactAt: '31/02/2024',
        discountRate: 'abc',
      }[field];
      expectedErrors[lines.length + 2] = [field, code];
    } else valid.set(r.email!, { lastName: r.lastName!, phone: r.phone!, postalCode: r.postalCode!, city: r.city! });
    lines.push(header.map((h) => r[h]!));
    if (i % 50 === 49) {
      // The same e-mail as a valid row 48 rows up (often in an earlier batch): only the first is imported.
      lines.push(header.map((h) => (h === 'lastName' ? 'Doublon' : row(i - 48)[h as keyof ReturnType<typeof row>])));
      expectedErrors[lines.length + 1] = ['email', 'DUPLICATE_IN_FILE'];
    }
  }
  const text = [header, ...lines].map((l) => l.join(';')).join('\n') + '\n';
  return { text, expectedErrors, valid, totalRows: lines.length };
}

describeEachDatabase('import dirty files', (provider) => {
  let h: ApiHarness;
  let ctx: Context;
  let dir: string;
  const file = (name: string, bytes: Buffer | string) => {
    const f = path.join(dir, name);
    writeFileSync(f, bytes);
    return f;
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    ctx = await staffContext(h.t.db, provider, 'marketing@test.fidele', 'marketing');
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-dirty-'));
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('1,020 rows, 10% malformed, duplicates in the file and in the database: exact counts, reasons, nothing lost', async () => {
    const { text, expectedErrors, valid, totalRows } = bigFile();
    // 50 rows already in the database: half identical (unchanged), half with another phone (updated).
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    for (let i = 0; i < 1000; i += 20) {
      const v = valid.get(`c${i}@exemple.fr`)!;
      const c = await h.t.db.contact.create({
        data: {
          ...base,
          email: `c${i}@exemple.fr`,
          lastName: v.lastName,
          firstName: 'Anne',
          phone: i % 40 === 0 ? `+336${v.phone.replace(/\D/g, '').slice(2)}` : '+33100000000',
          postalCode: v.postalCode,
          city: v.city,
          firstContactAt: new Date('2024-03-15T00:00:00Z'),
          discountRate: '5.5',
        },
      });
      await h.consent(c.id, 'marketing'); // an e-mail matches only contacts whose consent covers the importer's purpose
    }
    const f = file('big.csv', text);
    const run = () =>
      runImport(ctx, {
        entity: 'contacts',
        format: 'CSV',
        fileName: 'big.csv',
        source: createReadStream(f),
        key: 'email',
        batchSize: 97,
      });
    const r = await run();
    expect(totalRows).toBe(1020);
    expect(r).toMatchObject({
      status: 'COMPLETED',
      totalRows: 1020,
      created: 850,
      updated: 25,
      unchanged: 25,
      rejected: 120,
    });
    // Every rejected line with its field and reason, and no other.
    const got = Object.fromEntries(r.errors.map((e) => [e.line, [e.field, e.code]]));
    expect(r.errors).toHaveLength(120);
    expect(got).toEqual(expectedErrors);
    // Nothing lost: every valid row is a contact with its values, normalised.
    const stored = await h.t.db.contact.findMany({ where: { email: { endsWith: '@exemple.fr' } } });
    expect(stored).toHaveLength(900);
    const byEmail = new Map(stored.map((c) => [c.email!, c]));
    for (const [email, v] of valid) {
      expect(byEmail.get(email)).toMatchObject({
        lastName: v.lastName,
        city: v.city,
        postalCode: v.postalCode,
        phone: `+336${v.phone.replace(/\D/g, '').slice(2)}`,
      });
    }
    expect(stored.filter((c) => c.lastName === 'Doublon')).toEqual([]);
    // The same file again: nothing changes.
    // The contacts created have no consent yet: granted marketing here (in bulk), the importer reads them, so their
    // e-mails match on the second run (a withheld contact's would not: a new contact would be created).
    const fresh = await h.t.db.contact.findMany({ where: { consentStates: { none: {} } }, select: { id: true } });
    const from = new Date('2020-01-01T00:00:00Z');
    const purposeId = h.purposes.marketing!;
    await h.t.db.consentEvent.createMany({
      data: fresh.map((c) => ({
        contactId: c.id,
        purposeId,
        status: 'GRANTED' as const,
        source: 'IMPORT' as const,
        capturedAt: from,
        effectiveFrom: from,
      })),
    });
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: { in: fresh.map((c) => c.id) } },
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
    expect(await run()).toMatchObject({ created: 0, updated: 0, unchanged: 900, rejected: 120 });
  }, 120_000);

  it('reads Excel "Unicode text" (UTF-16 with a byte-order mark, tab-separated)', async () => {
    const text =
      'email\tlastName\tfirstName\tpostalCode\tcity\r\nhelene@utf16.fr\tLEFÈVRE\thélène\t42000\tsaint-étienne\r\n';
    const f = file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'unicode.txt',
      source: createReadStream(f),
      defaults: { brand: 'A', zone: 'N' },
    });
    expect(r).toMatchObject({ status: 'COMPLETED', encoding: 'utf-16le', created: 1, rejected: 0 });
    expect(await h.t.db.contact.findFirstOrThrow({ where: { email: 'helene@utf16.fr' } })).toMatchObject({
      lastName: 'Lefèvre',
      firstName: 'Hélène',
      city: 'Saint-Étienne',
    });
  });

  it('rejects, row by row, rows not written in the encoding of the file (mixed encodings), never storing them garbled', async () => {
    // A UTF-8 file (detected on its first 64 KiB) whose last rows were appended from a Latin-1 export.
    const head = 'email;lastName;postalCode;city;addressLine2\n';
    const utf8Rows = Array.from(
      { length: 800 },
      (_, i) => `u${i}@mixte.fr;Émile${i};75003;Paris;${'Bâtiment B, escalier C, porte à gauche '.repeat(2)}\n`,
    ).join('');
    const latin1Rows =
      'l1@mixte.fr;Gérard;75003;Paris;\nl2@mixte.fr;Martin;75003;Paris;\nl3@mixte.fr;Noël;75003;Paris;\n';
    expect(Buffer.byteLength(head + utf8Rows)).toBeGreaterThan(65536);
    const f = file(
      'mixed.csv',
      Buffer.concat([Buffer.from(head + utf8Rows, 'utf8'), Buffer.from(latin1Rows, 'latin1')]),
    );
    const r = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'mixed.csv',
      source: createReadStream(f),
      defaults: { brand: 'A', zone: 'N' },
    });
    expect(r).toMatchObject({ encoding: 'utf-8', totalRows: 803, created: 801, rejected: 2 });
    expect(r.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [802, 'lastName', 'INVALID_ENCODING'],
      [804, 'lastName', 'INVALID_ENCODING'],
    ]);
    expect(await h.t.db.contact.count({ where: { email: { in: ['l1@mixte.fr', 'l3@mixte.fr'] } } })).toBe(0);
    expect(await h.t.db.contact.findFirstOrThrow({ where: { email: 'u799@mixte.fr' } })).toMatchObject({
      lastName: 'Émile799',
    });

    // A Latin-1 file with one row pasted from a UTF-8 source.
    const g = file(
      'latin1.csv',
      Buffer.concat([
        Buffer.from('email;lastName;postalCode;city\nz1@latin.fr;Hélène;75003;Paris\n', 'latin1'),
        Buffer.from('z2@latin.fr;Gérard;75003;Paris\n', 'utf8'),
      ]),
    );
    const s = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'latin1.csv',
      source: createReadStream(g),
      defaults: { brand: 'A', zone: 'N' },
    });
    expect(s).toMatchObject({
      encoding: 'windows-1252',
      created: 1,
      rejected: 1,
      errors: [{ line: 3, field: 'lastName', code: 'INVALID_ENCODING' }],
    });
    expect(await h.t.db.contact.findFirstOrThrow({ where: { email: 'z1@latin.fr' } })).toMatchObject({
      lastName: 'Hélène',
    });
  });

  it('refuses a confidential column the role may not write, even mapped by its header name', async () => {
    await h.t.db.productCategory.create({ data: { code: 'LINGE', name: 'Linge' } });
    const f = file('products.csv', 'code,name,category,listPrice,unitCost\nDRAP,Drap,LINGE,40,12\n');
    const r = await runImport(ctx, {
      entity: 'products',
      format: 'CSV',
      fileName: 'products.csv',
      source: createReadStream(f),
    });
    expect(r).toMatchObject({ status: 'FAILED', errors: [{ line: 1, field: 'unitCost', code: 'FORBIDDEN' }] });
    expect(await h.t.db.product.count()).toBe(0);
  });
});
