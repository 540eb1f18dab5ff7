import type { Context } from '../../kernel/context.js';
import { findSegment, segmentWhere } from '../../campaigns/segments/segment.service.js';

/**
 * The contacts of a segment as the caller sees them, as a Prisma `where` on Contact: the segments module's own
 * rule (a DYNAMIC segment's criteria evaluated now for the caller, a STATIC one's frozen members, always inside the
 * caller's row rule). NOT_FOUND for a segment the caller may not see.
 */
export async function segmentContactWhere(ctx: Context, segmentId: number) {
  return segmentWhere(ctx, await findSegment(ctx, segmentId));
}
