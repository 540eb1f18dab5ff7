import type { Context } from '../../context.js';
import { ApiError } from '../../errors.js';
import { brandScope } from '../access/row-rules.js';

/**
 * The contacts of a segment, as a Prisma `where` on Contact. Until the segments module publishes its own
 * membership function, a segment's members are its SegmentMember rows (static segments and frozen dynamic ones).
 * The segment itself must be visible to the caller (its brand, or no brand).
 */
export async function segmentContactWhere(ctx: Context, segmentId: number) {
  const scope = brandScope(ctx);
  const segment = await ctx.db.segment.findFirst({
    where: { id: segmentId, ...(scope.brandId ? { OR: [{ brandId: null }, { brandId: scope.brandId }] } : {}) },
    select: { id: true },
  });
  if (!segment) throw new ApiError('NOT_FOUND', 'Segment not found.');
  return { segmentMemberships: { some: { segmentId } } };
}
