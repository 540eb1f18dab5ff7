/**
 * Analytics, callable without GraphQL (the CLI, jobs, tests): score snapshots (RFM / FRAT), action performance
 * and contact distributions. Every figure is computed by the database; JavaScript only shapes the few grouped
 * rows that come back (never one row per contact).
 */
import { fitLifetimeValueModel } from './lifetime-value.service.js';
import { updateLifetimeInputsSql } from './lifetime-value.sql.js';
import type { Context } from '../kernel/context.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import type { ResponseChannel } from '../generated/sqlite/enums.js';
import {
  actionMetricsSql,
  channelUseSql,
  insertScoresSql,
  medianDelaySql,
  skippedSalesSql,
  type ActionMetricsRow,
} from './analytics.sql.js';
import { regionOfDepartment } from './regions.js';
import { contacts } from '../privacy/access/contact-access.js';

/** What a caller may see: null = everything (ADMIN), else these brands and zones. */
export interface AnalyticsScope {
  brandIds: number[] | null;
  zoneIds: number[] | null;
}

export const everything: AnalyticsScope = { brandIds: null, zoneIds: null };

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const money = (v: number) => Math.round(v * 100) / 100;
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const inList = (column: string, ids: number[]) =>
  ids.length ? Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(ids)})` : Prisma.sql`1 = 0`;

// ---------------------------------------------------------------------------------------------------------------
// Score snapshots
// ---------------------------------------------------------------------------------------------------------------

export interface RefreshOptions {
  /** The day scored (UTC midnight); sales dated that day or before count. */
  asOf: Date;
  /** One brand's sales, or null for all brands together. */
  brandId: number | null;
  /** Called at each step: the refresh is one SQL statement between a few bookkeeping ones. */
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
  /**
   * Time limit of the refresh transaction.
   * @default 600000 (10 minutes)
   */
  timeoutMs?: number;
  /**
   * Told what the refresh left out or clamped (see `ScoreWarnings`), when it did.
   * @default logs a warning on the console
   */
  onWarning?: (warnings: ScoreWarnings) => void;
}

/**
 * Rows a refresh could not score as they are: one absurd row (written around the API's checks) must not stop the
 * scores of every user, so it is left out or clamped, and said.
 */
export interface ScoreWarnings {
  /** Sales dated before 1900-01-01 or unreadable as a date, left out of the snapshot. */
  skippedSales: number;
  /** Buyers whose revenue or margin exceeds what Decimal(12, 2) holds, clamped to 9,999,999,999.99. */
  clampedBuyers: number;
}

const logWarnings = (w: ScoreWarnings) =>
  console.warn(
    `score refresh: ${w.skippedSales} sale(s) with an out-of-range date left out, ${w.clampedBuyers} buyer total(s) clamped`,
  );

/**
 * Computes a snapshot of the scores of every buyer as of a day, for a brand or all brands, and replaces the
 * previous snapshot of the same (day, brand). It runs in one transaction: readers see the old snapshot until the
 * new one is complete, never a half-written one.
 */
export async function refreshScoreSnapshot(db: Db, provider: Provider, options: RefreshOptions) {
  const { asOf, brandId, onProgress, timeoutMs = 600_000, onWarning = logWarnings } = options;
  const day = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()));
  const phase = `scores ${brandId ?? 'all'}`;
  const started = Date.now();
  onProgress?.({ phase, done: 0, total: 4 });
  const snapshot = await db.$transaction(
    async (tx) => {
      // The pass sorts every buyer three times: with PostgreSQL's default 4 MB per sort they spill to disk.
      if (provider === 'postgresql') await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      await tx.scoreSnapshot.deleteMany({ where: { asOf: day, brandId } });
      const snapshot = await tx.scoreSnapshot.create({ data: { asOf: day, brandId, status: 'RUNNING' } });
      onProgress?.({ phase, done: 1, total: 4 });
      const buyerCount = await tx.$executeRaw(
        insertScoresSql(provider, { snapshotId: snapshot.id, asOf: day, brandId, now: new Date() }),
      );
      onProgress?.({ phase, done: 2, total: 4 });
      await tx.$executeRaw(updateLifetimeInputsSql(provider, { snapshotId: snapshot.id, asOf: day, brandId }));
      await fitLifetimeValueModel(tx, snapshot.id);
      onProgress?.({ phase, done: 3, total: 4 });
      const sales = await tx.contactScore.aggregate({ where: { snapshotId: snapshot.id }, _sum: { frequency: true } });
      const done = await tx.scoreSnapshot.update({
        where: { id: snapshot.id },
        data: {
          status: 'COMPLETED',
          computedAt: new Date(),
          buyerCount,
          saleCount: sales._sum.frequency ?? 0,
          durationMs: Date.now() - started,
        },
      });
      onProgress?.({ phase, done: 4, total: 4 });
      return done;
    },
    { timeout: timeoutMs, maxWait: 30_000 },
  );
  const warnings = await scoreWarnings(db, provider, day, brandId);
  if (warnings.skippedSales || warnings.clampedBuyers) onWarning(warnings);
  return { ...snapshot, warnings };
}

async function scoreWarnings(db: Db, provider: Provider, asOf: Date, brandId: number | null): Promise<ScoreWarnings> {
  const [row] = await db.$queryRaw<{ skippedSales: unknown; clampedBuyers: unknown }[]>(
    skippedSalesSql(provider, { asOf, brandId }),
  );
  return { skippedSales: num(row?.skippedSales), clampedBuyers: num(row?.clampedBuyers) };
}

// ---------------------------------------------------------------------------------------------------------------
// Action performance
// ---------------------------------------------------------------------------------------------------------------

export interface ChannelUse {
  channel: ResponseChannel;
  responses: number;
  /** Share of the action's responses that came on this channel; null without responses. */
  share: number | null;
}

export interface ActionPerformance {
  actionId: number;
  /** The attribution window used for this action, in days (the one asked for, or the action's own). */
  attributionDays: number;
  cost: number;
  /** Targets outside the control group (those who received the action). */
  targeted: number;
  responses: number;
  responseRate: number | null;
  conversions: number;
  conversionRate: number | null;
  costPerResponse: number | null;
  costPerConversion: number | null;
  channels: ChannelUse[];
  /** Days from targeting to response, over the responses. */
  meanResponseDelayDays: number | null;
  medianResponseDelayDays: number | null;
  /** Targets who bought within the window after their targeting, whether they responded or not. */
  buyers: number;
  purchaseRate: number | null;
  /** Revenue of those purchases, net of discounts. */
  attributedRevenue: number;
  controlTargeted: number;
  controlResponseRate: number | null;
  controlPurchaseRate: number | null;
  /** Response rate of the treated minus that of the control group; null without a control group. */
  responseUplift: number | null;
  /** Purchase rate (within the window) of the treated minus that of the control group. */
  purchaseUplift: number | null;
  /** This action's share of the conversions of all the actions compared. */
  conversionShare: number | null;
  /** This action's share of the attributed revenue of all the actions compared. */
  revenueShare: number | null;
}

export interface ActionComparison {
  /** The window asked for; null when each action used its own `attributionWindowDays`. */
  attributionDays: number | null;
  actions: ActionPerformance[];
  totals: {
    actions: number;
    cost: number;
    targeted: number;
    responses: number;
    conversions: number;
    buyers: number;
    attributedRevenue: number;
  };
  /** Plain means over the actions that have targets (each action weighs the same). */
  averages: {
    responseRate: number | null;
    conversionRate: number | null;
    purchaseRate: number | null;
    costPerResponse: number | null;
    costPerConversion: number | null;
    attributedRevenue: number | null;
  };
}

export interface ActionPerformanceOptions {
  scope: AnalyticsScope;
  /** Only this action. */
  actionId?: number;
  /**
   * Days after targeting during which a purchase is attributed to the action, the same for every action.
   * @default each action's own `attributionWindowDays` (30 unless set on the action)
   */
  attributionDays?: number | null;
}

/** SQL condition on the action `a`: the actions' row rule (no brand, or one of the caller's brands). */
function actionWhereSql(scope: AnalyticsScope, actionId?: number) {
  const parts = [Prisma.sql`1 = 1`];
  if (scope.brandIds) parts.push(Prisma.sql`(a."brandId" IS NULL OR ${inList('a."brandId"', scope.brandIds)})`);
  if (actionId !== undefined) parts.push(Prisma.sql`a."id" = ${actionId}`);
  return Prisma.join(parts, ' AND ');
}

const mean = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

/** Every metric of every action in scope, in three queries whatever the number of actions and targets. */
export async function actionComparison(
  db: Db,
  provider: Provider,
  options: ActionPerformanceOptions,
): Promise<ActionComparison> {
  const attributionDays = options.attributionDays ?? null;
  const where = actionWhereSql(options.scope, options.actionId);
  const [rows, medians, channels, costs] = await Promise.all([
    db.$queryRaw<ActionMetricsRow[]>(actionMetricsSql(provider, { actionWhere: where, attributionDays })),
    db.$queryRaw<{ actionId: number; median: unknown }[]>(medianDelaySql(provider, where)),
    db.$queryRaw<{ actionId: number; channel: ResponseChannel; responses: unknown }[]>(channelUseSql(where)),
    db.marketingAction.findMany({
      where: {
        ...(options.actionId !== undefined ? { id: options.actionId } : {}),
        ...(options.scope.brandIds ? { OR: [{ brandId: null }, { brandId: { in: options.scope.brandIds } }] } : {}),
      },
      select: { id: true, cost: true },
    }),
  ]);
  const medianOf = new Map(medians.map((m) => [Number(m.actionId), Number(m.median)]));
  const costOf = new Map(costs.map((c) => [c.id, Number(c.cost)]));
  const channelsOf = new Map<number, { channel: ResponseChannel; responses: number }[]>();
  for (const c of channels) {
    const id = Number(c.actionId);
    channelsOf.set(id, [...(channelsOf.get(id) ?? []), { channel: c.channel, responses: num(c.responses) }]);
  }
  const actions = rows.map((r) => {
    const id = Number(r.actionId);
    const cost = costOf.get(id) ?? 0;
    const targeted = num(r.targeted);
    const responses = num(r.responses);
    const conversions = num(r.conversions);
    const buyers = num(r.buyers);
    const controlTargeted = num(r.controlTargeted);
    const responseRate = ratio(responses, targeted);
    const purchaseRate = ratio(buyers, targeted);
    const controlResponseRate = ratio(num(r.controlResponses), controlTargeted);
    const controlPurchaseRate = ratio(num(r.controlBuyers), controlTargeted);
    return {
      actionId: id,
      attributionDays: attributionDays ?? num(r.windowDays),
      cost,
      targeted,
      responses,
      responseRate,
      conversions,
      conversionRate: ratio(conversions, targeted),
      costPerResponse: responses > 0 ? money(cost / responses) : null,
      costPerConversion: conversions > 0 ? money(cost / conversions) : null,
      channels: (channelsOf.get(id) ?? []).map((c) => ({ ...c, share: ratio(c.responses, responses) })),
      meanResponseDelayDays: numOrNull(r.delayMean),
      medianResponseDelayDays: medianOf.get(id) ?? null,
      buyers,
      purchaseRate,
      attributedRevenue: money(num(r.revenue)),
      controlTargeted,
      controlResponseRate,
      controlPurchaseRate,
      responseUplift: responseRate !== null && controlResponseRate !== null ? responseRate - controlResponseRate : null,
      purchaseUplift: purchaseRate !== null && controlPurchaseRate !== null ? purchaseRate - controlPurchaseRate : null,
      conversionShare: null as number | null,
      revenueShare: null as number | null,
    } satisfies ActionPerformance;
  });
  const sum = (f: (a: ActionPerformance) => number) => actions.reduce((s, a) => s + f(a), 0);
  const totals = {
    actions: actions.length,
    cost: money(sum((a) => a.cost)),
    targeted: sum((a) => a.targeted),
    responses: sum((a) => a.responses),
    conversions: sum((a) => a.conversions),
    buyers: sum((a) => a.buyers),
    attributedRevenue: money(sum((a) => a.attributedRevenue)),
  };
  for (const a of actions) {
    a.conversionShare = ratio(a.conversions, totals.conversions);
    a.revenueShare = ratio(a.attributedRevenue, totals.attributedRevenue);
  }
  const withTargets = actions.filter((a) => a.targeted > 0);
  return {
    attributionDays,
    actions,
    totals,
    averages: {
      responseRate: mean(withTargets.map((a) => a.responseRate)),
      conversionRate: mean(withTargets.map((a) => a.conversionRate)),
      purchaseRate: mean(withTargets.map((a) => a.purchaseRate)),
      costPerResponse: mean(withTargets.map((a) => a.costPerResponse)),
      costPerConversion: mean(withTargets.map((a) => a.costPerConversion)),
      attributedRevenue: mean(withTargets.map((a) => a.attributedRevenue)),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Contacts as a whole and one by one
// ---------------------------------------------------------------------------------------------------------------

/** Catalog fields contacts can be counted by. Confidential ones are checked against the caller's role upstream. */
export const contactDimensions = {
  KIND: 'kind',
  CIVILITY: 'civility',
  LANGUAGE: 'language',
  COUNTRY: 'countryCode',
  BRAND: 'brandId',
  ZONE: 'zoneId',
  SOURCE_ACTION: 'sourceActionId',
  REVENUE_CLASS: 'revenueClass',
  FREQUENCY_CLASS: 'frequencyClass',
  DISTRIBUTION_TYPE: 'distributionType',
  COMMERCIAL_SERVICE: 'commercialService',
  PROSPECT_PRIORITY: 'prospectPriority',
  PIPELINE_STAGE: 'pipelineStage',
  END_REASON: 'endReason',
  BUSINESS_SECTOR: 'businessSector',
  BANK_TYPE: 'bankType',
  JOURNALIST_BEAT: 'journalistBeat',
  RELATION_TYPE: 'relationType',
  INCOME_BAND: 'incomeBand',
  MARITAL_STATUS: 'maritalStatus',
  GROSS_MARGIN_CLASS: 'grossMarginClass',
  DEPARTMENT: null,
  REGION: null,
} as const;

export type ContactDimension = keyof typeof contactDimensions;

export interface DistributionBucket {
  /** The value counted (enum value, code); null for contacts without one. */
  key: string | null;
  /** A readable name where the key is a reference (brand, zone, action, région). */
  label: string | null;
  count: number;
}

/** Live contacts (not deleted, not merged) within the caller's brands and zones, as a Prisma where. */
function liveContactsWhere(scope: AnalyticsScope) {
  return {
    deletedAt: null,
    mergedIntoId: null,
    ...(scope.brandIds ? { brandId: { in: scope.brandIds } } : {}),
    ...(scope.zoneIds ? { zoneId: { in: scope.zoneIds } } : {}),
  };
}

/** Dimensions read from a consent-bound field (civility; département and région from the postal code). */
export const consentBoundDimensions: readonly ContactDimension[] = ['CIVILITY', 'DEPARTMENT', 'REGION'];

/**
 * The département of a French postal code: its first two characters, except Corsica (20xxx: 2A for 200xx-201xx,
 * 2B for 202xx-206xx) and the overseas départements (97x: three characters). Null outside France.
 */
export function departmentOf(countryCode: string, postalCode: string | null): string | null {
  if (!postalCode || countryCode !== 'FR' || !/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith('20')) return postalCode < '20200' ? '2A' : '2B';
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  return postalCode.slice(0, 2);
}

export interface ContactDistribution {
  buckets: DistributionBucket[];
  /**
   * Contacts in scope not counted by value because the dimension reads a consent-bound field and their consent
   * does not cover the request's purpose.
   */
  withheld: number;
}

/**
 * Contacts counted by one dimension, most frequent first (ties by key). Counted by the database: a GROUP BY on
 * the column (département and région: on the postal code, whose few thousand distinct values are then folded
 * into départements and régions). `personalWhere` (the consent rule) confines the counts of consent-bound
 * dimensions; the contacts it leaves out are reported as `withheld`.
 */
export async function contactDistribution(
  ctx: Context,
  scope: AnalyticsScope,
  by: ContactDimension,
): Promise<ContactDistribution> {
  const db = ctx.db;
  const live = liveContactsWhere(scope);
  const bound = consentBoundDimensions.includes(by);
  // Grouping by a personal column is comparing it: the layer confines those groups to contacts whose consent
  // covers the request's purpose (the others are counted as withheld below).
  const people = contacts(ctx);
  const merged = new Map<string | null, DistributionBucket>();
  const add = (key: string | null, label: string | null, count: number) => {
    const b = merged.get(key) ?? { key, label, count: 0 };
    b.count += count;
    merged.set(key, b);
  };
  if (by === 'DEPARTMENT' || by === 'REGION') {
    const rows = await people.groupCount(['countryCode', 'postalCode'], live);
    for (const r of rows) {
      const department = departmentOf(r.countryCode, r.postalCode);
      const region = department ? regionOfDepartment(department) : undefined;
      if (by === 'DEPARTMENT') add(department, region?.name ?? null, r._count._all);
      else add(region?.code ?? null, region?.name ?? null, r._count._all);
    }
  } else {
    const column = contactDimensions[by];
    const rows = (await people.groupCount([column!], live)) as unknown as (Record<string, unknown> & {
      _count: { _all: number };
    })[];
    const labels = await labelsFor(
      db,
      scope,
      by,
      rows.map((r) => r[column]).filter((v): v is number => typeof v === 'number'),
    );
    for (const r of rows) {
      const value = r[column];
      // References (brand, zone, action) are keyed by code; an action outside the caller's brands becomes OTHER.
      const ref = typeof value === 'number' ? (labels.get(value) ?? { code: 'OTHER', name: null }) : null;
      add(
        ref ? ref.code : value === null || value === undefined ? null : String(value),
        ref?.name ?? null,
        r._count._all,
      );
    }
  }
  const buckets = [...merged.values()].sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
  const counted = buckets.reduce((s, b) => s + b.count, 0);
  const withheld = bound ? (await people.count({ where: live })) - counted : 0;
  return { buckets, withheld };
}

type Label = { code: string; name: string | null };

async function labelsFor(
  db: Db,
  scope: AnalyticsScope,
  by: ContactDimension,
  ids: number[],
): Promise<Map<number, Label>> {
  if (!ids.length) return new Map();
  const where = { id: { in: ids } };
  const select = { id: true, code: true, name: true };
  const rows: { id: number; code: string; name: string }[] =
    by === 'BRAND'
      ? await db.brand.findMany({ where, select })
      : by === 'ZONE'
        ? await db.zone.findMany({ where, select })
        : by === 'SOURCE_ACTION'
          ? await db.marketingAction.findMany({
              where: {
                ...where,
                ...(scope.brandIds ? { OR: [{ brandId: null }, { brandId: { in: scope.brandIds } }] } : {}),
              },
              select,
            })
          : [];
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

export interface ResponseRate {
  /** Actions that reached the contact (control-group targets are not counted: nothing reached them). */
  targeted: number;
  responded: number;
  rate: number | null;
}

/** A contact's personal response rate (answered / targeted), over the actions in scope. One grouped query. */
export async function contactResponseRate(db: Db, scope: AnalyticsScope, contactId: number): Promise<ResponseRate> {
  const where = {
    contactId,
    inControlGroup: false,
    ...(scope.brandIds ? { action: { OR: [{ brandId: null }, { brandId: { in: scope.brandIds } }] } } : {}),
  };
  const [targeted, responded] = await Promise.all([
    db.actionTarget.count({ where }),
    db.actionTarget.count({ where: { ...where, respondedAt: { not: null } } }),
  ]);
  return { targeted, responded, rate: ratio(responded, targeted) };
}
