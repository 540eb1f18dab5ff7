import type { Prisma } from '../../generated/sqlite/client.js';
import type { Context } from '../../kernel/context.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { contactRelation } from './contact-access.js';

type Where = Prisma.SubjectRequestWhereInput;

/**
 * The subject requests a context may see: those about a contact it may see (the contacts' row rule, written once in
 * `contactRelation`), so a request about a hidden contact answers like a missing one. A request whose contact row
 * is gone (a hard delete sets `contactId` null) is seen by the system and admins only.
 */
export function subjectRequestScope(ctx: Context): Where {
  const p = ctx.principal;
  const unlinked = p?.kind === 'system' || (p?.kind === 'staff' && p.role === 'ADMIN');
  // `is` spelled out: an empty relation filter (an admin's) inside an OR matches nothing in Prisma 7.
  const about: Where = { contactId: { not: null }, contact: { is: contactRelation(ctx) } };
  return unlinked ? { OR: [{ contactId: null }, about] } : about;
}

const scoped = (ctx: Context, where: Where = {}): Where =>
  Object.keys(where).length ? { AND: [subjectRequestScope(ctx), where] } : subjectRequestScope(ctx);

/**
 * Subject requests through the layer (their notes and artefact are personal: `/// @personal` in the data model).
 * Every read and write merges `subjectRequestScope`; `select`/`include` pass through.
 *
 * @example subjectRequests(ctx).findFirst({ where: { id }, select: { status: true } })
 */
export function subjectRequests(ctx: Context, db: Pick<Context['db'], 'subjectRequest'> = ctx.db) {
  return {
    where: (where?: Where) => scoped(ctx, where),
    findMany: <A extends Prisma.SubjectRequestFindManyArgs>(
      args: Prisma.SelectSubset<A, Prisma.SubjectRequestFindManyArgs>,
    ) =>
      db.subjectRequest.findMany({
        ...(args as Prisma.SubjectRequestFindManyArgs),
        where: scoped(ctx, args.where),
      } as Prisma.SelectSubset<A, Prisma.SubjectRequestFindManyArgs>),
    findFirst: <A extends Prisma.SubjectRequestFindFirstArgs>(
      args: Prisma.SelectSubset<A, Prisma.SubjectRequestFindFirstArgs>,
    ) =>
      db.subjectRequest.findFirst({
        ...(args as Prisma.SubjectRequestFindFirstArgs),
        where: scoped(ctx, args.where),
      } as Prisma.SelectSubset<A, Prisma.SubjectRequestFindFirstArgs>),
    count: (args: { where?: Where } = {}) => db.subjectRequest.count({ where: scoped(ctx, args.where) }),
    /** Creates a request; the caller has already checked, through `contacts(ctx)`, that its contact is visible. */
    create: <A extends Prisma.SubjectRequestCreateArgs>(
      args: Prisma.SelectSubset<A, Prisma.SubjectRequestCreateArgs>,
    ) => db.subjectRequest.create(args),
    /** Optimistic-concurrency update of one visible request: NOT_FOUND outside the scope, CONFLICT when stale. */
    updateVersioned: (
      id: number,
      version: number,
      data: Prisma.SubjectRequestUncheckedUpdateManyInput,
      where: Where = {},
    ) =>
      updateVersioned(
        {
          updateMany: (a: { where: Where; data: Prisma.SubjectRequestUncheckedUpdateManyInput }) =>
            db.subjectRequest.updateMany({ where: scoped(ctx, a.where), data: a.data }),
          count: (a: { where: Where }) => db.subjectRequest.count({ where: scoped(ctx, a.where) }),
        },
        'SubjectRequest',
        { ...where, id },
        version,
        data,
      ),
  };
}
