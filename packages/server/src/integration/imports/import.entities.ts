import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError } from '../../kernel/errors.js';
import * as E from '../../generated/sqlite/enums.js';
import { fromHundredths, lineAmountCents, toHundredths } from '../../kernel/money.js';
import { moneyProblem, rateProblem } from '../../kernel/validate.js';
import { assertWritable, contacts as contactAccess } from '../../privacy/access/contact-access.js';
import { brandScope, brandZoneScope } from '../../privacy/access/row-rules.js';
import { systemContext } from '../../privacy/access/system.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { attributedActionFor } from '../../campaigns/attribution/attribution.service.js';
import { targetScope } from '../../campaigns/targets/target.filter.js';
import { emitEvent } from '../../kernel/outbox.js';
import { emitContactEvent, emitResponseRecorded } from '../../privacy/access/contact-events.js';
import {
  checkConsentFields,
  type ConsentDecisionRow,
  consentHistory,
  type ConsentProvenance,
  isConsentField,
  loadPurposes,
  newDecisions,
  parseConsents,
  writeConsents,
} from './import.consents.js';
import { normalizeContactFields, type ContactQualityFields } from '../../contacts/quality/normalize.js';

/** One problem of one row. Codes: see QUALITY.md. */
export interface RowError {
  line: number;
  field: string | null;
  code: string;
  message: string;
}

/** A row of the file, mapped to fields (empty cells left out). */
export interface UnitRow {
  line: number;
  fields: Record<string, string>;
  cellCount?: number;
  expectedCells: number;
}

/** What is written or rejected as a whole: one row, or the consecutive rows of one sale (its lines). */
export interface Unit {
  line: number;
  group?: string;
  rows: UnitRow[];
}

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface Prepared<T> {
  line: number;
  outcome: Outcome;
  data: T;
}

export interface ImportHandler<T, S = unknown> {
  /** The Prisma model (for the confidential-field rule). */
  model: string;
  fields: readonly string[];
  /** Upsert keys, the default first. */
  keys: readonly string[];
  /** Each inner list: at least one of these fields must be mapped (or defaulted). */
  requiredFields(key: string): string[][];
  keyOf(unit: Unit, key: string): string | null;
  /** Consecutive rows with the same group form one unit. */
  groupOf?(fields: Record<string, string>): string | undefined;
  /** Fields beyond `fields` (e.g. `consent.<purpose>` columns of contacts). */
  extraField?(field: string): boolean;
  /** File-level problems of the mapped fields (line 1), e.g. a consent column naming an unknown purpose. */
  checkFields?(state: S, fields: string[]): RowError[];
  start(ctx: Context, job: { jobId: number }): Promise<S>;
  prepare(
    ctx: Context,
    state: S,
    units: Unit[],
    key: string,
    defaults: Record<string, string>,
  ): Promise<{ ok: Prepared<T>[]; errors: RowError[] }>;
  /** Writes one prepared unit in `tx`, for `ctx` (whose rights the writes go through). */
  write(tx: Db, p: Prepared<T>, ctx: Context): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Cell parsing
// ---------------------------------------------------------------------------------------------------------------

/** An enum value, whatever the case and with spaces or hyphens for underscores ("former client" → FORMER_CLIENT). */
function enumValue<V extends string>(values: Record<string, V>, raw: string): V | null {
  const k = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (Object.values(values) as string[]).includes(k) ? (k as V) : null;
}

/** A date: YYYY-MM-DD (or ISO date-time), or DD/MM/YYYY as French files write it. */
export function parseDate(raw: string): Date | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`), +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m)
    return valid(new Date(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}T00:00:00Z`), +m[2]!, +m[1]!);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}
const valid = (d: Date, month: number, day: number) =>
  Number.isNaN(d.getTime()) || d.getUTCMonth() + 1 !== month || d.getUTCDate() !== day ? null : d;

/** A decimal as text: French decimal comma accepted, spaces, currency and percent signs dropped. */
export const parseDecimal = (raw: string): string =>
  raw
    .trim()
    .replace(/[\s\u00a0€%]/g, '')
    .replace(',', '.');

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? +a === +b : String(a ?? '') === String(b ?? '');
const chunk = <T>(list: T[], n = 5000): T[][] =>
  Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

/** Rows whose cell count differs from the header: a broken line (an unescaped delimiter, a lost quote). */
function shapeErrors(unit: Unit): RowError[] {
  const errors = unit.rows
    .filter((r) => r.cellCount !== undefined && r.cellCount !== r.expectedCells)
    .map((r) => ({
      line: r.line,
      field: null as string | null,
      code: 'COLUMN_COUNT',
      message: `${r.cellCount} cells where the header has ${r.expectedCells}: a broken line`,
    }));
  for (const r of unit.rows) {
    for (const [field, value] of Object.entries(r.fields)) {
      if (badlyDecoded(value))
        errors.push({
          line: r.line,
          field,
          code: 'INVALID_ENCODING',
          message: `"${value}" was not written in the file's encoding (the file mixes encodings): save the file as UTF-8`,
        });
    }
  }
  return errors;
}

/**
 * Text that did not decode with the file's encoding: U+FFFD where UTF-8 met bytes that are not UTF-8 (Latin-1 rows in
 * a UTF-8 file), or UTF-8 read as Windows-1252 (`Ã©` for `é`, `â€™` for `’`: UTF-8 rows in a Latin-1 file).
 */
export const badlyDecoded = (value: string): boolean =>
  value.includes('\uFFFD') ||
  /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â€/.test(
    value,
  );

/**
 * Contacts referenced by e-mail or external reference (sales, responses), live, through the access layer: an e-mail
 * is a personal value, so it matches only contacts the caller may see *and* whose consent covers its purpose (a
 * withheld contact answers like no contact: UNKNOWN_CONTACT, and is not counted in AMBIGUOUS_KEY); an external
 * reference is not personal and matches any contact the caller may see.
 */
async function contactsByRef(ctx: Context, units: Unit[]) {
  const emails = new Set<string>();
  const refs = new Set<string>();
  for (const u of units)
    for (const r of u.rows) {
      if (r.fields.contactEmail) emails.add(r.fields.contactEmail.trim().toLowerCase());
      if (r.fields.contactRef) refs.add(r.fields.contactRef.trim());
    }
  const select = { id: true, email: true, externalRef: true, brandId: true } as const;
  const live = { deletedAt: null, mergedIntoId: null };
  const [byEmailRows, byRefRows] = await Promise.all([
    emails.size
      ? contactAccess(ctx).findMany({ where: { ...live, email: { in: [...emails] } }, select, orderBy: { id: 'asc' } })
      : [],
    refs.size
      ? contactAccess(ctx).findMany({
          where: { ...live, externalRef: { in: [...refs] } },
          select,
          orderBy: { id: 'asc' },
        })
      : [],
  ]);
  const byEmail = new Map<string, typeof byEmailRows>();
  for (const c of byEmailRows) if (c.email) byEmail.set(c.email, [...(byEmail.get(c.email) ?? []), c]);
  const byRef = new Map(byRefRows.filter((c) => c.externalRef).map((c) => [c.externalRef!, c]));
  return (fields: Record<string, string>, line: number, errors: RowError[]) => {
    if (fields.contactRef) {
      const c = byRef.get(fields.contactRef.trim());
      if (!c)
        errors.push({
          line,
          field: 'contactRef',
          code: 'UNKNOWN_CONTACT',
          message: `no contact you may see has the external reference "${fields.contactRef}"`,
        });
      return c ?? null;
    }
    if (fields.contactEmail) {
      const list = byEmail.get(fields.contactEmail.trim().toLowerCase()) ?? [];
      if (list.length > 1)
        errors.push({
          line,
          field: 'contactEmail',
          code: 'AMBIGUOUS_KEY',
          message: `${list.length} contacts have this e-mail: use contactRef`,
        });
      else if (!list.length)
        errors.push({
          line,
          field: 'contactEmail',
          code: 'UNKNOWN_CONTACT',
          message: `no contact you may see has the e-mail "${fields.contactEmail}"`,
        });
      return list.length === 1 ? list[0]! : null;
    }
    errors.push({
      line,
      field: 'contactEmail',
      code: 'MISSING_VALUE',
      message: 'contactEmail or contactRef is required',
    });
    return null;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Contacts
// ---------------------------------------------------------------------------------------------------------------

const contactText = [
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'fax',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
] as const;
const contactEnums = {
  kind: E.ContactKind,
  civility: E.Civility,
  language: E.Language,
  incomeBand: E.IncomeBand,
  maritalStatus: E.MaritalStatus,
  pipelineStage: E.PipelineStage,
  prospectPriority: E.ProspectPriority,
  revenueClass: E.ClassRank,
  frequencyClass: E.ClassRank,
} as const;

interface ContactData {
  id?: number;
  version?: number;
  values: Record<string, unknown>;
  /** Consent decisions to record (import.consents.ts), with their provenance. */
  consents?: ConsentDecisionRow[];
  provenance?: ConsentProvenance;
}

interface ContactState {
  brands: Map<string, number>;
  zones: Map<string, number>;
  allowed: ReturnType<typeof brandZoneScope>;
  purposes: Map<string, number>;
  jobId: number;
}

/**
 * The contacts an import's key values match, for `ctx`, through the access layer:
 *
 * - `email` is a personal value: it matches only contacts the caller may see whose consent covers its purpose. A
 *   contact withheld from it answers exactly like no contact (the row creates a new contact: a hidden duplicate,
 *   which the system's duplicate detection later shows to someone who may see both);
 * - `externalRef` is the identifier of another system, not personal, and unique in the database: it matches the
 *   contacts the caller may see; a value held by a contact outside its rows cannot be created again, so it is
 *   reported (`heldOutside`: OUT_OF_SCOPE), which a uniqueness check by the system (`import:unique-key`) finds.
 */
async function matchContacts(ctx: Context, key: string, keyValues: string[]) {
  const existing = keyValues.length
    ? await contactAccess(ctx).findMany({ where: { [key]: { in: keyValues } }, orderBy: { id: 'asc' } })
    : [];
  const mergedInto = [...new Set(existing.filter((c) => c.mergedIntoId).map((c) => c.mergedIntoId!))];
  const survivors = new Map(
    (mergedInto.length ? await contactAccess(ctx).findMany({ where: { id: { in: mergedInto } } }) : []).map((c) => [
      c.id,
      c,
    ]),
  );
  const heldOutside = new Set<string>();
  if (key === 'externalRef') {
    const found = new Set(existing.map((c) => c.externalRef));
    const unseen = keyValues.filter((v) => !found.has(v));
    const system = systemContext(ctx.db, ctx.provider, 'import:unique-key', { now: ctx.now });
    if (unseen.length)
      for (const c of await contactAccess(system).findMany({
        where: { externalRef: { in: unseen } },
        select: { externalRef: true },
      }))
        heldOutside.add(c.externalRef!);
  }
  return { existing, survivors, heldOutside };
}

/** Why `ctx` may not write these fields of the contact (`assertWritable`), as a row error; null when it may. */
async function writeRefusal(
  ctx: Context,
  contactId: number,
  fields: string[],
): Promise<{ field: string | null; code: string; message: string } | null> {
  try {
    await assertWritable(ctx, contactId, fields);
    return null;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const refused = (e.extensions as { fields?: string[] }).fields ?? [];
    return { field: refused[0] ?? null, code: String(e.extensions.code), message: e.message };
  }
}

const contacts: ImportHandler<ContactData, ContactState> = {
  model: 'Contact',
  fields: [
    ...contactText,
    ...Object.keys(contactEnums),
    'externalRef',
    'brand',
    'zone',
    'firstContactAt',
    'discountRate',
  ],
  extraField: isConsentField,
  checkFields: (state, fields) => checkConsentFields(state.purposes, fields),
  keys: ['email', 'externalRef'],
  requiredFields: (key) => [[key], ['lastName', 'companyName']],
  keyOf: (u, key) => {
    const v = u.rows[0]!.fields[key];
    return v ? (key === 'email' ? v.trim().toLowerCase() : v.trim()) : null;
  },
  async start(ctx, { jobId }) {
    const [brands, zones, purposes] = await Promise.all([
      ctx.db.brand.findMany(),
      ctx.db.zone.findMany(),
      loadPurposes(ctx.db),
    ]);
    return {
      brands: new Map(brands.map((b) => [b.code.toUpperCase(), b.id])),
      zones: new Map(zones.map((z) => [z.code.toUpperCase(), z.id])),
      allowed: brandZoneScope(ctx),
      purposes,
      jobId,
    };
  },
  async prepare(ctx, state, units, key, defaults) {
    const errors: RowError[] = [];
    const ok: Prepared<ContactData>[] = [];
    const keyValues = units.map((u) => contacts.keyOf(u, key)).filter((k): k is string => !!k);
    const { existing, survivors, heldOutside } = await matchContacts(ctx, key, keyValues);
    const candidateIds = [...existing.map((c) => c.id), ...survivors.keys()];
    // One consent query for the batch: the write checks below (assertWritable) then read the request's loader cache.
    await ctx.loaders.consent.loadMany(candidateIds);
    const withConsents = units.some((u) => Object.keys(u.rows[0]!.fields).some(isConsentField));
    const history = await consentHistory(ctx.db, withConsents ? candidateIds : []);
    const capturedById = ctx.principal?.kind === 'staff' ? ctx.principal.userId : null;
    const byKey = new Map<string, typeof existing>();
    for (const c of existing) {
      const k = String((c as Record<string, unknown>)[key]);
      byKey.set(k, [...(byKey.get(k) ?? []), c]);
    }
    for (const u of units) {
      const row = u.rows[0]!;
      const rowErrors: RowError[] = shapeErrors(u);
      const add = (field: string | null, code: string, message: string) =>
        rowErrors.push({ line: u.line, field, code, message });
      const k = contacts.keyOf(u, key);
      if (!k) add(key, 'MISSING_KEY', `the upsert key ${key} is empty`);
      let match = k ? (byKey.get(k) ?? []) : [];
      // Merged contacts stand for their survivor (one the caller may not see: as if there were no match).
      match = [
        ...new Map(
          match
            .flatMap((c) =>
              !c.mergedIntoId ? [c] : survivors.has(c.mergedIntoId) ? [survivors.get(c.mergedIntoId)!] : [],
            )
            .map((c) => [c.id, c]),
        ).values(),
      ];
      if (match.length > 1) add(key, 'AMBIGUOUS_KEY', `${match.length} contacts have this ${key}`);
      const current = match.length === 1 ? match[0]! : null;
      if (!current && k && heldOutside.has(k))
        add(key, 'OUT_OF_SCOPE', `a contact with this ${key} exists outside your rights`);
      if (current?.deletedAt) add(key, 'CONTACT_DELETED', 'the contact with this key is deleted: restore it first');
      // A write needs the right to read what it writes, whatever the values: checked before any comparison with the
      // stored values (normalisation, "unchanged"), which would otherwise tell a withheld value from another.
      if (current) {
        const refused = await writeRefusal(
          ctx,
          current.id,
          Object.keys(row.fields).filter((field) => !isConsentField(field)),
        );
        if (refused) {
          add(refused.field, refused.code, refused.message);
          errors.push(...rowErrors);
          continue;
        }
      }
      // Defaults fill a new contact only: they never overwrite a stored value.
      const f = current ? row.fields : { ...defaults, ...row.fields };

      const values: Record<string, unknown> = {};
      const quality: ContactQualityFields = {};
      for (const t of contactText) if (f[t] !== undefined) quality[t] = f[t];
      const q = normalizeContactFields(quality, current ?? {});
      for (const p of q.problems) add(p.field, p.code, p.message);
      Object.assign(values, q.values);
      for (const [field, values_] of Object.entries(contactEnums)) {
        if (f[field] === undefined) continue;
        const v = enumValue(values_ as Record<string, string>, f[field]!);
        if (v === null) add(field, 'INVALID_VALUE', `"${f[field]}" is not one of ${Object.values(values_).join(', ')}`);
        else values[field] = v;
      }
      if (f.externalRef !== undefined) values.externalRef = f.externalRef.trim();
      if (f.firstContactAt !== undefined) {
        const d = parseDate(f.firstContactAt);
        if (!d) add('firstContactAt', 'INVALID_DATE', `"${f.firstContactAt}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
        else values.firstContactAt = d;
      }
      if (f.discountRate !== undefined) {
        const v = parseDecimal(f.discountRate);
        const problem = rateProblem(v);
        if (problem) add('discountRate', 'INVALID_NUMBER', `"${f.discountRate}": ${problem}`);
        else values.discountRate = v;
      }
      for (const [field, map, column] of [
        ['brand', state.brands, 'brandId'],
        ['zone', state.zones, 'zoneId'],
      ] as const) {
        if (f[field] === undefined) {
          if (!current) add(field, 'MISSING_VALUE', `${field} is required for a new contact`);
          continue;
        }
        const id = map.get(f[field]!.trim().toUpperCase());
        const allowedIds = state.allowed?.[column]?.in;
        if (id === undefined) add(field, 'UNKNOWN_REFERENCE', `unknown ${field} code "${f[field]}"`);
        else if (allowedIds && !allowedIds.includes(id))
          add(field, 'OUT_OF_SCOPE', `${field} "${f[field]}" is outside your rights`);
        else values[column] = id;
      }
      const kind = values.kind ?? current?.kind ?? 'CLIENT';
      for (const field of ['pipelineStage', 'prospectPriority'] as const) {
        if (values[field] !== undefined && kind !== 'PROSPECT')
          add(field, 'INVALID_VALUE', `${field} is only for contacts of kind PROSPECT`);
      }
      const decisions = parseConsents(state.purposes, f, ctx.now, add);
      const lastName = values.lastName !== undefined ? values.lastName : current?.lastName;
      const companyName = values.companyName !== undefined ? values.companyName : current?.companyName;
      if (!lastName && !companyName) add('lastName', 'MISSING_VALUE', 'a contact needs a last name or a company name');
      if (rowErrors.length) {
        errors.push(...rowErrors);
        continue;
      }
      const consents = newDecisions(decisions, current?.id ?? null, history);
      const provenance = { capturedAt: ctx.now, capturedById, proof: `ImportJob ${state.jobId}, line ${u.line}` };
      if (!current) {
        ok.push({
          line: u.line,
          outcome: 'created',
          data: { values: { kind: 'CLIENT', ...values }, consents, provenance },
        });
        continue;
      }
      // An empty cell leaves the stored value as it is; only values that differ are written.
      const changed = Object.fromEntries(
        Object.entries(values).filter(([c, v]) => !same((current as Record<string, unknown>)[c], v)),
      );
      const outcome = Object.keys(changed).length || consents.length ? 'updated' : 'unchanged';
      ok.push({
        line: u.line,
        outcome,
        data: { id: current.id, version: current.version, values: changed, consents, provenance },
      });
    }
    return { ok, errors };
  },
  async write(tx, p, ctx) {
    let id = p.data.id;
    // Webhook events in the row's transaction, as on the API's write paths (integration/webhooks).
    if (p.outcome === 'created') {
      const created = await contactAccess(ctx, tx).create({
        data: p.data.values as never,
        select: { id: true, brandId: true, kind: true },
      });
      id = created.id;
      await emitEvent(tx, 'CONTACT_CREATED', {
        contactId: created.id,
        brandId: created.brandId,
        data: { kind: created.kind },
      });
    } else if (p.outcome === 'updated' && Object.keys(p.data.values).length) {
      // Through the layer: the caller's row rule, and the right to write each field (checked again in the transaction).
      const count = await contactAccess(ctx, tx).update(p.data.id!, {
        where: { version: p.data.version! },
        data: { ...p.data.values, version: { increment: 1 } },
      });
      if (count !== 1) throw Object.assign(new Error('changed meanwhile'), { code: 'CONFLICT' });
      await emitContactEvent(tx, 'CONTACT_UPDATED', p.data.id!, {
        data: { fields: Object.keys(p.data.values).sort() },
      });
    }
    // The row's consents in the row's transaction: a row is written whole or not at all.
    if (p.data.consents?.length) await writeConsents(tx, id!, p.data.consents, p.data.provenance!);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------------------------

interface ProductData {
  id?: number;
  version?: number;
  values: Record<string, unknown>;
}

const products: ImportHandler<ProductData, Map<string, number>> = {
  model: 'Product',
  fields: ['code', 'name', 'category', 'listPrice', 'unitCost', 'warrantyMonths', 'active'],
  keys: ['code'],
  requiredFields: () => [['code'], ['name'], ['category'], ['listPrice']],
  keyOf: (u) => u.rows[0]!.fields.code?.trim() || null,
  start: async (ctx) => new Map((await ctx.db.productCategory.findMany()).map((c) => [c.code.toUpperCase(), c.id])),
  async prepare(ctx, categories, units, _key, defaults) {
    const errors: RowError[] = [];
    const ok: Prepared<ProductData>[] = [];
    const codes = units.map((u) => u.rows[0]!.fields.code?.trim()).filter((c): c is string => !!c);
    const existing = new Map(
      (await ctx.db.product.findMany({ where: { code: { in: codes } } })).map((p) => [p.code, p]),
    );
    for (const u of units) {
      const rowErrors = shapeErrors(u);
      const add = (field: string | null, code: string, message: string) =>
        rowErrors.push({ line: u.line, field, code, message });
      const f = { ...defaults, ...u.rows[0]!.fields };
      const current = f.code ? existing.get(f.code.trim()) : undefined;
      const values: Record<string, unknown> = {};
      if (!f.code?.trim()) add('code', 'MISSING_KEY', 'the product code is empty');
      else if (f.code.trim().length > 64) add('code', 'INVALID_VALUE', 'a code has at most 64 characters');
      else values.code = f.code.trim();
      if (f.name?.trim()) values.name = f.name.trim();
      else if (!current) add('name', 'MISSING_VALUE', 'name is required');
      if (f.category) {
        const id = categories.get(f.category.trim().toUpperCase());
        if (id === undefined) add('category', 'UNKNOWN_REFERENCE', `unknown category "${f.category}"`);
        else values.categoryId = id;
      } else if (!current) add('category', 'MISSING_VALUE', 'category is required');
      for (const field of ['listPrice', 'unitCost'] as const) {
        if (f[field] === undefined) {
          if (field === 'listPrice' && !current) add(field, 'MISSING_VALUE', 'listPrice is required');
          continue;
        }
        const v = parseDecimal(f[field]!);
        const problem = moneyProblem(v);
        if (problem) add(field, 'INVALID_NUMBER', `"${f[field]}": ${problem}`);
        else values[field] = fromHundredths(toHundredths(v));
      }
      if (f.warrantyMonths !== undefined) {
        if (!/^\d+$/.test(f.warrantyMonths.trim()))
          add('warrantyMonths', 'INVALID_NUMBER', `"${f.warrantyMonths}" is not a whole number of months`);
        else values.warrantyMonths = Number(f.warrantyMonths);
      }
      if (f.active !== undefined) {
        const v = f.active.trim().toLowerCase();
        if (['1', 'true', 'yes', 'oui', 'y', 'o'].includes(v)) values.active = true;
        else if (['0', 'false', 'no', 'non', 'n'].includes(v)) values.active = false;
        else add('active', 'INVALID_VALUE', `"${f.active}" is not yes or no`);
      }
      if (rowErrors.length) {
        errors.push(...rowErrors);
        continue;
      }
      if (!current) ok.push({ line: u.line, outcome: 'created', data: { values } });
      else {
        const cur = {
          ...current,
          listPrice: current.listPrice.toFixed(2),
          unitCost: current.unitCost?.toFixed(2) ?? null,
        } as Record<string, unknown>;
        const changed = Object.fromEntries(Object.entries(values).filter(([c, v]) => !same(cur[c], v)));
        ok.push({
          line: u.line,
          outcome: Object.keys(changed).length ? 'updated' : 'unchanged',
          data: { id: current.id, version: current.version, values: changed },
        });
      }
    }
    return { ok, errors };
  },
  async write(tx, p) {
    if (p.outcome === 'created') await tx.product.create({ data: p.data.values as never });
    else if (p.outcome === 'updated') {
      const { count } = await tx.product.updateMany({
        where: { id: p.data.id!, version: p.data.version! },
        data: { ...p.data.values, version: { increment: 1 } },
      });
      if (count !== 1) throw Object.assign(new Error('changed meanwhile'), { code: 'CONFLICT' });
    }
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Sales: one row per line; consecutive rows with the same externalRef are the lines of one sale
// ---------------------------------------------------------------------------------------------------------------

interface SaleData {
  id?: number;
  contactId: number;
  sale: {
    externalRef: string;
    saleDate: Date;
    channel: E.SaleChannel;
    brandId: number;
    total: string;
    grossMargin: string | null;
    attributedActionId?: number;
  };
  lines: { productId: number; quantity: number; unitPrice: string; discountRate: string }[];
  /** The target this sale converts (set), or null to undo the conversion it had; absent: leave it as it is. */
  conversionTargetId?: number | null;
}

const yes = ['1', 'true', 'yes', 'oui', 'y', 'o'];
const no = ['0', 'false', 'no', 'non', 'n'];

const sales: ImportHandler<SaleData, { brands: Map<string, number>; claimed: Map<number, string> }> = {
  model: 'Sale',
  fields: [
    'externalRef',
    'contactEmail',
    'contactRef',
    'saleDate',
    'channel',
    'brand',
    'productCode',
    'quantity',
    'unitPrice',
    'discountRate',
    'action',
    'converts',
  ],
  keys: ['externalRef'],
  requiredFields: () => [['externalRef'], ['contactEmail', 'contactRef'], ['saleDate'], ['channel'], ['productCode']],
  keyOf: (u) => u.group ?? null,
  groupOf: (f) => f.externalRef?.trim() || undefined,
  // `claimed`: targets converted by a sale of this file so far (one target, one sale).
  start: async (ctx) => ({
    brands: new Map((await ctx.db.brand.findMany()).map((b) => [b.code.toUpperCase(), b.id])),
    claimed: new Map(),
  }),
  async prepare(ctx, { brands, claimed }, units, _key, defaults) {
    const errors: RowError[] = [];
    const ok: Prepared<SaleData>[] = [];
    const contactOf = await contactsByRef(
      ctx,
      units.map((u) => ({ ...u, rows: u.rows.map((r) => ({ ...r, fields: { ...defaults, ...r.fields } })) })),
    );
    const codes = [
      ...new Set(units.flatMap((u) => u.rows.map((r) => r.fields.productCode?.trim()).filter((c): c is string => !!c))),
    ];
    const productList = await ctx.db.product.findMany({
      where: { code: { in: codes } },
      select: { id: true, code: true, listPrice: true, unitCost: true },
    });
    const productByCode = new Map(productList.map((p) => [p.code, p]));
    const refs = units.map((u) => u.group).filter((g): g is string => !!g);
    const existing = new Map(
      (
        await ctx.db.sale.findMany({
          where: { externalRef: { in: refs } },
          include: { lines: { orderBy: { id: 'asc' } }, conversion: { select: { id: true } } },
        })
      ).map((s) => [s.externalRef!, s]),
    );
    // The attributed action (by code, among the actions the caller may see) and the targets the sales would convert.
    const actionCodes = [
      ...new Set(
        units
          .map((u) => ({ ...defaults, ...u.rows[0]!.fields }).action?.trim().toUpperCase())
          .filter((c): c is string => !!c),
      ),
    ];
    const actionList = actionCodes.length
      ? await ctx.db.marketingAction.findMany({
          where: { AND: [actionScope(ctx), { code: { in: actionCodes } }] },
          select: { id: true, code: true },
        })
      : [];
    const actionByCode = new Map(actionList.map((a) => [a.code.toUpperCase(), a.id]));
    const contactIds = [
      ...new Set(
        units
          .map((u) => contactOf({ ...defaults, ...u.rows[0]!.fields }, u.line, [])?.id)
          .filter((id): id is number => id !== undefined),
      ),
    ];
    const targetList =
      actionList.length && contactIds.length
        ? await ctx.db.actionTarget.findMany({
            where: {
              AND: [targetScope(ctx), { actionId: { in: actionList.map((a) => a.id) }, contactId: { in: contactIds } }],
            },
            select: { id: true, actionId: true, contactId: true, targetedAt: true, conversionSaleId: true },
          })
        : [];
    const targetOf = new Map(targetList.map((t) => [`${t.actionId}:${t.contactId}`, t]));
    const conversionTargets = [
      ...new Set([...existing.values()].map((s) => s.conversion?.id).filter((id): id is number => !!id)),
    ];
    const convertedBy = new Map(
      (conversionTargets.length
        ? await ctx.db.actionTarget.findMany({
            where: { id: { in: conversionTargets } },
            select: { id: true, contactId: true, targetedAt: true },
          })
        : []
      ).map((t) => [t.id, t]),
    );
    const allowedBrands = brandScope(ctx).brandId?.in;
    for (const u of units) {
      const rowErrors = shapeErrors(u);
      const first = { ...defaults, ...u.rows[0]!.fields };
      const add = (line: number, field: string | null, code: string, message: string) =>
        rowErrors.push({ line, field, code, message });
      if (!u.group) add(u.line, 'externalRef', 'MISSING_KEY', 'externalRef is empty');
      const contact = contactOf(first, u.line, rowErrors);
      const saleDate = first.saleDate ? parseDate(first.saleDate) : null;
      if (!saleDate)
        add(
          u.line,
          'saleDate',
          first.saleDate ? 'INVALID_DATE' : 'MISSING_VALUE',
          first.saleDate ? `"${first.saleDate}" is not a date` : 'saleDate is required',
        );
      const channel = first.channel ? enumValue(E.SaleChannel, first.channel) : null;
      if (!channel)
        add(
          u.line,
          'channel',
          first.channel ? 'INVALID_VALUE' : 'MISSING_VALUE',
          `channel: one of ${Object.values(E.SaleChannel).join(', ')}`,
        );
      let brandId = contact?.brandId;
      if (first.brand) {
        brandId = brands.get(first.brand.trim().toUpperCase());
        if (brandId === undefined) add(u.line, 'brand', 'UNKNOWN_REFERENCE', `unknown brand "${first.brand}"`);
      }
      if (brandId !== undefined && allowedBrands && !allowedBrands.includes(brandId))
        add(u.line, 'brand', 'OUT_OF_SCOPE', 'the brand is outside your rights');
      const lines: SaleData['lines'] = [];
      const unitCosts = new Map<number, string | null>();
      for (const r of u.rows) {
        const f = { ...defaults, ...r.fields };
        const product = f.productCode ? productByCode.get(f.productCode.trim()) : undefined;
        if (!product)
          add(
            r.line,
            'productCode',
            f.productCode ? 'UNKNOWN_REFERENCE' : 'MISSING_VALUE',
            f.productCode ? `unknown product "${f.productCode}"` : 'productCode is required',
          );
        const quantity = f.quantity === undefined ? 1 : /^\d+$/.test(f.quantity.trim()) ? Number(f.quantity) : NaN;
        if (!(quantity >= 1))
          add(r.line, 'quantity', 'INVALID_NUMBER', `"${f.quantity}" is not a quantity of at least 1`);
        const unitPrice = f.unitPrice === undefined ? product?.listPrice.toFixed(2) : parseDecimal(f.unitPrice);
        const priceProblem = unitPrice === undefined ? null : moneyProblem(unitPrice);
        if (priceProblem) add(r.line, 'unitPrice', 'INVALID_NUMBER', `"${f.unitPrice}": ${priceProblem}`);
        const discountRate = f.discountRate === undefined ? '0' : parseDecimal(f.discountRate);
        const rateProblem_ = rateProblem(discountRate);
        if (rateProblem_) add(r.line, 'discountRate', 'INVALID_NUMBER', `"${f.discountRate}": ${rateProblem_}`);
        if (product && unitPrice && !priceProblem && !rateProblem_ && quantity >= 1) {
          lines.push({
            productId: product.id,
            quantity,
            unitPrice: fromHundredths(toHundredths(unitPrice)),
            discountRate: fromHundredths(toHundredths(discountRate)),
          });
          unitCosts.set(product.id, product.unitCost?.toFixed(2) ?? null);
        }
      }
      // Attribution and conversion, under the rules of recordSale: one sale converts at most one target, a target of
      // its own contact and of the attributed action, not converted by another sale, targeted before the sale.
      const cur = existing.get(u.group ?? '');
      let attributedActionId: number | undefined;
      let conversionTargetId: number | null | undefined;
      if (first.action) {
        attributedActionId = actionByCode.get(first.action.trim().toUpperCase());
        if (attributedActionId === undefined)
          add(u.line, 'action', 'UNKNOWN_REFERENCE', `unknown action "${first.action}"`);
      }
      const converts = first.converts?.trim().toLowerCase();
      if (converts !== undefined && !yes.includes(converts) && !no.includes(converts))
        add(u.line, 'converts', 'INVALID_VALUE', `"${first.converts}" is not yes or no`);
      else if (converts !== undefined && no.includes(converts)) conversionTargetId = null;
      else if (converts !== undefined) {
        if (!first.action)
          add(u.line, 'converts', 'MISSING_VALUE', 'a conversion needs the action whose target the sale converts');
        else if (attributedActionId !== undefined && contact) {
          const target = targetOf.get(`${attributedActionId}:${contact.id}`);
          const claimedBy = target ? claimed.get(target.id) : undefined;
          if (!target)
            add(
              u.line,
              'converts',
              'NOT_TARGETED',
              `the contact was not targeted by ${first.action.trim()}: nothing to convert`,
            );
          else if (claimedBy !== undefined && claimedBy !== u.group)
            add(u.line, 'converts', 'ALREADY_CONVERTED', `the target is converted by sale ${claimedBy} of this file`);
          else if (target.conversionSaleId !== null && target.conversionSaleId !== cur?.id)
            add(u.line, 'converts', 'ALREADY_CONVERTED', 'the target was already converted by another sale');
          else if (saleDate && saleDate < target.targetedAt)
            add(u.line, 'saleDate', 'INVALID_DATE', 'the sale comes before the targeting of the target it converts');
          else conversionTargetId = target.id;
        }
      }
      // A stored conversion that stays must keep its rules when the sale's contact or date changes.
      const keptConversion =
        conversionTargetId === undefined && cur?.conversion ? convertedBy.get(cur.conversion.id) : undefined;
      if (keptConversion && contact && keptConversion.contactId !== contact.id)
        add(
          u.line,
          'contactEmail',
          'INVALID_VALUE',
          'the sale converts a target of its contact: it cannot move to another contact',
        );
      if (keptConversion && saleDate && saleDate < keptConversion.targetedAt)
        add(u.line, 'saleDate', 'INVALID_DATE', 'the sale converts a target: it cannot come before the targeting');
      if (rowErrors.length || !contact || !saleDate || !channel || brandId === undefined) {
        errors.push(...rowErrors);
        continue;
      }
      if (conversionTargetId) claimed.set(conversionTargetId, u.group!);
      let total = 0n;
      let cost: bigint | null = 0n;
      for (const l of lines) {
        total += lineAmountCents(l.quantity, l.unitPrice, l.discountRate);
        const c = unitCosts.get(l.productId);
        cost = cost === null || c == null ? null : cost + BigInt(l.quantity) * toHundredths(c);
      }
      const data: SaleData = {
        contactId: contact.id,
        sale: {
          externalRef: u.group!,
          saleDate,
          channel,
          brandId,
          total: fromHundredths(total),
          grossMargin: cost === null ? null : fromHundredths(total - cost),
          ...(attributedActionId !== undefined ? { attributedActionId } : {}),
        },
        lines,
        ...(conversionTargetId !== undefined && (cur?.conversion?.id ?? null) !== conversionTargetId
          ? { conversionTargetId }
          : {}),
      };
      if (!cur) ok.push({ line: u.line, outcome: 'created', data });
      else {
        const unchanged =
          cur.contactId === contact.id &&
          +cur.saleDate === +saleDate &&
          cur.channel === channel &&
          cur.brandId === brandId &&
          (attributedActionId === undefined || cur.attributedActionId === attributedActionId) &&
          (conversionTargetId === undefined || (cur.conversion?.id ?? null) === conversionTargetId) &&
          cur.lines.length === lines.length &&
          cur.lines.every(
            (l, i) =>
              l.productId === lines[i]!.productId &&
              l.quantity === lines[i]!.quantity &&
              l.unitPrice.toFixed(2) === lines[i]!.unitPrice &&
              l.discountRate.toFixed(2) === lines[i]!.discountRate,
          );
        ok.push({ line: u.line, outcome: unchanged ? 'unchanged' : 'updated', data: { ...data, id: cur.id } });
      }
    }
    return { ok, errors };
  },
  async write(tx, p, ctx) {
    if (p.outcome === 'unchanged') return;
    const { contactId, sale, lines, conversionTargetId } = p.data;
    let saleId = p.data.id!;
    if (p.outcome === 'created') {
      // No action named in the file: the attribution rule decides, as in recordSale (campaigns/attribution.service.ts).
      const attributedActionId =
        sale.attributedActionId ??
        (await attributedActionFor(tx, { contactId, brandId: sale.brandId, saleDate: sale.saleDate }));
      saleId = (
        await tx.sale.create({
          data: { contactId, ...sale, attributedActionId, lines: { create: lines } },
          select: { id: true },
        })
      ).id;
      await emitEvent(tx, 'SALE_RECORDED', {
        contactId,
        brandId: sale.brandId,
        saleId,
        data: { saleDate: sale.saleDate.toISOString(), channel: sale.channel, externalRef: sale.externalRef ?? null },
      });
    } else {
      await tx.saleLine.deleteMany({ where: { saleId } });
      await tx.sale.update({
        where: { id: saleId },
        data: { contactId, ...sale, version: { increment: 1 }, lines: { create: lines } },
      });
    }
    if (conversionTargetId !== undefined) {
      // Another target this sale converted is released first (one sale converts at most one target).
      await tx.actionTarget.updateMany({
        where: { conversionSaleId: saleId, ...(conversionTargetId ? { id: { not: conversionTargetId } } : {}) },
        data: { conversionSaleId: null, version: { increment: 1 } },
      });
      if (conversionTargetId) {
        const { count } = await tx.actionTarget.updateMany({
          where: { id: conversionTargetId, OR: [{ conversionSaleId: null }, { conversionSaleId: saleId }] },
          data: { conversionSaleId: saleId, version: { increment: 1 } },
        });
        if (count !== 1) throw Object.assign(new Error('converted meanwhile'), { code: 'CONFLICT' });
      }
    }
    await contactAccess(ctx, tx).update(contactId, {
      where: { OR: [{ firstSaleAt: null }, { firstSaleAt: { gt: sale.saleDate } }] },
      data: { firstSaleAt: sale.saleDate },
    });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Action responses: the response of a targeted contact (*remontée*)
// ---------------------------------------------------------------------------------------------------------------

interface ResponseData {
  targetId: number;
  contactId: number;
  actionId: number;
  version: number;
  respondedAt: Date;
  responseChannel: E.ResponseChannel;
}

const responses: ImportHandler<ResponseData> = {
  model: 'ActionTarget',
  fields: ['action', 'contactEmail', 'contactRef', 'respondedAt', 'channel'],
  keys: ['action+contact'],
  requiredFields: () => [['action'], ['contactEmail', 'contactRef'], ['respondedAt'], ['channel']],
  keyOf: (u) => {
    const f = u.rows[0]!.fields;
    const c = f.contactRef?.trim() || f.contactEmail?.trim().toLowerCase();
    return f.action && c ? `${f.action.trim().toUpperCase()}|${c}` : null;
  },
  start: async () => undefined,
  async prepare(ctx, _state, units, _key, defaults) {
    const errors: RowError[] = [];
    const ok: Prepared<ResponseData>[] = [];
    const contactOf = await contactsByRef(
      ctx,
      units.map((u) => ({ ...u, rows: u.rows.map((r) => ({ ...r, fields: { ...defaults, ...r.fields } })) })),
    );
    const codes = [...new Set(units.map((u) => u.rows[0]!.fields.action?.trim()).filter((c): c is string => !!c))];
    const actions = await ctx.db.marketingAction.findMany({
      where: { AND: [actionScope(ctx), { code: { in: codes } }] },
      include: { responseChannels: true },
    });
    const actionByCode = new Map(actions.map((a) => [a.code.toUpperCase(), a]));
    const resolved = units.map((u) => {
      const f = { ...defaults, ...u.rows[0]!.fields };
      const rowErrors = shapeErrors(u);
      const contact = contactOf(f, u.line, rowErrors);
      const action = f.action ? actionByCode.get(f.action.trim().toUpperCase()) : undefined;
      if (!action)
        rowErrors.push({
          line: u.line,
          field: 'action',
          code: f.action ? 'UNKNOWN_REFERENCE' : 'MISSING_VALUE',
          message: f.action ? `unknown action "${f.action}"` : 'action is required',
        });
      return { u, f, rowErrors, contact, action };
    });
    const pairs = resolved.filter((r) => r.contact && r.action);
    const targets = await Promise.all(
      chunk(pairs).map((list) =>
        ctx.db.actionTarget.findMany({
          where: { OR: list.map((r) => ({ actionId: r.action!.id, contactId: r.contact!.id })) },
        }),
      ),
    );
    const targetOf = new Map(targets.flat().map((t) => [`${t.actionId}:${t.contactId}`, t]));
    for (const { u, f, rowErrors, contact, action } of resolved) {
      const add = (field: string | null, code: string, message: string) =>
        rowErrors.push({ line: u.line, field, code, message });
      const target = contact && action ? targetOf.get(`${action.id}:${contact.id}`) : undefined;
      if (contact && action && !target)
        add('action', 'NOT_TARGETED', `the contact was not targeted by ${action.code}: a response needs a target`);
      const respondedAt = f.respondedAt ? parseDate(f.respondedAt) : null;
      if (!respondedAt)
        add(
          'respondedAt',
          f.respondedAt ? 'INVALID_DATE' : 'MISSING_VALUE',
          f.respondedAt ? `"${f.respondedAt}" is not a date` : 'respondedAt is required',
        );
      const channel = f.channel ? enumValue(E.ResponseChannel, f.channel) : null;
      if (!channel)
        add(
          'channel',
          f.channel ? 'INVALID_VALUE' : 'MISSING_VALUE',
          `channel: one of ${Object.values(E.ResponseChannel).join(', ')}`,
        );
      else if (action && !action.responseChannels.some((c) => c.channel === channel))
        add('channel', 'CHANNEL_NOT_OFFERED', `action ${action.code} does not offer ${channel}`);
      if (target && respondedAt && respondedAt < target.targetedAt)
        add('respondedAt', 'INVALID_DATE', 'the response comes before the targeting');
      if (rowErrors.length || !target || !respondedAt || !channel) {
        errors.push(...rowErrors);
        continue;
      }
      const unchanged =
        target.respondedAt !== null && +target.respondedAt === +respondedAt && target.responseChannel === channel;
      ok.push({
        line: u.line,
        outcome: unchanged ? 'unchanged' : target.respondedAt ? 'updated' : 'created',
        data: {
          targetId: target.id,
          contactId: target.contactId,
          actionId: target.actionId,
          version: target.version,
          respondedAt,
          responseChannel: channel,
        },
      });
    }
    return { ok, errors };
  },
  async write(tx, p) {
    if (p.outcome === 'unchanged') return;
    const { count } = await tx.actionTarget.updateMany({
      where: { id: p.data.targetId, version: p.data.version },
      data: { respondedAt: p.data.respondedAt, responseChannel: p.data.responseChannel, version: { increment: 1 } },
    });
    if (count !== 1) throw Object.assign(new Error('changed meanwhile'), { code: 'CONFLICT' });
    const { contactId, actionId } = p.data;
    await emitResponseRecorded(tx, {
      id: p.data.targetId,
      contactId,
      actionId,
      channel: p.data.responseChannel,
      respondedAt: p.data.respondedAt,
      now: new Date(),
    });
  },
};

export const importHandlers = { contacts, products, sales, responses } as Record<string, ImportHandler<any, any>>;
