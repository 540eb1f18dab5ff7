/**
 * Trigger detection: which contacts match a trigger now, each with the deterministic key of the occurrence that
 * made it match (TRIGGERS.md). Each kind is one or two SQL statements whatever the number of contacts; only the
 * matches come back to JavaScript.
 */
import type { Context } from '../../kernel/context.js';
import type { TriggerKind } from '../../generated/sqlite/enums.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { contactRelation, contacts } from '../../privacy/access/contact-access.js';
import { dialect } from '../../analytics/analytics.sql.js';
import { DEFAULT_SINCE_DAYS, type TriggerParams } from './trigger.params.js';

type Sql = Prisma.Sql;

export interface TriggerMatch {
  contactId: number;
  /** `sale:<id>`, `lapse:<last sale id>`, `snapshot:<id>` or `anniversary:<year>`. */
  occurrenceKey: string;
}

export interface DetectInput {
  kind: TriggerKind;
  params: TriggerParams;
  /** The trigger's brand: only sales (and snapshots) of this brand count; null for every brand. */
  brandId: number | null;
}

const DAY = 86_400_000;
/** Contacts a trigger may match: live and unmerged. */
const live = { deletedAt: null, mergedIntoId: null };

/**
 * Every contact matching the trigger as of `ctx.now`, among the contacts `ctx` may see (the system: all). The SQL
 * reads sales and scores only; which of their contacts are live comes from the access layer.
 */
export async function detectMatches(ctx: Context, t: DetectInput): Promise<TriggerMatch[]> {
  const found = await detectOccurrences(ctx, t);
  if (!found.length) return found;
  const visible = new Set<number>();
  const ids = [...new Set(found.map((m) => m.contactId))];
  // In chunks: far under the bind limits of either database.
  for (let i = 0; i < ids.length; i += 5_000) {
    for (const id of await contacts(ctx).ids({ AND: [{ id: { in: ids.slice(i, i + 5_000) } }, live] })) visible.add(id);
  }
  return found.filter((m) => visible.has(m.contactId));
}

type Row = { contactId: unknown; key: unknown };

/** What every kind's detection reads: the trigger, the SQL dialect, the horizon and the brand condition. */
interface Detection {
  ctx: Context;
  t: DetectInput;
  d: ReturnType<typeof dialect>;
  /** The start of the horizon (`sinceDays` before now). */
  since: Date;
  /** `AND <alias>."brandId" = <the trigger's brand>`, or nothing for every brand. */
  brand: (alias: string) => Sql;
  rows: (sql: Sql) => Promise<Row[]>;
}

const toMatches = (list: Row[], prefix: string): TriggerMatch[] =>
  list.map((r) => ({ contactId: Number(r.contactId), occurrenceKey: `${prefix}:${String(r.key)}` }));

async function detectOccurrences(ctx: Context, t: DetectInput): Promise<TriggerMatch[]> {
  const { db, provider, now } = ctx;
  const d = dialect(provider);
  const since = new Date(now.getTime() - (t.params.sinceDays ?? DEFAULT_SINCE_DAYS) * DAY);
  const brand = (alias: string): Sql =>
    t.brandId === null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(alias)}."brandId" = ${t.brandId}`;
  const rows = (sql: Sql) => db.$queryRaw<Row[]>(sql);
  const q: Detection = { ctx, t, d, since, brand, rows };

  switch (t.kind) {
    case 'FIRST_PURCHASE':
      // The contact's first sale (of the brand), dated within the horizon; ties on the date go to the lowest id.
      return toMatches(
        await rows(Prisma.sql`
SELECT s."contactId", s."id" AS "key" FROM "Sale" s
WHERE s."saleDate" >= ${d.instant(since)} AND s."saleDate" <= ${d.instant(now)} ${brand('s')}
  AND NOT EXISTS (SELECT 1 FROM "Sale" p WHERE p."contactId" = s."contactId" ${brand('p')}
    AND (p."saleDate" < s."saleDate" OR (p."saleDate" = s."saleDate" AND p."id" < s."id")))`),
        'sale',
      );

    case 'CATEGORY_PURCHASE': {
      const sales = await db.sale.findMany({
        where: {
          saleDate: { gte: since, lte: now },
          ...(t.brandId === null ? {} : { brandId: t.brandId }),
          contact: contactRelation(ctx, live),
          lines: { some: { product: { category: { code: t.params.categoryCode! } } } },
        },
        select: { id: true, contactId: true },
        orderBy: { id: 'asc' },
      });
      return sales.map((s) => ({ contactId: s.contactId, occurrenceKey: `sale:${s.id}` }));
    }

    case 'NO_PURCHASE_FOR_DAYS': {
      // The last sale up to now is `days` old or more, and the lapse began within the horizon: one occurrence per
      // last sale, so a contact who buys again and lapses again matches again.
      const cutoff = new Date(now.getTime() - t.params.days! * DAY);
      const earliest = new Date(since.getTime() - t.params.days! * DAY);
      return toMatches(
        await rows(Prisma.sql`
SELECT s."contactId", s."id" AS "key" FROM "Sale" s
WHERE s."saleDate" <= ${d.instant(cutoff)} AND s."saleDate" > ${d.instant(earliest)} ${brand('s')}
  AND NOT EXISTS (SELECT 1 FROM "Sale" p WHERE p."contactId" = s."contactId" ${brand('p')} AND p."saleDate" <= ${d.instant(now)}
    AND (p."saleDate" > s."saleDate" OR (p."saleDate" = s."saleDate" AND p."id" > s."id")))`),
        'lapse',
      );
    }

    case 'SCORE_CHANGE':
      return scoreChanges(q);

    case 'FIRST_PURCHASE_ANNIVERSARY':
      return anniversaries(q);
  }
}

/** SCORE_CHANGE: contacts whose RFM segment differs between the two latest completed snapshots. */
async function scoreChanges({ ctx, t, d, rows }: Detection): Promise<TriggerMatch[]> {
  const { db, now } = ctx;
  // The two latest completed snapshots of the trigger's brand (or of all brands); contacts scored in both
  // whose segment differs. A contact new in the latest had no segment before: not a change.
  const snaps = await db.scoreSnapshot.findMany({
    where: { brandId: t.brandId, status: 'COMPLETED', asOf: { lte: now } },
    orderBy: [{ asOf: 'desc' }, { id: 'desc' }],
    take: 2,
    select: { id: true },
  });
  if (snaps.length < 2) return [];
  const [latest, previous] = [snaps[0]!.id, snaps[1]!.id];
  const from = t.params.from
    ? Prisma.sql`AND o."segment" = ${d.asEnum(Prisma.sql`${t.params.from}`, 'RfmSegment')}`
    : Prisma.empty;
  const to = t.params.to
    ? Prisma.sql`AND n."segment" = ${d.asEnum(Prisma.sql`${t.params.to}`, 'RfmSegment')}`
    : Prisma.empty;
  return toMatches(
    await rows(Prisma.sql`
SELECT n."contactId", n."snapshotId" AS "key" FROM "ContactScore" n
JOIN "ContactScore" o ON o."contactId" = n."contactId" AND o."snapshotId" = ${previous}
WHERE n."snapshotId" = ${latest} AND n."segment" <> o."segment" ${from} ${to}`),
    'snapshot',
  );
}

/** FIRST_PURCHASE_ANNIVERSARY: contacts whose first sale's day comes back within the horizon. */
async function anniversaries({ ctx, since, brand, rows }: Detection): Promise<TriggerMatch[]> {
  const { provider, now } = ctx;
  // The day of the first sale (of the brand) comes back, a whole number of years later, within the horizon.
  // The horizon spans one or a few calendar years: one range of 'MM-DD' days per year, each in SQL.
  const pg = provider === 'postgresql';
  const mmdd = pg ? Prisma.raw(`to_char(f."first", 'MM-DD')`) : Prisma.raw(`substr(f."first", 6, 5)`);
  const year = pg ? Prisma.raw(`to_char(f."first", 'YYYY')`) : Prisma.raw(`substr(f."first", 1, 4)`);
  const day = (x: Date) => x.toISOString().slice(5, 10);
  const out: TriggerMatch[] = [];
  for (let y = since.getUTCFullYear(); y <= now.getUTCFullYear(); y++) {
    const lo = y === since.getUTCFullYear() ? day(since) : '01-01';
    const hi = y === now.getUTCFullYear() ? day(now) : '12-31';
    out.push(
      ...toMatches(
        await rows(Prisma.sql`
WITH f AS (SELECT s."contactId", MIN(s."saleDate") AS "first" FROM "Sale" s WHERE 1 = 1 ${brand('s')} GROUP BY s."contactId")
SELECT f."contactId", CAST(${String(y)} AS text) AS "key" FROM f
WHERE ${mmdd} >= ${lo} AND ${mmdd} <= ${hi} AND ${year} < ${String(y)}`),
        'anniversary',
      ),
    );
  }
  return out;
}
