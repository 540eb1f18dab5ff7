/**
 * A contact held out in an action's control group got nothing from it (issue 19): its synoptic row and its timeline
 * say "held out", never "targeted".
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('campaigns: control-group members shown as held out', (provider) => {
  let h: ApiHarness;
  let contact: number;
  const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12));

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    contact = (await db.contact.create({ data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north } })).id;
    const action = (code: string) =>
      db.marketingAction.create({
        data: {
          code,
          name: `Action ${code}`,
          objective: 'LOYALTY',
          medium: 'MAILING',
          brandId: h.brands.a,
          requiredPurposeId: h.purposes.marketing!,
          startDate: day(1),
          endDate: day(28),
        },
      });
    const sent = await action('SENT');
    const held = await action('HELD');
    await db.actionTarget.create({ data: { actionId: sent.id, contactId: contact, targetedAt: day(2) } });
    await db.actionTarget.create({
      data: { actionId: held.id, contactId: contact, targetedAt: day(3), inControlGroup: true },
    });
  });
  afterAll(() => h.drop());

  it('the synoptic table ticks "targeted" only for actions that reached the contact, and says held out', async () => {
    const res = await h.as('MARKETING')(
      `query($c: ID!) { contact(id: $c) { synopsis { action { code } targeted heldOut state responded converted } } }`,
      { c: gid('Contact', contact) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.contact.synopsis).toEqual([
      {
        action: { code: 'SENT' },
        targeted: true,
        heldOut: false,
        state: 'TARGETED',
        responded: false,
        converted: false,
      },
      {
        action: { code: 'HELD' },
        targeted: false,
        heldOut: true,
        state: 'HELD_OUT',
        responded: false,
        converted: false,
      },
    ]);
  });

  it('the timeline shows a HELD_OUT event, not a targeting, for the control group', async () => {
    const q = `query($c: ID!, $kinds: [TimelineKind!]) { contact(id: $c) { timeline(first: 10, kinds: $kinds) {
      edges { node { kind summary node { __typename ... on ActionTarget { action { code } inControlGroup } } } } } } }`;
    const all = await h.as('MARKETING')(q, { c: gid('Contact', contact) });
    expect(all.errors).toBeUndefined();
    expect(all.data.contact.timeline.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        kind: 'HELD_OUT',
        summary: 'Held out of HELD (Action HELD): control group, sent nothing',
        node: { __typename: 'ActionTarget', action: { code: 'HELD' }, inControlGroup: true },
      },
      {
        kind: 'TARGETING',
        summary: 'Targeted by SENT (Action SENT)',
        node: { __typename: 'ActionTarget', action: { code: 'SENT' }, inControlGroup: false },
      },
    ]);
    const targetings = await h.as('MARKETING')(q, { c: gid('Contact', contact), kinds: ['TARGETING'] });
    expect(targetings.data.contact.timeline.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual([
      'TARGETING',
    ]);
    const held = await h.as('MARKETING')(q, { c: gid('Contact', contact), kinds: ['HELD_OUT'] });
    expect(held.data.contact.timeline.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['HELD_OUT']);
  });
});
