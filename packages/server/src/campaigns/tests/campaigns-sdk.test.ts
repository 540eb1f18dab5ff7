import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFideleClient, FideleError, type FideleClient } from '../../../../sdk/src/index.js';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { DEMO_PASSWORD } from '../../platform/seed/demo-users.js';
import { seedDatabase } from '../../platform/seed/seed.service.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

/**
 * The SDK's named methods for segments and targeting, over HTTP on the demo data: preview, save, target with a
 * control group (dry run then for real), the sending list without the control group, typed errors.
 */
describeEachDatabase('campaigns through the SDK', (provider) => {
  let t: TestDatabase;
  let server: RunningServer;
  let marketing: FideleClient;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDatabase(t.db, { contacts: 120, seed: 13 });
    server = await startServer({ db: t.db, provider, port: 0 });
    const url = `${server.url}/graphql`;
    const { token } = await createFideleClient({ url }).login({
      email: 'marketing@fidele.demo',
      password: DEMO_PASSWORD,
    });
    marketing = createFideleClient({ url, token, purpose: 'marketing' });
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('previews, saves, targets and lists the sending list', async () => {
    const criteria = { contact: { kind: ['CLIENT' as const] } };
    const preview = await marketing.previewSegment({ criteria, first: 3 });
    const clients = await t.db.contact.count({ where: { kind: 'CLIENT', deletedAt: null, mergedIntoId: null } });
    expect(preview.count).toBe(clients);
    expect(preview.contacts).toHaveLength(3);
    const segment = await marketing.createSegment({ input: { name: 'SDK clients', criteria } });
    expect(segment).toMatchObject({ kind: 'DYNAMIC', count: clients, version: 1 });

    const action = await t.db.marketingAction.findFirstOrThrow({
      where: { status: { in: ['PLANNED', 'RUNNING'] } },
      orderBy: { id: 'asc' },
    });
    const actionId = Buffer.from(`MarketingAction:${action.id}`).toString('base64');
    const input = { action: actionId, segment: segment.id, controlGroupPercent: 10, randomSeed: 5 };
    const dry = await marketing.targetAction({ input: { ...input, dryRun: true } });
    const real = await marketing.targetAction({ input });
    // Same candidates and seed: the simulation announced exactly what the real run did.
    for (const k of ['candidateCount', 'targetedCount', 'controlCount', 'excludedCount'] as const)
      expect(real[k]).toBe(dry[k]);
    expect(real.exclusionCounts.reduce((s, r) => s + r.count, 0)).toBe(real.excludedCount);
    const sending = await marketing.sendingList({ actionId, first: 500 });
    const fresh = await t.db.actionTarget.count({
      where: { targetingRunId: Number(Buffer.from(real.id, 'base64').toString().split(':')[1]), inControlGroup: false },
    });
    expect(fresh).toBe(real.targetedCount);
    expect(sending.totalCount).toBe(
      await t.db.actionTarget.count({ where: { actionId: action.id, inControlGroup: false } }),
    );
  });

  it('throws typed errors', async () => {
    const error = await marketing.previewSegment({ criteria: { consents: ['nope'] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FideleError);
    expect((error as FideleError).code).toBe('VALIDATION');
    expect((error as FideleError).fields.map((f) => f.path.join('.'))).toEqual(['criteria.consents.0']);
  });
});
