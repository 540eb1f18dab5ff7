/**
 * Issue 15's leftovers: only canonical global ids resolve on the plain HTTP routes too (the survey answer, document,
 * inbound sales and export routes decode ids themselves); public survey answers pass the boundary input policy
 * (no control character, no lone surrogate); production mode and the page maximum are each defined once; the lists
 * that take `first` outside connections refuse a negative value or one above their documented maximum with
 * VALIDATION instead of clamping it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../packages/server/src/platform/http/start-server.js';
import * as order from '../packages/server/src/kernel/graphql/order.js';
import { listSize, MAX_PAGE_SIZE } from '../packages/server/src/kernel/graphql/page-size.js';
import { isProduction } from '../packages/server/src/kernel/production-mode.js';
import * as safety from '../packages/server/src/platform/production-safety.js';
import { issueToken } from '../packages/server/src/identity/token.js';
import { sign } from '../packages/server/src/integration/webhooks/webhook.signature.js';
import { createApiHarness, gid, type ApiHarness } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

const base64 = (s: string) => Buffer.from(s).toString('base64');

/**
 * Spellings of `Type:id` the API never produces but a lenient decoder reads as the same row: a leading zero, a
 * fraction, and standard base64 whose unused low bits are set (Buffer and atob decode it to the same bytes).
 */
function nonCanonical(typename: string, id: number): string[] {
  const plain = `${typename}:${id}`;
  const spellings = [base64(`${typename}:0${id}`), base64(`${typename}:${id}.0`)];
  const encoded = base64(plain);
  const padding = encoded.match(/=+$/)?.[0].length ?? 0;
  if (padding) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const at = encoded.length - padding - 1;
    const slack = alphabet[alphabet.indexOf(encoded[at]!) | 1]!;
    const variant = encoded.slice(0, at) + slack + encoded.slice(at + 1);
    expect(Buffer.from(variant, 'base64').toString()).toBe(plain); // the same bytes, so the test means something
    spellings.push(variant);
  }
  return spellings;
}

describeEachDatabase('hardening leftovers', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let docsDir: string;
  let adminToken: string;
  let erpKey: string;
  const c: Record<string, number> = {};
  let surveyToken: string;
  let questions: { id: string; type: string }[];

  beforeAll(async () => {
    docsDir = mkdtempSync(path.join(tmpdir(), 'fidele-leftovers-'));
    process.env.FIDELE_DOCUMENTS_DIR = docsDir;
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    adminToken = (await issueToken(h.users.ADMIN)).token;
    const db = h.t.db;
    c.a = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Durand', externalRef: 'ERP-1', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    await h.consent(c.a, 'marketing');
    await h.consent(c.a, 'customer_service');
    c.action = (
      await db.marketingAction.create({
        data: {
          code: 'A-1',
          name: 'Spring mailing',
          objective: 'LOYALTY',
          medium: 'MAILING',
          brandId: h.brands.a,
          startDate: new Date('2026-03-01'),
          endDate: new Date('2026-04-01'),
          requiredPurposeId: h.purposes.marketing!,
        },
      })
    ).id;
    const category = await db.productCategory.create({ data: { code: 'CAT', name: 'Category' } });
    await db.product.create({ data: { code: 'P1', name: 'One', categoryId: category.id, listPrice: '10.00' } });
    const key = await h.as('ADMIN')(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      input: {
        name: 'ERP',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['customer_service'],
        capabilities: ['RECORD_SALES'],
      },
    });
    erpKey = key.data.createApiKey.key;
    const created = await h.as('MARKETING')(
      `mutation($input: SurveyInput!) { createSurvey(input: $input) { id version questions { id type } } }`,
      {
        input: {
          name: 'After sale',
          brand: gid('Brand', h.brands.a),
          questions: [
            { type: 'RATING', label: 'Satisfied?' },
            { type: 'TEXT', label: 'Anything to add?', required: false },
          ],
        },
      },
    );
    const survey = created.data.createSurvey;
    questions = survey.questions;
    const sent = await h.as('MARKETING')(
      `mutation($id: ID!, $version: Int!, $to: SurveyRecipients!) { sendSurvey(id: $id, version: $version, to: $to) { invited } }`,
      { id: survey.id, version: survey.version, to: { contacts: [gid('Contact', c.a)] } },
    );
    expect(sent.data.sendSurvey.invited).toBe(1);
    surveyToken = (await db.surveyInvitation.findFirstOrThrow({ where: { contactId: c.a } })).token;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
    rmSync(docsDir, { recursive: true, force: true });
  });

  const answer = (answers: unknown[]) =>
    fetch(`${server.url}/surveys/answer/${surveyToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
    });
  const failure = async (res: Response) => ({
    status: res.status,
    error: ((await res.json()) as { error: { code: string; fields?: { path: string[]; message: string }[] } }).error,
  });
  const [rating, text] = [
    () => questions.find((q) => q.type === 'RATING')!.id,
    () => questions.find((q) => q.type === 'TEXT')!.id,
  ];

  describe('public survey answers under the input policy', () => {
    it.each([
      ['a NUL character', 'fine\u0000', 'contains a control character'],
      ['a C1 control', 'next\u0085line', 'contains a control character'],
      ['a lone surrogate', 'broken \uD800 text', 'contains invalid Unicode (a lone surrogate)'],
      ['too long a text', 'x'.repeat(2001), 'at most 2000 characters'],
    ])('refuses %s in a text answer: 400 VALIDATION with its path, nothing stored', async (_name, value, message) => {
      const res = await answer([
        { question: rating(), rating: 4 },
        { question: text(), text: value },
      ]);
      expect(await failure(res)).toEqual({
        status: 400,
        error: expect.objectContaining({
          code: 'VALIDATION',
          fields: [expect.objectContaining({ path: ['answers', '1', 'text'], message })],
        }),
      });
      expect(await h.t.db.surveyAnswer.count()).toBe(0);
      expect(
        (await h.t.db.surveyInvitation.findUniqueOrThrow({ where: { token: surveyToken } })).respondedAt,
      ).toBeNull();
    });
  });

  describe('only canonical global ids resolve on the plain routes', () => {
    it('POST /surveys/answer: a non-canonical question id is no question of the survey (400 VALIDATION)', async () => {
      const id = Number(Buffer.from(rating(), 'base64').toString().split(':')[1]);
      for (const spelling of nonCanonical('SurveyQuestion', id)) {
        const res = await answer([{ question: spelling, rating: 4 }]);
        expect(await failure(res)).toMatchObject({
          status: 400,
          error: {
            code: 'VALIDATION',
            fields: expect.arrayContaining([
              {
                path: ['answers', '0', 'question'],
                code: 'NOT_A_SURVEY_QUESTION',
                params: {},
                message: 'not a question of this survey',
              },
            ]),
          },
        });
      }
      expect(await h.t.db.surveyAnswer.count()).toBe(0);
      // The canonical id is answered, with a multi-line text (line breaks are free text, not control characters).
      const ok = await answer([
        { question: rating(), rating: 4 },
        { question: text(), text: 'Line one\nline two' },
      ]);
      expect(ok.status).toBe(201);
      expect(
        (await h.t.db.surveyAnswer.findMany({ select: { text: true }, orderBy: { id: 'asc' } })).map((a) => a.text),
      ).toEqual([null, 'Line one\nline two']);
    });

    it('GET /documents/<id>: a non-canonical id answers 404 NOT_FOUND like a malformed one', async () => {
      const up = await fetch(`${server.url}/documents?contact=${encodeURIComponent(gid('Contact', c.a!))}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'x-file-name': 'note.txt', 'content-type': 'text/plain' },
        body: 'Called back, all good.\n',
      });
      expect(up.status).toBe(201);
      const doc = (await up.json()) as { id: string };
      const download = (id: string) =>
        fetch(`${server.url}/documents/${encodeURIComponent(id)}`, {
          headers: { authorization: `Bearer ${adminToken}` },
        });
      const docId = Number(Buffer.from(doc.id, 'base64').toString().split(':')[1]);
      for (const spelling of nonCanonical('Document', docId)) {
        expect(await failure(await download(spelling))).toMatchObject({ status: 404, error: { code: 'NOT_FOUND' } });
      }
      const ok = await download(doc.id);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('Called back, all good.\n');
    });

    it('POST /documents?contact=|action=<id> (upload): a non-canonical id is 400 VALIDATION', async () => {
      const spellings = [
        ...nonCanonical('Contact', c.a!).map((s) => ['contact', s]),
        ...nonCanonical('MarketingAction', c.action!).map((s) => ['action', s]),
      ];
      expect(spellings).toHaveLength(5); // MarketingAction:1 is padded: its base64 has a variant
      for (const [param, spelling] of spellings) {
        const res = await fetch(`${server.url}/documents?${param}=${encodeURIComponent(spelling!)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminToken}`, 'x-file-name': 'note.txt', 'content-type': 'text/plain' },
          body: 'Hello.\n',
        });
        expect(await failure(res)).toMatchObject({
          status: 400,
          error: { code: 'VALIDATION', fields: [{ path: [param] }] },
        });
      }
      expect(await h.t.db.document.count()).toBe(1); // the one uploaded above
    });

    it('POST /inbound/sales: a non-canonical contact id is 400 VALIDATION, nothing recorded', async () => {
      const post = async (contact: unknown, ref: string) => {
        const raw = JSON.stringify({
          externalRef: ref,
          contact,
          saleDate: '2026-05-02T14:30:00Z',
          channel: 'STORE',
          lines: [{ productCode: 'P1', quantity: 1 }],
        });
        const ts = Math.floor(Date.now() / 1000);
        return fetch(`${server.url}/inbound/sales`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-api-key': erpKey,
            'x-fidele-timestamp': String(ts),
            'x-fidele-signature': sign(erpKey, ts, raw),
          },
          body: raw,
        });
      };
      for (const [i, spelling] of nonCanonical('Contact', c.a!).entries()) {
        expect(await failure(await post({ id: spelling }, `ERP-S-${i}`))).toMatchObject({
          status: 400,
          error: {
            code: 'VALIDATION',
            fields: [
              {
                path: ['contact', 'id'],
                code: 'GLOBAL_ID_OF_TYPE',
                params: { typename: 'Contact' },
                message: 'expected the global id of a Contact',
              },
            ],
          },
        });
      }
      expect(await h.t.db.sale.count()).toBe(0);
      expect((await post({ id: gid('Contact', c.a!) }, 'ERP-S-OK')).status).toBe(201);
    });

    it('GET /export/contacts: a non-canonical id in the filter is 400 VALIDATION', async () => {
      const get = (filter: unknown) =>
        fetch(`${server.url}/export/contacts?filter=${encodeURIComponent(JSON.stringify(filter))}`, {
          headers: { authorization: `Bearer ${adminToken}`, 'x-fidele-purpose': 'customer_service' },
        });
      const spellings = [...nonCanonical('Brand', h.brands.a), ...nonCanonical('Contact', c.a!)];
      expect(spellings.length).toBeGreaterThan(4); // at least one base64 variant (Brand:1 is padded)
      for (const spelling of spellings) {
        const field = Buffer.from(spelling, 'base64').toString().startsWith('Brand') ? 'brand' : 'ids';
        const res = await get({ [field]: [spelling] });
        expect(await failure(res)).toMatchObject({
          status: 400,
          error: { code: 'VALIDATION', fields: [{ path: ['filter', field, '0'], code: 'NOT_A_GLOBAL_ID' }] },
        });
      }
      const ok = await get({ brand: [gid('Brand', h.brands.a)] });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-fidele-row-count')).toBe('1');
      await ok.arrayBuffer();
    });
  });

  describe('lists taking `first` outside connections: refused out of range, never clamped', () => {
    const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

    it("an import job's row errors: 0 to 10,000", async () => {
      const job = await h.t.db.importJob.create({
        data: { entity: 'CONTACT', format: 'CSV', fileName: 'x.csv', mapping: {}, createdById: h.users.ADMIN },
      });
      await h.t.db.importRowError.createMany({
        data: [1, 2, 3].map((line) => ({ jobId: job.id, line: line + 1, code: 'REQUIRED', message: 'required' })),
      });
      const q = `query($id: ID!, $n: Int) { importJob(id: $id) { id errors(first: $n) { line } } }`;
      for (const n of [-1, 10_001, 1_000_000]) {
        const r = await h.as('ADMIN')(q, { id: gid('ImportJob', job.id), n });
        expect(codeOf(r)).toBe('VALIDATION');
      }
      expect((await h.as('ADMIN')(q, { id: gid('ImportJob', job.id), n: 2 })).data.importJob.errors).toEqual([
        { line: 2 },
        { line: 3 },
      ]);
      expect((await h.as('ADMIN')(q, { id: gid('ImportJob', job.id), n: 10_000 })).data.importJob.errors).toHaveLength(
        3,
      );
      expect((await h.as('ADMIN')(q, { id: gid('ImportJob', job.id), n: 0 })).data.importJob.errors).toEqual([]);
    });

    it('score snapshots: 0 to 100', async () => {
      const q = `query($n: Int) { scoreSnapshots(first: $n) { id } }`;
      for (const n of [-1, 101]) {
        const r = await h.as('ADMIN')(q, { n });
        expect(codeOf(r)).toBe('VALIDATION');
        expect(r.errors?.[0]?.extensions.fields?.[0]?.path).toEqual(['first']);
      }
      for (const n of [0, 100]) expect((await h.as('ADMIN')(q, { n })).data.scoreSnapshots).toEqual([]);
    });

    it('segment preview: 0 to 100, refused before any contact is read', async () => {
      const q = `query($n: Int) { previewSegment(criteria: { contact: {} }, first: $n) { count contacts { id } } }`;
      for (const n of [-1, 101, 500]) {
        h.statements.length = 0;
        const r = await h.as('ADMIN')(q, { n });
        expect(codeOf(r)).toBe('VALIDATION');
        expect(h.statements.filter((s) => /"Contact"/.test(s))).toEqual([]);
      }
      const ok = await h.as('ADMIN')(q, { n: 100 });
      expect(ok.data.previewSegment).toEqual({ count: 1, contacts: [{ id: gid('Contact', c.a!) }] });
    });

    it('duplicate candidates: 1 to 200', async () => {
      const q = `query($n: Int) { duplicateCandidates(first: $n) { edges { node { score } } } }`;
      for (const n of [-1, 0, 201]) expect(codeOf(await h.as('ADMIN')(q, { n }))).toBe('VALIDATION');
      expect((await h.as('ADMIN')(q, { n: 200 })).errors).toBeUndefined();
    });
  });
});

describe('one definition each', () => {
  const src = path.join(import.meta.dirname, '../packages/server/src');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return name === 'generated' ? [] : sources(file);
      return file.endsWith('.ts') ? [file] : [];
    });

  it('production mode is lib/production-mode.ts, shared by the HTTP layer, the auth module and the CLI', () => {
    expect(isProduction({ FIDELE_ENV: 'production', NODE_ENV: 'development' })).toBe(true);
    expect('isProductionMode' in safety).toBe(false);
    const readers = sources(src).filter((f) => /env\.(FIDELE_ENV|NODE_ENV)\b/.test(readFileSync(f, 'utf8')));
    expect(readers.map((f) => path.relative(src, f))).toEqual([path.join('kernel', 'production-mode.ts')]);
    // The auth module stays free of the HTTP layer.
    expect(readFileSync(path.join(src, 'platform/production-safety.ts'), 'utf8')).not.toMatch(
      /from '\.\.\/\.\.\/http\//,
    );
  });

  it('the page maximum is MAX_PAGE_SIZE of lib/page-size.ts, and nothing else', () => {
    expect('maxPage' in order).toBe(false);
    expect(sources(src).filter((f) => /\bmaxPage\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(MAX_PAGE_SIZE).toBe(500);
  });

  it('listSize returns the size asked or the default, and refuses anything else', () => {
    expect(listSize(undefined, 20, 100, ['first'])).toBe(20);
    expect(listSize(0, 20, 100, ['first'])).toBe(0);
    expect(listSize(100, 20, 100, ['first'])).toBe(100);
    for (const bad of [-1, 101, 1.5, Number.NaN]) {
      expect(() => listSize(bad, 20, 100, ['first'])).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'VALIDATION' }) }),
      );
    }
  });
});
