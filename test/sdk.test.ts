import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, isInterfaceType, isObjectType, Kind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFideleClient,
  fieldAccess,
  FideleError,
  type ContactSummaryFragment,
  type FideleClient,
} from '../packages/sdk/src/index.js';
import { startServer, type RunningServer } from '../packages/server/src/platform/http/start-server.js';
import { DEMO_PASSWORD } from '../packages/server/src/platform/seed/demo-users.js';
import { seedDatabase } from '../packages/server/src/platform/seed/seed.service.js';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../packages/server/src/testing/databases.js';

const root = path.resolve(import.meta.dirname, '..');
const sdk = path.join(root, 'packages/sdk');
const tsc = path.join(root, 'node_modules/.bin/tsc');

/** The error a promise rejects with (fails the test when it resolves). */
const failure = async (p: Promise<unknown>): Promise<FideleError> => {
  const outcome = await p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`expected a FideleError, got ${JSON.stringify(outcome.value).slice(0, 200)}`);
  expect(outcome.error).toBeInstanceOf(FideleError);
  return outcome.error as FideleError;
};

/** The row number inside a global id (base64 of `Type:n`). */
const rowOf = (id: string) => Number(atob(id).split(':')[1]);

describeEachDatabase('SDK against a live server', (provider) => {
  let t: TestDatabase;
  let server: RunningServer;
  let url: string;
  let anonymous: FideleClient;
  let admin: FideleClient;
  let adminToken: string;
  const login = async (email: string) => (await anonymous.login({ email, password: DEMO_PASSWORD })).token;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDatabase(t.db, { contacts: 80, seed: 11 });
    server = await startServer({ db: t.db, provider, port: 0 });
    url = `${server.url}/graphql`;
    anonymous = createFideleClient({ url });
    adminToken = await login('admin@fidele.demo');
    admin = createFideleClient({ url, token: adminToken, purpose: 'customer_service' });
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('logs in and runs typed queries through real HTTP', async () => {
    expect(await admin.me()).toEqual({
      email: 'admin@fidele.demo',
      firstName: 'Camille',
      lastName: 'Admin',
      role: 'ADMIN',
    });
    expect(await anonymous.me()).toBeNull();
    expect((await admin.health()).database).toBe(provider === 'sqlite' ? 'SQLITE' : 'POSTGRESQL');
    const overview = await admin.overview();
    expect(overview.contactCount).toBe(80);
    const ref = await admin.referenceData();
    expect(ref.brands.map((b) => b.code).sort()).toEqual(['MAISON', 'SPORT']);
    expect(ref.zones.length).toBeGreaterThan(0);
  });

  it('pages through contacts with cursors, both ways, with totalCount, filters and sorts', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await admin.contacts({ first: 7, after, orderBy: [{ field: 'ID', direction: 'DESC' }] });
      expect(page.totalCount).toBe(80);
      seen.push(...page.edges.map((e) => e.node.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(80 / 7));
    expect(new Set(seen).size).toBe(80);
    const rows = seen.map(rowOf);
    expect(rows).toEqual([...rows].sort((a, b) => b - a));

    // The paginate helper walks the same pages.
    const all: ContactSummaryFragment[] = [];
    for await (const c of admin.paginate(admin.contacts, { first: 25, orderBy: [{ field: 'ID', direction: 'DESC' }] }))
      all.push(c);
    expect(all.map((c) => c.id)).toEqual(seen);

    // Backwards: the 5 contacts before page 2 are page 1.
    const page1 = await admin.contacts({ first: 5 });
    const page2 = await admin.contacts({ first: 5, after: page1.pageInfo.endCursor });
    expect(page2.pageInfo.hasPreviousPage || page2.edges.length > 0).toBe(true);
    const back = await admin.contacts({ last: 5, before: page2.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.id)).toEqual(page1.edges.map((e) => e.node.id));

    // Filters: kind, brand.
    const overview = await admin.overview();
    const clients = await admin.contacts({ first: 100, filter: { kind: ['CLIENT'] } });
    expect(clients.totalCount).toBe(overview.contactsByKind.find((k) => k.kind === 'CLIENT')?.count);
    expect(new Set(clients.edges.map((e) => e.node.kind))).toEqual(new Set(['CLIENT']));
    const { brands } = await admin.referenceData();
    const maison = brands.find((b) => b.code === 'MAISON')!;
    const ofMaison = await admin.contacts({ first: 100, filter: { brand: [maison.id] } });
    expect(ofMaison.edges.every((e) => e.node.brand.code === 'MAISON')).toBe(true);
  });

  it('creates, updates (with version), deletes and restores a contact; a stale version is CONFLICT', async () => {
    const { brands, zones } = await admin.referenceData();
    const created = await admin.createContact({
      // The consent given on the form is the new prospect's basis for customer_service (it has no contract).
      input: {
        kind: 'PROSPECT',
        lastName: 'Sdk',
        firstName: 'Test',
        email: 'sdk@example.fr',
        brand: brands[0]!.id,
        zone: zones[0]!.id,
        pipelineStage: 'NEW',
        consents: [{ purpose: 'customer_service', source: 'API' }],
      },
    });
    expect(created).toMatchObject({
      kind: 'PROSPECT',
      lastName: 'Sdk',
      email: 'sdk@example.fr',
      version: 1,
      deletedAt: null,
    });
    const updated = await admin.updateContact({
      id: created.id,
      version: created.version,
      input: { pipelineStage: 'CONTACTED', city: 'Lyon' },
    });
    expect(updated).toMatchObject({ pipelineStage: 'CONTACTED', city: 'Lyon', version: 2 });

    const stale = await failure(admin.updateContact({ id: created.id, version: 1, input: { city: 'Paris' } }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.errors[0]?.path).toEqual(['updateContact']);
    expect((await admin.contact({ id: created.id }))?.city).toBe('Lyon');

    const deleted = await admin.deleteContact({ id: created.id, version: updated.version });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await admin.contacts({ filter: { search: 'sdk@example.fr' } })).totalCount).toBe(0);
    expect((await admin.contacts({ filter: { search: 'sdk@example.fr', deleted: true } })).totalCount).toBe(1);
    const restored = await admin.restoreContact({ id: created.id, version: deleted.version });
    expect(restored.deletedAt).toBeNull();
    expect((await admin.contacts({ filter: { search: 'sdk@example.fr' } })).totalCount).toBe(1);
  });

  describe('errors come back typed, with the stable codes', () => {
    it('VALIDATION, with the path of every bad input field', async () => {
      const { brands, zones } = await admin.referenceData();
      const e = await failure(
        admin.createContact({
          input: { kind: 'CLIENT', brand: brands[0]!.id, zone: zones[0]!.id, email: 'nope', countryCode: 'XYZ' },
        }),
      );
      expect(e.code).toBe('VALIDATION');
      expect(e.fields.map((f) => f.path.join('.')).sort()).toEqual([
        'input.countryCode',
        'input.email',
        'input.lastName',
      ]);
      expect(e.fields.every((f) => f.message.length > 0)).toBe(true);
    });

    it('NOT_FOUND', async () => {
      const e = await failure(admin.updateContact({ id: btoa('Contact:999999'), version: 1, input: { city: 'x' } }));
      expect(e.code).toBe('NOT_FOUND');
    });

    it('FORBIDDEN for an operation the role may not run', async () => {
      const analyst = createFideleClient({ url, token: await login('analyst@fidele.demo'), purpose: 'profiling' });
      const { brands, zones } = await admin.referenceData();
      const e = await failure(
        analyst.createContact({ input: { kind: 'CLIENT', lastName: 'X', brand: brands[0]!.id, zone: zones[0]!.id } }),
      );
      expect(e.code).toBe('FORBIDDEN');
      expect(e.has('FORBIDDEN')).toBe(true);
      // A purpose the role may not declare is refused for the whole request.
      const wrongPurpose = createFideleClient({ url, token: adminToken, purpose: 'profiling' });
      expect((await failure(wrongPurpose.contacts({ first: 1 }))).code).toBe('FORBIDDEN');
    });

    it('FORBIDDEN on a confidential field is a withheld field: the data comes back with the entries', async () => {
      const sales = createFideleClient({ url, token: await login('sales@fidele.demo'), purpose: 'customer_service' });
      const visible = await sales.contacts({ first: 1 });
      const id = visible.edges[0]!.node.id;
      const { data, errors } = await sales.withErrors.contactConfidential({ id });
      expect(data).toMatchObject({ id, grossMarginClass: null, incomeBand: null, maritalStatus: null });
      expect(errors.map((e) => [e.code, e.path?.join('.')]).sort()).toEqual([
        ['FORBIDDEN', 'contact.grossMarginClass'],
        ['FORBIDDEN', 'contact.incomeBand'],
        ['FORBIDDEN', 'contact.maritalStatus'],
      ]);
      // The plain method returns the data with the fields null; the strict client throws and keeps the data.
      expect((await sales.contactConfidential({ id }))?.id).toBe(id);
      const strict = createFideleClient({
        url,
        token: await login('sales@fidele.demo'),
        purpose: 'customer_service',
        withheld: 'throw',
      });
      const e = await failure(strict.contactConfidential({ id }));
      expect(e.code).toBe('FORBIDDEN');
      expect(e.data).toMatchObject({ contact: { id } });
    });

    it('CONSENT_REQUIRED: personal fields withheld per contact, the rest of the page is data', async () => {
      const marketing = createFideleClient({ url, token: adminToken, purpose: 'marketing' });
      const { data, errors } = await marketing.withErrors.contacts({ first: 80, orderBy: [{ field: 'ID' }] });
      expect(data.edges).toHaveLength(80);
      expect(errors.length).toBeGreaterThan(0);
      expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['CONSENT_REQUIRED']));
      for (const e of errors) {
        const [rootField, edges, index, node, field] = e.path as [
          string,
          string,
          number,
          string,
          keyof ContactSummaryFragment,
        ];
        expect([rootField, edges, node]).toEqual(['contacts', 'edges', 'node']);
        expect(fieldAccess[`Contact.${field}` as keyof typeof fieldAccess]).toMatchObject({ consentBound: true });
        expect(data.edges[index]!.node[field]).toBeNull();
        expect(e.extensions?.purpose).toBe('marketing');
      }
      // Contacts whose consent covers marketing keep their names.
      const withheldRows = new Set(errors.map((e) => e.path![2]));
      const readable = data.edges.filter((_, i) => !withheldRows.has(i));
      expect(readable.length).toBeGreaterThan(0);
      expect(readable.every((e) => e.node.lastName !== null || e.node.companyName !== null)).toBe(true);

      // Without a declared purpose every personal field is withheld.
      const none = createFideleClient({ url, token: adminToken });
      const blind = await none.withErrors.contacts({ first: 2 });
      expect(blind.data.edges.every((e) => e.node.lastName === null && e.node.email === null)).toBe(true);
      expect(blind.errors.every((e) => e.code === 'CONSENT_REQUIRED' && e.extensions?.purpose === null)).toBe(true);

      // Strict client: a FideleError carrying the partial data.
      const strict = createFideleClient({ url, token: adminToken, purpose: 'marketing', withheld: 'throw' });
      const e = await failure(strict.contacts({ first: 80 }));
      expect(e.code).toBe('CONSENT_REQUIRED');
      expect((e.data as { contacts: { edges: unknown[] } }).contacts.edges).toHaveLength(80);
    });

    it('CONSENT_REQUIRED on a whole operation: targeting contacts who did not consent to the action purpose', async () => {
      const { brands } = await admin.referenceData();
      const maison = brands.find((b) => b.code === 'MAISON')!;
      const action = await admin.createMarketingAction({
        input: {
          code: `SDK-CONSENT-${provider}`,
          name: 'Consent check',
          medium: 'EMAIL',
          objective: 'LOYALTY',
          brand: maison.id,
          requiredPurpose: 'newsletter',
          startDate: new Date(Date.now() - 86_400_000),
          endDate: new Date(Date.now() + 30 * 86_400_000),
        },
      });
      const marketing = createFideleClient({ url, token: adminToken, purpose: 'marketing' });
      const { data, errors } = await marketing.withErrors.contacts({ first: 80, filter: { brand: [maison.id] } });
      const refused = data.edges.filter((_, i) => errors.some((e) => e.path?.[2] === i)).map((e) => e.node.id);
      expect(refused.length).toBeGreaterThan(0);
      const e = await failure(admin.targetContacts({ actionId: action.id, contactIds: refused.slice(0, 2) }));
      expect(e.code).toBe('CONSENT_REQUIRED');
      expect(e.fields.map((f) => f.path.join('.'))).toContain('contactIds.0');
      await admin.deleteMarketingAction({ id: action.id, version: action.version });
    });

    it('UNAUTHENTICATED: no credentials, a bad token, a revoked key', async () => {
      expect((await failure(anonymous.contacts({ first: 1 }))).code).toBe('UNAUTHENTICATED');
      expect((await failure(createFideleClient({ url, token: 'not-a-token' }).contacts())).code).toBe(
        'UNAUTHENTICATED',
      );
      const { brands } = await admin.referenceData();
      const created = await admin.createApiKey({
        input: { name: 'To revoke', brands: [brands[0]!.id], purposes: ['partner_sharing'] },
      });
      const partner = createFideleClient({ url, apiKey: created.key, purpose: 'partner_sharing' });
      expect((await partner.partnerContacts({ first: 1 })).totalCount).toBeGreaterThanOrEqual(0);
      expect((await admin.revokeApiKey({ id: created.apiKey.id })).revokedAt).not.toBeNull();
      expect((await failure(partner.partnerContacts({ first: 1 }))).code).toBe('UNAUTHENTICATED');
    });

    it('RATE_LIMITED, with HTTP 429 and Retry-After', async () => {
      const { brands } = await admin.referenceData();
      const created = await admin.createApiKey({
        input: { name: 'Limited', brands: [brands[0]!.id], purposes: ['partner_sharing'], rateLimitPerMinute: 1 },
      });
      const partner = createFideleClient({ url, apiKey: created.key, purpose: 'partner_sharing' });
      let limited: FideleError | undefined;
      // A fixed window may reset between two requests: three cannot all fit in windows of one.
      for (let i = 0; i < 3 && !limited; i++)
        limited = await partner.partnerContacts({ first: 1 }).then(
          () => undefined,
          (e: FideleError) => e,
        );
      expect(limited).toBeInstanceOf(FideleError);
      expect(limited!.code).toBe('RATE_LIMITED');
      expect(limited!.status).toBe(429);
      expect(limited!.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('GRAPHQL_VALIDATION_FAILED for a document the server does not know (a stale SDK)', async () => {
      // A document the server rejects; the cast stands in for a generated document that went stale.
      const run = admin.execute as (document: { toString(): string }) => Promise<unknown>;
      const e = await failure(run({ toString: () => '{ overview { nope } }' }));
      expect(e.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(e.status).toBe(400);
    });

    it('NETWORK when the server cannot be reached', async () => {
      const e = await failure(createFideleClient({ url: 'http://127.0.0.1:1/graphql' }).health());
      expect(e.code).toBe('NETWORK');
    });
  });

  it('runs the closed loop: product, action, targets, response, sale with conversion, performance', async () => {
    const { brands, productCategories } = await admin.referenceData();
    const maison = brands.find((b) => b.code === 'MAISON')!;
    const product = await admin.createProduct({
      input: { code: `SDK-${provider}`, name: 'SDK lamp', listPrice: '40.00', category: productCategories[0]!.id },
    });
    expect(product).toMatchObject({ listPrice: '40.00', active: true, version: 1 });
    const repriced = await admin.updateProduct({ id: product.id, version: product.version, input: { listPrice: 45 } });
    expect(repriced.listPrice).toBe('45.00');
    expect((await admin.productCost({ id: product.id }))?.unitCost).toBeNull();
    expect((await admin.products({ filter: { code: [product.code] } })).edges[0]?.node.id).toBe(product.id);

    const action = await admin.createMarketingAction({
      input: {
        code: `SDK-LOOP-${provider}`,
        name: 'Closed loop',
        medium: 'TELEMARKETING',
        objective: 'UP_SELL',
        brand: maison.id,
        requiredPurpose: 'customer_service',
        responseChannels: ['PHONE', 'WEB'],
        products: [product.id],
        cost: '100.00',
        startDate: new Date(Date.now() - 86_400_000),
        endDate: new Date(Date.now() + 30 * 86_400_000),
        status: 'RUNNING',
      },
    });
    expect(action).toMatchObject({ responseChannels: ['PHONE', 'WEB'], targetCount: 0, cost: '100.00' });
    const renamed = await admin.updateMarketingAction({
      id: action.id,
      version: action.version,
      input: { name: 'Closed loop (SDK)' },
    });
    expect(renamed.name).toBe('Closed loop (SDK)');
    expect((await admin.marketingAction({ code: action.code }))?.products.map((p) => p.code)).toEqual([product.code]);

    // Clients who bought (a contract on record): the action's purpose, customer_service, covers only those.
    const contacts = await admin.contacts({
      first: 2,
      filter: { brand: [maison.id], firstSaleAt: { from: new Date('2000-01-01T00:00:00Z') } },
      orderBy: [{ field: 'ID' }],
    });
    const ids = contacts.edges.map((e) => e.node.id);
    // Reachable by phone and not solicited lately: targetContacts applies the channel and pressure rules.
    const rows = contacts.edges.map((e) => Number(Buffer.from(e.node.id, 'base64').toString().split(':')[1]));
    await t.db.contact.updateMany({ where: { id: { in: rows } }, data: { phone: '0144556677' } });
    await t.db.contactChannelPreference.deleteMany({ where: { contactId: { in: rows } } });
    await t.db.actionTarget.deleteMany({
      where: { contactId: { in: rows }, targetedAt: { gte: new Date(Date.now() - 90 * 86_400_000) } },
    });
    const targeted = await admin.targetContacts({
      actionId: action.id,
      contactIds: ids,
      targetedAt: new Date(Date.now() - 3_600_000),
    });
    expect(targeted.created.map((x) => x.contact.id).sort()).toEqual([...ids].sort());
    const again = await admin.targetContacts({ actionId: action.id, contactIds: ids });
    expect(again).toMatchObject({ created: [] });
    expect(again.alreadyTargeted).toHaveLength(2);

    const target = targeted.created[0]!;
    const responded = await admin.recordResponse({
      targetId: target.id,
      version: target.version,
      channel: 'PHONE',
      respondedAt: new Date(),
    });
    expect(responded).toMatchObject({ responded: true, responseChannel: 'PHONE', version: target.version + 1 });
    expect(
      (
        await failure(
          admin.recordResponse({
            targetId: target.id,
            version: target.version,
            channel: 'WEB',
            respondedAt: new Date(),
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    const badChannel = await failure(
      admin.recordResponse({
        targetId: target.id,
        version: responded.version,
        channel: 'FAX_COUPON',
        respondedAt: new Date(),
      }),
    );
    expect(badChannel.code).toBe('VALIDATION');
    expect(badChannel.fields.map((f) => f.path.join('.'))).toEqual(['channel']);

    const sale = await admin.recordSale({
      input: {
        contact: target.contact.id,
        channel: 'PHONE',
        saleDate: new Date(),
        lines: [{ productCode: product.code, quantity: 2 }],
      },
      conversionTargetId: target.id,
    });
    expect(sale).toMatchObject({
      total: '90.00',
      lineCount: 1,
      conversion: { id: target.id },
      attributedAction: { code: action.code },
    });
    expect((await admin.saleMargin({ id: sale.id }))?.id).toBe(sale.id);
    const converted = await admin.actionTargets({ filter: { action: [action.id], converted: true } });
    expect(converted.edges.map((e) => e.node.id)).toEqual([target.id]);
    const synopsis = await admin.contactSynopsis({ id: target.contact.id });
    expect(synopsis?.synopsis.find((r) => r.action.code === action.code)).toMatchObject({
      responded: true,
      converted: true,
    });

    const performance = await admin.actionPerformance({ action: action.id });
    expect(performance).toMatchObject({ targeted: 2, responses: 1, conversions: 1, responseRate: 0.5 });
    const comparison = await admin.actionComparison({ attributionDays: 30 });
    expect(comparison.actions.some((a) => a.action.code === action.code)).toBe(true);

    const sales = await admin.sales({ filter: { attributedAction: [action.id] } });
    expect(sales.totalCount).toBe(1);
    const edited = await admin.updateSale({
      id: sale.id,
      version: sale.version,
      input: { externalRef: `SDK-${provider}` },
    });
    expect(edited.externalRef).toBe(`SDK-${provider}`);
    expect(await admin.deleteSale({ id: sale.id, version: edited.version })).toBe(sale.id);
    const cleared = await admin.clearResponse({
      targetId: target.id,
      version: (await admin.actionTargets({ filter: { action: [action.id], contact: [target.contact.id] } })).edges[0]!
        .node.version,
    });
    expect(cleared.responded).toBe(false);
    for (const x of (await admin.actionTargets({ filter: { action: [action.id] } })).edges) {
      expect(await admin.deleteActionTarget({ id: x.node.id, version: x.node.version })).toBe(x.node.id);
    }
    const current = await admin.marketingAction({ id: action.id });
    expect(await admin.deleteMarketingAction({ id: action.id, version: current!.version })).toBe(action.id);
    expect(await admin.deleteProduct({ id: product.id, version: repriced.version })).toBe(product.id);
  });

  it('logs activities and tasks, lists and updates them', async () => {
    const contact = (await admin.contacts({ first: 1, orderBy: [{ field: 'ID' }] })).edges[0]!.node;
    const activity = await admin.createActivity({
      input: { contact: contact.id, type: 'CALL', subject: 'SDK call', occurredAt: new Date() },
    });
    expect(activity).toMatchObject({ type: 'CALL', subject: 'SDK call', author: { email: 'admin@fidele.demo' } });
    const edited = await admin.updateActivity({
      id: activity.id,
      version: activity.version,
      input: { body: 'Called back' },
    });
    expect(edited.body).toBe('Called back');
    expect(
      (await admin.activities({ filter: { contact: [contact.id], search: 'SDK call' } })).edges.map((e) => e.node.id),
    ).toEqual([activity.id]);

    const task = await admin.createTask({
      input: { contact: contact.id, title: 'SDK follow-up', dueDate: new Date(Date.now() + 86_400_000) },
    });
    expect(task).toMatchObject({ status: 'OPEN', overdue: false, completedAt: null });
    const done = await admin.updateTask({ id: task.id, version: task.version, input: { status: 'DONE' } });
    expect(done.completedAt).not.toBeNull();
    expect(
      (await admin.tasks({ filter: { contact: [contact.id], status: ['DONE'] } })).edges.map((e) => e.node.id),
    ).toContain(task.id);
    const timeline = await admin.contactTimeline({ id: contact.id });
    expect(timeline?.activities.edges.some((e) => e.node.id === activity.id)).toBe(true);

    expect(await admin.deleteActivity({ id: activity.id, version: edited.version })).toBe(activity.id);
    expect(await admin.deleteTask({ id: task.id, version: done.version })).toBe(task.id);
  });

  it('reads analytics: distributions, RFM snapshots and scores', async () => {
    const distribution = await admin.contactDistribution({ by: 'KIND' });
    expect(distribution.buckets.reduce((n, b) => n + (b.count ?? 0), 0) + (distribution.withheld ?? 0)).toBe(
      (await admin.overview()).contactCount,
    );
    const snapshot = await admin.refreshScores({});
    expect(snapshot.status).toBe('COMPLETED');
    expect((await admin.scoreSnapshots({ allBrands: true })).map((s) => s.id)).toContain(snapshot.id);
    // Individual scores are profiling: only contacts whose consent covers it are listed.
    const profiling = createFideleClient({ url, token: await login('analyst@fidele.demo'), purpose: 'profiling' });
    const scores = await admin.contactScores({ snapshot: snapshot.id, first: 5 });
    expect(scores.edges.every((e) => e.node.snapshot.id === snapshot.id)).toBe(true);
    expect((await profiling.scoreSnapshots({})).length).toBeGreaterThanOrEqual(0);
    expect(scores.totalCount).toBeLessThanOrEqual(snapshot.buyerCount);
  });

  it('manages partner keys and reads the audit log', async () => {
    const { brands } = await admin.referenceData();
    const created = await admin.createApiKey({
      input: { name: 'Audit partner', brands: [brands[0]!.id], purposes: ['partner_sharing'] },
    });
    expect(created.key).toMatch(/^fid_/);
    expect((await admin.apiKeys()).map((k) => k.name)).toContain('Audit partner');
    const partner = createFideleClient({ url, apiKey: created.key, purpose: 'partner_sharing' });
    await partner.partnerContacts({ first: 5 });
    const log = await admin.auditLog({ filter: { apiKey: [created.apiKey.id] }, first: 10 });
    expect(log.totalCount).toBeGreaterThan(0);
    expect(log.edges.every((e) => e.node.actorType === 'API_KEY' && e.node.apiKey?.name === 'Audit partner')).toBe(
      true,
    );
    // Invalid key input: VALIDATION with the field paths.
    const e = await failure(admin.createApiKey({ input: { name: ' ', brands: [], purposes: ['astrology'] } }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fields.map((f) => f.path.join('.')).sort()).toEqual(['input.brands', 'input.name', 'input.purposes']);
  });

  it('works from the built ESM output (dist/ with .d.ts), which uses no Node-only module', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'fidele-sdk-dist-'));
    try {
      execFileSync(tsc, ['-p', path.join(sdk, 'tsconfig.build.json'), '--outDir', out], { cwd: sdk, stdio: 'pipe' });
      const files = readdirSync(out, { recursive: true }).map(String);
      expect(files).toEqual(
        expect.arrayContaining([
          'index.js',
          'index.d.ts',
          'client.d.ts',
          'generated/schema.d.ts',
          'generated/graphql.js',
        ]),
      );
      for (const f of files.filter((x) => x.endsWith('.js'))) {
        const imports = [
          ...readFileSync(path.join(out, f), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g),
        ].map((m) => m[1]!);
        expect(
          imports.filter((s) => !s.startsWith('.')),
          f,
        ).toEqual([]);
      }
      const built = (await import(
        pathToFileURL(path.join(out, 'index.js')).href
      )) as typeof import('../packages/sdk/src/index.js');
      const client = built.createFideleClient({ url, token: adminToken, purpose: 'customer_service' });
      expect((await client.contacts({ first: 3 })).edges).toHaveLength(3);
      const error = await client.contact({ id: 'nonsense' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(built.FideleError);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('generated SDK', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'fidele-sdk-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what the generator makes from schema.graphql and the operations (run `pnpm --filter @fidele/sdk generate`)', () => {
    const generated = path.join(sdk, 'src/generated');
    execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: sdk,
      env: { ...process.env, FIDELE_SDK_OUT: `${out}/` },
    });
    const files = readdirSync(generated).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(generated, f), 'utf8'));
  });

  describe('access rules in the generated documentation', () => {
    const schema = buildSchema(readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
    const typesSource = readFileSync(path.join(sdk, 'src/generated/schema.ts'), 'utf8');
    /** The JSDoc right above `field` in the generated `export type Type = { ... }`. */
    const docOf = (type: string, field: string): string => {
      const block =
        new RegExp(`export type ${type} = (?:\\w+ & )*\\{\\n([\\s\\S]*?)\\n\\};`).exec(typesSource)?.[1] ?? '';
      const lines = block.split('\n');
      const at = lines.findIndex((l) => new RegExp(`^  ${field}\\??:`).test(l));
      if (at < 0) return '';
      const doc: string[] = [];
      for (let i = at - 1; i >= 0 && /^\s+(\/\*\*|\*)/.test(lines[i]!); i--) doc.unshift(lines[i]!);
      return doc.join('\n');
    };
    const restricted: { type: string; field: string; roles?: string[]; consentBound?: boolean }[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const d of field.astNode?.directives ?? []) {
          const arg = d.arguments?.[0]?.value;
          if (d.name.value === 'auth' && arg?.kind === Kind.LIST) {
            restricted.push({
              type: type.name,
              field: field.name,
              roles: arg.values.map((v) => (v as { value: string }).value),
            });
          }
          if (d.name.value === 'purpose' && arg?.kind === Kind.BOOLEAN && arg.value)
            restricted.push({ type: type.name, field: field.name, consentBound: true });
        }
      }
    }

    it('finds the directives in the schema', () => {
      expect(
        restricted.some((r) => r.type === 'Contact' && r.field === 'incomeBand' && r.roles?.includes('ANALYST')),
      ).toBe(true);
      expect(restricted.some((r) => r.type === 'Contact' && r.field === 'email' && r.consentBound)).toBe(true);
    });

    it('puts the rule of every @auth and @purpose field in the JSDoc of its generated type (Schema.Type)', () => {
      for (const r of restricted) {
        const doc = docOf(r.type, r.field);
        if (r.roles) expect(doc, `${r.type}.${r.field}`).toMatch(new RegExp(`readable by ${r.roles.join(', ')}`));
        if (r.consentBound) expect(doc, `${r.type}.${r.field}`).toMatch(/consent covers the request's purpose/);
      }
    });

    it('exports the same rules as data (fieldAccess)', () => {
      const expected = Object.fromEntries(
        restricted.map((r) => [
          `${r.type}.${r.field}`,
          { ...(r.roles ? { roles: r.roles } : {}), ...(r.consentBound ? { consentBound: true } : {}) },
        ]),
      );
      // A field may carry both directives: merge them.
      const merged: Record<string, object> = {};
      for (const r of restricted)
        merged[`${r.type}.${r.field}`] = { ...merged[`${r.type}.${r.field}`], ...expected[`${r.type}.${r.field}`] };
      expect(fieldAccess).toEqual(merged);
    });
  });

  it('uses nothing Node-only in the SDK source, so it runs in browsers', () => {
    const dir = path.join(sdk, 'src');
    for (const f of readdirSync(dir, { recursive: true })
      .map(String)
      .filter((x) => x.endsWith('.ts'))) {
      const source = readFileSync(path.join(dir, f), 'utf8');
      expect(source, f).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b|__dirname/);
    }
  });

  it('publishes ESM with types', () => {
    const pkg = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8'));
    expect(pkg.type).toBe('module');
    expect(pkg.scripts.build).toBe('tsc -p tsconfig.build.json');
    expect(pkg.exports['.'].types).toBeDefined();
    expect(pkg.publishConfig.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
  });
});
