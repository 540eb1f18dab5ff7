/**
 * The layer test (issue 14, ACCESS.md): services reach personal data only through the access layer
 * (`packages/server/src/privacy/access/`). It scans the server's sources and fails on
 *
 * - (a) a Prisma delegate call on a personal model (`db.contact.findMany(...)`, `tx.surveyAnswer.count(...)`):
 *   Contact, and every model with a column marked `/// @personal` or `/// @confidential` in prisma/schema.prisma,
 *   read from the file, so a new mark extends the test by itself;
 * - (b) raw SQL naming the table of such a model (`"Contact"`, `FROM Contact`);
 * - (c) an import of the hand-merging helpers `contactScope` or `consentWhere`;
 *
 * anywhere outside the access layer, except the `exceptions` below (one reason each, kept minimal). Each violation
 * prints as `file:line`, so a forgotten rule is a failing test that says where, not a leak.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { createDb } from '../../kernel/db/client.js';
import { contactRelation, lockContacts, purposeConsent } from '../access/contact-access.js';
import { createConsentLoader } from '../consent/consent.loader.js';
import { loadPurposes, purposeIn } from '../consent/purpose.service.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const serverSrc = 'packages/server/src';
const layerDir = `${serverSrc}/privacy/access/`;

type Rule = 'delegate' | 'sql' | 'import';

interface Violation {
  file: string;
  line: number;
  rule: Rule;
  text: string;
}

/** A file allowed to break some rules, and why. Keep it minimal: every entry is a door around the layer. */
interface Exception {
  file: string;
  rules: Rule[];
  reason: string;
}

const exceptions: Exception[] = [
  {
    file: `${serverSrc}/privacy/subject-rights/subject-rights.service.ts`,
    rules: ['delegate'],
    reason: 'subject access export and erasure read and clear every personal column by law, whatever the consent',
  },
  {
    file: `${serverSrc}/contacts/quality/match-keys.system.ts`,
    rules: ['sql', 'delegate'],
    reason:
      'the match-key refresh rebuilds the blocking keys of every contact in SQL, as the system, never for a caller',
  },
  {
    file: `${serverSrc}/analytics/cohorts.service.ts`,
    rules: ['sql'],
    reason:
      'cohort tables join Contact for its scope and live state only (brandId, zoneId, sourceActionId, deletedAt, mergedIntoId), no personal column; cells are aggregates under the small-group rule',
  },
  {
    file: `${serverSrc}/analytics/lifetime-value-validation.service.ts`,
    rules: ['sql'],
    reason:
      'the holdout validation joins Contact for its live state only (deletedAt, mergedIntoId), no personal column; it returns aggregates under the small-group rule',
  },
  {
    file: `${serverSrc}/analytics/analytics.sql.ts`,
    rules: ['sql'],
    reason:
      'the score refresh (system work) joins Contact for its live state only (deletedAt, mergedIntoId), no personal column; scores are read back under the profiling consent rule',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The scanner

interface PersonalModel {
  /** Prisma model name (`Contact`). */
  model: string;
  /** Its delegate on the client (`contact`). */
  delegate: string;
  /** Its table in SQL (`Contact`, or the `@@map` name). */
  table: string;
}

/** Contact, and every model with a column marked `/// @personal` or `/// @confidential`. */
export function personalModels(schema: string): PersonalModel[] {
  const found = new Map<string, PersonalModel>();
  let current: PersonalModel | null = null;
  let marked = false;
  const close = () => {
    if (current && (marked || current.model === 'Contact')) found.set(current.model, current);
    current = null;
    marked = false;
  };
  for (const line of schema.split('\n')) {
    const open = /^\s*model\s+(\w+)\s*\{/.exec(line);
    if (open) {
      const model = open[1]!;
      current = { model, delegate: model[0]!.toLowerCase() + model.slice(1), table: model };
      continue;
    }
    if (!current) continue;
    if (/^\s*\}/.test(line)) {
      close();
      continue;
    }
    if (/^\s*\/\/\/.*@(personal|confidential)\b/.test(line)) marked = true;
    const map = /^\s*@@map\(\s*"([^"]+)"\s*\)/.exec(line);
    if (map) current.table = map[1]!;
  }
  close();
  return [...found.values()].sort((a, b) => a.model.localeCompare(b.model));
}

/** The source with its comments blanked (line breaks kept, so line numbers stay right). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (c, lead: string) => lead + ' '.repeat(c.length - lead.length));
}

const methods =
  'findMany|findFirst|findFirstOrThrow|findUnique|findUniqueOrThrow|count|aggregate|groupBy|create|createMany|' +
  'createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** The violations of one source file (`file` relative to the repository), before exceptions. */
export function scanSource(file: string, source: string, models: PersonalModel[]): Violation[] {
  if (file.startsWith(layerDir)) return [];
  const code = withoutComments(source);
  const out: Violation[] = [];
  const add = (rule: Rule, index: number, text: string) =>
    out.push({ file, line: lineAt(code, index), rule, text: text.replace(/\s+/g, ' ').trim() });
  const delegates = models.map((m) => escape(m.delegate)).join('|');
  const tables = models.map((m) => escape(m.table)).join('|');
  if (delegates) {
    // `.contact.findMany(`, also split over lines (`tx.contact\n  .updateMany(`) or with a bracket (`db['contact']`).
    const call = new RegExp(
      `(?:\\.\\s*(?:${delegates})|\\[\\s*['"](?:${delegates})['"]\\s*\\])\\s*\\.\\s*(?:${methods})\\s*[(<]`,
      'g',
    );
    for (const m of code.matchAll(call)) add('delegate', m.index!, m[0]);
    // The delegate handed to a helper (`updateVersioned(ctx.db.contact, ...)`): the helper would query around the layer.
    const handed = new RegExp(
      `\\b(?:db|tx|prisma|client)\\s*\\.\\s*(?:${delegates})\\b(?!\\s*\\.\\s*(?:${methods})\\s*[(<])`,
      'g',
    );
    for (const m of code.matchAll(handed)) add('delegate', m.index!, m[0]);
  }
  if (tables) {
    // A quoted identifier (PostgreSQL and SQLite alike), or a bare table name after a SQL keyword.
    const sql = new RegExp(`"(?:${tables})"|\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+(?:${tables})\\b`, 'g');
    for (const m of code.matchAll(sql)) add('sql', m.index!, m[0]);
  }
  const helpers = /\b(?:contactScope|consentWhere)\b/;
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"][^'"]+['"]/g))
    if (helpers.test(m[1]!)) add('import', m.index!, m[0]);
  for (const m of code.matchAll(/\{([^}]*)\}\s*=\s*await\s+import\s*\(/g))
    if (helpers.test(m[1]!)) add('import', m.index!, m[0]);
  // A namespace import used for them: `rules.consentWhere(...)` (not a spread, `...contactScope(ctx)`).
  for (const m of code.matchAll(/[\w$\])]\s*\.\s*(?:contactScope|consentWhere)\s*\(/g)) add('import', m.index!, m[0]);
  return out;
}

/** Server sources the rule applies to: not generated code, seed, benchmarks, database tooling, test support or tests. */
function serverSources(): string[] {
  const skip = ['generated', 'platform/seed', 'platform/bench', 'kernel/db', 'testing'].map(
    (d) => `${serverSrc}/${d}/`,
  );
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(repo, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'tests' && !skip.some((s) => `${rel}/`.startsWith(s))) walk(rel);
      } else if (/\.ts$/.test(e.name) && !/\.(test|spec)\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name))
        files.push(rel);
    }
  };
  walk(serverSrc);
  return files.sort();
}

const allowed = (v: Violation) => exceptions.some((x) => x.file === v.file && x.rules.includes(v.rule));
const show = (list: Violation[]) => list.map((v) => `${v.file}:${v.line} [${v.rule}] ${v.text}`).join('\n');

// ---------------------------------------------------------------------------------------------------------------

describe('the access layer is the only way to personal tables', () => {
  const models = personalModels(readFileSync(path.join(repo, 'prisma/schema.prisma'), 'utf8'));
  const files = serverSources();
  const violations = files.flatMap((f) => scanSource(f, readFileSync(path.join(repo, f), 'utf8'), models));

  it('reads the personal models from the marks of the data model (Contact at least)', () => {
    expect(models.map((m) => m.model)).toContain('Contact');
    expect(files.length).toBeGreaterThan(100);
    expect(files).not.toContain(`${serverSrc}/platform/seed/seed.service.ts`);
  });

  it('finds no direct access to personal tables outside the layer (file:line)', () => {
    const left = violations.filter((v) => !allowed(v));
    expect(left, `direct access to personal data outside privacy/access/:\n${show(left)}`).toEqual([]);
  });

  it('keeps only exceptions still needed, each with its reason', () => {
    const stale = exceptions
      .filter((x) => !violations.some((v) => v.file === x.file && x.rules.includes(v.rule)))
      .map((x) => x.file);
    expect(stale).toEqual([]);
    for (const x of exceptions) expect(x.reason.length, x.file).toBeGreaterThan(20);
  });
});

describe('the scanner', () => {
  const schema = `
model Contact {
  id    Int    @id
  /// The person's e-mail. @personal
  email String?
}

model Note {
  id   Int    @id
  /// Free text about a person. @personal
  body String
  @@map("notes")
}

model Brand {
  id   Int    @id
  /// A plain column, no mark.
  name String
}`;
  const models = personalModels(schema);

  it('takes every model with a marked column, with its delegate and table', () => {
    expect(models).toEqual([
      { model: 'Contact', delegate: 'contact', table: 'Contact' },
      { model: 'Note', delegate: 'note', table: 'notes' },
    ]);
  });

  it('catches delegate calls, raw SQL and the hand-merging helpers, each at its line', () => {
    const sample = [
      "import { contactScope } from '../access/row-rules.js';", // 1
      "import type { Context } from '../../context.js';", // 2
      'export async function leak(ctx: Context) {', // 3
      '  const a = await ctx.db.contact.findMany({ where: { email: "x" } });', // 4
      '  const b = await ctx.db.note', // 5
      '    .count({});', // 6
      '  const c = await ctx.db.$queryRaw`SELECT "email" FROM "Contact" c JOIN notes n ON n.id = c.id`;', // 7
      "  const { consentWhere } = await import('../consent/consent.rules.js');", // 8
      '  // ctx.db.contact.findMany() in a comment is not a call', // 9
      '  /* neither is "Contact" here */', // 10
      '  return ctx.db.brand.findMany({ where: { contact: {}, ...contactScope(ctx), AND: [rules.consentWhere(null, now)] } });', // 11
      '}', // 12
      "export const bump = (ctx: Context, id: number, v: number) => updateVersioned(ctx.db.contact, 'Contact', { id }, v);", // 13
      'export const fields = (input: { contact?: string }) => input.contact;', // 14
    ].join('\n');
    const found = scanSource(`${serverSrc}/sample/sample.service.ts`, sample, models).map((v) => `${v.line}:${v.rule}`);
    expect(found.sort()).toEqual(
      ['1:import', '4:delegate', '5:delegate', '7:sql', '7:sql', '8:import', '11:import', '13:delegate'].sort(),
    );
    const printed = show(scanSource(`${serverSrc}/sample/sample.service.ts`, sample, models));
    expect(printed).toContain(`${serverSrc}/sample/sample.service.ts:4 [delegate]`);
  });

  it('leaves the access layer itself alone', () => {
    const source =
      "import { consentWhere } from '../consent/consent.rules.js';\nexport const f = (db: any) => db.contact.findMany({});";
    expect(scanSource(`${layerDir}contact-access.ts`, source, models)).toEqual([]);
    expect(scanSource(`${serverSrc}/sample/x.service.ts`, source, models)).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The layer's helpers for other models, on real databases

describeEachDatabase('the layer for relations, purposes and locks', (provider) => {
  let h: ApiHarness;
  const at = new Date('2026-06-15T10:00:00Z');
  const c: Record<string, number> = {};
  const staff = async (role: 'MARKETING' | 'SUPPORT', purposeCode: string | null): Promise<Context> => {
    const purpose = purposeCode ? purposeIn(await loadPurposes(h.t.db), purposeCode) : null;
    return {
      db: h.t.db,
      provider,
      now: at,
      purpose,
      loaders: { consent: createConsentLoader(h.t.db, purpose, at) },
      principal: { kind: 'staff', userId: h.users[role]!, role, brandIds: [h.brands.a], zoneIds: [h.zones.north] },
    };
  };
  const salesOf = async (ctx: Context, where?: Parameters<typeof contactRelation>[1]) =>
    (
      await h.t.db.sale.findMany({
        where: { contact: contactRelation(ctx, where) },
        select: { contactId: true },
        orderBy: { id: 'asc' },
      })
    ).map((s) => s.contactId);

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const contact = (name: string, brandId: number) =>
      db.contact.create({
        data: { kind: 'CLIENT', lastName: name, brandId, zoneId: h.zones.north, incomeBand: 'OVER_80K' },
        select: { id: true },
      });
    c.shown = (await contact('Shown', h.brands.a)).id;
    c.hidden = (await contact('Hidden', h.brands.a)).id; // no consent on record
    c.other = (await contact('Other', h.brands.b)).id; // another brand
    await h.consent(c.shown, 'marketing');
    for (const id of Object.values(c)) {
      await db.sale.create({
        data: {
          contactId: id,
          brandId: id === c.other ? h.brands.b : h.brands.a,
          saleDate: at,
          channel: 'STORE',
          total: '10.00',
        },
      });
    }
  });
  afterAll(() => h?.drop());

  it('confines a relation filter to the rows the caller may see', async () => {
    expect(await salesOf(await staff('MARKETING', 'marketing'))).toEqual([c.shown, c.hidden]);
  });

  it('answers a comparison on a withheld contact exactly like no such contact', async () => {
    const ctx = await staff('MARKETING', 'marketing');
    expect(await salesOf(ctx, { lastName: 'Shown' })).toEqual([c.shown]);
    // The right guess about a contact whose consent does not cover the purpose, a wrong guess, no such contact.
    expect(await salesOf(ctx, { lastName: 'Hidden' })).toEqual([]);
    expect(await salesOf(ctx, { lastName: 'Hiddem' })).toEqual([]);
    expect(await salesOf(ctx, { lastName: 'Other' })).toEqual([]);
  });

  it('refuses to compare a confidential field the role may not read (FORBIDDEN)', async () => {
    const support = await staff('SUPPORT', 'customer_service');
    expect(() => contactRelation(support, { incomeBand: 'OVER_80K' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    expect(await salesOf(await staff('MARKETING', 'marketing'), { incomeBand: 'OVER_80K' })).toEqual([
      c.shown,
      c.hidden,
    ]);
  });

  it('gives the consent of an explicit purpose, whatever the request declared', async () => {
    const purposes = await loadPurposes(h.t.db);
    const consenting = async (code: string | null) =>
      (
        await h.t.db.contact.findMany({
          where: {
            AND: [{ id: { in: Object.values(c) } }, purposeConsent(code ? purposeIn(purposes, code) : null, at)],
          },
          select: { id: true },
          orderBy: { id: 'asc' },
        })
      ).map((x) => x.id);
    expect(await consenting('marketing')).toEqual([c.shown]);
    expect(await consenting(null)).toEqual([]);
  });

  it('locks contact rows until the transaction ends (PostgreSQL; a no-op on SQLite)', async () => {
    const other = createDb(h.t.target);
    try {
      await h.t.db.$transaction(async (tx) => {
        await lockContacts(tx, provider, [c.shown!, c.hidden!]);
        if (provider === 'postgresql') {
          await expect(
            other.$queryRawUnsafe('SELECT id FROM "Contact" WHERE id = $1 FOR UPDATE NOWAIT', c.hidden),
          ).rejects.toThrow(/lock/i);
        }
      });
      if (provider === 'postgresql')
        expect(
          await other.$queryRawUnsafe('SELECT id FROM "Contact" WHERE id = $1 FOR UPDATE NOWAIT', c.hidden),
        ).toHaveLength(1);
    } finally {
      await other.$disconnect();
    }
  });
});
