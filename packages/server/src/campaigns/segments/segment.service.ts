import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { SegmentKind } from '../../generated/sqlite/enums.js';
import { idFor, type DecodedGlobalId } from '../../kernel/graphql/global-id.js';
import { listSize } from '../../kernel/graphql/page-size.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { contactWhere, contacts } from '../../privacy/access/contact-access.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { criteriaWhere, type SegmentCriteria } from './segment.criteria.js';
import { parseStoredCriteria, storeCriteria } from './segment.stored.js';
import { provideSegmentMembers } from '../../contacts/contact.filter.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/**
 * Row rule of segments: a segment of a brand is visible to that brand's users, a segment without brand to every
 * staff user allowed to use segments. Its members are always seen through the reader's own contact row rule.
 */
export function segmentScope(ctx: Context) {
  if (!ctx.principal || ctx.principal.kind === 'partner') return { id: -1 };
  const scope = brandScope(ctx);
  return scope.brandId ? { OR: [{ brandId: null }, { brandId: scope.brandId }] } : {};
}

/** A segment visible to the caller, with what evaluating it needs; NOT_FOUND otherwise. */
export async function findSegment(ctx: Context, id: number) {
  const s = await ctx.db.segment.findFirst({
    where: { id, ...segmentScope(ctx) },
    select: { id: true, kind: true, criteria: true, frozenAt: true, version: true },
  });
  if (!s) throw new ApiError('NOT_FOUND', 'Segment not found.');
  return s;
}

/**
 * The Prisma `where` on Contact of a segment's members as the caller sees them: a DYNAMIC segment re-evaluates
 * its criteria now (for the caller: row rule, consent of personal and profiling criteria); a STATIC one lists its
 * frozen members, still inside the caller's row rule, live and unmerged.
 */
export async function segmentWhere(ctx: Context, segment: { id: number; kind: SegmentKind; criteria: unknown }) {
  if (segment.kind === 'STATIC') {
    return contactWhere(ctx, {
      mergedIntoId: null,
      deletedAt: null,
      segmentMemberships: { some: { segmentId: segment.id } },
    });
  }
  return criteriaWhere(ctx, parseStoredCriteria(segment.criteria));
}

/** The most contacts a preview lists: a sample to check criteria by eye, not an export. */
export const maxPreviewContacts = 100;

/** Contacts matching criteria, without saving anything: the count and, if asked, the first ids by id. */
export async function previewSegment(ctx: Context, criteria: SegmentCriteria, first = 0) {
  // Refused, not clamped, before any statement: a caller never mistakes a cut sample for the one asked.
  listSize(first, 0, maxPreviewContacts, ['first']);
  const where = await criteriaWhere(ctx, criteria);
  const [count, page] = await Promise.all([
    contacts(ctx).count({ where }),
    first > 0 ? contacts(ctx).findMany({ where, select: { id: true }, orderBy: { id: 'asc' }, take: first }) : [],
  ]);
  return { count, contactIds: page.map((c) => c.id) };
}

export interface SegmentWrite {
  name?: string | null;
  description?: string | null;
  kind?: SegmentKind | null;
  brand?: DecodedGlobalId | null;
  criteria?: SegmentCriteria | null;
}

async function prepare(ctx: Context, input: SegmentWrite, creating: boolean) {
  const p = new Problems();
  if (creating || input.name !== undefined)
    p.check(
      !isBlank(input.name) && input.name!.trim().length <= 200,
      'name',
      fieldMessage('NAME_LENGTH', { min: 1, max: 200 }),
    );
  p.check(
    input.description == null || input.description.length <= 2000,
    'description',
    fieldMessage('TOO_LONG', { max: 2000 }),
  );
  if (creating) p.check(input.criteria != null, 'criteria', fieldMessage('REQUIRED'));
  p.check(!(input.kind === null && !creating), 'kind', fieldMessage('REQUIRED'));
  const brandId = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : input.brand;
  if (brandId) {
    const p2 = ctx.principal;
    const mine = p2?.kind === 'staff' && (p2.role === 'ADMIN' || p2.brandIds.includes(brandId));
    p.check(
      mine && (await ctx.db.brand.count({ where: { id: brandId } })) === 1,
      'brand',
      fieldMessage('NOT_YOUR_BRAND'),
    );
  }
  p.throwIfAny();
  const data: Record<string, unknown> = {};
  if (input.criteria) {
    // Building the where validates the criteria (ids, purposes, ranges, rights) before anything is stored.
    await criteriaWhere(ctx, input.criteria, ['input', 'criteria']);
    data.criteria = storeCriteria(input.criteria);
  }
  if (input.name != null) data.name = input.name.trim();
  if (input.description !== undefined) data.description = input.description?.trim() || null;
  if (input.kind != null) data.kind = input.kind;
  if (brandId !== undefined) data.brandId = brandId;
  return data;
}

export async function createSegment(ctx: Context, input: SegmentWrite & { name: string; criteria: SegmentCriteria }) {
  const data = await prepare(ctx, input, true);
  const ownerId = ctx.principal?.kind === 'staff' && ctx.principal.userId > 0 ? ctx.principal.userId : null;
  const created = await ctx.db.segment.create({
    data: { ...(data as { name: string; criteria: object }), ownerId },
    select: { id: true, kind: true },
  });
  if (created.kind === 'STATIC') await freezeSegment(ctx, created.id);
  return created;
}

/**
 * Changes a segment. Changing the criteria of a STATIC segment, or turning a segment STATIC, freezes the members
 * again; turning it DYNAMIC forgets the frozen list.
 */
export async function updateSegment(ctx: Context, id: number, version: number, input: SegmentWrite) {
  const where = { id, ...segmentScope(ctx) };
  const current = await findSegment(ctx, id);
  const data = await prepare(ctx, input, false);
  const kind = (data.kind as SegmentKind | undefined) ?? current.kind;
  if (kind === 'DYNAMIC' && current.kind === 'STATIC') Object.assign(data, { frozenAt: null, memberCount: null });
  await updateVersioned(ctx.db.segment, 'Segment', where, version, data);
  if (kind === 'STATIC' && (current.kind !== 'STATIC' || data.criteria)) await freezeSegment(ctx, id);
  if (kind === 'DYNAMIC' && current.kind === 'STATIC')
    await ctx.db.segmentMember.deleteMany({ where: { segmentId: id } });
}

export async function deleteSegment(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.segment, 'Segment', { id, ...segmentScope(ctx) }, version);
}

/**
 * Freezes a segment: evaluates its criteria now, for the caller, and stores the matching contacts as its members
 * (replacing any previous list), in one transaction. The segment becomes STATIC.
 */
export async function freezeSegment(ctx: Context, id: number) {
  const segment = await findSegment(ctx, id);
  const where = await criteriaWhere(ctx, parseStoredCriteria(segment.criteria));
  const members = await contacts(ctx).findMany({ where, select: { id: true }, orderBy: { id: 'asc' } });
  await ctx.db.$transaction(async (tx) => {
    await tx.segmentMember.deleteMany({ where: { segmentId: id } });
    if (members.length)
      await tx.segmentMember.createMany({
        data: members.map((m) => ({ segmentId: id, contactId: m.id, addedAt: ctx.now })),
      });
    await tx.segment.update({
      where: { id },
      data: {
        kind: 'STATIC',
        frozenAt: ctx.now,
        memberCount: members.length,
        version: { increment: segment.kind === 'STATIC' ? 0 : 1 },
      },
    });
  });
  return { id, memberCount: members.length };
}

// `filter.segment` of the contact filter reads a saved segment's members through this module.
provideSegmentMembers(async (ctx, id) => segmentWhere(ctx, await findSegment(ctx, id)));
