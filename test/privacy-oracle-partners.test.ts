/**
 * The oracle suite for partners (issue 14, acceptance): a partner key cannot tell a contact hidden from it from a
 * contact that does not exist, nor from a wrong guess, on any entry point that takes a contact reference or a
 * personal value. fast-check draws a secret value and how the contact is hidden; each run asks the same questions
 * in three worlds, one after the other in the same database:
 *
 * 1. **missing**: no contact holds the guessed value (or id);
 * 2. **wrong guess**: a contact the key may see holds another value (and, for a response, is not targeted);
 * 3. **hidden**: on top, a contact holds the guessed value but is hidden from the key.
 *
 * and requires the complete answers (HTTP status and body; GraphQL data and errors with their codes, messages and
 * paths) to be identical. Hidden, for the GraphQL entry points (`contacts(filter: { search })`, `contact`, `node`,
 * `nodes`, `recordActionResponse`): no consent to partner sharing, or another brand. On the inbound sales route an
 * ERP records the sales of every live contact of its brands whatever their sharing consent (the sale is the
 * contract, ACCESS.md), so hidden there means another brand, deleted, or merged into another contact.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../packages/server/src/platform/http/start-server.js';
import { sign } from '../packages/server/src/integration/webhooks/webhook.signature.js';
import { createApiHarness, gid, type ApiHarness, type Gql } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

const search = `query($s: String!) { contacts(first: 10, filter: { search: $s }) { totalCount edges { node { id lastName } } } }`;
const byId = `query($id: ID!) { contact(id: $id) { id lastName email } node(id: $id) { id } nodes(ids: [$id]) { id } }`;
const respond = `mutation($code: String!, $contact: ID!) {
  recordActionResponse(actionCode: $code, contactId: $contact, channel: PHONE, respondedAt: "2026-03-04T09:30:00.000Z") { actionCode contactId alreadyRecorded } }`;

type GraphQLHiding = 'noSharing' | 'otherBrand';
type SaleHiding = 'otherBrand' | 'deleted' | 'merged';

describeEachDatabase('privacy oracle: partners', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let key: string;
  let partner: Gql;
  let actionId: number;
  let run = 0;

  /** A signed inbound sale naming `contact`, answered as { status, body }. */
  async function postSale(contact: Record<string, unknown>) {
    const raw = JSON.stringify({
      externalRef: 'ORACLE-SALE',
      contact,
      saleDate: '2026-05-02T14:30:00.000Z',
      channel: 'STORE',
      lines: [{ productCode: 'P1', quantity: 1 }],
    });
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`${server.url}/inbound/sales`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': key,
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': sign(key, ts, raw),
      },
      body: raw,
    });
    return { status: res.status, body: await res.json() };
  }

  const contact = async (data: {
    lastName: string;
    email?: string;
    externalRef?: string;
    brandId?: number;
    sharing: boolean;
    deletedAt?: Date;
    mergedIntoId?: number;
  }) => {
    const { sharing, ...rest } = data;
    const id = (
      await h.t.db.contact.create({ data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, ...rest } })
    ).id;
    if (sharing) await h.consent(id, 'partner_sharing');
    return id;
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const category = await h.t.db.productCategory.create({ data: { code: 'C', name: 'C' } });
    await h.t.db.product.create({ data: { code: 'P1', name: 'One', categoryId: category.id, listPrice: '10.00' } });
    actionId = (
      await h.t.db.marketingAction.create({
        data: {
          code: 'MAI-A',
          name: 'Coupons',
          objective: 'LOYALTY',
          medium: 'MAILING',
          startDate: new Date('2026-03-01T00:00:00Z'),
          endDate: new Date('2026-04-01T00:00:00Z'),
          requiredPurposeId: h.purposes.targeted_offers!,
          brandId: h.brands.a,
          status: 'RUNNING',
          responseChannels: { create: [{ channel: 'PHONE' }] },
        },
      })
    ).id;
    const created = await h.as('ADMIN')(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      // Far above what the runs send in a minute: the rate limit is not what is under test.
      input: {
        name: 'Partner A',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['partner_sharing'],
        capabilities: ['RECORD_SALES'],
        rateLimitPerMinute: 100_000,
      },
    });
    expect(created.errors).toBeUndefined();
    key = created.data.createApiKey.key;
    partner = h.partner(key, 'partner_sharing');
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  it('GraphQL entry points: a hidden contact answers like a missing one and like a wrong guess', async () => {
    for (const hiding of ['noSharing', 'otherBrand'] as const satisfies readonly GraphQLHiding[]) {
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^[a-z]{5,9}$/), async (secret) => {
          const guess = `${secret}q${run++}`; // unique per run: earlier runs' contacts never match
          const missingId = 9_000_000 + run;
          const ask = async (id: number) => ({
            search: await partner(search, { s: guess }),
            byId: await partner(byId, { id: gid('Contact', id) }),
            respond: await partner(respond, { code: 'MAI-A', contact: gid('Contact', id) }),
          });
          const missing = await ask(missingId);
          // A visible contact with another value, not targeted: a wrong guess.
          const visible = await contact({ lastName: `z${secret}x`, email: `z${secret}@example.fr`, sharing: true });
          const wrong = await ask(visible);
          // The hidden contact holds the guessed name and e-mail and is targeted by the action.
          const hidden = await contact({
            lastName: guess,
            email: `${guess}@example.fr`,
            sharing: hiding !== 'noSharing',
            brandId: hiding === 'otherBrand' ? h.brands.b : h.brands.a,
          });
          await h.t.db.actionTarget.create({
            data: { actionId, contactId: hidden, targetedAt: new Date('2026-03-01T10:00:00Z') },
          });
          const found = await ask(hidden);
          expect(found.search).toEqual(missing.search);
          expect(wrong.search).toEqual(missing.search);
          expect(found.byId).toEqual(missing.byId);
          expect(found.respond).toEqual(missing.respond);
          expect(wrong.respond).toEqual(missing.respond);
          expect(missing.respond.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
          expect(missing.byId).toEqual({ data: { contact: null, node: null, nodes: [null] } });
          // The visible contact itself is there for the key: the worlds differ only by what is hidden.
          expect((await partner(byId, { id: gid('Contact', visible) })).data.contact.id).toBe(gid('Contact', visible));
        }),
        { numRuns: 8, seed: 1414, endOnFailure: true },
      );
    }
    expect(await h.t.db.actionTarget.count({ where: { respondedAt: { not: null } } })).toBe(0);
  });

  it('inbound sales route: a hidden contact answers like a missing one and like a wrong guess (status, code, body)', async () => {
    for (const hiding of ['otherBrand', 'deleted', 'merged'] as const satisfies readonly SaleHiding[]) {
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^[A-Z0-9]{4,10}$/), async (secret) => {
          const guess = `ERP-${secret}-${run++}`;
          const missingId = 9_000_000 + run;
          const ask = async (id: number) => ({
            byRef: await postSale({ externalRef: guess }),
            byId: await postSale({ id: gid('Contact', id) }),
          });
          const missing = await ask(missingId);
          const visible = await contact({ lastName: 'Visible', externalRef: `${guess}-other`, sharing: false });
          const wrong = await ask(missingId + 500_000);
          const hidden = await contact({
            lastName: 'Hidden',
            externalRef: guess,
            sharing: true,
            ...(hiding === 'otherBrand'
              ? { brandId: h.brands.b }
              : hiding === 'deleted'
                ? { deletedAt: new Date('2026-01-01T00:00:00Z') }
                : { mergedIntoId: visible }),
          });
          const found = await ask(hidden);
          expect(missing.byRef.status).toBe(404);
          expect(found.byRef).toEqual(missing.byRef);
          expect(wrong.byRef).toEqual(missing.byRef);
          expect(found.byId).toEqual(missing.byId);
          expect(wrong.byId).toEqual(missing.byId);
        }),
        { numRuns: 6, seed: 1414, endOnFailure: true },
      );
    }
    expect(await h.t.db.sale.count()).toBe(0);
    // The route does record for a live contact of the key's brand without sharing consent (the ERP's contract).
    const live = await contact({ lastName: 'Live', externalRef: 'ERP-LIVE-ORACLE', sharing: false });
    expect((await postSale({ id: gid('Contact', live) })).status).toBe(201);
  });
});
