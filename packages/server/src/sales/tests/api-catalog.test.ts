import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A resolver that ignores Pothos' `query` must fail here, not silently run one query per row.
vi.hoisted(() => {
  process.env.FIDELE_UNUSED_QUERY ??= 'error';
});

import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const paths = (r: { errors?: { extensions: { fields?: { path: string[] }[] } }[] }) =>
  r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort();
const nodes = (connection: { edges: { node: Record<string, unknown> }[] }, field = 'code') =>
  connection.edges.map((e) => e.node[field]);

const productPage = `query($first: Int, $after: String, $last: Int, $before: String, $filter: ProductFilter, $orderBy: [ProductOrder!]) {
  products(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id code name listPrice active version } } } }`;
const actionPage = `query($first: Int, $after: String, $filter: MarketingActionFilter, $orderBy: [MarketingActionOrder!]) {
  marketingActions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id code name status brand { code } } } } }`;

describeEachDatabase('catalogue API: products, actions, activities, tasks', (provider) => {
  let h: ApiHarness;
  let wine: number;
  let food: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    wine = (await db.productCategory.create({ data: { code: 'WINE', name: 'Wine' } })).id;
    food = (await db.productCategory.create({ data: { code: 'FOOD', name: 'Food' } })).id;
    const rows = [
      ['BDX-01', 'Bordeaux rouge', wine, '12.50', true],
      ['BDX-02', 'Bordeaux blanc', wine, '11.00', true],
      ['CHB-01', 'Chablis', wine, '19.99', true],
      ['FOIE-01', 'Foie gras', food, '35.00', true],
      ['OLD-01', 'Old vintage', wine, '99.00', false],
    ] as const;
    for (const [code, name, categoryId, listPrice, active] of rows) {
      await db.product.create({ data: { code, name, categoryId, listPrice, active, unitCost: '5.00' } });
    }
    const action = (code: string, brandId: number | null, start: string, end: string, status = 'RUNNING' as const) =>
      db.marketingAction.create({
        data: {
          code,
          name: `Action ${code}`,
          objective: 'LOYALTY',
          medium: 'EMAIL',
          brandId,
          status,
          requiredPurposeId: h.purposes.targeted_offers!,
          startDate: new Date(start),
          endDate: new Date(end),
        },
      });
    await action('SPRING', h.brands.a, '2026-03-01T00:00:00Z', '2026-05-31T00:00:00Z');
    await action('SUMMER', null, '2026-06-01T00:00:00Z', '2026-08-31T00:00:00Z');
    await action('AUTUMN', h.brands.a, '2026-09-01T00:00:00Z', '2026-11-30T00:00:00Z', 'PLANNED' as never);
    await action('B-ONLY', h.brands.b, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z');
  });
  afterAll(() => h?.drop());

  describe('products', () => {
    it('pages forward and backward with totalCount, and answers an empty page past the end', async () => {
      const q = h.as('SALES');
      const p1 = await q(productPage, { first: 2, orderBy: [{ field: 'CODE' }] });
      expect(p1.errors).toBeUndefined();
      expect(p1.data.products.totalCount).toBe(5);
      expect(nodes(p1.data.products)).toEqual(['BDX-01', 'BDX-02']);
      expect(p1.data.products.pageInfo).toMatchObject({ hasNextPage: true });
      const p2 = await q(productPage, {
        first: 10,
        after: p1.data.products.pageInfo.endCursor,
        orderBy: [{ field: 'CODE' }],
      });
      expect(nodes(p2.data.products)).toEqual(['CHB-01', 'FOIE-01', 'OLD-01']);
      expect(p2.data.products.pageInfo.hasNextPage).toBe(false);
      const last = await q(productPage, { last: 2, orderBy: [{ field: 'CODE' }] });
      expect(nodes(last.data.products)).toEqual(['FOIE-01', 'OLD-01']);
      expect(last.data.products.pageInfo.hasPreviousPage).toBe(true);
      const before = await q(productPage, {
        last: 1,
        before: last.data.products.pageInfo.startCursor,
        orderBy: [{ field: 'CODE' }],
      });
      expect(nodes(before.data.products)).toEqual(['CHB-01']);
      const end = await q(productPage, {
        first: 5,
        after: p2.data.products.pageInfo.endCursor,
        orderBy: [{ field: 'CODE' }],
      });
      expect(end.data.products.edges).toEqual([]);
    });

    it('filters by category, activity, search and price range, and sorts by price descending', async () => {
      const q = h.as('MARKETING');
      const wines = await q(productPage, {
        first: 20,
        filter: { category: [gid('ProductCategory', wine)], active: true },
        orderBy: [{ field: 'LIST_PRICE', direction: 'DESC' }],
      });
      expect(nodes(wines.data.products)).toEqual(['CHB-01', 'BDX-01', 'BDX-02']);
      expect(wines.data.products.edges[0].node.listPrice).toBe('19.99');
      const search = await q(productPage, { first: 20, filter: { search: 'bordeaux ROUGE' } });
      expect(nodes(search.data.products)).toEqual(['BDX-01']);
      const range = await q(productPage, {
        first: 20,
        filter: { listPrice: { min: '12.00', max: '36' } },
        orderBy: [{ field: 'LIST_PRICE' }],
      });
      expect(nodes(range.data.products)).toEqual(['BDX-01', 'CHB-01', 'FOIE-01']);
      const none = await q(productPage, { first: 20, filter: { code: ['NOPE'] } });
      expect(none.data.products).toMatchObject({ totalCount: 0, edges: [] });
      const wrongId = await q(productPage, { first: 20, filter: { category: [gid('Brand', wine)] } });
      expect(codes(wrongId)).toEqual(['VALIDATION']);
      expect(paths(wrongId)).toEqual(['filter.category.0']);
    });

    const create = `mutation($input: ProductInput!) { createProduct(input: $input) { id code listPrice unitCost version category { code } } }`;
    const update = `mutation($id: ID!, $v: Int!, $input: ProductPatch!) { updateProduct(id: $id, version: $v, input: $input) { version name listPrice } }`;

    it('creates a product; bad input (negative price, duplicate code, unknown category) is VALIDATION and writes nothing', async () => {
      const ok = await h.as('ADMIN')(create, {
        input: {
          code: 'CHAMP-01',
          name: 'Champagne',
          category: gid('ProductCategory', wine),
          listPrice: '30',
          unitCost: '12.5',
        },
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.createProduct).toMatchObject({
        code: 'CHAMP-01',
        listPrice: '30.00',
        unitCost: '12.50',
        version: 1,
        category: { code: 'WINE' },
      });
      const before = await h.t.db.product.count();
      const bad = await h.as('MARKETING')(create, {
        input: {
          code: 'BDX-01',
          name: ' ',
          category: gid('ProductCategory', 999_999),
          listPrice: '-1.00',
          warrantyMonths: -2,
        },
      });
      expect(codes(bad)).toEqual(['VALIDATION']);
      expect(paths(bad)).toEqual([
        'input.category',
        'input.code',
        'input.listPrice',
        'input.name',
        'input.warrantyMonths',
      ]);
      const cents = await h.as('MARKETING')(create, {
        input: { code: 'X', name: 'X', category: gid('ProductCategory', wine), listPrice: '1.005' },
      });
      expect(paths(cents)).toEqual(['input.listPrice']);
      expect(await h.t.db.product.count()).toBe(before);
    });

    it('refuses a unit cost from a role that may not read it, and hides it from that role', async () => {
      const r = await h.as('MARKETING')(create, {
        input: { code: 'Y', name: 'Y', category: gid('ProductCategory', wine), listPrice: '1', unitCost: '0.5' },
      });
      expect(codes(r)).toEqual(['FORBIDDEN']);
      const read = await h.as('MARKETING')(`{ product(code: "BDX-01") { code unitCost } }`);
      expect(read.data.product).toEqual({ code: 'BDX-01', unitCost: null });
      expect(read.errors?.[0]).toMatchObject({ path: ['product', 'unitCost'], extensions: { code: 'FORBIDDEN' } });
    });

    it('updates with the current version; a stale version is CONFLICT and changes nothing', async () => {
      const p = await h.t.db.product.findUniqueOrThrow({ where: { code: 'BDX-02' } });
      const ok = await h.as('MARKETING')(update, {
        id: gid('Product', p.id),
        v: p.version,
        input: { name: 'Bordeaux blanc sec', listPrice: '11.5' },
      });
      expect(ok.data.updateProduct).toEqual({ version: p.version + 1, name: 'Bordeaux blanc sec', listPrice: '11.50' });
      const stale = await h.as('MARKETING')(update, {
        id: gid('Product', p.id),
        v: p.version,
        input: { name: 'Lost' },
      });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect((await h.t.db.product.findUniqueOrThrow({ where: { id: p.id } })).name).toBe('Bordeaux blanc sec');
      const missing = await h.as('MARKETING')(update, { id: gid('Product', 999_999), v: 1, input: { name: 'X' } });
      expect(codes(missing)).toEqual(['NOT_FOUND']);
    });

    it('deletes a product never sold; a sold one is VALIDATION (deactivate it instead)', async () => {
      const del = `mutation($id: ID!, $v: Int!) { deleteProduct(id: $id, version: $v) }`;
      const p = await h.t.db.product.findUniqueOrThrow({ where: { code: 'CHAMP-01' } });
      const ok = await h.as('ADMIN')(del, { id: gid('Product', p.id), v: p.version });
      expect(ok.data.deleteProduct).toBe(gid('Product', p.id));
      expect(await h.t.db.product.count({ where: { id: p.id } })).toBe(0);
      const sold = await h.t.db.product.findUniqueOrThrow({ where: { code: 'FOIE-01' } });
      const contact = await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Buyer', brandId: h.brands.a, zoneId: h.zones.north },
      });
      await h.t.db.sale.create({
        data: {
          contactId: contact.id,
          brandId: h.brands.a,
          saleDate: new Date(),
          channel: 'STORE',
          total: '35.00',
          lines: { create: { productId: sold.id, quantity: 1, unitPrice: '35.00' } },
        },
      });
      const refused = await h.as('ADMIN')(del, { id: gid('Product', sold.id), v: sold.version });
      expect(codes(refused)).toEqual(['VALIDATION']);
      const readOnly = await h.as('ANALYST')(del, { id: gid('Product', sold.id), v: sold.version });
      expect(codes(readOnly)).toEqual(['FORBIDDEN']);
    });
  });

  describe('marketing actions', () => {
    it('lists the actions of the caller brands and those of no brand; filters and sorts', async () => {
      const mine = await h.as('MARKETING')(actionPage, { first: 20, orderBy: [{ field: 'START_DATE' }] });
      expect(nodes(mine.data.marketingActions)).toEqual(['SPRING', 'SUMMER', 'AUTUMN']);
      const all = await h.as('ADMIN')(actionPage, { first: 20, orderBy: [{ field: 'CODE', direction: 'DESC' }] });
      expect(nodes(all.data.marketingActions)).toEqual(['SUMMER', 'SPRING', 'B-ONLY', 'AUTUMN']);
      const planned = await h.as('MARKETING')(actionPage, { first: 20, filter: { status: ['PLANNED'] } });
      expect(nodes(planned.data.marketingActions)).toEqual(['AUTUMN']);
      const running = await h.as('MARKETING')(actionPage, { first: 20, filter: { runningAt: '2026-07-14T12:00:00Z' } });
      expect(nodes(running.data.marketingActions)).toEqual(['SUMMER']);
      const global = await h.as('ADMIN')(actionPage, { first: 20, filter: { withoutBrand: true } });
      expect(nodes(global.data.marketingActions)).toEqual(['SUMMER']);
      const hidden = await h.as('MARKETING')(`query($code: String) { marketingAction(code: $code) { code } }`, {
        code: 'B-ONLY',
      });
      expect(hidden.data.marketingAction).toBeNull();
    });

    const create = `mutation($input: MarketingActionInput!) { createMarketingAction(input: $input) {
      id code version cost requiredPurpose responseChannels products { code } brand { code } } }`;
    const base = () => ({
      code: 'XMAS',
      name: 'Christmas',
      objective: 'UP_SELL',
      medium: 'MAILING',
      startDate: '2026-12-01T00:00:00Z',
      endDate: '2026-12-24T00:00:00Z',
      requiredPurpose: 'targeted_offers',
      brand: gid('Brand', h.brands.a),
      cost: '1500.5',
      responseChannels: ['MAIL_COUPON', 'WEB', 'WEB'],
    });

    it('creates an action with its response channels and promoted products', async () => {
      const products = await h.t.db.product.findMany({
        where: { code: { in: ['BDX-01', 'CHB-01'] } },
        orderBy: { code: 'asc' },
      });
      const r = await h.as('MARKETING')(create, {
        input: { ...base(), products: products.map((p) => gid('Product', p.id)) },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.createMarketingAction).toMatchObject({
        code: 'XMAS',
        version: 1,
        cost: '1500.50',
        requiredPurpose: 'targeted_offers',
        responseChannels: ['MAIL_COUPON', 'WEB'],
        products: [{ code: 'BDX-01' }, { code: 'CHB-01' }],
        brand: { code: 'A' },
      });
    });

    it('answers end before start, negative cost, unknown purpose, product and foreign brand with VALIDATION', async () => {
      const before = await h.t.db.marketingAction.count();
      const r = await h.as('MARKETING')(create, {
        input: {
          ...base(),
          code: 'XMAS',
          endDate: '2026-11-01T00:00:00Z',
          cost: '-3',
          requiredPurpose: 'nope',
          brand: gid('Brand', h.brands.b),
          controlGroupPercent: 120,
          products: [gid('Product', 999_999)],
        },
      });
      expect(codes(r)).toEqual(['VALIDATION']);
      expect(paths(r)).toEqual([
        'input.brand',
        'input.code',
        'input.controlGroupPercent',
        'input.cost',
        'input.endDate',
        'input.products.0',
        'input.requiredPurpose',
      ]);
      expect(await h.t.db.marketingAction.count()).toBe(before);
    });

    it('updates the sets and checks the dates against the stored ones; stale version is CONFLICT', async () => {
      const a = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'XMAS' } });
      const update = `mutation($id: ID!, $v: Int!, $input: MarketingActionPatch!) { updateMarketingAction(id: $id, version: $v, input: $input) {
        version startDate responseChannels products { code } } }`;
      const bad = await h.as('MARKETING')(update, {
        id: gid('MarketingAction', a.id),
        v: a.version,
        input: { startDate: '2027-01-01T00:00:00Z' },
      });
      expect(paths(bad)).toEqual(['input.startDate']);
      const ok = await h.as('MARKETING')(update, {
        id: gid('MarketingAction', a.id),
        v: a.version,
        input: { responseChannels: ['PHONE'], products: [] },
      });
      expect(ok.data.updateMarketingAction).toMatchObject({
        version: a.version + 1,
        responseChannels: ['PHONE'],
        products: [],
      });
      const stale = await h.as('MARKETING')(update, {
        id: gid('MarketingAction', a.id),
        v: a.version,
        input: { name: 'x' },
      });
      expect(codes(stale)).toEqual(['CONFLICT']);
      const other = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'B-ONLY' } });
      const hidden = await h.as('MARKETING')(update, {
        id: gid('MarketingAction', other.id),
        v: other.version,
        input: { name: 'x' },
      });
      expect(codes(hidden)).toEqual(['NOT_FOUND']);
    });

    it('deletes an action nobody was targeted by', async () => {
      const a = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'XMAS' } });
      const r = await h.as('MARKETING')(
        `mutation($id: ID!, $v: Int!) { deleteMarketingAction(id: $id, version: $v) }`,
        { id: gid('MarketingAction', a.id), v: a.version },
      );
      expect(r.errors).toBeUndefined();
      expect(await h.t.db.marketingAction.count({ where: { code: 'XMAS' } })).toBe(0);
    });
  });

  describe('activities and tasks', () => {
    let contact: number;
    beforeAll(async () => {
      contact = (
        await h.t.db.contact.create({
          data: { kind: 'CLIENT', lastName: 'Memo', brandId: h.brands.a, zoneId: h.zones.north },
        })
      ).id;
    });

    it('logs, lists, updates and deletes an activity with its version', async () => {
      const created = await h.as('SUPPORT')(
        `mutation($c: ID!) { createActivity(input: { contact: $c, type: NOTE, occurredAt: "2026-03-01T10:00:00Z", subject: "Asked for a catalogue" }) { id version subject } }`,
        { c: gid('Contact', contact) },
      );
      expect(created.errors).toBeUndefined();
      const { id, version } = created.data.createActivity;
      const list = await h.as('SUPPORT')(
        `query($c: ID!) { activities(first: 5, filter: { contact: [$c], search: "catalogue" }) { totalCount edges { node { subject type } } } }`,
        { c: gid('Contact', contact) },
      );
      expect(list.data.activities).toMatchObject({ totalCount: 1, edges: [{ node: { type: 'NOTE' } }] });
      const blank = await h.as('SUPPORT')(
        `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, version: $v, input: { subject: "  " }) { version } }`,
        { id, v: version },
      );
      expect(paths(blank)).toEqual(['input.subject']);
      const ok = await h.as('SUPPORT')(
        `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, version: $v, input: { subject: "Sent the catalogue" }) { version subject } }`,
        { id, v: version },
      );
      expect(ok.data.updateActivity).toEqual({ version: version + 1, subject: 'Sent the catalogue' });
      const stale = await h.as('SUPPORT')(`mutation($id: ID!, $v: Int!) { deleteActivity(id: $id, version: $v) }`, {
        id,
        v: version,
      });
      expect(codes(stale)).toEqual(['CONFLICT']);
      const del = await h.as('SUPPORT')(`mutation($id: ID!, $v: Int!) { deleteActivity(id: $id, version: $v) }`, {
        id,
        v: version + 1,
      });
      expect(del.data.deleteActivity).toBe(id);
    });

    it('creates a task assigned to the caller, stamps completedAt when done, and refuses completedAt on an open task', async () => {
      const created = await h.as('SALES')(
        `mutation($c: ID!) { createTask(input: { contact: $c, title: "Send a quote", dueDate: "2026-01-01T00:00:00Z" }) { id version status overdue assignee { email } } }`,
        { c: gid('Contact', contact) },
      );
      expect(created.data.createTask).toMatchObject({
        status: 'OPEN',
        overdue: true,
        assignee: { email: 'sales@test.fidele' },
      });
      const { id, version } = created.data.createTask;
      const bad = await h.as('SALES')(
        `mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { completedAt: "2026-01-02T00:00:00Z" }) { status } }`,
        { id, v: version },
      );
      expect(paths(bad)).toEqual(['input.completedAt']);
      const done = await h.as('SALES')(
        `mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { status: DONE }) { status completedAt overdue version } }`,
        { id, v: version },
      );
      expect(done.data.updateTask).toMatchObject({ status: 'DONE', overdue: false, version: version + 1 });
      expect(done.data.updateTask.completedAt).not.toBeNull();
      const mine = await h.as('SALES')(`{ tasks(first: 10, filter: { mine: true, status: [DONE] }) { totalCount } }`);
      expect(mine.data.tasks.totalCount).toBe(1);
      const reopened = await h.as('SALES')(
        `mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { status: OPEN }) { completedAt } }`,
        { id, v: version + 1 },
      );
      expect(reopened.data.updateTask.completedAt).toBeNull();
    });

    it('hides activities and tasks of contacts outside the caller scope', async () => {
      const far = await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Far', brandId: h.brands.b, zoneId: h.zones.south },
      });
      const task = await h.t.db.task.create({ data: { contactId: far.id, title: 'Hidden', dueDate: new Date() } });
      const r = await h.as('MARKETING')(
        `query($id: ID!) { node(id: $id) { id } tasks(first: 50, filter: { search: "Hidden" }) { totalCount } }`,
        { id: gid('Task', task.id) },
      );
      expect(r.data).toEqual({ node: null, tasks: { totalCount: 0 } });
      const create = await h.as('MARKETING')(
        `mutation($c: ID!) { createTask(input: { contact: $c, title: "x", dueDate: "2026-01-01T00:00:00Z" }) { id } }`,
        { c: gid('Contact', far.id) },
      );
      expect(codes(create)).toEqual(['NOT_FOUND']);
    });
  });
});
