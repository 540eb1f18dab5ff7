/**
 * Value made actionable: the RFM migration matrix, cohort tables, and contacts selected and sorted by their scores.
 * Every expected figure is counted by hand in the comments, never by the code under test.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RfmSegment } from '../../generated/sqlite/enums.js';
import { createApiHarness, gid, type ApiHarness, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const day = (s: string) => new Date(s.length === 10 ? `${s}T12:00:00Z` : s);

describeEachDatabase('analytics: value made actionable', (provider) => {
  let h: ApiHarness;
  const saved = process.env.FIDELE_MIN_GROUP_SIZE;
  const minGroup = (n: number) => (process.env.FIDELE_MIN_GROUP_SIZE = String(n));
  afterEach(() => {
    if (saved === undefined) delete process.env.FIDELE_MIN_GROUP_SIZE;
    else process.env.FIDELE_MIN_GROUP_SIZE = saved;
  });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  const contact = async (name: string, extra: { brandId?: number; sourceActionId?: number; deleted?: boolean } = {}) =>
    (
      await h.t.db.contact.create({
        data: {
          kind: 'CLIENT',
          lastName: name,
          brandId: extra.brandId ?? h.brands.a,
          zoneId: h.zones.north,
          sourceActionId: extra.sourceActionId ?? null,
          deletedAt: extra.deleted ? new Date() : null,
        },
      })
    ).id;

  describe('RFM migration matrix', () => {
    /*
     * Two snapshots of brand A written row by row (segments chosen by hand):
     *
     * | buyers  | earlier (2026-03-31) | later (2026-06-30) |
     * | k1-k5   | CHAMPIONS            | CHAMPIONS          |  5
     * | k6-k8   | CHAMPIONS            | LOYAL              |  3
     * | k9-k12  | LOYAL                | CHAMPIONS          |  4
     * | k13-k15 | LOYAL                | LOYAL              |  3
     * | k16     | LOYAL                | AT_RISK            |  1  (no profiling consent)
     * | k17-k19 | -                    | NEW_CUSTOMER       |  3  (new)
     * | k20-k22 | CHAMPIONS            | -                  |  3  (gone)
     */
    const plan: [number, RfmSegment | null, RfmSegment | null][] = [
      [5, 'CHAMPIONS', 'CHAMPIONS'],
      [3, 'CHAMPIONS', 'LOYAL'],
      [4, 'LOYAL', 'CHAMPIONS'],
      [3, 'LOYAL', 'LOYAL'],
      [1, 'LOYAL', 'AT_RISK'],
      [3, null, 'NEW_CUSTOMER'],
      [3, 'CHAMPIONS', null],
    ];
    const snaps = {} as Record<'early' | 'late' | 'otherBrand' | 'running', number>;
    let k16 = 0;

    beforeAll(async () => {
      const db = h.t.db;
      const snapshot = async (asOf: string, brandId: number, status: 'COMPLETED' | 'RUNNING' = 'COMPLETED') =>
        (await db.scoreSnapshot.create({ data: { asOf: new Date(`${asOf}T00:00:00Z`), brandId, status } })).id;
      snaps.early = await snapshot('2026-03-31', h.brands.a);
      snaps.late = await snapshot('2026-06-30', h.brands.a);
      snaps.otherBrand = await snapshot('2026-06-30', h.brands.b);
      snaps.running = await snapshot('2026-07-31', h.brands.a, 'RUNNING');
      const score = (snapshotId: number, contactId: number, segment: RfmSegment) =>
        db.contactScore.create({
          data: {
            snapshotId,
            contactId,
            segment,
            recencyDays: 1,
            frequency: 1,
            monetary: '10',
            grossMargin: '0',
            firstPurchaseAt: day('2026-01-01'),
            lastPurchaseAt: day('2026-01-01'),
            recencyScore: 1,
            frequencyScore: 1,
            monetaryScore: 1,
          },
        });
      let n = 0;
      for (const [count, before, after] of plan)
        for (let i = 0; i < count; i++) {
          const id = await contact(`k${++n}`);
          if (n === 16) k16 = id;
          else await h.consent(id, 'profiling');
          if (before) await score(snaps.early, id, before);
          if (after) await score(snaps.late, id, after);
        }
    });

    const query = `query($from: ID!, $to: ID!) { rfmMigration(from: $from, to: $to) {
      minGroupSize from { asOf } to { asOf } cells { from to count suppressed } } }`;
    const matrix = async (role: 'ADMIN' | 'ANALYST' = 'ADMIN', from = snaps.early, to = snaps.late) =>
      h.as(role)(query, { from: gid('ScoreSnapshot', from), to: gid('ScoreSnapshot', to) });
    const nonZero = (cells: { from: string | null; to: string | null; count: number | null; suppressed: boolean }[]) =>
      Object.fromEntries(
        cells.filter((c) => c.count !== 0).map((c) => [`${c.from ?? 'NEW'}>${c.to ?? 'GONE'}`, c.count]),
      );

    it('counts buyers from each segment to each segment, new and gone, as counted by hand (no suppression)', async () => {
      minGroup(1);
      const r = await matrix();
      expect(r.errors).toBeUndefined();
      const m = r.data.rfmMigration;
      // 11 segments + new as rows, 11 + gone as columns, without (new, gone): 12 × 12 − 1.
      expect(m.cells).toHaveLength(143);
      expect(m.from.asOf).toBe('2026-03-31T00:00:00.000Z');
      expect(nonZero(m.cells)).toEqual({
        'CHAMPIONS>CHAMPIONS': 5,
        'CHAMPIONS>LOYAL': 3,
        'CHAMPIONS>GONE': 3,
        'LOYAL>CHAMPIONS': 4,
        'LOYAL>LOYAL': 3,
        'LOYAL>AT_RISK': 1,
        'NEW>NEW_CUSTOMER': 3,
      });
    });

    it('suppresses small cells and, where a row or column would give one away, a partner cell', async () => {
      minGroup(3);
      const m = (await matrix('ANALYST')).data.rfmMigration;
      expect(m.minGroupSize).toBe(3);
      /*
       * Small: LOYAL>AT_RISK (1, k16, who has no profiling consent). Row LOYAL then has one hidden cell: its smallest
       * other one, LOYAL>LOYAL (3 < 4), goes with it. Column LOYAL now has one: CHAMPIONS>LOYAL (3) goes. Row
       * CHAMPIONS now has one: its smallest other, CHAMPIONS>GONE (3 < 5), goes. Columns AT_RISK and GONE have no
       * other non-empty cell. What remains published:
       */
      expect(nonZero(m.cells)).toEqual({
        'CHAMPIONS>CHAMPIONS': 5,
        'CHAMPIONS>LOYAL': null,
        'CHAMPIONS>GONE': null,
        'LOYAL>CHAMPIONS': 4,
        'LOYAL>LOYAL': null,
        'LOYAL>AT_RISK': null,
        'NEW>NEW_CUSTOMER': 3,
      });
      expect(m.cells.filter((c: { suppressed: boolean }) => c.suppressed)).toHaveLength(4);
      // With the default minimum (5), k16's cell is hidden as well: the contact is never isolated.
      delete process.env.FIDELE_MIN_GROUP_SIZE;
      const cell = (await matrix()).data.rfmMigration.cells.find(
        (c: { from: string; to: string }) => c.from === 'LOYAL' && c.to === 'AT_RISK',
      );
      expect(cell).toEqual({ from: 'LOYAL', to: 'AT_RISK', count: null, suppressed: true });
      expect(k16).toBeGreaterThan(0);
    });

    it('refuses snapshots of different scopes, in the wrong order, unfinished or not the caller’s', async () => {
      const code = async (from: number, to: number, role: 'ADMIN' | 'MARKETING' | 'SALES' = 'ADMIN') =>
        (await matrix(role as 'ADMIN', from, to)).errors?.[0]?.extensions.code;
      expect(await code(snaps.early, snaps.otherBrand)).toBe('VALIDATION');
      expect(await code(snaps.late, snaps.early)).toBe('VALIDATION');
      expect(await code(snaps.early, snaps.running)).toBe('NOT_FOUND');
      // Brand B's snapshot is outside MARKETING's brands: it answers like a missing one.
      expect(await code(snaps.otherBrand, snaps.late, 'MARKETING')).toBe('NOT_FOUND');
      expect(await code(snaps.early, snaps.late, 'SALES')).toBe('FORBIDDEN');
    });
  });

  describe('cohort tables', () => {
    /*
     * Brand A sales (contact: date total). Action X (brand A) brought m1, m2, m4; action Y (brand B) brought m5.
     *
     * | contact | sales                                                   | first purchase | source |
     * | m1      | 01-05 100, 02-10 50, 04-01 20 (+ 03-05 100 of brand B)   | 2026-01        | X      |
     * | m2      | 01-20 200, 02-01 30                                      | 2026-01        | X      |
     * | m3      | 01-31 23:30 UTC 10, 03-15 40 (no profiling consent)      | 2026-01        | -      |
     * | m4      | 02-01 00:00 UTC 60, 03-01 40                             | 2026-02        | X      |
     * | m5      | 02-28 80                                                 | 2026-02        | Y      |
     * | m6      | 04-02 70 (after the period; 2025-12 of brand B)          | 2026-04        | -      |
     * | m7      | 01-10 500, deleted                                       | -              | -      |
     */
    let actionX = 0;
    let actionY = 0;
    beforeAll(async () => {
      const db = h.t.db;
      const action = async (name: string, brandId: number) =>
        (
          await db.marketingAction.create({
            data: {
              code: name,
              name,
              objective: 'LOYALTY',
              medium: 'EMAIL',
              startDate: day('2025-12-01'),
              endDate: day('2026-01-31'),
              requiredPurposeId: h.purposes.marketing!,
              brandId,
            },
          })
        ).id;
      actionX = await action('X', h.brands.a);
      actionY = await action('Y', h.brands.b);
      const sale = (contactId: number, date: string, total: number, brandId = h.brands.a) =>
        db.sale.create({
          data: { contactId, brandId, saleDate: day(date), channel: 'STORE', total: total.toFixed(2) },
        });
      const m1 = await contact('m1', { sourceActionId: actionX });
      const m2 = await contact('m2', { sourceActionId: actionX });
      const m3 = await contact('m3');
      const m4 = await contact('m4', { sourceActionId: actionX });
      const m5 = await contact('m5', { sourceActionId: actionY });
      const m6 = await contact('m6');
      const m7 = await contact('m7', { deleted: true });
      for (const id of [m1, m2, m4, m5, m6, m7]) await h.consent(id, 'profiling');
      await sale(m1, '2026-01-05', 100);
      await sale(m1, '2026-02-10', 50);
      await sale(m1, '2026-04-01', 20);
      await sale(m1, '2026-03-05', 100, h.brands.b);
      await sale(m2, '2026-01-20', 200);
      await sale(m2, '2026-02-01', 30);
      await sale(m3, '2026-01-31T23:30:00.000Z', 10);
      await sale(m3, '2026-03-15', 40);
      await sale(m4, '2026-02-01T00:00:00.000Z', 60);
      await sale(m4, '2026-03-01', 40);
      await sale(m5, '2026-02-28', 80);
      await sale(m6, '2026-04-02', 70);
      await sale(m6, '2025-12-15', 70, h.brands.b);
      await sale(m7, '2026-01-10', 500);
    });

    const query = `query($by: CohortBy!, $brand: ID) {
      cohorts(by: $by, brand: $brand, from: "2026-01-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z", months: 4) {
        months minGroupSize rows { key label sourceAction size suppressed
          cells { month activeBuyers retention revenue revenuePerMember suppressed } } } }`;
    type Cell = { month: number; activeBuyers: number | null; retention: number | null; revenue: number | null };
    const table = async (by: string, role: 'ADMIN' | 'MARKETING' = 'MARKETING', brand: number | null = h.brands.a) => {
      const r = await h.as(role)(query, { by, brand: brand === null ? null : gid('Brand', brand) });
      expect(r.errors).toBeUndefined();
      return r.data.cohorts.rows.map(
        (row: { key: string | null; label: string | null; size: number | null; cells: Cell[] }) => ({
          key: row.label ?? row.key,
          size: row.size,
          cells: row.cells.map((c) => [c.activeBuyers, c.revenue]),
        }),
      );
    };

    it('by first-purchase month: members active and their revenue in months 0-3, small cells hidden', async () => {
      minGroup(2);
      /*
       * January (m1, m2, m3): month 0: 3 buyers, 310; month 1 (Feb): m1 50 + m2 30 = 2, 80; month 2 (Mar): m3 alone
       * (40): hidden (m3 has no profiling consent and is not isolated); month 3 (Apr): m1 alone: hidden.
       * February (m4, m5): month 0: 60 + 80; month 1: m4 alone: hidden; months 2-3: nobody.
       * m1's brand B sale, m6 (first brand A purchase in April) and the deleted m7 are not counted.
       */
      expect(await table('FIRST_PURCHASE_MONTH')).toEqual([
        {
          key: '2026-01',
          size: 3,
          cells: [
            [3, 310],
            [2, 80],
            [null, null],
            [null, null],
          ],
        },
        {
          key: '2026-02',
          size: 2,
          cells: [
            [2, 140],
            [null, null],
            [0, 0],
            [0, 0],
          ],
        },
      ]);
      const r = await h.as('MARKETING')(query, { by: 'FIRST_PURCHASE_MONTH', brand: gid('Brand', h.brands.a) });
      const jan = r.data.cohorts.rows[0].cells[1];
      expect(jan.retention).toBeCloseTo(2 / 3, 10);
      expect(jan.revenuePerMember).toBe(26.67);
    });

    it('by source action: each member counted from its own first month; actions you may not see fold into none', async () => {
      minGroup(2);
      /*
       * X (m1, m2, m4): month 0: 100 + 200 + 60 = 360 (3); month 1: 50 + 30 + 40 = 120 (3); month 2: nobody;
       * month 3: m1 alone (20): hidden.
       * None, for MARKETING (m3, and m5 whose action Y is of brand B): month 0: 10 + 80 (2); month 1: nobody;
       * month 2: m3 alone: hidden; month 3: nobody.
       */
      expect(await table('SOURCE_ACTION')).toEqual([
        {
          key: 'X',
          size: 3,
          cells: [
            [3, 360],
            [3, 120],
            [0, 0],
            [null, null],
          ],
        },
        {
          key: null,
          size: 2,
          cells: [
            [2, 90],
            [0, 0],
            [null, null],
            [0, 0],
          ],
        },
      ]);
      // The administrator sees Y: Y (m5) and none (m3) are single buyers, both hidden, rows and cells.
      expect(await table('SOURCE_ACTION', 'ADMIN')).toEqual([
        {
          key: 'X',
          size: 3,
          cells: [
            [3, 360],
            [3, 120],
            [0, 0],
            [null, null],
          ],
        },
        { key: 'Y', size: null, cells: Array(4).fill([null, null]) },
        { key: null, size: null, cells: Array(4).fill([null, null]) },
      ]);
    });

    it('refuses a brand that is not the caller’s like a missing one, and bounds months and period', async () => {
      const code = async (vars: Record<string, unknown>, q = query) =>
        (await h.as('MARKETING')(q, { by: 'FIRST_PURCHASE_MONTH', ...vars })).errors?.[0]?.extensions.code;
      expect(await code({ brand: gid('Brand', h.brands.b) })).toBe('NOT_FOUND');
      const months = `query { cohorts(by: FIRST_PURCHASE_MONTH, months: 37) { months } }`;
      expect(await code({}, months)).toBe('VALIDATION');
      const period = `query { cohorts(by: FIRST_PURCHASE_MONTH, from: "2000-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { months } }`;
      expect(await code({}, period)).toBe('VALIDATION');
      expect(actionX).toBeGreaterThan(0);
    });
  });

  describe('contacts selected and sorted by their scores', () => {
    /*
     * A later snapshot of brand A (2026-09-30), the latest completed one, written row by row:
     *
     * | contact | segment   | FRAT type    | R F M | profiling consent |
     * | s1      | CHAMPIONS | Bags (C1)    | 5 5 5 | yes               |
     * | s2      | LOST      | Apparel (C2) | 1 1 1 | yes               |
     * | s3      | LOYAL     | Bags         | 3 4 2 | yes               |
     * | s4      | CHAMPIONS | Apparel      | 5 4 4 | no: hidden        |
     * | s5      | AT_RISK   | -            | 2 3 3 | yes               |
     * | s6      | not a buyer               |       | yes               |
     */
    const s = {} as Record<'s1' | 's2' | 's3' | 's4' | 's5' | 's6', number>;
    const cat = {} as Record<'bags' | 'apparel', number>;
    beforeAll(async () => {
      const db = h.t.db;
      cat.bags = (await db.productCategory.create({ data: { code: 'C1', name: 'Bags' } })).id;
      cat.apparel = (await db.productCategory.create({ data: { code: 'C2', name: 'Apparel' } })).id;
      const snapshotId = (
        await db.scoreSnapshot.create({
          data: { asOf: new Date('2026-09-30T00:00:00Z'), brandId: h.brands.a, status: 'COMPLETED' },
        })
      ).id;
      const rows: [keyof typeof s, RfmSegment | null, number | null, [number, number, number], boolean][] = [
        ['s1', 'CHAMPIONS', cat.bags, [5, 5, 5], true],
        ['s2', 'LOST', cat.apparel, [1, 1, 1], true],
        ['s3', 'LOYAL', cat.bags, [3, 4, 2], true],
        ['s4', 'CHAMPIONS', cat.apparel, [5, 4, 4], false],
        ['s5', 'AT_RISK', null, [2, 3, 3], true],
        ['s6', null, null, [0, 0, 0], true],
      ];
      for (const [name, segment, fratCategoryId, [r, f, m], consent] of rows) {
        s[name] = await contact(name);
        if (consent) await h.consent(s[name], 'profiling');
        if (segment)
          await db.contactScore.create({
            data: {
              snapshotId,
              contactId: s[name],
              segment,
              fratCategoryId,
              recencyScore: r,
              frequencyScore: f,
              monetaryScore: m,
              recencyDays: 1,
              frequency: f,
              monetary: String(m * 100),
              grossMargin: '0',
              firstPurchaseAt: day('2026-01-01'),
              lastPurchaseAt: day('2026-09-01'),
            },
          });
      }
    });

    const list = `query($filter: ContactFilter, $scoreOrder: ContactScoreOrder, $first: Int, $after: String) {
      contacts(filter: $filter, scoreOrder: $scoreOrder, first: $first, after: $after) {
        totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;
    const ours = () => Object.values(s).map((id) => gid('Contact', id));
    const run = (role: 'ADMIN' | 'MARKETING' | 'ANALYST' | 'SALES', vars: Record<string, unknown>) =>
      h.as(role)(list, { ...vars, filter: { ids: ours(), ...(vars.filter as object) } });
    // Names from ids: a contact's name is personal data its consent may withhold from the request.
    const nameOf = (id: string) => Object.entries(s).find(([, n]) => gid('Contact', n) === id)?.[0] ?? id;
    const names = (r: GqlResult<{ contacts: { edges: { node: { id: string } }[] } }>) =>
      r.data!.contacts.edges.map((e) => nameOf(e.node.id));
    const brandA = () => gid('Brand', h.brands.a);

    it('selects by FRAT type as chosen by hand; a contact without profiling consent never matches', async () => {
      const bags = await run('MARKETING', {
        filter: { fratCategory: [gid('ProductCategory', cat.bags)], rfmBrand: brandA() },
      });
      expect(bags.errors).toBeUndefined();
      expect(names(bags)).toEqual(['s1', 's3']);
      expect(bags.data.contacts.totalCount).toBe(2);
      // Apparel: s2, and s4 whose scores are hidden: only s2.
      const apparel = await run('ANALYST', {
        filter: { fratCategory: [gid('ProductCategory', cat.apparel)], rfmBrand: brandA() },
      });
      expect(names(apparel)).toEqual(['s2']);
      expect(apparel.data.contacts.totalCount).toBe(1);
      // With the segment: CHAMPIONS of type Apparel would be s4 alone, who answers like nobody.
      const both = await run('ADMIN', {
        filter: { rfmSegment: ['CHAMPIONS'], fratCategory: [gid('ProductCategory', cat.apparel)], rfmBrand: brandA() },
      });
      expect(both.data.contacts.totalCount).toBe(0);
      expect(
        (await run('SALES', { filter: { fratCategory: [gid('ProductCategory', cat.bags)] } })).errors?.[0]?.extensions
          .code,
      ).toBe('FORBIDDEN');
    });

    it('a saved segment accepts the FRAT type through its contacts filter', async () => {
      const create = `mutation($i: SegmentInput!) { createSegment(input: $i) { id contacts(first: 50) { totalCount edges { node { id } } } } }`;
      const criteria = {
        contact: { ids: ours(), fratCategory: [gid('ProductCategory', cat.bags)], rfmBrand: brandA() },
      };
      const r = await h.as('MARKETING')(create, { i: { name: 'bags', criteria, brand: brandA() } });
      expect(r.errors).toBeUndefined();
      expect(names({ data: { contacts: r.data.createSegment.contacts } })).toEqual(['s1', 's3']);
      expect(r.data.createSegment.contacts.totalCount).toBe(2);
    });

    it('sorts by FRAT type, segment and monetary score; hidden scores sort with the non-buyers, last', async () => {
      const sorted = async (key: string, direction = 'ASC') =>
        names(await run('ANALYST', { scoreOrder: { key, direction, brand: brandA() }, first: 10 }));
      // Apparel (s2), Bags (s1, s3), then without a readable type: s4 (hidden), s5 (no category), s6 (no score).
      expect(await sorted('FRAT_CATEGORY')).toEqual(['s2', 's1', 's3', 's4', 's5', 's6']);
      expect(await sorted('FRAT_CATEGORY', 'DESC')).toEqual(['s1', 's3', 's2', 's4', 's5', 's6']);
      // Enum order: CHAMPIONS (s1; s4 is hidden), LOYAL (s3), AT_RISK (s5), LOST (s2); then s4, s6.
      expect(await sorted('RFM_SEGMENT')).toEqual(['s1', 's3', 's5', 's2', 's4', 's6']);
      // M: s1 5, s5 3, s3 2, s2 1; s4's hidden 4 does not put it second.
      expect(await sorted('MONETARY_SCORE', 'DESC')).toEqual(['s1', 's5', 's3', 's2', 's4', 's6']);
      expect(await sorted('RECENCY_SCORE')).toEqual(['s2', 's5', 's3', 's1', 's4', 's6']);
    });

    it('pages a score sort forward across buckets with cursors, and refuses other roles and backward pages', async () => {
      const vars = { scoreOrder: { key: 'MONETARY_SCORE', direction: 'DESC', brand: brandA() } };
      const p1 = await run('ANALYST', { ...vars, first: 2 });
      expect(names(p1)).toEqual(['s1', 's5']);
      expect(p1.data.contacts.pageInfo.hasNextPage).toBe(true);
      expect(p1.data.contacts.totalCount).toBe(6);
      const p2 = await run('ANALYST', { ...vars, first: 3, after: p1.data.contacts.pageInfo.endCursor });
      expect(names(p2)).toEqual(['s3', 's2', 's4']);
      const p3 = await run('ANALYST', { ...vars, first: 3, after: p2.data.contacts.pageInfo.endCursor });
      expect(names(p3)).toEqual(['s6']);
      expect(p3.data.contacts.pageInfo.hasNextPage).toBe(false);
      expect((await run('SALES', { ...vars, first: 2 })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const back = await h.as('ANALYST')(
        `query($o: ContactScoreOrder) { contacts(scoreOrder: $o, last: 2) { edges { node { id } } } }`,
        { o: vars.scoreOrder },
      );
      expect(back.errors?.[0]?.extensions.code).toBe('VALIDATION');
    });
  });
});
