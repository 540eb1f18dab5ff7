import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/** The contact's timeline: one chronological, paginated list of activities, targetings, responses, conversions, sales and cases. */
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);

const page = `query($c: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) { contact(id: $c) { timeline(first: $first, after: $after, kinds: $kinds) {
  pageInfo { hasNextPage endCursor } edges { cursor node { at kind summary node {
    __typename
    ... on Activity { subject author { email } }
    ... on ActionTarget { action { code } conversionSale { total } }
    ... on Sale { total lines { quantity product { code } } }
    ... on ServiceCase { reference assignee { email } }
    ... on SurveyInvitation { survey { name } }
  } } } } } }`;

type Item = { at: string; kind: string; summary: string; node: { __typename: string } & Record<string, unknown> };
const items = (r: { data?: { contact: { timeline: { edges: { node: Item }[] } } } | null }) =>
  r.data!.contact.timeline.edges.map((e) => e.node);

describeEachDatabase('collaboration: contact timeline', (provider) => {
  let h: ApiHarness;
  let contact: number;
  const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 0, d, hour));

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    contact = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Story', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({
      data: { code: 'P1', name: 'P1', categoryId: cat.id, listPrice: '10.00', unitCost: '4.00' },
    });
    const action = (code: string, brandId: number) =>
      db.marketingAction.create({
        data: {
          code,
          name: `Action ${code}`,
          objective: 'LOYALTY',
          medium: 'MAILING',
          brandId,
          requiredPurposeId: h.purposes.marketing!,
          startDate: day(1),
          endDate: day(28),
        },
      });
    const a = await action('MAIL-A', h.brands.a);
    const b = await action('MAIL-B', h.brands.b);
    const sale = await db.sale.create({
      data: {
        contactId: contact,
        saleDate: day(6),
        channel: 'WEB',
        brandId: h.brands.a,
        total: '20.00',
        lines: { create: { productId: product.id, quantity: 2, unitPrice: '10.00' } },
      },
    });
    await db.actionTarget.create({
      data: {
        actionId: a.id,
        contactId: contact,
        targetedAt: day(2),
        respondedAt: day(4),
        responseChannel: 'WEB',
        conversionSaleId: sale.id,
      },
    });
    await db.actionTarget.create({
      data: { actionId: b.id, contactId: contact, targetedAt: day(3), respondedAt: day(5) },
    });
    await db.activity.create({
      data: { contactId: contact, authorId: h.users.SALES, type: 'CALL', occurredAt: day(1), subject: 'First call' },
    });
    // Same instant as the sale: the sale ranks first (kind order), then the case.
    await db.activity.create({
      data: {
        contactId: contact,
        authorId: h.users.SALES,
        type: 'MEETING',
        status: 'PLANNED',
        occurredAt: day(6),
        subject: 'Follow-up meeting',
      },
    });
    await db.serviceCase.create({
      data: {
        reference: 'CAS-2026-000001',
        contactId: contact,
        brandId: h.brands.a,
        subject: 'Late parcel',
        category: 'DELIVERY',
        openedAt: day(7),
        assigneeId: h.users.SUPPORT,
      },
    });
    await db.serviceCase.create({
      data: {
        reference: 'CAS-2026-000002',
        contactId: contact,
        brandId: h.brands.b,
        subject: 'Brand B case',
        category: 'BILLING',
        openedAt: day(8),
      },
    });
    const survey = (name: string, brandId: number) => db.survey.create({ data: { name, brandId, status: 'OPEN' } });
    await db.surveyInvitation.create({
      data: {
        surveyId: (await survey('Satisfaction A', h.brands.a)).id,
        contactId: contact,
        token: 'tok-a',
        sentAt: day(8),
        respondedAt: day(9),
      },
    });
    await db.surveyInvitation.create({
      data: {
        surveyId: (await survey('Satisfaction B', h.brands.b)).id,
        contactId: contact,
        token: 'tok-b',
        sentAt: day(8),
        respondedAt: day(9, 13),
      },
    });
  });
  afterAll(() => h.drop());

  it('merges every kind newest first, each with its node, kind and summary', async () => {
    const r = await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 50 });
    expect(r.errors).toBeUndefined();
    expect(items(r).map((i) => [i.at.slice(0, 10), i.kind, i.summary])).toEqual([
      ['2026-01-09', 'SURVEY_RESPONSE', 'Answered the survey Satisfaction B'],
      ['2026-01-09', 'SURVEY_RESPONSE', 'Answered the survey Satisfaction A'],
      ['2026-01-08', 'CASE', 'CAS-2026-000002 Brand B case (open)'],
      ['2026-01-07', 'CASE', 'CAS-2026-000001 Late parcel (open)'],
      ['2026-01-06', 'SALE', 'Sale of 20.00 (web)'],
      ['2026-01-06', 'CONVERSION', 'Converted on MAIL-A: sale of 20.00'],
      ['2026-01-06', 'ACTIVITY', 'planned meeting: Follow-up meeting'],
      ['2026-01-05', 'RESPONSE', 'Responded to MAIL-B'],
      ['2026-01-04', 'RESPONSE', 'Responded to MAIL-A (web)'],
      ['2026-01-03', 'TARGETING', 'Targeted by MAIL-B (Action MAIL-B)'],
      ['2026-01-02', 'TARGETING', 'Targeted by MAIL-A (Action MAIL-A)'],
      ['2026-01-01', 'ACTIVITY', 'call: First call'],
    ]);
    const byKind = Object.fromEntries(items(r).map((i) => [i.kind, i.node]));
    expect(byKind.SALE).toMatchObject({
      __typename: 'Sale',
      total: '20.00',
      lines: [{ quantity: 2, product: { code: 'P1' } }],
    });
    expect(byKind.CONVERSION).toMatchObject({
      __typename: 'ActionTarget',
      action: { code: 'MAIL-A' },
      conversionSale: { total: '20.00' },
    });
    expect(byKind.ACTIVITY).toMatchObject({ __typename: 'Activity', author: { email: 'sales@test.fidele' } });
    expect(items(r)[3]!.node).toMatchObject({
      __typename: 'ServiceCase',
      reference: 'CAS-2026-000001',
      assignee: { email: 'support@test.fidele' },
    });
    expect(items(r)[0]!.node).toEqual({ __typename: 'SurveyInvitation', survey: { name: 'Satisfaction B' } });
  });

  it('pages through the same order with cursors, without gaps or repeats, and filters by kind', async () => {
    const all = items(await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 50 })).map((i) => i.summary);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResult = await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 3, after });
      walked.push(...items(r).map((i) => i.summary));
      if (!r.data.contact.timeline.pageInfo.hasNextPage) break;
      after = r.data.contact.timeline.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    const kinds = await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 50, kinds: ['SALE', 'CASE'] });
    expect(kinds.errors).toBeUndefined();
    expect(items(kinds).map((i) => i.kind)).toEqual(['CASE', 'CASE', 'SALE']);
    const bad = await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 5, after: 'not-a-cursor' });
    expect(codes(bad)).toEqual(['VALIDATION']);
    const backwards = await h.as('ADMIN')(
      `query($c: ID!) { contact(id: $c) { timeline(last: 2) { edges { cursor } } } }`,
      { c: gid('Contact', contact) },
    );
    expect(codes(backwards)).toEqual(['VALIDATION']);
  });

  it('refuses a page beyond 100 items with VALIDATION instead of silently shortening it', async () => {
    const r = await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 101 });
    expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(r.data?.contact?.timeline ?? null).toBeNull();
    expect(items(await h.as('ADMIN')(page, { c: gid('Contact', contact), first: 100 })).length).toBeGreaterThan(0);
  });

  it("applies each kind's row rule: no targeting, response or case of another brand, no case for marketing", async () => {
    const support = items(await h.as('SUPPORT')(page, { c: gid('Contact', contact), first: 50 })).map((i) => i.summary);
    expect(support.join('\n')).not.toMatch(/MAIL-B|Brand B case|Satisfaction B/);
    expect(support).toContain('Answered the survey Satisfaction A');
    expect(support).toContain('CAS-2026-000001 Late parcel (open)');
    const marketing = items(await h.as('MARKETING')(page, { c: gid('Contact', contact), first: 50 }));
    expect(marketing.map((i) => i.kind)).not.toContain('CASE');
    expect(marketing.map((i) => i.kind)).toContain('SALE');
    const far = await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Far', brandId: h.brands.b, zoneId: h.zones.south },
    });
    const hidden = await h.as('SUPPORT')(page, { c: gid('Contact', far.id), first: 5 });
    expect(hidden.data.contact).toBeNull();
    const partner = await h.partner('fid_000000000000_nope', 'partner_sharing')(page, {
      c: gid('Contact', contact),
      first: 5,
    });
    expect(codes(partner)).toEqual(['UNAUTHENTICATED']);
  });

  it('runs the same number of SQL statements for 5 items as for 40 (no N+1)', async () => {
    const db = h.t.db;
    const many = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Busy', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    const a = await db.marketingAction.findFirstOrThrow({ where: { code: 'MAIL-A' } });
    const product = await db.product.findFirstOrThrow();
    for (let i = 0; i < 10; i++) {
      await db.activity.create({
        data: {
          contactId: many,
          authorId: h.users.SALES,
          type: 'NOTE',
          occurredAt: day(1 + i, 9),
          subject: `Note ${i}`,
        },
      });
      await db.sale.create({
        data: {
          contactId: many,
          saleDate: day(1 + i, 10),
          channel: 'STORE',
          brandId: h.brands.a,
          total: '10.00',
          lines: { create: { productId: product.id, quantity: 1, unitPrice: '10.00' } },
        },
      });
      await db.serviceCase.create({
        data: {
          reference: `CAS-2026-1000${i}`,
          contactId: many,
          brandId: h.brands.a,
          subject: `Case ${i}`,
          category: 'OTHER',
          openedAt: day(1 + i, 11),
          assigneeId: h.users.SUPPORT,
        },
      });
    }
    const other = await db.marketingAction.create({
      data: {
        code: 'MAIL-C',
        name: 'C',
        objective: 'LOYALTY',
        medium: 'MAILING',
        brandId: h.brands.a,
        requiredPurposeId: h.purposes.marketing!,
        startDate: day(1),
        endDate: day(28),
      },
    });
    for (const act of [a, other])
      await db.actionTarget.create({
        data: { actionId: act.id, contactId: many, targetedAt: day(10, 8), respondedAt: day(10, 12) },
      });
    const count = async (first: number) => {
      h.statements.length = 0;
      const r = await h.as('SUPPORT')(page, { c: gid('Contact', many), first });
      expect(r.errors).toBeUndefined();
      expect(items(r)).toHaveLength(first);
      return h.statements.length;
    };
    // The newest 5 already hold every type of node (responses, a case, a sale, a note): same shape, fewer rows.
    const small = await count(5);
    const large = await count(34);
    expect(large).toBe(small);
    // auth, purpose, contact, six sources, one reload per node type and one batch per relation: fixed by the shape.
    console.log(`timeline statements [${provider}]: ${small} for 5 items, ${large} for 34`);
    expect(small).toBeLessThanOrEqual(30);
  });
});
