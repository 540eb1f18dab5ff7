import type { Context } from '../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../kernel/errors.js';
import type { ContactKind, Interest, Role } from '../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../kernel/validate.js';
import { type ConfidentialField, confidentialFields } from '../kernel/field-rules.js';
import type { Db } from '../kernel/db/client.js';
import { assertWritable, contactInterests, contacts } from '../privacy/access/contact-access.js';
import { type GivenConsent, recordGivenConsents, resolveGivenConsents } from '../privacy/consent/consent.service.js';
import { brandZoneScope } from '../privacy/access/row-rules.js';
import { type ContactQualityFields, normalizeContactFields, type StoredAddress } from './quality/normalize.js';
import { divertStewardedFields } from './stewardship/stewardship.hook.js';
import { emitEvent } from '../kernel/outbox.js';
import { emitContactEvent } from '../privacy/access/contact-events.js';
import { actorOf } from '../privacy/audit/audit-actor.js';
import {
  checkDecision,
  checkEntry,
  type DuplicateDecision,
  type DuplicateOverride,
  overrideFields,
} from './quality/entry-duplicates.service.js';
import { fieldMessage } from '../kernel/field-messages.js';

type Gid = DecodedGlobalId;

/** What the ContactInput / ContactPatch GraphQL inputs decode to. */
export interface ContactWrite {
  kind?: ContactKind | null;
  brand?: Gid | null;
  zone?: Gid | null;
  owner?: Gid | null;
  sourceAction?: Gid | null;
  relationOf?: Gid | null;
  interests?: Interest[] | null;
  /** Consents given on the creation form (create only). */
  consents?: GivenConsent[] | null;
  /** Going ahead despite duplicates found at entry (quality/entry-duplicates.service.ts). */
  duplicates?: DuplicateDecision | null;
  email?: string | null;
  countryCode?: string | null;
  discountRate?: string | null;
  estimatedPotential?: string | null;
  contactsMadeCount?: number | null;
  meetingsCount?: number | null;
  [field: string]: unknown;
}

/** Fields that only make sense for one kind of contact. */
const kindFields: Record<string, ContactKind> = {
  prospectPriority: 'PROSPECT',
  pipelineStage: 'PROSPECT',
  estimatedPotential: 'PROSPECT',
  contactsMadeCount: 'PROSPECT',
  endReason: 'FORMER_CLIENT',
  businessSector: 'SUPPLIER',
  bankType: 'BANKER',
  journalistBeat: 'JOURNALIST',
  meetingsCount: 'JOURNALIST',
  relationType: 'RELATION',
  relationOf: 'RELATION',
  interests: 'RELATION',
};

const refs = ['brand', 'zone', 'owner', 'sourceAction', 'relationOf'] as const;

/**
 * The ids of the references a write sets (null: cleared); each must exist and, for brand and zone, lie within the
 * caller's scope (problems go to `p`).
 */
async function referenceIds(ctx: Context, input: ContactWrite, p: Problems) {
  const typeOf = {
    brand: 'Brand',
    zone: 'Zone',
    owner: 'StaffUser',
    sourceAction: 'MarketingAction',
    relationOf: 'Contact',
  } as const;
  const ids: Partial<Record<(typeof refs)[number], number | null>> = {};
  for (const r of refs) {
    const v = input[r];
    if (v === undefined) continue;
    if (v === null) {
      if (r === 'brand' || r === 'zone') p.add(r, fieldMessage('REQUIRED'));
      else ids[r] = null;
      continue;
    }
    ids[r] = idFor(typeOf[r], v, ['input', r]);
  }
  // References must exist and, for brand and zone, lie within the caller's scope: one query each, in parallel.
  const scope = brandZoneScope(ctx) ?? {};
  const inScope = (allowed: { in: number[] } | undefined, id: number) => !allowed || allowed.in.includes(id);
  const [brand, zone, owner, action, relation] = await Promise.all([
    ids.brand ? (inScope(scope.brandId, ids.brand) ? ctx.db.brand.count({ where: { id: ids.brand } }) : 0) : 1,
    ids.zone ? (inScope(scope.zoneId, ids.zone) ? ctx.db.zone.count({ where: { id: ids.zone } }) : 0) : 1,
    ids.owner ? ctx.db.staffUser.count({ where: { id: ids.owner } }) : 1,
    ids.sourceAction ? ctx.db.marketingAction.count({ where: { id: ids.sourceAction } }) : 1,
    ids.relationOf ? contacts(ctx).count({ where: { id: ids.relationOf } }) : 1,
  ]);
  p.check(brand === 1, 'brand', fieldMessage('UNKNOWN_OR_FOREIGN_BRAND'));
  p.check(zone === 1, 'zone', fieldMessage('UNKNOWN_OR_FOREIGN_ZONE'));
  p.check(owner === 1, 'owner', fieldMessage('UNKNOWN_STAFF_USER'));
  p.check(action === 1, 'sourceAction', fieldMessage('UNKNOWN_ACTION'));
  p.check(relation === 1, 'relationOf', fieldMessage('UNKNOWN_CONTACT'));
  return ids;
}

/**
 * Checks a contact write against the rules of the model and the caller's rights, collecting every problem, then
 * turns it into Prisma data. `current` is the stored contact for an update.
 */
async function prepare(
  ctx: Context,
  input: ContactWrite,
  current?: { kind: ContactKind; lastName: string | null; companyName: string | null } & StoredAddress,
) {
  const p = new Problems();
  // Data quality (contacts/quality): names, e-mail, phones, address normalised; problems carry a field and a code.
  const quality = normalizeContactFields(input as ContactQualityFields, current);
  for (const q of quality.problems) p.add(q.field, q, q.suggestion);
  input = { ...input, ...quality.values };
  const role = ctx.principal?.role as Role;
  const kind = input.kind ?? current?.kind;
  for (const field of Object.keys(confidentialFields)) {
    const [entity, name] = field.split('.') as [string, string];
    if (
      entity === 'Contact' &&
      input[name] !== undefined &&
      !(confidentialFields[field as ConfidentialField] as readonly Role[]).includes(role)
    ) {
      throw new ApiError('FORBIDDEN', `Your role may not write ${name}.`, { field: name });
    }
  }
  for (const [field, only] of Object.entries(kindFields)) {
    const v = input[field];
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && kind !== only) {
      p.add(field, fieldMessage('ONLY_FOR_CONTACT_KIND', { kind: only }));
    }
  }
  const lastName = input.lastName !== undefined ? (input.lastName as string | null) : current?.lastName;
  const companyName = input.companyName !== undefined ? (input.companyName as string | null) : current?.companyName;
  p.check(!isBlank(lastName) || !isBlank(companyName), 'lastName', fieldMessage('NAME_OR_COMPANY_REQUIRED'));
  if (input.discountRate != null)
    p.check(
      Number(input.discountRate) >= 0 && Number(input.discountRate) <= 100,
      'discountRate',
      fieldMessage('BETWEEN', { min: 0, max: 100 }),
    );
  if (input.estimatedPotential != null)
    p.check(Number(input.estimatedPotential) >= 0, 'estimatedPotential', fieldMessage('NOT_NEGATIVE'));
  for (const f of ['contactsMadeCount', 'meetingsCount'] as const)
    if (input[f] != null) p.check(input[f]! >= 0, f, fieldMessage('NOT_NEGATIVE'));

  const ids = await referenceIds(ctx, input, p);
  p.throwIfAny();

  const { brand: _b, zone: _z, owner: _o, sourceAction: _s, relationOf: _r, interests, email, ...scalars } = input;
  const data: Record<string, unknown> = { ...scalars };
  if (email !== undefined) data.email = email === null ? null : email.trim().toLowerCase();
  if (ids.brand !== undefined) data.brandId = ids.brand;
  if (ids.zone !== undefined) data.zoneId = ids.zone;
  if (ids.owner !== undefined) data.ownerId = ids.owner;
  if (ids.sourceAction !== undefined) data.sourceActionId = ids.sourceAction;
  if (ids.relationOf !== undefined) data.relationOfId = ids.relationOf;
  return { data, interests };
}

/** The names of the fields a write sets (given, even as null to clear them). */
const writtenFields = (input: ContactWrite) => Object.keys(input).filter((k) => input[k] !== undefined);

export async function createContact(ctx: Context, input: ContactWrite) {
  // A confidential field the role may not read cannot be written either (the basis of a new contact's personal
  // fields is recorded by the same mutation).
  const { consents: given, duplicates: decision, ...fields } = input;
  checkDecision(decision, ['input', 'duplicates']);
  await assertWritable(ctx, null, writtenFields(fields));
  const { data, interests } = await prepare(ctx, fields);
  const consents = await resolveGivenConsents(ctx, given ?? []);
  // Duplicates at entry: compared with the contacts the caller may compare only, after every other check, so a
  // refused input never reaches the comparison.
  const override = await checkEntry(ctx, data, decision, { fuzzy: true });
  return ctx.db.$transaction(async (tx) => {
    const contact = await contacts(ctx, tx).create({
      data: {
        ...(data as { kind: ContactKind; brandId: number; zoneId: number }),
        ...(interests?.length ? { interests: { create: interests.map((interest) => ({ interest })) } } : {}),
      },
    });
    // Webhook outbox, committed with the contact (integration/webhooks): ids and kind only, no personal field.
    await emitEvent(tx, 'CONTACT_CREATED', {
      contactId: contact.id,
      brandId: contact.brandId,
      occurredAt: ctx.now,
      data: { kind: contact.kind },
    });
    // The basis given on the form, with its provenance, in the same transaction: no contact without its consents.
    await recordGivenConsents(ctx, tx as unknown as Db, contact.id, consents);
    if (override) await auditOverride(ctx, tx as unknown as Db, 'CREATE', contact.id, override);
    return contact;
  });
}

/** The audit entry of a write that went ahead despite duplicates: candidates and reason, in the write's transaction. */
async function auditOverride(
  ctx: Context,
  tx: Pick<Db, 'auditLog'>,
  operation: 'CREATE' | 'UPDATE',
  id: number,
  o: DuplicateOverride,
) {
  await tx.auditLog.create({
    data: {
      ...actorOf(ctx),
      operation,
      operationName: o.forced ? 'duplicateEmailForced' : 'duplicateConfirmed',
      entity: 'Contact',
      entityId: String(id),
      fields: overrideFields(o),
      outcome: 'ALLOWED',
    },
  });
}

/** Updates a live contact the caller can see, if `version` is current. Interests, when given, replace the set. */
export async function updateContact(ctx: Context, id: number, version: number, patch: ContactWrite) {
  const { duplicates: decision, ...input } = patch;
  checkDecision(decision, ['input', 'duplicates']);
  const current = await contacts(ctx).findFirst({
    where: { id, deletedAt: null, mergedIntoId: null },
    select: {
      kind: true,
      lastName: true,
      companyName: true,
      countryCode: true,
      postalCode: true,
      city: true,
      email: true,
    },
  });
  if (!current) throw new ApiError('NOT_FOUND', 'Contact not found.');
  // A write needs the right to read what it writes, before anything is compared or normalised against the stored
  // values (stewardship proposals compare with them): otherwise writing would probe a withheld value.
  await assertWritable(ctx, id, writtenFields(input));
  const { data, interests } = await prepare(ctx, input, current);
  const override = await emailChangeCheck(ctx, id, data, decision);
  // Data stewardship (contacts/stewardship): a stewarded field changed by another role becomes a proposal.
  const diverted = await divertStewardedFields(ctx, id, data);
  // A hard bounce marked the address invalid until it changes (messaging/inbound): a new address is tried again.
  if (data.email !== undefined && data.email !== current.email) data.emailInvalidAt = null;
  await ctx.db.$transaction(async (tx) => {
    await contacts(ctx, tx).updateVersioned(id, version, data, { deletedAt: null, mergedIntoId: null });
    await diverted.save(tx);
    if (override) await auditOverride(ctx, tx as unknown as Db, 'UPDATE', id, override);
    if (interests) await contactInterests(ctx, tx).replace(id, interests);
    // Webhook outbox: names of the columns written (stewarded ones diverted to proposals are not), never values.
    const written = [...Object.keys(data), ...(interests ? ['interests'] : [])].sort();
    if (written.length)
      await emitContactEvent(tx, 'CONTACT_UPDATED', id, { occurredAt: ctx.now, data: { fields: written } });
  });
}

/**
 * An update that changes the e-mail to one a contact the caller may compare holds: DUPLICATE_EMAIL unless forced
 * (the fuzzy score is not checked on updates: the contact exists already, the duplicates list covers it). Read after
 * `assertWritable`, so only a caller who may read the e-mail compares it.
 */
async function emailChangeCheck(
  ctx: Context,
  id: number,
  data: Record<string, unknown>,
  decision: DuplicateDecision | null | undefined,
) {
  if (typeof data.email !== 'string') return null;
  const stored = await contacts(ctx).findFirst({ where: { id }, select: { email: true } });
  if (stored?.email?.trim().toLowerCase() === data.email) return null;
  return checkEntry(ctx, { email: data.email }, decision, { fuzzy: false, excludeId: id });
}

/** Soft delete (`deleted: true`) or restore (`deleted: false`); the version must be current. */
export async function setContactDeleted(ctx: Context, id: number, version: number, deleted: boolean) {
  // An erased contact is a tombstone: never restored (it would come back without a name).
  if (!deleted && (await contacts(ctx).count({ where: { id, erasedAt: { not: null } } })) > 0) {
    throw validationError([fieldProblem(['id'], fieldMessage('CONTACT_ERASED'))]);
  }
  const where = { mergedIntoId: null, erasedAt: null, deletedAt: deleted ? null : { not: null } };
  await contacts(ctx).updateVersioned(id, version, { deletedAt: deleted ? new Date() : null }, where);
}
