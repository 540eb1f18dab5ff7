/**
 * Data quality, step 5: exports honour the caller's row rule, the field rules of its role and each contact's consent
 * for the declared purpose; they are audited. Through the API (CSV and XLSX) and the CLI (import then export).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as any;
const root = path.resolve(import.meta.dirname, '../../../../..');

/** Parses the `;`-separated CSV written by the export (no quoted separators in these fixtures). */
const parseCsv = (b64: string) => {
  const [header, ...rows] = Buffer.from(b64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(';'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describeEachDatabase('export contacts', (provider) => {
  let h: ApiHarness;
  let dir: string;
  const q = `query($format: ExportFormat!, $filter: ContactFilter, $columns: [String!]) { exportContacts(format: $format, filter: $filter, columns: $columns) {
    fileName mimeType contentBase64 rowCount columns withheldColumns excludedWithoutConsent } }`;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-export-'));
    const base = {
      kind: 'CLIENT' as const,
      brandId: h.brands.a,
      zoneId: h.zones.north,
      incomeBand: 'OVER_80K' as const,
      grossMarginClass: 'A' as const,
    };
    const make = async (lastName: string) =>
      (await h.t.db.contact.create({ data: { ...base, lastName, email: `${lastName.toLowerCase()}@exemple.fr` } })).id;
    const granted = await make('Granted'); // newsletter granted
    const parent = await make('Parent'); // marketing granted: covers newsletter
    const denied = await make('Denied'); // marketing granted, newsletter denied: the least permissive wins
    await make('Silent'); // no consent at all
    const withdrawn = await make('Withdrawn');
    const expired = await make('Expired'); // granted, but the grant ended
    await h.consent(granted, 'newsletter');
    await h.consent(parent, 'marketing');
    await h.consent(denied, 'marketing');
    await h.consent(denied, 'newsletter', { status: 'DENIED' });
    await h.consent(withdrawn, 'newsletter', { status: 'WITHDRAWN' });
    await h.consent(expired, 'newsletter', { to: new Date('2021-01-01') });
    // Every brand-A contact bought once: a contract on record, so customer_service (contract basis) covers them.
    for (const id of [
      granted,
      parent,
      denied,
      withdrawn,
      expired,
      (await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'Silent' } })).id,
    ]) {
      await h.t.db.sale.create({
        data: { contactId: id, brandId: h.brands.a, saleDate: new Date('2025-01-01'), channel: 'STORE', total: '1' },
      });
    }
    // Outside a marketing user's rights, though consenting.
    const other = await h.t.db.contact.create({ data: { ...base, brandId: h.brands.b, lastName: 'OtherBrand' } });
    await h.consent(other.id, 'newsletter');
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports only contacts whose consent covers the purpose, within the row rule, without forbidden columns', async () => {
    const r = await h.as('MARKETING', 'newsletter')(q, { format: 'CSV', filter: { kind: ['CLIENT'] } });
    expect(r.errors).toBeUndefined();
    const file = r.data.exportContacts;
    expect(file).toMatchObject({ rowCount: 2, excludedWithoutConsent: 4, withheldColumns: ['grossMarginClass'] });
    const rows = parseCsv(file.contentBase64);
    expect(rows.map((x) => x.lastName).sort()).toEqual(['Granted', 'Parent']);
    expect(rows[0]).toMatchObject({
      incomeBand: 'OVER_80K',
      brand: 'A',
      email: expect.stringContaining('@exemple.fr'),
    });
    expect(Object.keys(rows[0]!)).not.toContain('grossMarginClass');
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { operation: 'EXPORT', actorUserId: h.users.MARKETING },
    });
    expect(audit).toMatchObject({
      purpose: 'newsletter',
      entity: 'Contact',
      outcome: 'ALLOWED',
      operationName: 'exportContacts CSV: 2 rows',
    });
    expect(audit.fields).toContain('email');
  });

  it('applies field rules per role: confidential columns left out, or FORBIDDEN when asked for', async () => {
    const support = await h.as('SUPPORT')(q, { format: 'CSV' }); // customer_service: a contract basis (their sales), no consent needed
    expect(support.data.exportContacts.withheldColumns).toEqual([
      'incomeBand',
      'maritalStatus',
      'discountRate',
      'grossMarginClass',
    ]);
    expect(support.data.exportContacts.rowCount).toBe(6);
    const asked = await h.as('SUPPORT')(q, { format: 'CSV', columns: ['lastName', 'incomeBand'] });
    expect(asked.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const noPurpose = await h.as('MARKETING', null)(q, { format: 'CSV' });
    expect(noPurpose.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
  });

  it('refuses an unknown column with a coded field problem per column', async () => {
    const r = await h.as('ADMIN', 'marketing')(q, { format: 'CSV', columns: ['lastName', 'shoeSize'] });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [
        {
          path: ['columns'],
          code: 'UNKNOWN_EXPORT_COLUMN',
          params: { column: 'shoeSize' },
          message: 'unknown column shoeSize',
        },
      ],
    });
  });

  it('writes XLSX', async () => {
    const r = await h.as('ADMIN', 'marketing')(q, {
      format: 'XLSX',
      columns: ['id', 'lastName', 'email', 'grossMarginClass'],
    });
    // For "marketing": a grant on marketing itself is needed (a grant on a child purpose does not cover the parent).
    expect(r.data.exportContacts).toMatchObject({
      rowCount: 2,
      columns: ['id', 'lastName', 'email', 'grossMarginClass'],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data.exportContacts.contentBase64, 'base64'));
    const values = wb.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((row: unknown[]) => row.slice(1));
    expect(values[0]).toEqual(['id', 'lastName', 'email', 'grossMarginClass']);
    expect(
      values
        .slice(1)
        .map((v: unknown[]) => v[1])
        .sort(),
    ).toEqual(['Denied', 'Parent']);
  });

  it('CLI: import a file then export it, with usage errors exiting 2', async () => {
    if (provider !== 'sqlite') return; // the CLI drives one database; its logic is the services tested above
    const url = `file:${h.t.target.provider === 'sqlite' ? (h.t.target as { file: string }).file : ''}`;
    const cli = (args: string[]) => {
      const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['packages/server/src/platform/cli.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: url },
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const input = path.join(dir, 'in.csv');
    writeFileSync(input, 'Nom;Courriel;CP;Ville\nCli;cli@exemple.fr;75003;paris\nBad;bad;75003;Paris\n');
    const imp = cli([
      'import',
      'contacts',
      input,
      '--map',
      'Nom=lastName,Courriel=email,CP=postalCode,Ville=city',
      '--key',
      'email',
      '--default',
      'brand=A,zone=N',
      '--as',
      'marketing@test.fidele',
    ]);
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/2 rows, 1 created, 0 updated, 0 unchanged, 1 rejected/);
    expect(imp.err).toContain('line 3 email: INVALID_EMAIL');
    const cliContact = await h.t.db.contact.findFirstOrThrow({ where: { email: 'cli@exemple.fr' } });
    await h.consent(cliContact.id, 'newsletter');
    const out = path.join(dir, 'out.csv');
    const exp = cli([
      'export',
      'contacts',
      '--format',
      'csv',
      '--purpose',
      'newsletter',
      '--as',
      'marketing@test.fidele',
      '--out',
      out,
    ]);
    expect(exp.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(4); // header + Granted, Parent, Cli
    expect(lines.some((l) => l.includes('cli@exemple.fr') && l.includes('Paris'))).toBe(true);
    expect(cli(['export', 'contacts', '--as', 'marketing@test.fidele']).code).toBe(2); // no purpose
    expect(cli(['import', 'contacts', input, '--key', 'phone', '--as', 'marketing@test.fidele']).code).toBe(2);
    // Without --as the system exports (still only contacts whose consent covers the purpose), audited as cli:export.
    const system = cli(['export', 'contacts', '--purpose', 'newsletter', '--out', path.join(dir, 'system.csv')]);
    expect(system.code).toBe(0);
    expect(readFileSync(path.join(dir, 'system.csv'), 'utf8').trim().split(/\r?\n/)).toHaveLength(5); // + OtherBrand
    expect(
      await h.t.db.auditLog.findFirstOrThrow({ where: { operation: 'EXPORT', systemReason: 'cli:export' } }),
    ).toMatchObject({ actorType: 'SYSTEM', actorUserId: null, purpose: 'newsletter' });
    expect(cli(['export', 'contacts', '--purpose', 'nope']).code).toBe(2); // unknown purpose
  }, 120_000);
});
