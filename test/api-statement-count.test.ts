import { afterAll, beforeAll, expect, it } from 'vitest';
// vitest.config.ts sets FIDELE_UNUSED_QUERY=error for every test: a resolver ignoring Pothos' `query` fails here.

import { builder } from '../packages/server/src/kernel/graphql/builder.js';
import type { Role } from '../packages/server/src/generated/sqlite/enums.js';
import { refreshScoreSnapshot } from '../packages/server/src/analytics/analytics.service.js';
import { createApiHarness, gid, type ApiHarness } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

const N = 500;

/**
 * The number of SQL statements of each list query the admin and the SDK send must depend on the shape of the
 * query, not on the number of rows: the same query for 10 rows and for 500 rows runs the same statements.
 */
/** `paged`: the list serves at most 100 rows a page, so the test walks the 500 rows page by page. */
const lists: Record<string, { query: string; root: string; roles?: Role[]; paged?: boolean }> = {
  'contacts with sales, lines, products, targets, actions, synopsis, activities and tasks': {
    root: 'contacts',
    query: `query($n: Int!, $after: String) { contacts(first: $n, after: $after, orderBy: [{ field: LAST_NAME }]) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node {
      id lastName brand { code } sourceAction { code }
      sales(first: 5) { totalCount edges { node { total saleDate lines { quantity amount product { code category { code } } } } } }
      targets(first: 5) { totalCount edges { node { targetedAt responded responseChannel responseDelayDays converted
        action { code responseChannels products { code } } } } }
      activities(first: 3) { totalCount edges { node { subject author { email } action { code } } } }
      tasks(first: 3) { totalCount edges { node { title overdue assignee { email } } } }
    } } } }`,
  },
  'actions with targets, responses, conversions and products': {
    root: 'marketingActions',
    query: `query($n: Int!) { marketingActions(first: $n, orderBy: [{ field: START_DATE }]) { totalCount edges { node {
      code cost requiredPurpose responseChannels brand { code } targetCount responseCount conversionCount
      products { code listPrice }
      targets(first: 5, responded: true) { totalCount edges { node { targetedAt respondedAt contact { lastName } conversionSale { total } } } }
    } } } }`,
  },
  'contacts with their synoptic view': {
    root: 'contacts',
    query: `query($n: Int!, $after: String) { contacts(first: $n, after: $after) { pageInfo { endCursor hasNextPage } edges { node { lastName synopsis { targeted responded converted targetedAt
      action { code medium brand { code } } target { responseDelayDays conversionSale { total } } } } } } }`,
  },
  'products with the actions that promoted them and their sale lines': {
    root: 'products',
    query: `query($n: Int!) { products(first: $n, orderBy: [{ field: CODE }]) { totalCount edges { node {
      code listPrice category { code }
      actions { code brand { code } targets(first: 2) { totalCount } }
      saleLines(first: 3) { totalCount edges { node { quantity amount sale { saleDate contact { lastName } } } } }
    } } } }`,
  },
  'sales with lines, products, contact, attributed action and conversion': {
    root: 'sales',
    query: `query($n: Int!) { sales(first: $n, orderBy: [{ field: SALE_DATE, direction: DESC }]) { totalCount edges { node {
      total saleDate channel lineCount contact { lastName } brand { code } attributedAction { code }
      conversion { targetedAt action { code } }
      lines { quantity unitPrice discountRate amount product { code name category { code } } }
    } } } }`,
  },
  'targets with contact, action and conversion sale': {
    root: 'actionTargets',
    query: `query($n: Int!) { actionTargets(first: $n) { totalCount edges { node {
      targetedAt responded converted contact { lastName } action { code products { code } } conversionSale { total lines { amount } }
    } } } }`,
  },
  'audit log with actors (admin)': {
    root: 'auditLog',
    roles: ['ADMIN'],
    paged: true,
    query: `query($n: Int!, $after: String) { auditLog(first: $n, after: $after, filter: { entity: ["Segment"] }) { totalCount pageInfo { endCursor hasNextPage } edges { node { at operation entity entityId fields outcome actorUser { email } apiKey { name } } } } }`,
  },
  'individual scores with predicted value, contact and FRAT category (analyst)': {
    root: 'contactScores',
    roles: ['ANALYST'],
    paged: true,
    query: `query($n: Int!, $after: String, $s: ID!) { contactScores(snapshot: $s, first: $n, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node {
      rfm segment monetary repeatPurchases contact { lastName } fratCategory { code } snapshot { asOf }
      predictedValue { probabilityAlive lifetimeValue }
    } } } }`,
  },
  'contacts with their consents and consent history': {
    root: 'contacts',
    query: `query($n: Int!, $after: String) { contacts(first: $n, after: $after) { pageInfo { endCursor hasNextPage } edges { node { lastName
      consents { purpose { code } status effectiveFrom } consentHistory { status source capturedAt purpose { code } capturedBy { email } } } } } }`,
  },
  'activities and tasks with their contact': {
    root: 'activities',
    query: `query($n: Int!) { activities(first: $n) { totalCount edges { node { subject contact { lastName } author { email } action { code } } } }
      tasks(first: $n) { totalCount edges { node { title contact { lastName } assignee { email } } } } }`,
  },
};

describeEachDatabase('statement count of the list queries', (provider) => {
  let h: ApiHarness;
  let snapshotGid = '';

  beforeAll(async () => {
    // MARKETING declares the `marketing` purpose, ADMIN `customer_service`: personal fields go through consent.
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a } = h.brands;
    const { north } = h.zones;
    const purpose = { id: h.purposes.targeted_offers! };
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const seq = Array.from({ length: N }, (_, i) => i);
    const pad = (i: number) => String(i).padStart(4, '0');
    await db.product.createMany({
      data: seq.map((i) => ({
        code: `P${pad(i)}`,
        name: `Product ${i}`,
        categoryId: cat.id,
        listPrice: '10.00',
        unitCost: '4.00',
      })),
    });
    await db.marketingAction.createMany({
      data: seq.map((i) => ({
        code: `A${pad(i)}`,
        name: `Action ${i}`,
        objective: 'LOYALTY' as const,
        medium: 'MAILING' as const,
        brandId: i % 2 ? a : null,
        requiredPurposeId: purpose.id,
        startDate: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
        endDate: new Date(Date.UTC(2026, 11, 31)),
      })),
    });
    await db.contact.createMany({
      data: seq.map((i) => ({
        kind: 'CLIENT' as const,
        lastName: `Name${pad(i)}`,
        brandId: a,
        zoneId: north,
        ownerId: h.users.SALES,
      })),
    });
    const [products, actions, contacts] = await Promise.all([
      db.product.findMany({ orderBy: { id: 'asc' }, select: { id: true } }),
      db.marketingAction.findMany({ orderBy: { id: 'asc' }, select: { id: true } }),
      db.contact.findMany({ orderBy: { id: 'asc' }, select: { id: true } }),
    ]);
    const id = (rows: { id: number }[], i: number) => rows[i % rows.length]!.id;
    // Every contact consented to marketing, so MARKETING reads their names.
    const from = new Date('2020-01-01T00:00:00Z');
    const marketing = h.purposes.marketing!;
    await db.consentEvent.createMany({
      data: contacts.map((x) => ({
        contactId: x.id,
        purposeId: marketing,
        status: 'GRANTED' as const,
        source: 'IMPORT' as const,
        capturedAt: from,
        effectiveFrom: from,
      })),
    });
    const events = await db.consentEvent.findMany({ select: { id: true, contactId: true } });
    await db.consentState.createMany({
      data: events.map((e) => ({
        contactId: e.contactId,
        purposeId: marketing,
        status: 'GRANTED' as const,
        effectiveFrom: from,
        lastEventId: e.id,
      })),
    });
    await db.actionResponseChannel.createMany({
      data: seq.map((i) => ({ actionId: id(actions, i), channel: 'PHONE' as const })),
    });
    await db.actionProduct.createMany({
      data: seq.flatMap((i) => [
        { actionId: id(actions, i), productId: id(products, i) },
        { actionId: id(actions, i), productId: id(products, i + 1) },
      ]),
    });
    await db.contact.updateMany({ data: { sourceActionId: actions[1]!.id } });
    // Two targets per contact (and per action), the first responded.
    await db.actionTarget.createMany({
      data: seq.flatMap((i) => [
        {
          actionId: id(actions, i),
          contactId: id(contacts, i),
          targetedAt: new Date('2026-02-01T00:00:00Z'),
          respondedAt: new Date('2026-02-03T00:00:00Z'),
          responseChannel: 'PHONE' as const,
        },
        { actionId: id(actions, i + 1), contactId: id(contacts, i), targetedAt: new Date('2026-02-01T00:00:00Z') },
      ]),
    });
    await db.sale.createMany({
      data: seq.map((i) => ({
        contactId: id(contacts, i),
        brandId: a,
        saleDate: new Date(Date.UTC(2026, 2, 1 + (i % 28))),
        channel: 'STORE' as const,
        total: '20.00',
        attributedActionId: id(actions, i),
      })),
    });
    const sales = await db.sale.findMany({ orderBy: { id: 'asc' }, select: { id: true, contactId: true } });
    await db.saleLine.createMany({
      data: seq.flatMap((i) => [
        { saleId: id(sales, i), productId: id(products, i), quantity: 1, unitPrice: '10.00' },
        { saleId: id(sales, i), productId: id(products, i + 1), quantity: 1, unitPrice: '10.00' },
      ]),
    });
    // Each sale converts its contact's first target.
    const targets = await db.actionTarget.findMany({
      where: { respondedAt: { not: null } },
      select: { id: true, contactId: true },
    });
    const targetOf = new Map(targets.map((t) => [t.contactId, t.id]));
    for (const s of sales.slice(0, 50))
      await db.actionTarget.update({ where: { id: targetOf.get(s.contactId)! }, data: { conversionSaleId: s.id } });
    await db.activity.createMany({
      data: seq.map((i) => ({
        contactId: id(contacts, i),
        type: 'CALL' as const,
        occurredAt: new Date('2026-02-02T00:00:00Z'),
        subject: `Call ${i}`,
        authorId: h.users.SALES,
        actionId: id(actions, i),
      })),
    });
    await db.task.createMany({
      data: seq.map((i) => ({
        contactId: id(contacts, i),
        title: `Task ${i}`,
        dueDate: new Date('2026-04-01T00:00:00Z'),
        assigneeId: h.users.SALES,
      })),
    });
    // Profiling consent for everyone (individual scores), 500 audit rows on an entity the test never reads (its own
    // reads are audited too), and a score snapshot of the 500 buyers.
    const profiling = h.purposes.profiling!;
    await db.consentEvent.createMany({
      data: contacts.map((x) => ({
        contactId: x.id,
        purposeId: profiling,
        status: 'GRANTED' as const,
        source: 'IMPORT' as const,
        capturedAt: from,
        effectiveFrom: from,
        capturedById: h.users.SUPPORT,
      })),
    });
    const profilingEvents = await db.consentEvent.findMany({
      where: { purposeId: profiling },
      select: { id: true, contactId: true },
    });
    await db.consentState.createMany({
      data: profilingEvents.map((e) => ({
        contactId: e.contactId,
        purposeId: profiling,
        status: 'GRANTED' as const,
        effectiveFrom: from,
        lastEventId: e.id,
      })),
    });
    await db.auditLog.createMany({
      data: seq.map((i) => ({
        actorType: 'STAFF' as const,
        actorUserId: h.users.MARKETING,
        operation: 'READ' as const,
        entity: 'Segment',
        entityId: String(i),
        fields: ['name', 'criteria'],
        outcome: 'ALLOWED' as const,
        at: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    snapshotGid = gid(
      'ScoreSnapshot',
      (await refreshScoreSnapshot(db, provider, { asOf: new Date('2026-06-30T00:00:00Z'), brandId: a })).id,
    );
  }, 120_000);
  afterAll(() => h?.drop());

  it('runs with onUnusedQuery: error (a resolver ignoring Pothos query fails)', () => {
    expect((builder.options as { prisma: { onUnusedQuery?: unknown } }).prisma.onUnusedQuery).toBe('error');
  });

  it("counts a product's lines and an action's targets for the parents of the page only, before grouping", async () => {
    h.statements.length = 0;
    const r = await h.as('ADMIN')(
      `{ product(code: "P0001") { saleLines(first: 2) { totalCount } actions { targets(first: 2, responded: true) { totalCount } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const counts = h.statements.filter((sql) => /COUNT\(/i.test(sql) && /"?(SaleLine|ActionTarget)"?/.test(sql));
    expect(counts.length).toBeGreaterThanOrEqual(1);
    // The parent filter is inside the statement that groups: no grouping of the whole child table.
    for (const sql of counts) expect(sql, sql).toMatch(/WHERE[^]*"?(productId|actionId)"?[`"]? IN \(/);
  });

  for (const [
    name,
    { query, root, roles = ['ADMIN', 'MARKETING'] as Role[], paged = root === 'contacts' },
  ] of Object.entries(lists)) {
    for (const role of roles) {
      it(`${name}: as many statements for 500 rows as for 10 (${role})`, async () => {
        const count = async (n: number, after: string | null = null) => {
          h.statements.length = 0;
          const r = await h.as(role)(query, { n, after, s: snapshotGid });
          expect(r.errors).toBeUndefined();
          const list = r.data[root];
          return {
            rows: list.edges.length,
            statements: h.statements.length,
            next: list.pageInfo?.hasNextPage ? list.pageInfo.endCursor : null,
          };
        };
        const small = await count(10);
        expect(small.rows).toBe(10);
        if (paged) {
          // At most 100 rows a page: walk all 500, every page as costly as the 10-row one.
          const pages: number[] = [];
          let rows = 0;
          for (let after: string | null = null, first = true; first || after; first = false) {
            const page = await count(100, after);
            pages.push(page.statements);
            rows += page.rows;
            after = page.next;
          }
          console.log(
            `${provider} ${role} ${root}: ${small.statements} statements for 10 rows, ${pages.join('/')} for each page of 100 (${rows} rows)`,
          );
          expect(rows).toBe(N);
          expect(pages).toEqual(pages.map(() => small.statements));
        } else {
          const large = await count(N);
          expect(large.rows).toBeGreaterThanOrEqual(250); // the MARKETING user sees only the actions of its brand or none
          console.log(
            `${provider} ${role} ${root}: ${small.statements} statements for ${small.rows} rows, ${large.statements} for ${large.rows}`,
          );
          expect(large.statements).toBe(small.statements);
        }
      });
    }
  }
});
