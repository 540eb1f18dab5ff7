/**
 * RFM / FRAT snapshots on a hand-built fixture: every expected figure below is worked out by hand in the
 * comments, never by the code under test.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { Prisma } from '../../generated/sqlite/client.js';
import { segmentCase } from '../analytics.sql.js';
import { refreshScoreSnapshot } from '../analytics.service.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const asOf = new Date('2026-06-30T00:00:00Z');
const day = (s: string) => new Date(`${s}T12:00:00Z`);

/*
 * Brand A buyers as of 2026-06-30 (sales after that day and deleted contacts do not count):
 *
 * | contact | sales (date: total)                          | R days | F | M   |
 * | c1      | 06-30: 100, 06-01: 100, 05-01: 100 (+07-02)  | 0      | 3 | 300 |
 * | c2      | 06-20: 200, 03-01: 100                       | 10     | 2 | 300 |
 * | c3      | 06-20: 50                                    | 10     | 1 | 50  |
 * | c4      | 01-01: 500                                   | 180    | 1 | 500 |
 * | c5      | 2025-06-30: 50, 2025-01-01: 50 (50% off)     | 365    | 2 | 100 |
 * | c6      | 2024-06-30: 50                               | 730    | 1 | 50  |
 *
 * n = 6; score = 1 + floor(5 (rank - 1) / 6), rank = RANK() with better last:
 * R (730, 365, 180, 10, 10, 0) ranks 1, 2, 3, 4, 4, 6 -> 1, 1, 2, 3, 3, 5
 * F (1, 1, 1, 2, 2, 3)         ranks 1, 1, 1, 4, 4, 6 -> 1, 1, 1, 3, 3, 5
 * M (50, 50, 100, 300, 300, 500) ranks 1, 1, 3, 4, 4, 6 -> 1, 1, 2, 3, 3, 5
 */
const expected = {
  c1: { recencyDays: 0, frequency: 3, monetary: 300, r: 5, f: 5, m: 3, segment: 'CHAMPIONS', frat: 'C2', margin: 100 },
  c2: {
    recencyDays: 10,
    frequency: 2,
    monetary: 300,
    r: 3,
    f: 3,
    m: 3,
    segment: 'NEED_ATTENTION',
    frat: 'C1',
    margin: 0,
  },
  c3: {
    recencyDays: 10,
    frequency: 1,
    monetary: 50,
    r: 3,
    f: 1,
    m: 1,
    segment: 'ABOUT_TO_SLEEP',
    frat: 'C2',
    margin: 0,
  },
  c4: {
    recencyDays: 180,
    frequency: 1,
    monetary: 500,
    r: 2,
    f: 1,
    m: 5,
    segment: 'HIBERNATING',
    frat: 'C1',
    margin: 0,
  },
  c5: { recencyDays: 365, frequency: 2, monetary: 100, r: 1, f: 3, m: 2, segment: 'AT_RISK', frat: 'C1', margin: 20 },
  c6: { recencyDays: 730, frequency: 1, monetary: 50, r: 1, f: 1, m: 1, segment: 'LOST', frat: 'C2', margin: 0 },
} as const;
type Name = keyof typeof expected;

/** The segment table of ANALYTICS.md, written out cell by cell: rows are R 1..5, columns F 1..5. */
const segmentTable: Record<number, string[]> = {
  1: ['LOST', 'HIBERNATING', 'AT_RISK', 'AT_RISK', 'CANNOT_LOSE'],
  2: ['HIBERNATING', 'HIBERNATING', 'AT_RISK', 'AT_RISK', 'CANNOT_LOSE'],
  3: ['ABOUT_TO_SLEEP', 'ABOUT_TO_SLEEP', 'NEED_ATTENTION', 'LOYAL', 'LOYAL'],
  4: ['PROMISING', 'POTENTIAL_LOYALIST', 'POTENTIAL_LOYALIST', 'LOYAL', 'LOYAL'],
  5: ['NEW_CUSTOMER', 'POTENTIAL_LOYALIST', 'POTENTIAL_LOYALIST', 'CHAMPIONS', 'CHAMPIONS'],
};

describeEachDatabase('analytics: RFM / FRAT snapshots', (provider) => {
  let h: ApiHarness;
  const ids = {} as Record<Name | 'c7' | 'c8' | 'c9', number>;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a, b } = h.brands;
    const c1 = await db.productCategory.create({ data: { code: 'C1', name: 'One' } });
    const c2 = await db.productCategory.create({ data: { code: 'C2', name: 'Two' } });
    const p1 = await db.product.create({ data: { code: 'P1', name: 'P1', categoryId: c1.id, listPrice: '100' } });
    const p2 = await db.product.create({ data: { code: 'P2', name: 'P2', categoryId: c2.id, listPrice: '50' } });
    const contact = async (name: keyof typeof ids, brandId = a, deleted = false) =>
      (ids[name] = (
        await db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: name,
            brandId,
            zoneId: h.zones.north,
            deletedAt: deleted ? new Date() : null,
          },
        })
      ).id);
    const sale = (
      contactId: number,
      date: string,
      total: number,
      lines: [number, number, number, number?][],
      grossMargin: number | null = null,
      brandId = a,
    ) =>
      db.sale.create({
        data: {
          contactId,
          brandId,
          saleDate: date.length === 10 ? day(date) : new Date(date),
          channel: 'STORE',
          total: total.toFixed(2),
          grossMargin: grossMargin === null ? null : grossMargin.toFixed(2),
          lines: {
            create: lines.map(([productId, quantity, unitPrice, discount = 0]) => ({
              productId,
              quantity,
              unitPrice: unitPrice.toFixed(2),
              discountRate: discount.toFixed(2),
            })),
          },
        },
      });
    for (const n of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const) await contact(n);
    await contact('c8', a, true);
    await contact('c9', b);
    // c1: one C1 line of 100 and two C2 lines of 100: FRAT C2. Its 2026-07-02 sale is after the snapshot day.
    await sale(ids.c1, '2026-06-30T23:59:00.000Z', 100, [[p1.id, 1, 100]], 40);
    await sale(ids.c1, '2026-06-01', 100, [[p2.id, 2, 50]], 30);
    await sale(ids.c1, '2026-05-01', 100, [[p2.id, 2, 50]], 30);
    await sale(ids.c1, '2026-07-02', 999, [[p1.id, 10, 99.9]], 500);
    // c2: C1 200 against C2 100: FRAT C1.
    await sale(ids.c2, '2026-06-20', 200, [[p1.id, 2, 100]]);
    await sale(ids.c2, '2026-03-01', 100, [[p2.id, 2, 50]]);
    await sale(ids.c3, '2026-06-20', 50, [[p2.id, 1, 50]]);
    await sale(ids.c4, '2026-01-01', 500, [[p1.id, 5, 100]]);
    // c5: 50 of C2, and 50 of C1 (100 at 50% off): a tie, won by the lowest category id (C1). Margin 20 + none.
    await sale(ids.c5, '2025-06-30', 50, [[p2.id, 1, 50]], 20);
    await sale(ids.c5, '2025-01-01', 50, [[p1.id, 1, 100, 50]]);
    await sale(ids.c6, '2024-06-30', 50, [[p2.id, 1, 50]]);
    await sale(ids.c7, '2026-07-01', 80, [[p1.id, 1, 80]]); // after the day: not a buyer
    await sale(ids.c8, '2026-06-01', 80, [[p1.id, 1, 80]]); // deleted contact
    await sale(ids.c9, '2026-06-15', 80, [[p1.id, 1, 80]], null, b); // brand B
    // Profiling consent: c1-c3 granted, c4 denied, c5 and c6 none.
    for (const n of ['c1', 'c2', 'c3'] as const) await h.consent(ids[n], 'profiling');
    await h.consent(ids.c4, 'profiling', { status: 'DENIED' });
  });
  afterAll(() => h?.drop());

  const scoresOf = async (snapshotId: number) => {
    const rows = await h.t.db.contactScore.findMany({ where: { snapshotId }, include: { fratCategory: true } });
    return Object.fromEntries(
      rows.map((r) => [
        Object.entries(ids).find(([, id]) => id === r.contactId)?.[0] ?? r.contactId,
        {
          recencyDays: r.recencyDays,
          frequency: r.frequency,
          monetary: Number(r.monetary),
          r: r.recencyScore,
          f: r.frequencyScore,
          m: r.monetaryScore,
          segment: r.segment,
          frat: r.fratCategory?.code,
          margin: Number(r.grossMargin),
        },
      ]),
    );
  };

  it('scores every buyer of a brand as of a day: recency, frequency, monetary, ties, segments, FRAT type, margin', async () => {
    const snap = await refreshScoreSnapshot(h.t.db, provider, { asOf, brandId: h.brands.a });
    expect(snap.status).toBe('COMPLETED');
    expect(snap.buyerCount).toBe(6);
    expect(snap.saleCount).toBe(3 + 2 + 1 + 1 + 2 + 1);
    expect(await scoresOf(snap.id)).toEqual(expected);
  });

  it('gives equal values equal scores (ties) and spreads a distribution without ties over 1-5', async () => {
    // With the fixture above: c2 and c3 share recency 10 (both 3); c1 and c2 share monetary 300 (both 3).
    const s = await scoresOf((await h.t.db.scoreSnapshot.findFirstOrThrow({ where: { brandId: h.brands.a } })).id);
    expect([s.c2!.r, s.c3!.r]).toEqual([3, 3]);
    expect([s.c1!.m, s.c2!.m]).toEqual([3, 3]);
    // n = 10 distinct values: rank k gets 1 + floor(5 (k - 1) / 10) = 1,1,2,2,3,3,4,4,5,5.
    const sql = Prisma.sql`WITH v(x) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)),
      ranked AS (SELECT x, RANK() OVER (ORDER BY x) AS k, COUNT(*) OVER () AS n FROM v)
      SELECT x, 1 + (5 * (k - 1)) / n AS score FROM ranked ORDER BY x`;
    const rows = await h.t.db.$queryRaw<{ x: number; score: unknown }[]>(sql);
    expect(rows.map((r) => Number(r.score))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('names every (R, F) cell as the documented segment table says', async () => {
    const pairs = Prisma.join([1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => Prisma.raw(`(${r}, ${f})`))));
    const rows = await h.t.db.$queryRaw<{ r: unknown; f: unknown; segment: string }[]>(
      Prisma.sql`WITH pairs(r, f) AS (VALUES ${pairs}) SELECT r, f, ${segmentCase} AS segment FROM pairs`,
    );
    expect(rows).toHaveLength(25);
    for (const row of rows)
      expect([Number(row.r), Number(row.f), row.segment]).toEqual([
        Number(row.r),
        Number(row.f),
        segmentTable[Number(row.r)]![Number(row.f) - 1],
      ]);
  });

  it('a refresh of the same day and brand replaces the snapshot with the same scores', async () => {
    const first = await refreshScoreSnapshot(h.t.db, provider, { asOf, brandId: h.brands.a });
    const second = await refreshScoreSnapshot(h.t.db, provider, { asOf, brandId: h.brands.a });
    expect(second.id).not.toBe(first.id);
    expect(await h.t.db.scoreSnapshot.count({ where: { brandId: h.brands.a, asOf } })).toBe(1);
    expect(await h.t.db.contactScore.count({ where: { snapshotId: first.id } })).toBe(0);
    expect(await scoresOf(second.id)).toEqual(expected);
  });

  it('the all-brands snapshot adds the other brands\u2019 buyers (ADMIN only), and the mutation refreshes it', async () => {
    const q = `mutation($asOf: DateTime, $brand: ID) { refreshScores(asOf: $asOf, brand: $brand) { id asOf status buyerCount saleCount brand { code } } }`;
    const denied = await h.as('MARKETING')(q, { asOf: '2026-06-30T00:00:00.000Z' });
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const res = await h.as('ADMIN')(q, { asOf: '2026-06-30T00:00:00.000Z' });
    expect(res.errors).toBeUndefined();
    // The six brand A buyers and c9 of brand B.
    expect(res.data.refreshScores).toMatchObject({
      asOf: '2026-06-30T00:00:00.000Z',
      status: 'COMPLETED',
      buyerCount: 7,
      saleCount: 11,
      brand: null,
    });
  });

  it('the mutation refreshes a brand of the caller (MARKETING, ANALYST), not another brand, and not for other roles', async () => {
    const q = `mutation($brand: ID) { refreshScores(asOf: "2026-06-30T15:00:00.000Z", brand: $brand) { asOf buyerCount brand { code } } }`;
    const mine = await h.as('ANALYST')(q, { brand: gid('Brand', h.brands.a) });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.refreshScores).toEqual({ asOf: '2026-06-30T00:00:00.000Z', buyerCount: 6, brand: { code: 'A' } });
    // Another brand answers like a missing one (analytics-refresh-access.test.ts has the whole matrix).
    expect((await h.as('MARKETING')(q, { brand: gid('Brand', h.brands.b) })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await h.as('SALES')(q, { brand: gid('Brand', h.brands.a) })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await h.anonymous(q, { brand: gid('Brand', h.brands.a) })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  describe('reading snapshots through the API', () => {
    let snapshotGid: string;
    beforeAll(async () => {
      const snap = await refreshScoreSnapshot(h.t.db, provider, { asOf, brandId: h.brands.a });
      snapshotGid = gid('ScoreSnapshot', snap.id);
    });

    it('lists only the snapshots of the caller\u2019s brands (the all-brands one is the admin\u2019s)', async () => {
      const q = `{ scoreSnapshots { brand { code } } }`;
      const marketing = await h.as('MARKETING')(q);
      expect(marketing.errors).toBeUndefined();
      expect(marketing.data.scoreSnapshots.map((s: any) => s.brand?.code ?? null)).toEqual(['A']);
      const admin = await h.as('ADMIN')(q);
      expect(admin.data.scoreSnapshots.map((s: any) => s.brand?.code ?? null).sort()).toEqual(['A', null]);
    });

    it('aggregates count every buyer, consent or not: segments, grid, FRAT types', async () => {
      // Hand figures of segments of one buyer; their suppression is tested in privacy-aggregates.test.ts.
      process.env.FIDELE_MIN_GROUP_SIZE = '1';
      onTestFinished(() => void delete process.env.FIDELE_MIN_GROUP_SIZE);
      const q = `query($id: ID!) { node(id: $id) { ... on ScoreSnapshot {
        buyerCount
        segments { segment count share revenue meanRecencyDays meanFrequency meanMonetary }
        grid { recencyScore frequencyScore count }
        fratTypes { category { code } count revenue }
      } } }`;
      const res = await h.as('ANALYST')(q, { id: snapshotGid });
      expect(res.errors).toBeUndefined();
      const s = res.data.node;
      expect(s.buyerCount).toBe(6);
      const segs = Object.fromEntries(s.segments.filter((x: any) => x.count > 0).map((x: any) => [x.segment, x]));
      expect(Object.keys(segs).sort()).toEqual([
        'ABOUT_TO_SLEEP',
        'AT_RISK',
        'CHAMPIONS',
        'HIBERNATING',
        'LOST',
        'NEED_ATTENTION',
      ]);
      expect(segs.CHAMPIONS).toEqual({
        segment: 'CHAMPIONS',
        count: 1,
        share: 1 / 6,
        revenue: 300,
        meanRecencyDays: 0,
        meanFrequency: 3,
        meanMonetary: 300,
      });
      expect(segs.AT_RISK).toMatchObject({ count: 1, revenue: 100, meanRecencyDays: 365, meanFrequency: 2 });
      expect(s.segments).toHaveLength(11);
      // Cells (R, F): (5,5) c1, (3,3) c2, (3,1) c3, (2,1) c4, (1,3) c5, (1,1) c6.
      expect(s.grid).toEqual([
        { recencyScore: 5, frequencyScore: 5, count: 1 },
        { recencyScore: 3, frequencyScore: 3, count: 1 },
        { recencyScore: 3, frequencyScore: 1, count: 1 },
        { recencyScore: 2, frequencyScore: 1, count: 1 },
        { recencyScore: 1, frequencyScore: 3, count: 1 },
        { recencyScore: 1, frequencyScore: 1, count: 1 },
      ]);
      // C1: c2 (300), c4 (500), c5 (100); C2: c1 (300), c3 (50), c6 (50).
      expect(s.fratTypes).toEqual([
        { category: { code: 'C1' }, count: 3, revenue: 900 },
        { category: { code: 'C2' }, count: 3, revenue: 400 },
      ]);
    });

    it('lists individual scores only for contacts consenting to profiling (c1-c3), most valuable first', async () => {
      const q = `query($s: ID!, $seg: [RfmSegment!]) { contactScores(snapshot: $s, segment: $seg, first: 10) {
        totalCount edges { node { contact { lastName } rfm segment monetary recencyDays frequency grossMargin fratCategory { code } } } } }`;
      const res = await h.as('ANALYST')(q, { s: snapshotGid });
      expect(res.errors).toBeUndefined();
      expect(res.data.contactScores.totalCount).toBe(3);
      expect(
        res.data.contactScores.edges.map((e: any) => [e.node.contact.lastName, e.node.rfm, e.node.segment]),
      ).toEqual([
        ['c1', '553', 'CHAMPIONS'],
        ['c2', '333', 'NEED_ATTENTION'],
        ['c3', '311', 'ABOUT_TO_SLEEP'],
      ]);
      expect(res.data.contactScores.edges[0].node).toMatchObject({
        monetary: '300',
        recencyDays: 0,
        frequency: 3,
        grossMargin: '100',
        fratCategory: { code: 'C2' },
      });
      const lost = await h.as('ANALYST')(q, { s: snapshotGid, seg: ['LOST', 'HIBERNATING'] });
      expect(lost.data.contactScores.totalCount).toBe(0); // c4 denied, c6 never asked
    });

    it('hides the margin from MARKETING (confidential) and the scores from SALES (role)', async () => {
      const q = `query($s: ID!) { contactScores(snapshot: $s, first: 1) { edges { node { rfm grossMargin } } } }`;
      const m = await h.as('MARKETING')(q, { s: snapshotGid });
      expect(m.data.contactScores.edges[0].node).toEqual({ rfm: '553', grossMargin: null });
      expect(m.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await h.as('SALES')(q, { s: snapshotGid })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('answers one contact\u2019s score, or null with CONSENT_REQUIRED without profiling consent', async () => {
      const q = `query($c: ID!) { contactScore(contact: $c) { rfm segment } }`;
      const ok = await h.as('ANALYST')(q, { c: gid('Contact', ids.c2) });
      expect(ok).toEqual({ data: { contactScore: { rfm: '333', segment: 'NEED_ATTENTION' } } });
      for (const n of ['c4', 'c6'] as const) {
        const res = await h.as('ANALYST')(q, { c: gid('Contact', ids[n]) });
        expect(res.data.contactScore).toBeNull();
        expect(res.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
      }
      // Brand B contact: outside a MARKETING user's rights, so simply null (no consent oracle).
      const other = await h.as('MARKETING')(q, { c: gid('Contact', ids.c9) });
      expect(other).toEqual({ data: { contactScore: null } });
    });
  });

  describe('the analytics:refresh command', () => {
    const root = path.resolve(import.meta.dirname, '../../../../..');
    // The command runs in its own process on this test's database (a file for SQLite, a database for PostgreSQL).
    const cli = (args: string[]) => {
      const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['packages/server/src/platform/cli.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: h.t.target.url },
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };

    it('refreshes every brand then all brands, with progress, and exits 0', async () => {
      const r = cli(['analytics:refresh', '--as-of', '2026-06-30']);
      expect(r.err).toMatch(/scores all brands .*100%/);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/snapshot \d+: A as of 2026-06-30, 6 buyers, 10 sales/);
      expect(r.out).toMatch(/snapshot \d+: B as of 2026-06-30, 1 buyers, 1 sales/);
      expect(r.out).toMatch(/snapshot \d+: all brands as of 2026-06-30, 7 buyers, 11 sales/);
      expect(await h.t.db.scoreSnapshot.count({ where: { asOf } })).toBe(3);
    });

    it('refreshes one brand with --brand, and rejects an unknown brand or a bad date with exit code 2', () => {
      const one = cli(['analytics:refresh', '--as-of', '2026-06-30', '--brand', 'A']);
      expect(one.code).toBe(0);
      expect(one.out.trim().split('\n')).toHaveLength(1);
      expect(one.out).toMatch(/: A as of 2026-06-30, 6 buyers/);
      const unknown = cli(['analytics:refresh', '--brand', 'X']);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('fidele: --brand: no brand with code "X"');
      const bad = cli(['analytics:refresh', '--as-of', '2026-02-30x']);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('--as-of must be a date YYYY-MM-DD');
    });
  });
});
