/**
 * The RFM migration matrix: how many buyers moved from each segment of an earlier score snapshot to each segment of
 * a later one of the same scope (a brand, or all brands), with "new" (not scored in the earlier snapshot) and "gone"
 * (not scored in the later one). Counted by the database in one GROUP BY over the two snapshots' rows; JavaScript
 * only lays out the 143 cells and applies the small-group rule in two dimensions.
 */
import type { Context } from '../kernel/context.js';
import { ApiError, validationError, fieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { Prisma } from '../generated/sqlite/client.js';
import { RfmSegment } from '../generated/sqlite/enums.js';
import { isSmallGroup, minGroupSize } from '../privacy/access/small-groups.js';
import { snapshotScope } from './analytics.access.js';
import { num } from './analytics.service.js';

/** One cell: buyers in segment `from` of the earlier snapshot (null: new) and `to` of the later one (null: gone). */
export interface MigrationCell {
  from: RfmSegment | null;
  to: RfmSegment | null;
  /** Null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export interface RfmMigration {
  fromSnapshotId: number;
  toSnapshotId: number;
  cells: MigrationCell[];
  minGroupSize: number;
}

const segments = Object.values(RfmSegment);

/**
 * The two snapshots, checked: both visible to the caller and completed (NOT_FOUND otherwise, the same answer as a
 * snapshot that does not exist), of the same scope, the first strictly earlier (VALIDATION otherwise).
 */
async function loadPair(ctx: Context, fromId: number, toId: number) {
  const found = await ctx.db.scoreSnapshot.findMany({
    where: { AND: [snapshotScope(ctx), { id: { in: [fromId, toId] }, status: 'COMPLETED' }] },
    select: { id: true, asOf: true, brandId: true },
  });
  const from = found.find((s) => s.id === fromId);
  const to = found.find((s) => s.id === toId);
  if (!from || !to) throw new ApiError('NOT_FOUND', 'Score snapshot not found.');
  if (from.brandId !== to.brandId) throw validationError([fieldProblem(['to'], fieldMessage('SNAPSHOTS_SAME_BRAND'))]);
  if (from.asOf.getTime() >= to.asOf.getTime())
    throw validationError([fieldProblem(['to'], fieldMessage('SNAPSHOTS_ORDER'))]);
  return { from, to };
}

/**
 * Buyers per (segment before, segment after): every buyer of either snapshot once (the union of their contact ids),
 * joined to its row in each; a missing row is null (new / gone). One GROUP BY.
 */
export function migrationSql(fromId: number, toId: number): Prisma.Sql {
  return Prisma.sql`
WITH buyers AS (
  SELECT "contactId" FROM "ContactScore" WHERE "snapshotId" IN (${fromId}, ${toId}) GROUP BY "contactId"
)
SELECT CAST(a."segment" AS TEXT) AS "from", CAST(b."segment" AS TEXT) AS "to", COUNT(*) AS n
FROM buyers
LEFT JOIN "ContactScore" a ON a."snapshotId" = ${fromId} AND a."contactId" = buyers."contactId"
LEFT JOIN "ContactScore" b ON b."snapshotId" = ${toId} AND b."contactId" = buyers."contactId"
GROUP BY a."segment", b."segment"`;
}

/**
 * Small cells in two dimensions. A cell of 1 to min − 1 buyers is hidden. The matrix's margins are public (each
 * row total is a segment count of the earlier snapshot, each column total one of the later), so a row or column
 * with exactly one hidden cell would give it away by difference: the smallest other non-empty cell of that row or
 * column is hidden with it, and the pass repeats until no row or column has a lone hidden cell (it ends: each step
 * hides one more of finitely many cells). A row or column whose only non-empty cell is small cannot be protected by
 * a partner; its total already says as much (known limit, ANALYTICS.md).
 */
export function suppressMatrix(cells: { from: string | null; to: string | null; count: number }[], min: number) {
  const hidden = new Set(cells.flatMap((c, i) => (isSmallGroup(c.count, min) ? [i] : [])));
  const lines = [
    ...new Map(cells.map((c) => [`from:${c.from}`, cells.flatMap((d, i) => (d.from === c.from ? [i] : []))])).values(),
    ...new Map(cells.map((c) => [`to:${c.to}`, cells.flatMap((d, i) => (d.to === c.to ? [i] : []))])).values(),
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter((i) => hidden.has(i)).length !== 1) continue;
      const partner = line
        .filter((i) => !hidden.has(i) && cells[i]!.count > 0)
        .sort((x, y) => cells[x]!.count - cells[y]!.count)[0];
      if (partner === undefined) continue;
      hidden.add(partner);
      changed = true;
    }
  }
  return hidden;
}

/**
 * The migration matrix between two completed snapshots the caller may see. Every buyer of the two snapshots counts,
 * with or without profiling consent: like the segment counts of a snapshot, a cell is a statistic about a group,
 * published only when the group is large enough (`suppressMatrix`).
 */
export async function rfmMigration(ctx: Context, fromId: number, toId: number): Promise<RfmMigration> {
  await loadPair(ctx, fromId, toId);
  const rows = await ctx.db.$queryRaw<{ from: string | null; to: string | null; n: unknown }[]>(
    migrationSql(fromId, toId),
  );
  const counted = new Map(rows.map((r) => [`${r.from}>${r.to}`, num(r.n)]));
  const cells = [...segments, null].flatMap((from) =>
    [...segments, null]
      .filter((to) => from !== null || to !== null)
      .map((to) => ({ from, to, count: counted.get(`${from}>${to}`) ?? 0 })),
  );
  const min = minGroupSize();
  const hidden = suppressMatrix(cells, min);
  return {
    fromSnapshotId: fromId,
    toSnapshotId: toId,
    minGroupSize: min,
    cells: cells.map((c, i) => ({ ...c, count: hidden.has(i) ? null : c.count, suppressed: hidden.has(i) })),
  };
}
