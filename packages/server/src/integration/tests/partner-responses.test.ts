/** Responses recorded by the action code: the partner flow (coupons, calls quoting the code), under the row rules. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const record = `mutation($code: String!, $contact: ID!, $channel: ResponseChannel!, $at: DateTime!) {
  recordActionResponse(actionCode: $code, contactId: $contact, channel: $channel, respondedAt: $at) { actionCode contactId channel respondedAt alreadyRecorded } }`;
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);

describeEachDatabase('responses by action code', (provider) => {
  let h: ApiHarness;
  let partnerA: string;
  const c: Record<string, number> = {};
  const targetedAt = new Date('2026-03-01T10:00:00Z');
  const at = '2026-03-04T09:30:00.000Z';

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const mk = async (name: string, brandId: number, sharing: boolean) => {
      const id = (await db.contact.create({ data: { kind: 'CLIENT', lastName: name, brandId, zoneId: h.zones.north } }))
        .id;
      if (sharing) await h.consent(id, 'partner_sharing');
      return id;
    };
    c.shared = await mk('Shared', h.brands.a, true);
    c.private = await mk('Private', h.brands.a, false);
    c.otherBrand = await mk('OtherBrand', h.brands.b, true);
    c.untargeted = await mk('Untargeted', h.brands.a, true);
    const action = (code: string, brandId: number) =>
      db.marketingAction.create({
        data: {
          code,
          name: code,
          objective: 'LOYALTY',
          medium: 'MAILING',
          startDate: targetedAt,
          endDate: new Date('2026-04-01T00:00:00Z'),
          requiredPurposeId: h.purposes.targeted_offers!,
          brandId,
          status: 'RUNNING',
          responseChannels: { create: [{ channel: 'MAIL_COUPON' }, { channel: 'PHONE' }] },
        },
      });
    const a = await action('MAI-A', h.brands.a);
    const b = await action('MAI-B', h.brands.b);
    for (const id of [c.shared, c.private])
      await db.actionTarget.create({ data: { actionId: a.id, contactId: id!, targetedAt } });
    await db.actionTarget.create({ data: { actionId: b.id, contactId: c.otherBrand!, targetedAt } });
    const key = await h.as('ADMIN')(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      input: { name: 'Coupons A', brands: [gid('Brand', h.brands.a)], purposes: ['partner_sharing'] },
    });
    expect(key.errors).toBeUndefined();
    partnerA = key.data.createApiKey.key;
  });
  afterAll(() => h?.drop());

  it('a partner records a coupon for a contact it may see; a retry changes nothing', async () => {
    const partner = h.partner(partnerA, 'partner_sharing');
    const first = await partner(record, {
      code: 'MAI-A',
      contact: gid('Contact', c.shared!),
      channel: 'MAIL_COUPON',
      at,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordActionResponse).toEqual({
      actionCode: 'MAI-A',
      contactId: gid('Contact', c.shared!),
      channel: 'MAIL_COUPON',
      respondedAt: at,
      alreadyRecorded: false,
    });
    const row = await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: c.shared! } });
    expect(row).toMatchObject({ responseChannel: 'MAIL_COUPON', respondedAt: new Date(at), version: 2 });
    const retry = await partner(record, {
      code: 'MAI-A',
      contact: gid('Contact', c.shared!),
      channel: 'MAIL_COUPON',
      at,
    });
    expect(retry.data.recordActionResponse.alreadyRecorded).toBe(true);
    expect((await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: c.shared! } })).version).toBe(2);
    const other = await partner(record, { code: 'MAI-A', contact: gid('Contact', c.shared!), channel: 'PHONE', at });
    expect(codes(other)).toEqual(['CONFLICT']);
  });

  it('answers NOT_FOUND alike for a contact without sharing consent, another brand, no target, or an unknown code', async () => {
    const partner = h.partner(partnerA, 'partner_sharing');
    const cases = [
      { code: 'MAI-A', contact: c.private },
      { code: 'MAI-B', contact: c.otherBrand },
      { code: 'MAI-A', contact: c.untargeted },
      { code: 'NOPE', contact: c.shared },
    ];
    for (const x of cases) {
      const r = await partner(record, { code: x.code, contact: gid('Contact', x.contact!), channel: 'PHONE', at });
      expect(codes(r), JSON.stringify(x)).toEqual(['NOT_FOUND']);
      expect(r.errors![0]!.message).toBe('No target of this action for this contact.');
    }
    expect(
      await h.t.db.actionTarget.count({ where: { respondedAt: { not: null }, contactId: { not: c.shared! } } }),
    ).toBe(0);
  });

  it('refuses a channel the action does not offer and a response before the targeting, writing nothing', async () => {
    const r = await h.as('SUPPORT')(record, {
      code: 'MAI-A',
      contact: gid('Contact', c.private!),
      channel: 'WEB',
      at: '2026-02-01T00:00:00.000Z',
    });
    expect(codes(r)).toEqual(['VALIDATION']);
    expect(r.errors![0]!.extensions.fields!.map((f: { path: string[] }) => f.path.join('.'))).toEqual([
      'channel',
      'respondedAt',
    ]);
    expect((await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: c.private! } })).respondedAt).toBeNull();
  });

  it('staff roles that handle responses may use it too; analysts may not', async () => {
    expect(
      codes(
        await h.as('ANALYST')(record, { code: 'MAI-A', contact: gid('Contact', c.private!), channel: 'PHONE', at }),
      ),
    ).toEqual(['FORBIDDEN']);
    const r = await h.as('SUPPORT')(record, {
      code: 'MAI-A',
      contact: gid('Contact', c.private!),
      channel: 'PHONE',
      at,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.recordActionResponse.alreadyRecorded).toBe(false);
  });
});
