/**
 * Data quality, step 4: importing a deliberately dirty contact file (Latin-1 bytes, `;` delimiter, 10% malformed
 * rows, duplicates inside the file and against the database, a broken line) with exact counts, every rejected row
 * listed with its reason, nothing lost, the dry run writing nothing, and the same file twice giving the same database.
 */
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { runImport, type ImportOptions } from '../imports/import.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const firstNames = ['Hélène', 'Gérard', 'Zoé', 'François', 'Anaïs', 'Jérôme', 'Cécile', 'Noël', 'Maël', 'Chloé'];
const lastNames = [
  'Lefèvre',
  'Dubois',
  'Müller',
  'Garçon',
  'Besnard',
  'Roché',
  'Perrin',
  'Fabre',
  'Mercier',
  'Gauthier',
];
const places = [
  ['75003', 'Paris'],
  ['69001', 'Lyon'],
  ['13001', 'Marseille'],
  ['42000', 'Saint-Étienne'],
  ['01000', 'Bourg-en-Bresse'],
];

/** The dirty file: 50 data rows. Returns the CSV text and what each bad line should be rejected for. */
function dirtyFile() {
  // Optin: each contact's marketing consent, so that the importer (purpose marketing) can read what it created.
  const header = 'Nom;Prénom;E-mail;Téléphone;Code postal;Ville;Marque;Zone;Réf;Optin';
  const rows: string[] = [];
  for (let i = 0; i < 50; i++) {
    const [cp, city] = places[i % places.length]! as [string, string];
    const first = firstNames[i % 10]!;
    const last = lastNames[Math.floor(i / 5) % 10]!;
    rows.push(
      [
        last.toUpperCase(),
        first.toLowerCase(),
        ` ${first}.${i}@Exemple.FR `,
        `06 12 34 ${String(10 + i).padStart(2, '0')} 00`,
        cp,
        city.toLowerCase(),
        'A',
        'N',
        `R-${i}`,
        'oui',
      ].join(';'),
    );
  }
  const bad: Record<number, string> = {};
  const set = (i: number, col: number, value: string, code: string) => {
    const cells = rows[i]!.split(';');
    cells[col] = value;
    rows[i] = cells.join(';');
    bad[i + 2] = code; // line = index + 2 (line 1 is the header)
  };
  set(3, 2, 'helene.exemple.fr', 'INVALID_EMAIL');
  set(8, 3, '12 34', 'INVALID_PHONE');
  set(12, 5, 'Marseile', 'CITY_MISMATCH'); // line 14: 13001
  set(18, 4, '75999', 'UNKNOWN_POSTAL_CODE');
  set(23, 0, '', 'MISSING_VALUE');
  set(28, 6, 'ZZ', 'UNKNOWN_REFERENCE');
  set(33, 2, '', 'MISSING_KEY');
  // Line 40 repeats line 12's e-mail: a duplicate inside the file.
  set(38, 2, ` ${firstNames[0]}.10@exemple.fr`, 'DUPLICATE_IN_FILE');
  // A broken line: an unescaped delimiter in the name shifts the cells.
  rows[43] = rows[43]!.replace(/^[^;]+/, 'Dupont;Jr');
  bad[45] = 'COLUMN_COUNT';
  return { text: [header, ...rows].join('\r\n') + '\r\n', bad };
}

describeEachDatabase('import contacts', (provider) => {
  let h: ApiHarness;
  let ctx: Context;
  let dir: string;
  let file: string;
  let expectedBad: Record<number, string>;
  const mapping = {
    Nom: 'lastName',
    Prénom: 'firstName',
    'E-mail': 'email',
    Téléphone: 'phone',
    'Code postal': 'postalCode',
    Ville: 'city',
    Marque: 'brand',
    Zone: 'zone',
    Réf: 'externalRef',
    Optin: 'consent.marketing',
  };
  const run = (extra: Partial<ImportOptions> = {}) =>
    runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'dirty.csv',
      source: createReadStream(file),
      totalBytes: statSync(file).size,
      mapping,
      key: 'email',
      batchSize: 7,
      ...extra,
    });
  const snapshot = async () => JSON.stringify(await h.t.db.contact.findMany({ orderBy: { id: 'asc' } }));

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    ctx = await staffContext(h.t.db, provider, 'marketing@test.fidele', 'marketing');
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-import-'));
    file = path.join(dir, 'dirty.csv');
    const { text, bad } = dirtyFile();
    expectedBad = bad;
    writeFileSync(file, Buffer.from(text, 'latin1')); // Latin-1 bytes, as an old spreadsheet saves them
    // Already in the database: line 2's contact (to be updated: another phone) and line 7's (identical: unchanged).
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    const c0 = await h.t.db.contact.create({
      data: {
        ...base,
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        email: 'hélène.0@exemple.fr',
        phone: '+33100000000',
        postalCode: '75003',
        city: 'Paris',
        externalRef: 'R-0',
      },
    });
    const c7 = await h.t.db.contact.create({
      data: {
        ...base,
        firstName: 'Noël',
        lastName: 'Dubois',
        email: 'noël.7@exemple.fr',
        phone: '+33612341700',
        postalCode: '13001',
        city: 'Marseille',
        externalRef: 'R-7',
      },
    });
    // Their consent covers the importer's purpose: an e-mail (a personal value) matches only such contacts.
    for (const c of [c0, c7]) await h.consent(c.id, 'marketing');
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('dry run: exact counts and reasons, nothing written but the job', async () => {
    const before = await snapshot();
    const r = await run({ dryRun: true });
    expect(r).toMatchObject({
      status: 'COMPLETED',
      dryRun: true,
      encoding: 'windows-1252',
      totalRows: 50,
      created: 39,
      updated: 1,
      unchanged: 1,
      rejected: 9,
    });
    expect(await snapshot()).toBe(before);
    const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id: r.jobId } });
    expect(job).toMatchObject({
      dryRun: true,
      status: 'COMPLETED',
      totalRows: 50,
      createdCount: 39,
      updatedCount: 1,
      errorCount: 9,
      entity: 'CONTACT',
      upsertKey: 'email',
    });
  });

  it('imports valid rows, rejects bad ones with line, field and code; nothing lost', async () => {
    const before = await h.t.db.contact.count();
    const r = await run();
    expect(r).toMatchObject({ status: 'COMPLETED', totalRows: 50, created: 39, updated: 1, unchanged: 1, rejected: 9 });
    expect(r.created + r.updated + r.unchanged + r.rejected).toBe(r.totalRows);
    expect(await h.t.db.contact.count()).toBe(before + 39);
    // Every rejected line, with the reason expected for it, and in the database.
    const codesByLine = (list: { line: number; code: string }[]) => {
      const m: Record<number, string[]> = {};
      for (const e of list) (m[e.line] ??= []).push(e.code);
      return m;
    };
    const byLine = codesByLine(r.errors);
    expect(
      Object.keys(byLine)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(
      Object.keys(expectedBad)
        .map(Number)
        .sort((a, b) => a - b),
    );
    for (const [line, code] of Object.entries(expectedBad)) expect(byLine[Number(line)]).toContain(code);
    // A broken line is reported as such first (its shifted cells give further errors).
    expect(byLine[45]![0]).toBe('COLUMN_COUNT');
    const stored = await h.t.db.importRowError.findMany({
      where: { jobId: r.jobId },
      orderBy: [{ line: 'asc' }, { id: 'asc' }],
    });
    expect(codesByLine(stored)).toEqual(byLine);
    expect(stored.find((e) => e.code === 'CITY_MISMATCH')).toMatchObject({
      field: 'city',
      message: expect.stringContaining('did you mean "Marseille"'),
    });
    // Accents decoded from Latin-1, values normalised on the way in.
    const c = await h.t.db.contact.findFirstOrThrow({ where: { externalRef: 'R-1' } });
    expect(c).toMatchObject({
      firstName: 'Gérard',
      lastName: 'Lefèvre',
      email: 'gérard.1@exemple.fr',
      phone: '+33612341100',
      postalCode: '69001',
      city: 'Lyon',
    });
    // Updated: the phone changed; nothing else.
    expect(await h.t.db.contact.findFirstOrThrow({ where: { externalRef: 'R-0' } })).toMatchObject({
      phone: '+33612341000',
      version: 2,
    });
    // Audited.
    expect(
      await h.t.db.auditLog.count({
        where: { operation: 'IMPORT', entity: 'ImportJob', entityId: String(r.jobId), actorUserId: h.users.MARKETING },
      }),
    ).toBe(1);
  });

  it('is idempotent: the same file twice gives the same database', async () => {
    const before = await snapshot();
    const r = await run({ batchSize: 500 });
    expect(r).toMatchObject({ totalRows: 50, created: 0, updated: 0, unchanged: 41, rejected: 9 });
    expect(await snapshot()).toBe(before);
  });

  it('fails a file whose mapped columns are missing, writing nothing', async () => {
    const f2 = path.join(dir, 'missing.csv');
    writeFileSync(f2, 'Nom,Prénom\nMartin,Paul\n');
    const before = await snapshot();
    const r = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'missing.csv',
      source: createReadStream(f2),
      mapping,
      key: 'email',
    });
    expect(r.status).toBe('FAILED');
    expect(r.errors.map((e) => [e.line, e.code, e.field])).toEqual(
      expect.arrayContaining([
        [1, 'MISSING_COLUMN', 'email'],
        [1, 'MISSING_COLUMN', 'city'],
      ]),
    );
    expect(await snapshot()).toBe(before);
  });

  it('never matches a contact outside the caller rights: an e-mail creates a new contact, an external reference is refused', async () => {
    const other = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        lastName: 'Ailleurs',
        email: 'ailleurs@exemple.fr',
        externalRef: 'R-OUT',
        brandId: h.brands.b,
        zoneId: h.zones.north,
      },
    });
    // Keyed on e-mail (personal): the contact of brand B does not exist for this user; a new one is created in brand A.
    const f3 = path.join(dir, 'scope.csv');
    writeFileSync(f3, 'email,lastName,brand,zone\nailleurs@exemple.fr,Pirate,A,N\n');
    const r = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'scope.csv',
      source: createReadStream(f3),
    });
    expect(r).toMatchObject({ created: 1, updated: 0, rejected: 0, errors: [] });
    expect(await h.t.db.contact.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      lastName: 'Ailleurs',
      version: 1,
    });
    expect(
      await h.t.db.contact.count({ where: { email: 'ailleurs@exemple.fr', brandId: h.brands.a, lastName: 'Pirate' } }),
    ).toBe(1);
    // Keyed on the external reference (unique in the database, not personal): it cannot be created twice, so refused.
    const f4 = path.join(dir, 'scope-ref.csv');
    writeFileSync(f4, 'externalRef,lastName,brand,zone\nR-OUT,Pirate,A,N\n');
    const byRef = await runImport(ctx, {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'scope-ref.csv',
      source: createReadStream(f4),
      key: 'externalRef',
    });
    expect(byRef).toMatchObject({
      created: 0,
      updated: 0,
      rejected: 1,
      errors: [{ line: 2, code: 'OUT_OF_SCOPE', field: 'externalRef' }],
    });
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: other.id } })).lastName).toBe('Ailleurs');
  });
});
