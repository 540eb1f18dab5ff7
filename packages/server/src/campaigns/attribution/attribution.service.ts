/**
 * Attribution of sales to marketing actions (TRIGGERS.md, "Attribution"). The rule, one SQL statement for every
 * path (a sale being recorded or imported, the demo seed, and re-attribution of a period):
 *
 * A sale of contact C, brand B, at instant d is attributed to the action of one target of C such that
 *   - the target is not in a control group (a held-out contact got nothing: it never earns attribution, it is
 *     counted for uplift by the analytics instead),
 *   - the action is of brand B or of no brand,
 *   - targetedAt <= d < targetedAt + the action's attributionWindowDays (with or without a response);
 * among those, a target that responded (at or before d) wins over one that did not, then the most recent
 * targeting (last touch), then the highest target id. No such target: no attribution.
 * A sale that converts a target (ActionTarget.conversionSaleId) keeps that target's action: the conversion link is
 * an explicit statement and is never overridden.
 */
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { dialect } from '../../analytics/analytics.sql.js';

/** The longest window an action may have (the analytics' limit too). */
export const MAX_WINDOW_DAYS = 3650;

type RawTx = Pick<Db, '$queryRaw'>;

/**
 * The action the rule attributes a sale being written to, or null: the rule's one statement
 * (`attributedActionSql`) on a one-row table standing for the sale, so that recording a sale, importing one,
 * the demo data and `reattributeSales` apply the very same SQL and cannot disagree.
 */
export async function attributedActionFor(
  tx: RawTx,
  provider: Provider,
  sale: { contactId: number; brandId: number; saleDate: Date },
): Promise<number | null> {
  const at = dialect(provider).instant(sale.saleDate);
  const [row] = await tx.$queryRaw<{ next: unknown }[]>`
SELECT ${attributedActionSql(provider)} AS "next"
FROM (SELECT CAST(${sale.contactId} AS INTEGER) AS "contactId", CAST(${sale.brandId} AS INTEGER) AS "brandId", ${at} AS "saleDate") s`;
  return row?.next === null || row?.next === undefined ? null : Number(row.next);
}

/** `s."saleDate"` within [t."targetedAt", t."targetedAt" + a."attributionWindowDays" days), per database. */
function inWindowSql(provider: Provider) {
  return provider === 'postgresql'
    ? Prisma.sql`t."targetedAt" <= s."saleDate" AND s."saleDate" < t."targetedAt" + make_interval(days => a."attributionWindowDays")`
    : Prisma.sql`julianday(t."targetedAt") <= julianday(s."saleDate") AND julianday(s."saleDate") < julianday(t."targetedAt") + a."attributionWindowDays"`;
}

/** The rule as a correlated subquery on the sale `s`: the attributed action id, or NULL. */
export function attributedActionSql(provider: Provider) {
  return Prisma.sql`(
  SELECT t."actionId" FROM "ActionTarget" t JOIN "MarketingAction" a ON a."id" = t."actionId"
  WHERE t."contactId" = s."contactId" AND NOT t."inControlGroup" AND (a."brandId" IS NULL OR a."brandId" = s."brandId")
    AND ${inWindowSql(provider)}
  ORDER BY CASE WHEN t."respondedAt" IS NOT NULL AND t."respondedAt" <= s."saleDate" THEN 0 ELSE 1 END, t."targetedAt" DESC, t."id" DESC
  LIMIT 1)`;
}

type RuleTx = Pick<Db, '$queryRaw' | 'sale'>;

/**
 * Applies the rule to the sales `where` selects (SQL on the sale `s`), converting sales excepted, and writes the
 * changed ones (one UPDATE per action and 500 sales), in the caller's transaction.
 */
async function applyRule(tx: RuleTx, provider: Provider, where: Prisma.Sql): Promise<ReattributionResult> {
  const rows = await tx.$queryRaw<{ id: unknown; current: unknown; next: unknown }[]>`
SELECT s."id", s."attributedActionId" AS "current", ${attributedActionSql(provider)} AS "next"
FROM "Sale" s
WHERE ${where}
  AND NOT EXISTS (SELECT 1 FROM "ActionTarget" c WHERE c."conversionSaleId" = s."id")`;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const changes = new Map<number | null, number[]>();
  let attributed = 0;
  let changed = 0;
  for (const r of rows) {
    const next = num(r.next);
    if (next !== null) attributed++;
    if (next === num(r.current)) continue;
    changed++;
    changes.set(next, [...(changes.get(next) ?? []), Number(r.id)]);
  }
  for (const [actionId, ids] of changes) {
    for (let i = 0; i < ids.length; i += 500) {
      await tx.sale.updateMany({
        where: { id: { in: ids.slice(i, i + 500) } },
        data: { attributedActionId: actionId, version: { increment: 1 } },
      });
    }
  }
  return { sales: rows.length, attributed, changed };
}

/**
 * Applies the rule again to one contact's sales, in the caller's transaction: called by the writes that change what
 * the rule sees for sales already stored (a response recorded or cleared, a target removed), so that stored
 * attribution stays what `reattributeSales` would compute. A contact has a handful of sales.
 */
export function reattributeContactSales(tx: RuleTx, provider: Provider, contactId: number) {
  return applyRule(tx, provider, Prisma.sql`s."contactId" = ${contactId}`);
}

export interface ReattributionOptions {
  /** Sales dated from (inclusive) ... */
  from: Date;
  /** ... to (exclusive). */
  to: Date;
  /** Only sales of these brands (a user's brand scope); undefined: every brand. */
  brandIds?: number[];
}

export interface ReattributionResult {
  /** Sales of the period re-examined (converting sales excluded). */
  sales: number;
  /** Of those, attributed to an action after the run. */
  attributed: number;
  /** Of those, whose attribution changed. */
  changed: number;
}

/**
 * Applies the rule again to every sale of a period (after targets, responses or windows changed): one SELECT
 * computes the attribution of every sale in SQL, then the changed ones are written, one UPDATE per action, in one
 * transaction. Sales that convert a target keep their attribution. Running it twice changes nothing the second time.
 * `ctx` is a system context (`cli:sales:reattribute`, or the mutation's on behalf of its caller): the rule is the
 * company's, not the caller's; the caller's brands come in `o.brandIds`.
 */
export async function reattributeSales(ctx: Context, o: ReattributionOptions): Promise<ReattributionResult> {
  const { db, provider } = ctx;
  const d = dialect(provider);
  const brands = o.brandIds
    ? o.brandIds.length
      ? Prisma.sql`AND s."brandId" IN (${Prisma.join(o.brandIds)})`
      : Prisma.sql`AND 1 = 0`
    : Prisma.empty;
  const period = Prisma.sql`s."saleDate" >= ${d.instant(o.from)} AND s."saleDate" < ${d.instant(o.to)} ${brands}`;
  return db.$transaction((tx) => applyRule(tx, provider, period), { maxWait: 60_000, timeout: 300_000 });
}
