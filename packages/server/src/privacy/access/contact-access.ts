import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { Prisma } from '../../generated/sqlite/client.js';
import { consentWhere, contractWhere } from '../consent/consent.rules.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import {
  type ConfidentialField,
  confidentialFields,
  consentBoundFields,
  mayReadConfidential,
} from '../../kernel/field-rules.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { contactScope } from './row-rules.js';

/**
 * The access layer for contacts: the one place where the row rule, the field rules and the consent predicate are
 * applied to queries on contacts. Services never merge scopes by hand; they ask this layer, which decides from the
 * query itself what it reads:
 *
 * - **Every query** is confined to the principal's rows (`contactScope`): a row outside is a missing row.
 * - **Every comparison is a read.** A `where` or `orderBy` that names a personal field (a search, an import key,
 *   a uniqueness check, a duplicate's e-mail) is confined, on top, to contacts whose consent covers the request's
 *   purpose (`consentWhere`): a withheld contact whose value equals the guess answers exactly like no contact at
 *   all (same rows, counts, codes and messages). A confidential field the principal may not read cannot be
 *   compared at all (`FORBIDDEN`).
 * - **A write needs the right to read** what it writes (`assertWritable`): a personal field under the request's
 *   purpose (`CONSENT_REQUIRED`), a confidential one by role (`FORBIDDEN`); nothing is written otherwise.
 *
 * The system (`systemContext`) sees every row; consent applies to it only when it acts for a purpose.
 */
export type ContactWhere = Prisma.ContactWhereInput;

const personal = new Set<string>(consentBoundFields);
const confidential = new Map(
  Object.keys(confidentialFields)
    .filter((f) => f.startsWith('Contact.'))
    .map((f) => [f.slice('Contact.'.length), f as ConfidentialField]),
);

/** Contact-level keys of a where/orderBy tree: walks AND/OR/NOT, not relations to other models. */
function keysOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) keysOf(n, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  for (const [k, v] of Object.entries(node)) {
    if (v === undefined) continue;
    if (k === 'AND' || k === 'OR' || k === 'NOT') keysOf(v, out);
    else out.add(k);
  }
  return out;
}

/** Which personal and confidential fields a `where` / `orderBy` compares. */
export function comparedFields(...parts: unknown[]): { personal: string[]; confidential: ConfidentialField[] } {
  const keys = new Set<string>();
  for (const p of parts) keysOf(p, keys);
  return {
    personal: [...keys].filter((k) => personal.has(k)),
    confidential: [...keys].flatMap((k) => (confidential.has(k) ? [confidential.get(k)!] : [])),
  };
}

/** The consent predicate that comparing personal values requires for this context ({} when none is needed). */
export function comparisonConsent(ctx: Context): ContactWhere {
  if (ctx.principal?.kind === 'system' && !ctx.purpose) return {};
  return consentWhere(ctx.purpose, ctx.now) as ContactWhere;
}

/** Refuses a comparison on a confidential field the principal may not read (a filter oracle otherwise). */
function assertComparable(ctx: Context, fields: ConfidentialField[]): void {
  if (ctx.principal?.kind === 'system') return;
  const refused = fields.filter((f) => !mayReadConfidential(ctx.principal, f));
  if (refused.length) throw new ApiError('FORBIDDEN', `Your role may not read ${refused.join(', ')}.`);
}

/**
 * The `where` a query on contacts must use: the row rule, the caller's where, and (when the where or the order
 * compares a personal field) the consent predicate. Throws FORBIDDEN when it compares a confidential field the
 * principal may not read.
 */
export function contactWhere(ctx: Context, where: ContactWhere = {}, orderBy?: unknown): ContactWhere {
  const done = confined.get(where);
  // A where this layer already built for this context is not wrapped twice (the same predicates again would only
  // cost the database), unless the order now compares a personal field its consent predicate did not cover, or a
  // confidential one (checked below).
  if (done?.ctx === ctx) {
    const order = comparedFields(orderBy);
    if (!order.confidential.length && (done.consent || !order.personal.length)) return where;
  }
  const compared = comparedFields(where, orderBy);
  assertComparable(ctx, compared.confidential);
  const parts: ContactWhere[] = [contactScope(ctx) as ContactWhere];
  if (Object.keys(where).length) parts.push(where);
  if (compared.personal.length) parts.push(comparisonConsent(ctx));
  const result = parts.length === 1 ? parts[0]! : { AND: parts };
  if (result !== parts[0]) confined.set(result, { ctx, consent: compared.personal.length > 0 });
  return result;
}

/** Wheres built by `contactWhere`, with the context they were built for and whether they hold the consent rule. */
const confined = new WeakMap<object, { ctx: Context; consent: boolean }>();

/** Fields a write may not touch for this context, with the code to answer. */
async function refusedWrite(ctx: Context, contactId: number | null, fields: readonly string[]) {
  const p = ctx.principal;
  if (p?.kind === 'system') return null;
  if (!p) return { code: 'FORBIDDEN' as const, fields: [...fields] };
  const secret = fields.filter((f) => confidential.has(f) && !mayReadConfidential(p, confidential.get(f)!));
  if (secret.length) return { code: 'FORBIDDEN' as const, fields: secret };
  const personalWritten = fields.filter((f) => personal.has(f));
  if (!personalWritten.length || contactId === null) return null;
  return (await ctx.loaders.consent.load(contactId))
    ? null
    : { code: 'CONSENT_REQUIRED' as const, fields: personalWritten };
}

/**
 * A write to a field needs the right to read it, under the request's purpose. Call before writing `fields` of the
 * contact (`contactId`; null for a contact being created, whose basis the same mutation records): throws
 * CONSENT_REQUIRED (personal field, consent does not cover the purpose) or FORBIDDEN (confidential field, role).
 */
export async function assertWritable(ctx: Context, contactId: number | null, fields: readonly string[]): Promise<void> {
  const refused = await refusedWrite(ctx, contactId, fields);
  if (!refused) return;
  const what = refused.fields.join(', ');
  if (refused.code === 'FORBIDDEN')
    throw new ApiError('FORBIDDEN', `You may not write ${what}.`, { fields: refused.fields });
  throw new ApiError(
    'CONSENT_REQUIRED',
    `The contact's consent does not cover the purpose of this request for ${what}.`,
    {
      purpose: ctx.purpose?.code ?? null,
      fields: refused.fields,
    },
  );
}

/** May this context read the personal fields of each contact? (the consent loader; the system without a purpose: yes) */
export async function personalReadable(ctx: Context, contactIds: readonly number[]): Promise<Set<number>> {
  if (ctx.principal?.kind === 'system' && !ctx.purpose) return new Set(contactIds);
  const allowed = await ctx.loaders.consent.loadMany([...contactIds]);
  return new Set(contactIds.filter((_, i) => allowed[i] === true));
}

const withWhere = <A extends { where?: ContactWhere; orderBy?: unknown }>(ctx: Context, args: A): A => ({
  ...args,
  where: contactWhere(ctx, args.where, args.orderBy),
});

/**
 * Contact queries through the layer, for services. Each merges `contactWhere` into the query; `select`/`include`
 * pass through (personal fields selected here are the service's to withhold, as the GraphQL field rules do).
 *
 * `db` is a transaction's client when the query belongs to one.
 *
 * @example contacts(ctx).findMany({ where: { email: { in: emails } }, select: { id: true } })
 */
export function contacts(ctx: Context, db: Pick<Context['db'], 'contact'> = ctx.db) {
  return {
    /** The where for this context (see `contactWhere`). */
    where: (where?: ContactWhere, orderBy?: unknown) => contactWhere(ctx, where, orderBy),
    findMany: <A extends Prisma.ContactFindManyArgs>(args: Prisma.SelectSubset<A, Prisma.ContactFindManyArgs>) =>
      db.contact.findMany(
        withWhere(ctx, args as Prisma.ContactFindManyArgs) as Prisma.SelectSubset<A, Prisma.ContactFindManyArgs>,
      ),
    findFirst: <A extends Prisma.ContactFindFirstArgs>(args: Prisma.SelectSubset<A, Prisma.ContactFindFirstArgs>) =>
      db.contact.findFirst(
        withWhere(ctx, args as Prisma.ContactFindFirstArgs) as Prisma.SelectSubset<A, Prisma.ContactFindFirstArgs>,
      ),
    count: (args: { where?: ContactWhere } = {}) => db.contact.count({ where: contactWhere(ctx, args.where) }),
    /** Ids of the contacts matching `where` that this context may see (and, if compared, read). */
    ids: async (where: ContactWhere): Promise<number[]> =>
      (await db.contact.findMany({ where: contactWhere(ctx, where), select: { id: true } })).map((c) => c.id),
    /**
     * Creates a contact after `assertWritable` on the fields of `data` (a confidential field the role may not read
     * is FORBIDDEN). Its basis (consents given on the form or in the file) is recorded by the same transaction.
     */
    create: async <A extends Prisma.ContactCreateArgs>(args: Prisma.SelectSubset<A, Prisma.ContactCreateArgs>) => {
      await assertWritable(ctx, null, Object.keys((args as Prisma.ContactCreateArgs).data ?? {}));
      return db.contact.create(args);
    },
    /**
     * Optimistic-concurrency update of one visible contact (`lib/versioned-update.ts`), after `assertWritable` on
     * the fields of `data`: NOT_FOUND for a row outside the scope (as for a missing one), CONFLICT for a stale
     * version. `where` adds conditions (not deleted, not erased, ...).
     */
    async updateVersioned(
      id: number,
      version: number,
      data: Prisma.ContactUpdateManyMutationInput,
      where: ContactWhere = {},
    ): Promise<void> {
      await assertWritable(
        ctx,
        id,
        Object.keys(data).filter((k) => k !== 'version'),
      );
      const scoped = {
        updateMany: (a: { where: ContactWhere; data: Prisma.ContactUpdateManyMutationInput }) =>
          db.contact.updateMany({ data: a.data, where: contactWhere(ctx, a.where) }),
        count: (a: { where: ContactWhere }) => db.contact.count({ where: contactWhere(ctx, a.where) }),
      };
      await updateVersioned(scoped, 'Contact', { ...where, id }, version, data);
    },
    /**
     * Counts contacts per value of `by` (a distribution). Grouping by a column is comparing its values: a personal
     * column confines the groups to contacts whose consent covers the purpose, a confidential one needs the right
     * to read it (FORBIDDEN otherwise), exactly as a filter on it would.
     */
    groupCount: async <K extends Prisma.ContactScalarFieldEnum>(by: readonly K[], where?: ContactWhere) => {
      const compared = Object.fromEntries(by.map((k) => [k, true]));
      const rows = await (db.contact.groupBy as (a: unknown) => Promise<unknown[]>)({
        by: [...by],
        where: contactWhere(ctx, where, compared),
        _count: { _all: true },
      });
      return rows as (Pick<Prisma.ContactGroupByOutputType, K> & { _count: { _all: number } })[];
    },
    /**
     * Updates one visible contact, after `assertWritable` on the fields of `data`; answers NOT_FOUND for a row
     * outside the scope (the same as a missing one). `where` adds conditions (a version check).
     */
    async update<A extends Omit<Prisma.ContactUpdateManyArgs, 'where'>>(
      id: number,
      args: A & { where?: ContactWhere },
    ): Promise<number> {
      await assertWritable(ctx, id, Object.keys(args.data ?? {}));
      const { count } = await db.contact.updateMany({
        ...args,
        where: contactWhere(ctx, { AND: [{ id }, args.where ?? {}] }),
      });
      return count;
    },
  };
}

/**
 * The filter on a relation to Contact from another model (sales, targets, tasks, cases, documents, ...): the same
 * where as a query on contacts (`contactWhere`), so a row whose contact is hidden is hidden too and the rule is
 * written once. Works for required and optional relations alike.
 *
 * @example ctx.db.sale.findMany({ where: { contact: contactRelation(ctx) } })
 */
export function contactRelation(ctx: Context, where?: ContactWhere): ContactWhere {
  return contactWhere(ctx, where);
}

/**
 * The consent predicate for work done for `purpose` at `at`, whatever the request declared: targeting for an
 * action's required purpose on the targeting day, profiling values read under `profiling`. With no purpose,
 * nobody consents (the rule of a request without purpose).
 */
export function purposeConsent(purpose: RequestPurpose | null, at: Date): ContactWhere {
  return consentWhere(purpose, at) as ContactWhere;
}

/**
 * Locks contact rows in id order for the rest of a PostgreSQL transaction (SELECT ... FOR UPDATE), so concurrent
 * writers touching the same contacts serialise. Takes ids the caller already obtained through the layer; reads no
 * column but the id. A no-op on SQLite, whose first write takes the database lock.
 */
export async function lockContacts(
  tx: Pick<Context['db'], '$queryRawUnsafe'>,
  provider: Context['provider'],
  ids: readonly number[],
): Promise<void> {
  if (provider !== 'postgresql' || !ids.length) return;
  // One array parameter, whatever the number of ids (no bind limit).
  await tx.$queryRawUnsafe('SELECT id FROM "Contact" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE', [...ids]);
}

/**
 * Survey answers through the layer: a contact's answers (their free text is personal) are reached only through
 * contacts this context may see (`contactRelation`), for figures and for writes alike.
 */
export function surveyAnswers(ctx: Context, db: Pick<Context['db'], 'surveyAnswer' | 'surveyInvitation'> = ctx.db) {
  const scoped = (where: Prisma.SurveyAnswerWhereInput = {}): Prisma.SurveyAnswerWhereInput => ({
    AND: [where, { invitation: { contact: contactRelation(ctx) } }],
  });
  return {
    /** Answers grouped by `by`, with their counts (and the mean rating when asked). */
    groupBy: async <K extends Prisma.SurveyAnswerScalarFieldEnum>(args: {
      by: readonly K[];
      where?: Prisma.SurveyAnswerWhereInput;
      avgRating?: boolean;
    }) => {
      const rows = await (db.surveyAnswer.groupBy as (a: unknown) => Promise<unknown[]>)({
        by: [...args.by],
        where: scoped(args.where),
        _count: { _all: true },
        ...(args.avgRating ? { _avg: { rating: true } } : {}),
      });
      return rows as (Pick<Prisma.SurveyAnswerGroupByOutputType, K> & {
        _count: { _all: number };
        _avg?: { rating: number | null };
      })[];
    },
    /**
     * Stores the answers of one invitation of a contact this context may see (the system answering for the contact
     * who followed their personal link, or staff recording answers given by phone); NOT_FOUND otherwise.
     */
    async create(
      invitationId: number,
      rows: readonly Omit<Prisma.SurveyAnswerCreateManyInput, 'invitationId'>[],
    ): Promise<void> {
      const visible = await db.surveyInvitation.count({ where: { id: invitationId, contact: contactRelation(ctx) } });
      if (!visible) throw new ApiError('NOT_FOUND', 'Survey invitation not found.');
      await db.surveyAnswer.createMany({ data: rows.map((r) => ({ ...r, invitationId })) });
    },
  };
}

/**
 * Creates contacts (an import's batch) in one statement, after `assertWritable` on the fields of each, as
 * `contacts(ctx).create` does for one; returns their id, brand and kind in id order (the order of `data`).
 */
export async function createContacts(
  ctx: Context,
  db: Pick<Context['db'], 'contact'>,
  data: Prisma.ContactCreateManyInput[],
) {
  for (const fields of new Set(data.map((d) => Object.keys(d).sort().join(','))))
    await assertWritable(ctx, null, fields.split(','));
  const created = await db.contact.createManyAndReturn({ data, select: { id: true, brandId: true, kind: true } });
  return created.sort((a, b) => a.id - b.id);
}

/**
 * The brand of a contact, for bookkeeping that follows a write the caller was already allowed to make (the webhook
 * outbox routes an event by brand). Reads no personal column and answers nothing a caller sees.
 */
export async function brandOfContact(tx: Pick<Context['db'], 'contact'>, contactId: number): Promise<number | null> {
  return (await tx.contact.findUnique({ where: { id: contactId }, select: { brandId: true } }))?.brandId ?? null;
}

/**
 * References between contacts moved after a merge (`relationOfId`, `mergedIntoId` pointing at the merged contact
 * now point at the survivor): the integrity of the data, whoever may see the referring rows. Writes no personal
 * column and answers only a count.
 */
export async function relinkContacts(
  tx: Pick<Context['db'], 'contact'>,
  column: 'relationOfId' | 'mergedIntoId',
  fromId: number,
  toId: number,
): Promise<number> {
  const where = column === 'mergedIntoId' ? { mergedIntoId: fromId, id: { not: fromId } } : { relationOfId: fromId };
  return (await tx.contact.updateMany({ where, data: { [column]: toId } })).count;
}

/** A contact's declared interests (personal preferences), written only for a contact this context may see. */
export function contactInterests(ctx: Context, db: Pick<Context['db'], 'contact' | 'contactInterest'> = ctx.db) {
  const visible = async (contactId: number) => {
    if (!(await db.contact.count({ where: contactWhere(ctx, { id: contactId }) })))
      throw new ApiError('NOT_FOUND', 'Contact not found.');
  };
  return {
    /** Replaces the interests of a contact by `interests`. */
    async replace(
      contactId: number,
      interests: readonly Prisma.ContactInterestCreateManyInput['interest'][],
    ): Promise<void> {
      await visible(contactId);
      await db.contactInterest.deleteMany({ where: { contactId } });
      if (interests.length)
        await db.contactInterest.createMany({ data: interests.map((interest) => ({ contactId, interest })) });
    },
    /** Adds interests to a contact (a merge's union). */
    async add(
      contactId: number,
      interests: readonly Prisma.ContactInterestCreateManyInput['interest'][],
    ): Promise<void> {
      await visible(contactId);
      if (interests.length)
        await db.contactInterest.createMany({ data: interests.map((interest) => ({ contactId, interest })) });
    },
    /** Removes every interest of a contact (a merged contact's, once moved). */
    async clear(contactId: number): Promise<void> {
      await visible(contactId);
      await db.contactInterest.deleteMany({ where: { contactId } });
    },
  };
}

/**
 * The contacts among `ids` with a contract on record (`contractWhere`): the fact a CONTRACT purpose rests on. Read
 * for the consent rule itself, before any caller's scope applies; reads no personal column.
 */
export async function contactsWithContract(
  db: Pick<Context['db'], 'contact'>,
  ids: readonly number[],
): Promise<Set<number>> {
  const rows = await db.contact.findMany({
    where: { AND: [{ id: { in: [...ids] } }, contractWhere() as ContactWhere] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
