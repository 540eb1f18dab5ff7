/**
 * `overview` (issue 14): company-wide figures need a login and follow the caller's rights. Anonymous callers get
 * UNAUTHENTICATED, partners FORBIDDEN; two staff users of different brands get different figures, each equal to a
 * count made by hand from the rows they may see (contacts of their brands and zones, the sales of those contacts,
 * the actions of their brands or of no brand).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken } from '../../identity/token.js';
import { createApiHarness, gid, type ApiHarness, type Gql, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const query = `{ overview { contactCount contactsByKind { kind count } productCount actionCount saleCount
  salesByMonth { month saleCount revenue } actionsByMedium { medium count } } }`;

describeEachDatabase('overview: logged in, scoped to the caller', (provider) => {
  let h: ApiHarness;
  let brandB: Gql;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    // A marketing user of brand B, every zone (the harness's scoped users are of brand A and the north zone).
    const userB = await db.staffUser.create({
      data: {
        email: 'marketing-b@test.fidele',
        firstName: 'B',
        lastName: 'Tester',
        role: 'MARKETING',
        passwordHash: 'unused',
        brands: { create: { brandId: h.brands.b } },
        zones: { create: [{ zoneId: h.zones.north }, { zoneId: h.zones.south }] },
      },
    });
    const token = (await issueToken(userB.id)).token;
    brandB = async (q) =>
      (await (
        await h.fetch({ authorization: `Bearer ${token}`, 'x-fidele-purpose': 'marketing' }, q)
      ).json()) as GqlResult;

    const category = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({
      data: { code: 'P', name: 'P', categoryId: category.id, listPrice: '1.00' },
    });
    const contact = (
      kind: 'CLIENT' | 'PROSPECT',
      brandId: number,
      zoneId: number,
      extra: Record<string, unknown> = {},
    ) => db.contact.create({ data: { kind, lastName: 'X', brandId, zoneId, ...extra } }).then((c) => c.id);
    const sale = (contactId: number, brandId: number, day: string, total: string) =>
      db.sale.create({
        data: {
          contactId,
          brandId,
          channel: 'STORE',
          saleDate: new Date(`${day}T10:00:00Z`),
          total,
          lines: { create: { productId: product.id, quantity: 1, unitPrice: total } },
        },
      });
    // Brand A, north (what the harness's marketing user sees): two clients and a prospect.
    const a1 = await contact('CLIENT', h.brands.a, h.zones.north);
    const a2 = await contact('CLIENT', h.brands.a, h.zones.north);
    await contact('PROSPECT', h.brands.a, h.zones.north);
    await contact('CLIENT', h.brands.a, h.zones.north, { deletedAt: new Date('2026-01-01T00:00:00Z') });
    // Brand A, south: outside the north user's zones.
    const aSouth = await contact('CLIENT', h.brands.a, h.zones.south);
    // Brand B, both zones.
    const b1 = await contact('CLIENT', h.brands.b, h.zones.north);
    const b2 = await contact('PROSPECT', h.brands.b, h.zones.south);
    await sale(a1, h.brands.a, '2026-01-05', '10.00');
    await sale(a1, h.brands.a, '2026-01-20', '5.50');
    await sale(a2, h.brands.a, '2026-03-02', '7.00');
    await sale(aSouth, h.brands.a, '2026-01-10', '100.00');
    await sale(b1, h.brands.b, '2026-02-14', '40.00');
    await sale(b2, h.brands.b, '2026-02-15', '2.25');
    await sale(b2, h.brands.b, '2026-04-01', '3.00');
    const action = (code: string, brandId: number | null, medium: 'EMAIL' | 'MAILING') =>
      db.marketingAction.create({
        data: {
          code,
          name: code,
          objective: 'LOYALTY',
          medium,
          brandId,
          startDate: new Date('2026-01-01'),
          endDate: new Date('2026-12-31'),
          requiredPurposeId: h.purposes.marketing!,
        },
      });
    await action('ACT-A', h.brands.a, 'EMAIL');
    await action('ACT-B1', h.brands.b, 'MAILING');
    await action('ACT-B2', h.brands.b, 'MAILING');
    await action('ACT-ALL', null, 'EMAIL');
  });
  afterAll(() => h?.drop());

  it('refuses an anonymous caller (UNAUTHENTICATED) and a partner (FORBIDDEN), with no figure', async () => {
    const anonymous = await h.anonymous(query);
    expect(anonymous.data?.overview ?? null).toBeNull();
    expect(anonymous.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const created = await h.as('ADMIN')(
      `mutation($b: [ID!]!) { createApiKey(input: { name: "P", brands: $b, purposes: ["partner_sharing"] }) { key } }`,
      { b: [gid('Brand', h.brands.a)] },
    );
    const partner = await h.partner(created.data.createApiKey.key, 'partner_sharing')(query);
    expect(partner.data?.overview ?? null).toBeNull();
    expect(partner.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('gives users of different brands different figures, each equal to a hand count of what they may see', async () => {
    const a = await h.as('MARKETING')(query);
    const b = await brandB(query);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const kinds = (o: { contactsByKind: { kind: string; count: number }[] }) =>
      Object.fromEntries(o.contactsByKind.filter((k) => k.count).map((k) => [k.kind, k.count]));
    // Brand A, north: 3 live contacts; the sales of a1 and a2; actions of brand A or of no brand.
    expect(a.data.overview).toMatchObject({ contactCount: 3, saleCount: 3, actionCount: 2, productCount: 1 });
    expect(kinds(a.data.overview)).toEqual({ CLIENT: 2, PROSPECT: 1 });
    expect(a.data.overview.salesByMonth).toEqual([
      { month: '2026-01', saleCount: 2, revenue: 15.5 },
      { month: '2026-03', saleCount: 1, revenue: 7 },
    ]);
    expect(a.data.overview.actionsByMedium.filter((m: { count: number }) => m.count)).toEqual([
      { medium: 'EMAIL', count: 2 },
    ]);
    // Brand B, both zones: 2 contacts, 3 sales, its two actions and the one of no brand.
    expect(b.data.overview).toMatchObject({ contactCount: 2, saleCount: 3, actionCount: 3, productCount: 1 });
    expect(kinds(b.data.overview)).toEqual({ CLIENT: 1, PROSPECT: 1 });
    expect(b.data.overview.salesByMonth).toEqual([
      { month: '2026-02', saleCount: 2, revenue: 42.25 },
      { month: '2026-04', saleCount: 1, revenue: 3 },
    ]);
    expect(b.data.overview.actionsByMedium.filter((m: { count: number }) => m.count)).toEqual([
      { medium: 'MAILING', count: 2 },
      { medium: 'EMAIL', count: 1 },
    ]); // enum order
  });

  it('gives an administrator the figures of every brand and zone', async () => {
    const admin = await h.as('ADMIN')(query);
    expect(admin.errors).toBeUndefined();
    expect(admin.data.overview).toMatchObject({ contactCount: 6, saleCount: 7, actionCount: 4 });
    expect(admin.data.overview.salesByMonth).toEqual([
      { month: '2026-01', saleCount: 3, revenue: 115.5 },
      { month: '2026-02', saleCount: 2, revenue: 42.25 },
      { month: '2026-03', saleCount: 1, revenue: 7 },
      { month: '2026-04', saleCount: 1, revenue: 3 },
    ]);
  });
});
