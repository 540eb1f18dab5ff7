import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  connect,
  listConsentedContacts,
  PARTNER_PURPOSE,
  recordResponse,
} from '../examples/partner-app/partner-app.js';
import { createFideleClient, type FideleClient, type ResponseChannel } from '../packages/sdk/src/index.js';
import { startServer, type RunningServer } from '../packages/server/src/platform/http/start-server.js';
import { DEMO_PASSWORD } from '../packages/server/src/platform/seed/demo-users.js';
import { seedDatabase } from '../packages/server/src/platform/seed/seed.service.js';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../packages/server/src/testing/databases.js';

describeEachDatabase('examples/partner-app against a live server', (provider) => {
  let t: TestDatabase;
  let server: RunningServer;
  let url: string;
  let admin: FideleClient;
  let adminToken: string;
  let apiKey: string;
  let brandId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDatabase(t.db, { contacts: 150, seed: 5 });
    server = await startServer({ db: t.db, provider, port: 0 });
    url = `${server.url}/graphql`;
    adminToken = (await createFideleClient({ url }).login({ email: 'admin@fidele.demo', password: DEMO_PASSWORD }))
      .token;
    admin = createFideleClient({ url, token: adminToken, purpose: 'customer_service' });
    // An administrator gives the partner a key for one brand and the partner_sharing purpose.
    const { brands } = await admin.referenceData();
    brandId = brands.find((b) => b.code === 'MAISON')!.id;
    apiKey = (
      await admin.createApiKey({ input: { name: 'Partner app', brands: [brandId], purposes: [PARTNER_PURPOSE] } })
    ).key;
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  /** Contacts of the brand whose current consent to partner_sharing is a grant in force (from the database). */
  const consentingInDatabase = async () => {
    const now = new Date();
    const rows = await t.db.contact.findMany({
      where: {
        brandId: Number(atob(brandId).split(':')[1]),
        deletedAt: null,
        mergedIntoId: null,
        consentStates: {
          some: {
            purpose: { code: PARTNER_PURPOSE },
            status: 'GRANTED',
            effectiveFrom: { lte: now },
            OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }],
          },
        },
      },
      select: { id: true },
    });
    return rows.map((r) => btoa(`Contact:${r.id}`)).sort();
  };

  it('lists, with the API key, exactly the contacts of its brand who consented to partner sharing', async () => {
    const partner = connect({ url, apiKey });
    const contacts = await listConsentedContacts(partner, 7);
    const expected = await consentingInDatabase();
    expect(expected.length).toBeGreaterThan(0);
    expect(contacts.map((c) => c.id).sort()).toEqual(expected);
    expect(contacts.some((c) => c.lastName !== null || c.companyName !== null)).toBe(true);
  });

  it('records a response with the partner key, by action code; a retry changes nothing', async () => {
    const partner = connect({ url, apiKey });
    const consenting = new Set((await listConsentedContacts(partner)).map((c) => c.id));
    // A target not answered yet, of a consenting contact, on an action that offers a response channel.
    const open = await admin.actionTargets({
      filter: { responded: false, inControlGroup: false, contact: [...consenting] },
      first: 100,
    });
    const target = open.edges.map((e) => e.node).find((n) => n.action.responseChannels.length > 0);
    expect(target).toBeDefined();
    const report = {
      actionCode: target!.action.code,
      contactId: target!.contact.id,
      channel: target!.action.responseChannels[0] as ResponseChannel,
      respondedAt: new Date(),
    };

    const recorded = await recordResponse(partner, report);
    expect(recorded).toMatchObject({
      actionCode: report.actionCode,
      contactId: report.contactId,
      channel: report.channel,
      alreadyRecorded: false,
    });
    const again = await recordResponse(partner, report);
    expect(again.alreadyRecorded).toBe(true);
    // The staff view of the same target shows the response, recorded once.
    const after = await admin.actionTargets({
      filter: { action: [target!.action.id], contact: [report.contactId] },
      first: 1,
    });
    expect(after.edges[0]!.node).toMatchObject({
      id: target!.id,
      responded: true,
      responseChannel: report.channel,
      version: target!.version + 1,
    });
  });
});
