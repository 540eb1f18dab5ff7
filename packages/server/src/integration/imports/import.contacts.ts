import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import * as E from '../../generated/sqlite/enums.js';
import { rateProblem } from '../../kernel/validate.js';
import { assertWritable, contacts as contactAccess } from '../../privacy/access/contact-access.js';
import { brandZoneScope } from '../../privacy/access/row-rules.js';
import { systemContext } from '../../privacy/access/system.js';
import { emitEvent } from '../../kernel/outbox.js';
import { emitContactEvent } from '../../privacy/access/contact-events.js';
import { bulkCreate, createContacts } from './import.contact-create.js';
import { ImportDuplicateCheck } from './import.contact-duplicates.js';
import { normalizeContactFields, type ContactQualityFields } from '../../contacts/quality/normalize.js';
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
import {
  enumValue,
  type ImportHandler,
  parseDate,
  parseDecimal,
  type Prepared,
  type RowError,
  same,
  shapeErrors,
  type Unit,
} from './import.rows.js';

/** Contacts: one row per contact, upserted on its e-mail or external reference, with its consent columns. */

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
  duplicates: ImportDuplicateCheck;
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

type StoredContact = Awaited<ReturnType<typeof matchContacts>>['existing'][number];
type AddError = (field: string | null, code: string, message: string) => void;

const contactKeyOf = (u: Unit, key: string): string | null => {
  const v = u.rows[0]!.fields[key];
  return v ? (key === 'email' ? v.trim().toLowerCase() : v.trim()) : null;
};

/** What a batch of contact rows needs from the database, read once for the batch. */
async function loadContactBatch(ctx: Context, units: Unit[], key: string) {
  const keyValues = units.map((u) => contactKeyOf(u, key)).filter((k): k is string => !!k);
  const { existing, survivors, heldOutside } = await matchContacts(ctx, key, keyValues);
  const candidateIds = [...existing.map((c) => c.id), ...survivors.keys()];
  // One consent query for the batch: the write checks below (assertWritable) then read the request's loader cache.
  await ctx.loaders.consent.loadMany(candidateIds);
  const withConsents = units.some((u) => Object.keys(u.rows[0]!.fields).some(isConsentField));
  const history = await consentHistory(ctx.db, withConsents ? candidateIds : []);
  const capturedById = ctx.principal?.kind === 'staff' ? ctx.principal.userId : null;
  const byKey = new Map<string, StoredContact[]>();
  for (const c of existing) {
    const k = String((c as Record<string, unknown>)[key]);
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  return { byKey, survivors, heldOutside, history, capturedById };
}
type ContactBatch = Awaited<ReturnType<typeof loadContactBatch>>;

/** The stored contacts a key value matches: merged contacts stand for their survivor. */
function matchesOf(batch: ContactBatch, k: string | null): StoredContact[] {
  const match = k ? (batch.byKey.get(k) ?? []) : [];
  // A survivor the caller may not see: as if there were no match.
  return [
    ...new Map(
      match
        .flatMap((c) =>
          !c.mergedIntoId ? [c] : batch.survivors.has(c.mergedIntoId) ? [batch.survivors.get(c.mergedIntoId)!] : [],
        )
        .map((c) => [c.id, c]),
    ).values(),
  ];
}

/** The row's brand and zone codes as ids, within the caller's brands and zones (both required for a new contact). */
function brandAndZone(
  state: ContactState,
  f: Record<string, string>,
  current: StoredContact | null,
  values: Record<string, unknown>,
  add: AddError,
) {
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
}

/** The row's values as columns, normalised and checked; problems go to `add`. */
function contactValues(
  state: ContactState,
  f: Record<string, string>,
  current: StoredContact | null,
  add: AddError,
): Record<string, unknown> {
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
    if (problem) add('discountRate', 'INVALID_NUMBER', `"${f.discountRate}": ${problem.message}`);
    else values.discountRate = v;
  }
  brandAndZone(state, f, current, values, add);
  const kind = values.kind ?? current?.kind ?? 'CLIENT';
  for (const field of ['pipelineStage', 'prospectPriority'] as const) {
    if (values[field] !== undefined && kind !== 'PROSPECT')
      add(field, 'INVALID_VALUE', `${field} is only for contacts of kind PROSPECT`);
  }
  return values;
}

/**
 * The stored contact a row updates (null: a new one), after the key checks and the right to write the row's fields;
 * `false` when the row stops there (its errors are in `add`).
 */
async function rowTarget(
  ctx: Context,
  batch: ContactBatch,
  u: Unit,
  key: string,
  add: AddError,
): Promise<StoredContact | null | false> {
  const k = contactKeyOf(u, key);
  if (!k) add(key, 'MISSING_KEY', `the upsert key ${key} is empty`);
  const match = matchesOf(batch, k);
  if (match.length > 1) add(key, 'AMBIGUOUS_KEY', `${match.length} contacts have this ${key}`);
  const current = match.length === 1 ? match[0]! : null;
  if (!current && k && batch.heldOutside.has(k))
    add(key, 'OUT_OF_SCOPE', `a contact with this ${key} exists outside your rights`);
  if (current?.deletedAt) add(key, 'CONTACT_DELETED', 'the contact with this key is deleted: restore it first');
  // A write needs the right to read what it writes, whatever the values: checked before any comparison with the
  // stored values (normalisation, "unchanged"), which would otherwise tell a withheld value from another.
  if (current) {
    const fields = Object.keys(u.rows[0]!.fields).filter((field) => !isConsentField(field));
    const refused = await writeRefusal(ctx, current.id, fields);
    if (refused) {
      add(refused.field, refused.code, refused.message);
      return false;
    }
  }
  return current;
}

/** One contact row: its prepared write, or its errors. */
async function prepareContact(
  ctx: Context,
  state: ContactState,
  batch: ContactBatch,
  u: Unit,
  key: string,
  defaults: Record<string, string>,
): Promise<Prepared<ContactData> | RowError[]> {
  const row = u.rows[0]!;
  const rowErrors: RowError[] = shapeErrors(u);
  const add: AddError = (field, code, message) => rowErrors.push({ line: u.line, field, code, message });
  const current = await rowTarget(ctx, batch, u, key, add);
  if (current === false) return rowErrors;
  // Defaults fill a new contact only: they never overwrite a stored value.
  const f = current ? row.fields : { ...defaults, ...row.fields };
  const values = contactValues(state, f, current, add);
  const decisions = parseConsents(state.purposes, f, ctx.now, add);
  const lastName = values.lastName !== undefined ? values.lastName : current?.lastName;
  const companyName = values.companyName !== undefined ? values.companyName : current?.companyName;
  if (!lastName && !companyName) add('lastName', 'MISSING_VALUE', 'a contact needs a last name or a company name');
  if (rowErrors.length) return rowErrors;
  const consents = newDecisions(decisions, current?.id ?? null, batch.history);
  const provenance = {
    capturedAt: ctx.now,
    capturedById: batch.capturedById,
    proof: `ImportJob ${state.jobId}, line ${u.line}`,
  };
  if (!current)
    return { line: u.line, outcome: 'created', data: { values: { kind: 'CLIENT', ...values }, consents, provenance } };
  // An empty cell leaves the stored value as it is; only values that differ are written.
  const changed = Object.fromEntries(
    Object.entries(values).filter(([c, v]) => !same((current as Record<string, unknown>)[c], v)),
  );
  const outcome = Object.keys(changed).length || consents.length ? 'updated' : 'unchanged';
  return {
    line: u.line,
    outcome,
    data: { id: current.id, version: current.version, values: changed, consents, provenance },
  };
}

export const contacts: ImportHandler<ContactData, ContactState> = {
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
  keyOf: contactKeyOf,
  async start(ctx, { jobId, key, duplicates }) {
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
      duplicates: await ImportDuplicateCheck.start(ctx, jobId, duplicates, key),
    };
  },
  async prepare(ctx, state, units, key, defaults) {
    const batch = await loadContactBatch(ctx, units, key);
    const results = [];
    for (const u of units) results.push(await prepareContact(ctx, state, batch, u, key, defaults));
    const refused = await state.duplicates.batchErrors(ctx, results);
    const ok = results.filter((r, i) => !Array.isArray(r) && !refused[i]!.length) as Prepared<ContactData>[];
    return { ok, errors: results.flatMap((r, i) => (Array.isArray(r) ? r : refused[i]!)) };
  },
  async write(tx, p, ctx) {
    let id = p.data.id;
    // Webhook events in the row's transaction, as on the API's write paths (integration/webhooks).
    if (p.outcome === 'created') {
      const created = await contactAccess(ctx, tx).create({
        // Cast: the values are the import's checked columns of Contact, typed as a record by the generic row reader.
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
  async writeMany(tx, ps, ctx) {
    // In file order: each run of plain new contacts in one statement, every other row as `write` does it.
    for (let i = 0; i < ps.length;) {
      let j = i;
      while (j < ps.length && bulkCreate(ps[j]!)) j++;
      if (j > i) await createContacts(tx, ps.slice(i, j), ctx);
      else await contacts.write(tx, ps[j++]!, ctx);
      i = j;
    }
  },
};
