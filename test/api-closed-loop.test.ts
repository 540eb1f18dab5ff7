import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A resolver that ignores Pothos' `query` must fail here, not silently run one query per row.
vi.hoisted(() => {
  process.env.FIDELE_UNUSED_QUERY ??= 'error';
});

import { createApiHarness, gid, type ApiHarness } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const paths = (r: { errors?: { extensions: { fields?: { path: string[] }[] } }[] }) =>
  r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort();

const targetMutation = `mutation($action: ID!, $contacts: [ID!]!, $at: DateTime) {
  targetContacts(actionId: $action, contactIds: $contacts, targetedAt: $at) {
    created { id version contact { lastName } targetedAt responded converted inControlGroup }
    alreadyTargeted { id contact { lastName } }
  } }`;
const respondMutation = `mutation($target: ID!, $channel: ResponseChannel!, $at: DateTime!, $version: Int!) {
  recordResponse(targetId: $target, channel: $channel, respondedAt: $at, version: $version) {
    id version responded respondedAt responseChannel responseDelayDays converted } }`;
const saleMutation = `mutation($input: SaleInput!, $target: ID) {
  recordSale(input: $input, conversionTargetId: $target) {
    id version total grossMargin saleDate attributedAction { code }
    conversion { id converted action { code } }
    lines { quantity unitPrice discountRate amount product { code } }
  } }`;

describeEachDatabase('closed loop: target, respond, sell', (provider) => {
  let h: ApiHarness;
  let mailing: number; // brand A, offers MAIL_COUPON and PHONE, promotes P1 and P2
  let consentAction: number; // requires the consent-based purpose
  let otherBrandAction: number;
  const c: Record<string, number> = {};

  beforeAll(async () => {
    // The demo purpose tree: MARKETING declares `marketing`, the others `customer_service`.
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a, b } = h.brands;
    const { north, south } = h.zones;
    const offers = { id: h.purposes.targeted_offers! };
    const newsletter = { id: h.purposes.newsletter! };
    const cat = await db.productCategory.create({ data: { code: 'WINE', name: 'Wine' } });
    const [p1, p2] = await Promise.all([
      db.product.create({
        data: { code: 'P1', name: 'Bordeaux', categoryId: cat.id, listPrice: '12.50', unitCost: '7.00' },
      }),
      db.product.create({
        data: { code: 'P2', name: 'Chablis', categoryId: cat.id, listPrice: '19.99', unitCost: '11.00' },
      }),
      db.product.create({ data: { code: 'P3', name: 'No cost', categoryId: cat.id, listPrice: '5.00' } }),
    ]);
    const action = (code: string, brandId: number | null, purposeId: number, extra = {}) =>
      db.marketingAction.create({
        data: {
          code,
          name: code,
          objective: 'LOYALTY',
          medium: 'MAILING',
          brandId,
          requiredPurposeId: purposeId,
          startDate: new Date('2026-01-01T00:00:00Z'),
          endDate: new Date('2026-03-31T00:00:00Z'),
          status: 'RUNNING',
          ...extra,
        },
      });
    mailing = (
      await action('SPRING', a, offers.id, {
        responseChannels: { create: [{ channel: 'MAIL_COUPON' }, { channel: 'PHONE' }] },
        products: { create: [{ productId: p1!.id }, { productId: p2!.id }] },
      })
    ).id;
    consentAction = (await action('NEWS', null, newsletter.id, { responseChannels: { create: [{ channel: 'WEB' }] } }))
      .id;
    otherBrandAction = (await action('BRAND-B', b, offers.id)).id;
    for (const [name, brandId, zoneId, extra] of [
      ['Martin', a, north, {}],
      ['Bernard', a, north, {}],
      ['Dubois', a, north, {}],
      ['Thomas', a, north, {}],
      ['OtherBrand', b, north, {}],
      ['OtherZone', a, south, {}],
      ['Gone', a, north, { deletedAt: new Date() }],
    ] as const) {
      // A postal address: the mailing's channel rule (targetContacts applies targetAction's rules) needs one.
      const address = { addressLine1: '1 rue de la Paix', postalCode: '75002', city: 'Paris' };
      c[name] = (
        await db.contact.create({ data: { kind: 'CLIENT', lastName: name, brandId, zoneId, ...address, ...extra } })
      ).id;
    }
    // Everyone consented to marketing (which covers targeted offers and the newsletter), but Dubois refused the
    // newsletter.
    for (const id of Object.values(c)) await h.consent(id, 'marketing');
    await h.consent(c.Dubois!, 'newsletter', { status: 'DENIED' });
  });
  afterAll(() => h?.drop());

  const target = (contacts: string[], action = mailing, at = '2026-01-10T09:00:00.000Z') =>
    h.as('MARKETING')(targetMutation, {
      action: gid('MarketingAction', action),
      contacts: contacts.map((n) => gid('Contact', c[n]!)),
      at,
    });

  describe('targetContacts', () => {
    it('targets contacts atomically and reports those already targeted instead of duplicating them', async () => {
      const first = await target(['Martin', 'Bernard']);
      expect(first.errors).toBeUndefined();
      expect(first.data.targetContacts.created.map((t: any) => t.contact.lastName)).toEqual(['Martin', 'Bernard']);
      expect(first.data.targetContacts.created[0]).toMatchObject({
        version: 1,
        responded: false,
        converted: false,
        targetedAt: '2026-01-10T09:00:00.000Z',
      });
      const again = await target(['Bernard', 'Dubois', 'Dubois']);
      expect(again.errors).toBeUndefined();
      expect(again.data.targetContacts.created.map((t: any) => t.contact.lastName)).toEqual(['Dubois']);
      expect(again.data.targetContacts.alreadyTargeted.map((t: any) => t.contact.lastName)).toEqual(['Bernard']);
      expect(await h.t.db.actionTarget.count({ where: { actionId: mailing } })).toBe(3);
    });

    it('fails the whole call when one contact is bad: deleted is VALIDATION, outside the scope NOT_FOUND', async () => {
      const before = await h.t.db.actionTarget.count();
      const deleted = await target(['Thomas', 'Gone']);
      expect(codes(deleted)).toEqual(['VALIDATION']);
      expect(paths(deleted)).toEqual(['contactIds.1']);
      const outside = await target(['Thomas', 'OtherZone']);
      expect(codes(outside)).toEqual(['NOT_FOUND']);
      const otherBrand = await h.as('ADMIN')(targetMutation, {
        action: gid('MarketingAction', mailing),
        contacts: [gid('Contact', c.Thomas!), gid('Contact', c.OtherBrand!)],
      });
      expect(codes(otherBrand)).toEqual(['VALIDATION']);
      expect(paths(otherBrand)).toEqual(['contactIds.1']);
      expect(await h.t.db.actionTarget.count()).toBe(before);
    });

    it('answers NOT_FOUND for an action outside the caller brands', async () => {
      const r = await target(['Thomas'], otherBrandAction);
      expect(codes(r)).toEqual(['NOT_FOUND']);
    });

    it('requires the consent of every contact to the action purpose (CONSENT_REQUIRED, nothing written)', async () => {
      const refused = await target(['Martin', 'Dubois'], consentAction);
      expect(codes(refused)).toEqual(['CONSENT_REQUIRED']);
      expect(paths(refused)).toEqual(['contactIds.1']);
      expect(await h.t.db.actionTarget.count({ where: { actionId: consentAction } })).toBe(0);
      const ok = await target(['Martin'], consentAction);
      expect(ok.data.targetContacts.created).toHaveLength(1);
    });

    it('is refused to a read-only role', async () => {
      const r = await h.as('ANALYST')(targetMutation, {
        action: gid('MarketingAction', mailing),
        contacts: [gid('Contact', c.Thomas!)],
      });
      expect(codes(r)).toEqual(['FORBIDDEN']);
    });
  });

  describe('recordResponse', () => {
    const targetOf = (name: string, action = mailing) =>
      h.t.db.actionTarget.findFirstOrThrow({ where: { actionId: action, contactId: c[name]! } });

    it('records a response on a channel the action offers, with its delay', async () => {
      const t = await targetOf('Martin');
      const r = await h.as('SUPPORT')(respondMutation, {
        target: gid('ActionTarget', t.id),
        channel: 'PHONE',
        at: '2026-01-13T09:00:00.000Z',
        version: t.version,
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.recordResponse).toMatchObject({
        version: t.version + 1,
        responded: true,
        responseChannel: 'PHONE',
        responseDelayDays: 3,
        converted: false,
      });
    });

    it('refuses a channel the action does not offer and a response before the targeting, writing nothing', async () => {
      const t = await targetOf('Bernard');
      const r = await h.as('SUPPORT')(respondMutation, {
        target: gid('ActionTarget', t.id),
        channel: 'WEB',
        at: '2026-01-01T00:00:00.000Z',
        version: t.version,
      });
      expect(codes(r)).toEqual(['VALIDATION']);
      expect(paths(r)).toEqual(['channel', 'respondedAt']);
      expect((await targetOf('Bernard')).respondedAt).toBeNull();
    });

    it('answers CONFLICT for a stale version', async () => {
      const t = await targetOf('Martin');
      const r = await h.as('SUPPORT')(respondMutation, {
        target: gid('ActionTarget', t.id),
        channel: 'MAIL_COUPON',
        at: '2026-01-20T00:00:00.000Z',
        version: t.version - 1,
      });
      expect(codes(r)).toEqual(['CONFLICT']);
      expect((await targetOf('Martin')).responseChannel).toBe('PHONE');
    });
  });

  describe('recordSale', () => {
    const input = (contact: string, lines: unknown[], extra = {}) => ({
      contact: gid('Contact', c[contact]!),
      saleDate: '2026-02-01T10:00:00.000Z',
      channel: 'STORE',
      lines,
      ...extra,
    });

    it('computes the total from the lines (rounded to the cent) and the gross margin from unit costs', async () => {
      const r = await h.as('ADMIN')(saleMutation, {
        input: input('Thomas', [
          { productCode: 'P1', quantity: 3, discountRate: '10' }, // 3 × 12.50 × 0.9 = 33.75
          { productCode: 'P2', quantity: 1, unitPrice: '19.99', discountRate: '12.5' }, // 17.49125 → 17.49
        ]),
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.recordSale).toMatchObject({
        version: 1,
        total: '51.24',
        grossMargin: '19.24',
        attributedAction: null,
        conversion: null,
        lines: [
          { quantity: 3, unitPrice: '12.50', amount: '33.75', product: { code: 'P1' } },
          { quantity: 1, amount: '17.49', product: { code: 'P2' } },
        ],
      });
      expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: c.Thomas! } })).firstSaleAt?.toISOString()).toBe(
        '2026-02-01T10:00:00.000Z',
      );
    });

    it('leaves the gross margin null when a product has no unit cost', async () => {
      const r = await h.as('ADMIN')(saleMutation, { input: input('Thomas', [{ productCode: 'P3', quantity: 2 }]) });
      expect(r.data.recordSale).toMatchObject({ total: '10.00', grossMargin: null });
    });

    it('converts a target of the same contact and attributes the sale to its action', async () => {
      const t = await h.t.db.actionTarget.findFirstOrThrow({ where: { actionId: mailing, contactId: c.Bernard! } });
      const r = await h.as('SALES')(saleMutation, {
        input: input('Bernard', [{ productCode: 'P1', quantity: 1 }]),
        target: gid('ActionTarget', t.id),
      });
      expect(r.errors?.filter((e) => e.extensions.code !== 'FORBIDDEN')).toEqual([]); // grossMargin is hidden from SALES
      expect(r.data.recordSale).toMatchObject({
        total: '12.50',
        grossMargin: null,
        attributedAction: { code: 'SPRING' },
        conversion: { converted: true, action: { code: 'SPRING' } },
      });
      const after = await h.t.db.actionTarget.findUniqueOrThrow({ where: { id: t.id } });
      expect(after.version).toBe(t.version + 1);
    });

    it('refuses a conversion of another contact, of a converted target, or before the targeting', async () => {
      const before = await h.t.db.sale.count();
      const martin = await h.t.db.actionTarget.findFirstOrThrow({ where: { actionId: mailing, contactId: c.Martin! } });
      const other = await h.as('ADMIN')(saleMutation, {
        input: input('Dubois', [{ productCode: 'P1', quantity: 1 }]),
        target: gid('ActionTarget', martin.id),
      });
      expect(codes(other)).toEqual(['VALIDATION']);
      expect(paths(other)).toEqual(['conversionTargetId']);
      const early = await h.as('ADMIN')(saleMutation, {
        input: input('Martin', [{ productCode: 'P1', quantity: 1 }], { saleDate: '2026-01-05T00:00:00.000Z' }),
        target: gid('ActionTarget', martin.id),
      });
      expect(paths(early)).toEqual(['conversionTargetId']);
      const bernard = await h.t.db.actionTarget.findFirstOrThrow({
        where: { actionId: mailing, contactId: c.Bernard! },
      });
      const twice = await h.as('ADMIN')(saleMutation, {
        input: input('Bernard', [{ productCode: 'P1', quantity: 1 }]),
        target: gid('ActionTarget', bernard.id),
      });
      expect(paths(twice)).toEqual(['conversionTargetId']);
      expect(await h.t.db.sale.count()).toBe(before);
    });

    it('reports every bad line with its path, writing nothing', async () => {
      const before = [await h.t.db.sale.count(), await h.t.db.saleLine.count()];
      const r = await h.as('ADMIN')(saleMutation, {
        input: input('Dubois', [
          { productCode: 'P1', quantity: 1 },
          { productCode: 'NOPE', quantity: 1 },
          { productCode: 'P2', quantity: 0, unitPrice: '-1', discountRate: '101' },
          { product: gid('Product', 999_999), quantity: 1 },
        ]),
      });
      expect(codes(r)).toEqual(['VALIDATION']);
      expect(paths(r)).toEqual([
        'input.lines.1.productCode',
        'input.lines.2.discountRate',
        'input.lines.2.quantity',
        'input.lines.2.unitPrice',
        'input.lines.3.product',
      ]);
      expect([await h.t.db.sale.count(), await h.t.db.saleLine.count()]).toEqual(before);
    });

    it('answers NOT_FOUND for a contact outside the caller scope', async () => {
      const r = await h.as('SALES')(saleMutation, { input: input('OtherZone', [{ productCode: 'P1', quantity: 1 }]) });
      expect(codes(r)).toEqual(['NOT_FOUND']);
    });

    it('updates a sale with its version, replacing the lines and recomputing the total; stale is CONFLICT', async () => {
      const sale = await h.t.db.sale.findFirstOrThrow({ where: { contactId: c.Thomas! }, orderBy: { id: 'asc' } });
      const update = `mutation($id: ID!, $v: Int!, $input: SalePatch!) { updateSale(id: $id, version: $v, input: $input) { version total lines { amount } } }`;
      const ok = await h.as('ADMIN')(update, {
        id: gid('Sale', sale.id),
        v: sale.version,
        input: { lines: [{ productCode: 'P2', quantity: 2 }] },
      });
      expect(ok.data.updateSale).toEqual({ version: sale.version + 1, total: '39.98', lines: [{ amount: '39.98' }] });
      const stale = await h.as('ADMIN')(update, {
        id: gid('Sale', sale.id),
        v: sale.version,
        input: { channel: 'WEB' },
      });
      expect(codes(stale)).toEqual(['CONFLICT']);
    });
  });

  describe('sales and targets lists', () => {
    it('lists sales with filters (contact, product, converted, total range) and sorts by total', async () => {
      const q = `query($filter: SaleFilter, $orderBy: [SaleOrder!]) { sales(first: 20, filter: $filter, orderBy: $orderBy) {
        totalCount edges { node { total contact { lastName } } } } }`;
      const all = await h.as('ADMIN')(q, { orderBy: [{ field: 'TOTAL', direction: 'DESC' }] });
      expect(all.errors).toBeUndefined();
      const totals = all.data.sales.edges.map((e: any) => Number(e.node.total));
      expect(totals).toEqual([...totals].sort((x, y) => y - x));
      const converted = await h.as('ADMIN')(q, { filter: { converted: true } });
      expect(converted.data.sales.edges.map((e: any) => e.node.contact.lastName)).toEqual(['Bernard']);
      const p1 = await h.t.db.product.findUniqueOrThrow({ where: { code: 'P1' } });
      const withP1 = await h.as('ADMIN')(q, {
        filter: { product: [gid('Product', p1.id)], total: { min: '12.50', max: '12.50' } },
      });
      expect(withP1.data.sales.totalCount).toBe(1);
      const thomas = await h.as('ADMIN')(q, { filter: { contact: [gid('Contact', c.Thomas!)] } });
      expect(thomas.data.sales.totalCount).toBe(2);
    });

    it('lists targets with filters, within the caller scope', async () => {
      const q = `query($filter: ActionTargetFilter) { actionTargets(first: 50, filter: $filter, orderBy: [{ field: TARGETED_AT }]) {
        totalCount edges { node { contact { lastName } action { code } } } } }`;
      const responded = await h.as('MARKETING')(q, { filter: { responded: true } });
      expect(responded.data.actionTargets.edges.map((e: any) => e.node.contact.lastName)).toEqual(['Martin']);
      const ofSpring = await h.as('MARKETING')(q, {
        filter: { action: [gid('MarketingAction', mailing)], converted: false },
      });
      expect(ofSpring.data.actionTargets.edges.map((e: any) => e.node.contact.lastName).sort()).toEqual([
        'Dubois',
        'Martin',
      ]);
      const channel = await h.as('MARKETING')(q, { filter: { responseChannel: ['MAIL_COUPON'] } });
      expect(channel.data.actionTargets.totalCount).toBe(0);
    });

    it('keeps a converted target: no clearing its response, no deleting it; deleting the sale unconverts it', async () => {
      const t = await h.t.db.actionTarget.findFirstOrThrow({ where: { actionId: mailing, contactId: c.Bernard! } });
      const clear = await h.as('MARKETING')(
        `mutation($id: ID!, $v: Int!) { clearResponse(targetId: $id, version: $v) { responded } }`,
        { id: gid('ActionTarget', t.id), v: t.version },
      );
      expect(codes(clear)).toEqual(['VALIDATION']);
      const del = await h.as('MARKETING')(`mutation($id: ID!, $v: Int!) { deleteActionTarget(id: $id, version: $v) }`, {
        id: gid('ActionTarget', t.id),
        v: t.version,
      });
      expect(codes(del)).toEqual(['VALIDATION']);
      const sale = await h.t.db.sale.findUniqueOrThrow({ where: { id: t.conversionSaleId! } });
      const delSale = await h.as('SALES')(`mutation($id: ID!, $v: Int!) { deleteSale(id: $id, version: $v) }`, {
        id: gid('Sale', sale.id),
        v: sale.version,
      });
      expect(delSale.errors).toBeUndefined();
      const after = await h.t.db.actionTarget.findUniqueOrThrow({ where: { id: t.id } });
      expect(after).toMatchObject({ conversionSaleId: null, version: t.version + 1 });
      expect(await h.t.db.saleLine.count({ where: { saleId: sale.id } })).toBe(0);
      // Put the conversion back for the link tests below.
      const again = await h.as('SALES')(saleMutation, {
        input: {
          contact: gid('Contact', c.Bernard!),
          saleDate: '2026-02-01T10:00:00.000Z',
          channel: 'STORE',
          lines: [{ productCode: 'P1', quantity: 1 }],
        },
        target: gid('ActionTarget', t.id),
      });
      expect(again.data.recordSale.conversion.converted).toBe(true);
    });

    it("closes a contact's history (targets, sales, activities, tasks, source action) to partners", async () => {
      const { schema } = await import('../packages/server/src/platform/schema.js');
      const contact = schema.getType('Contact') as import('graphql').GraphQLObjectType;
      for (const name of ['sourceAction', 'targets', 'synopsis', 'sales', 'activities', 'tasks']) {
        const options = contact.getFields()[name]!.extensions as { pothosOptions?: { authScopes?: unknown } };
        expect(options.pothosOptions?.authScopes, name).toEqual({ authenticated: true });
      }
    });
  });

  describe('the links of a contact and of an action', () => {
    it('reaches targets, source action, sales with lines and products, activities and tasks in one request', async () => {
      await h.t.db.contact.update({ where: { id: c.Bernard! }, data: { sourceActionId: mailing } });
      const act = await h.as('SALES')(
        `mutation($c: ID!) { createActivity(input: { contact: $c, type: CALL, occurredAt: "2026-01-12T10:00:00Z", subject: "Called about the coupon" }) { id author { email } } }`,
        { c: gid('Contact', c.Bernard!) },
      );
      expect(act.errors).toBeUndefined();
      expect(act.data.createActivity.author.email).toBe('sales@test.fidele');
      const task = await h.as('SALES')(
        `mutation($c: ID!) { createTask(input: { contact: $c, title: "Call back", dueDate: "2026-02-15T10:00:00Z" }) { status assignee { email } } }`,
        { c: gid('Contact', c.Bernard!) },
      );
      expect(task.data.createTask).toEqual({ status: 'OPEN', assignee: { email: 'sales@test.fidele' } });

      const q = `query($id: ID!) { contact(id: $id) {
        lastName sourceAction { code }
        targets(first: 10) { totalCount edges { node { action { code } targetedAt responded responseChannel responseDelayDays converted } } }
        sales(first: 10) { totalCount edges { node { total lines { product { code } } } } }
        activities(first: 10) { edges { node { type subject } } }
        tasks(first: 10, open: true) { totalCount edges { node { title overdue } } }
      } }`;
      const r = await h.as('MARKETING')(q, { id: gid('Contact', c.Bernard!) });
      expect(r.errors).toBeUndefined();
      expect(r.data.contact).toMatchObject({
        lastName: 'Bernard',
        sourceAction: { code: 'SPRING' },
        targets: {
          totalCount: 1,
          edges: [{ node: { action: { code: 'SPRING' }, responded: false, responseDelayDays: null, converted: true } }],
        },
        sales: { totalCount: 1, edges: [{ node: { total: '12.50', lines: [{ product: { code: 'P1' } }] } }] },
        activities: { edges: [{ node: { type: 'CALL', subject: 'Called about the coupon' } }] },
        tasks: { totalCount: 1, edges: [{ node: { title: 'Call back' } }] },
      });
    });

    it('gives the synoptic view: one row per action with ticks for targeted, responded, converted', async () => {
      const q = `query($id: ID!) { contact(id: $id) { synopsis { action { code } targeted responded converted } } }`;
      const martin = await h.as('MARKETING')(q, { id: gid('Contact', c.Martin!) });
      expect(martin.data.contact.synopsis).toEqual([
        { action: { code: 'SPRING' }, targeted: true, responded: true, converted: false },
        { action: { code: 'NEWS' }, targeted: true, responded: false, converted: false },
      ]);
      const bernard = await h.as('MARKETING')(q, { id: gid('Contact', c.Bernard!) });
      expect(bernard.data.contact.synopsis).toEqual([
        { action: { code: 'SPRING' }, targeted: true, responded: false, converted: true },
      ]);
    });

    it('lists an action targets, responses, conversions and promoted products; a product its actions and sale lines', async () => {
      const q = `query($id: ID!) { marketingAction(id: $id) {
        targetCount responseCount conversionCount products { code }
        targets(first: 2) { totalCount pageInfo { hasNextPage } edges { node { contact { lastName } } } }
        responses: targets(first: 10, responded: true) { totalCount edges { node { contact { lastName } responseChannel } } }
        conversions: targets(first: 10, converted: true) { totalCount edges { node { contact { lastName } conversionSale { total } } } }
      } }`;
      const r = await h.as('MARKETING')(q, { id: gid('MarketingAction', mailing) });
      expect(r.errors).toBeUndefined();
      expect(r.data.marketingAction).toMatchObject({
        targetCount: 3,
        responseCount: 1,
        conversionCount: 1,
        products: [{ code: 'P1' }, { code: 'P2' }],
        targets: {
          totalCount: 3,
          pageInfo: { hasNextPage: true },
          edges: [{ node: { contact: { lastName: 'Martin' } } }, { node: { contact: { lastName: 'Bernard' } } }],
        },
        responses: { totalCount: 1, edges: [{ node: { contact: { lastName: 'Martin' }, responseChannel: 'PHONE' } }] },
        conversions: {
          totalCount: 1,
          edges: [{ node: { contact: { lastName: 'Bernard' }, conversionSale: { total: '12.50' } } }],
        },
      });
      const p = await h.as('MARKETING')(
        `{ product(code: "P1") { actions { code } saleLines(first: 10) { totalCount edges { node { quantity sale { contact { lastName } } } } } } }`,
      );
      expect(p.errors).toBeUndefined();
      expect(p.data.product.actions).toEqual([{ code: 'SPRING' }]);
      // Thomas' P1 line was replaced by the sale update above: only Bernard's remains.
      expect(p.data.product.saleLines).toMatchObject({
        totalCount: 1,
        edges: [{ node: { quantity: 1, sale: { contact: { lastName: 'Bernard' } } } }],
      });
    });

    it('hides targets and sales of contacts outside the caller scope from every path', async () => {
      await h.as('ADMIN')(targetMutation, {
        action: gid('MarketingAction', mailing),
        contacts: [gid('Contact', c.OtherZone!)],
      });
      const otherTarget = await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: c.OtherZone! } });
      const q = `query($a: ID!, $t: ID!) { marketingAction(id: $a) { targetCount targets(first: 50) { totalCount } } node(id: $t) { id } }`;
      const vars = { a: gid('MarketingAction', mailing), t: gid('ActionTarget', otherTarget.id) };
      const admin = await h.as('ADMIN')(q, vars);
      const marketing = await h.as('MARKETING')(q, vars);
      expect(admin.data.marketingAction.targets.totalCount).toBe(marketing.data.marketingAction.targets.totalCount + 1);
      expect(admin.data.marketingAction.targetCount).toBe(marketing.data.marketingAction.targetCount + 1);
      expect(admin.data.node).not.toBeNull();
      expect(marketing.data.node).toBeNull();
      const brandB = await h.as('MARKETING')(`query($id: ID!) { node(id: $id) { id } }`, {
        id: gid('MarketingAction', otherBrandAction),
      });
      expect(brandB.data.node).toBeNull();
    });
  });
});
