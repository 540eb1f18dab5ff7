/**
 * Contact.deliveries (issue 21): a contact's messages on its page, under the rule of an action's delivery log. The
 * roles that read the log (ADMIN, MARKETING) see the deliveries of the actions they may see (a brand-B action's
 * delivery is a missing row for a brand-A user); the others are refused with FORBIDDEN; a hidden contact answers
 * like a missing one; the deliveries of a page of contacts are read in a fixed number of statements.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { deliveryWorld, type DeliveryWorld } from './delivery-fixtures.js';

const contactDeliveries = `query($id: ID!) { contact(id: $id) { id deliveries(first: 10) { totalCount edges { node {
  medium status reason queuedAt sentAt deliveredAt bouncedAt action { code } } } } } }`;

describeEachDatabase('a contact’s deliveries', (provider) => {
  let w: DeliveryWorld;
  let shown: number;
  let hidden: number;
  let actionA: { id: number; code: string };
  let actionB: { id: number; code: string };

  beforeAll(async () => {
    w = await deliveryWorld(provider);
    const db = w.h.t.db;
    shown = await w.contact();
    hidden = await w.contact({ brandId: w.h.brands.b });
    actionA = await w.action();
    actionB = await w.action({ brandId: w.h.brands.b });
    await w.delivery(actionA.id, shown, null);
    await db.messageDelivery.create({
      data: {
        actionId: actionB.id,
        contactId: shown,
        medium: 'EMAIL',
        status: 'BOUNCED',
        reason: 'HARD_BOUNCE',
        bouncedAt: new Date(),
        // Queued later: the latest comes first.
        queuedAt: new Date(Date.now() + 60_000),
      },
    });
    await w.delivery(actionA.id, hidden, null);
  });
  afterAll(async () => {
    await w?.h.drop();
  });

  it('an admin sees every delivery of the contact, latest first, with status, reason and instants', async () => {
    const r = await w.h.as('ADMIN')(contactDeliveries, { id: gid('Contact', shown) });
    expect(r.errors).toBeUndefined();
    const page = r.data.contact.deliveries;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: any) => e.node)).toMatchObject([
      { action: { code: actionB.code }, medium: 'EMAIL', status: 'BOUNCED', reason: 'HARD_BOUNCE', sentAt: null },
      { action: { code: actionA.code }, medium: 'EMAIL', status: 'SENT', reason: null, bouncedAt: null },
    ]);
    expect(page.edges[0].node.bouncedAt).toEqual(expect.any(String));
    expect(page.edges[1].node.sentAt).toEqual(expect.any(String));
  });

  it('a brand-A marketer sees only the deliveries of the actions of its brands', async () => {
    const r = await w.h.as('MARKETING')(contactDeliveries, { id: gid('Contact', shown) });
    expect(r.errors).toBeUndefined();
    expect(r.data.contact.deliveries.totalCount).toBe(1);
    expect(r.data.contact.deliveries.edges.map((e: any) => e.node.action.code)).toEqual([actionA.code]);
  });

  it('a hidden contact answers like a missing one', async () => {
    const asMarketing = w.h.as('MARKETING');
    const [outside, missing] = await Promise.all([
      asMarketing(contactDeliveries, { id: gid('Contact', hidden) }),
      asMarketing(contactDeliveries, { id: gid('Contact', 999_999) }),
    ]);
    expect(outside).toEqual(missing);
    expect(outside).toEqual({ data: { contact: null } });
  });

  it.each(['SALES', 'SUPPORT', 'ANALYST'] as const)('%s, who may not read delivery logs, is refused', async (role) => {
    const r = await w.h.as(role)(`query($id: ID!) { contact(id: $id) { id deliveries { totalCount } } }`, {
      id: gid('Contact', shown),
    });
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(r.errors?.[0]?.path).toEqual(['contact', 'deliveries']);
  });

  it('the deliveries of a page of contacts take the same statements for 2 contacts as for 8', async () => {
    const db = w.h.t.db;
    for (let i = 0; i < 6; i++) {
      const c = await w.contact();
      await w.delivery(actionA.id, c, null);
    }
    const list = `query($n: Int!) { contacts(first: $n) { edges { node { id
      deliveries(first: 5) { totalCount edges { node { status action { code brand { code } } } } } } } } }`;
    const count = async (n: number) => {
      w.h.statements.length = 0;
      const r = await w.h.as('ADMIN')(list, { n });
      expect(r.errors).toBeUndefined();
      expect(r.data.contacts.edges).toHaveLength(n);
      return w.h.statements.length;
    };
    expect(await db.contact.count()).toBeGreaterThanOrEqual(8);
    expect(await count(8)).toBe(await count(2));
  });
});
