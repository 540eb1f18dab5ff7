import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, roles, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const grant = `mutation($input: ConsentInput!) { grantConsent(input: $input) { status source proof capturedAt capturedBy { email } effectiveFrom effectiveTo purpose { code } } }`;
const withdraw = `mutation($input: ConsentInput!) { withdrawConsent(input: $input) { status } }`;
const deny = `mutation($input: ConsentInput!) { denyConsent(input: $input) { status } }`;
const read = `query($id: ID!) { contact(id: $id) { lastName consents { purpose { code } status effectiveTo } consentHistory { status source proof capturedBy { email } purpose { code } } } }`;

describeEachDatabase('consent mutations', (provider) => {
  let h: ApiHarness;
  let contact: number;
  let other: number;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    contact = (
      await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Consenting', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    other = (
      await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'OtherBrand', brandId: h.brands.b, zoneId: h.zones.north },
      })
    ).id;
  });
  afterAll(() => h?.drop());

  const input = (extra: Record<string, unknown> = {}) => ({
    contact: gid('Contact', contact),
    purpose: 'marketing',
    source: 'PHONE',
    ...extra,
  });

  it('grant appends an event with its provenance and makes it the current state; the next request sees it', async () => {
    expect((await h.as('MARKETING')(read, { id: gid('Contact', contact) })).data.contact.lastName).toBeNull();
    const r = await h.as('SUPPORT')(grant, { input: input({ proof: 'call-1234' }) });
    expect(r.errors).toBeUndefined();
    expect(r.data.grantConsent).toMatchObject({
      status: 'GRANTED',
      source: 'PHONE',
      proof: 'call-1234',
      capturedBy: { email: 'support@test.fidele' },
      effectiveTo: null,
      purpose: { code: 'marketing' },
    });
    const after = await h.as('MARKETING')(read, { id: gid('Contact', contact) });
    expect(after.data.contact.lastName).toBe('Consenting');
    expect(after.data.contact.consents).toEqual([
      { purpose: { code: 'marketing' }, status: 'GRANTED', effectiveTo: null },
    ]);
  });

  it('a withdrawal applies to the very next request; the history keeps every decision', async () => {
    expect((await h.as('MARKETING')(withdraw, { input: input({ source: 'EMAIL' }) })).errors).toBeUndefined();
    const after = await h.as('MARKETING')(read, { id: gid('Contact', contact) });
    expect(after.data.contact.lastName).toBeNull();
    expect(after.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
    expect(after.data.contact.consentHistory.map((e: any) => [e.status, e.source])).toEqual([
      ['GRANTED', 'PHONE'],
      ['WITHDRAWN', 'EMAIL'],
    ]);
    expect(await h.t.db.consentEvent.count({ where: { contactId: contact } })).toBe(2);
  });

  it('a denial of a child under a granted parent refuses the child only', async () => {
    await h.as('MARKETING')(grant, { input: input() });
    await h.as('MARKETING')(deny, { input: input({ purpose: 'newsletter' }) });
    const q = `query($id: ID!) { contact(id: $id) { lastName } }`;
    expect(
      (await h.as('MARKETING', 'newsletter')(q, { id: gid('Contact', contact) })).data.contact.lastName,
    ).toBeNull();
    expect((await h.as('MARKETING', 'targeted_offers')(q, { id: gid('Contact', contact) })).data.contact.lastName).toBe(
      'Consenting',
    );
  });

  it('respects the validity window', async () => {
    const q = `query($id: ID!) { contact(id: $id) { lastName } }`;
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    await h.as('MARKETING')(grant, { input: input({ purpose: 'profiling', effectiveFrom: soon }) });
    expect((await h.as('ANALYST', 'profiling')(q, { id: gid('Contact', contact) })).data.contact.lastName).toBeNull();
    const lapsed = new Date(Date.now() - 3_600_000).toISOString();
    await h.as('MARKETING')(grant, {
      input: input({ purpose: 'profiling', effectiveFrom: '2020-01-01T00:00:00Z', effectiveTo: lapsed }),
    });
    expect((await h.as('ANALYST', 'profiling')(q, { id: gid('Contact', contact) })).data.contact.lastName).toBeNull();
    await h.as('MARKETING')(grant, { input: input({ purpose: 'profiling', effectiveTo: soon }) });
    expect((await h.as('ANALYST', 'profiling')(q, { id: gid('Contact', contact) })).data.contact.lastName).toBe(
      'Consenting',
    );
    const bad = await h.as('MARKETING')(grant, {
      input: input({ effectiveFrom: soon, effectiveTo: new Date().toISOString() }),
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: ['input', 'effectiveTo'] }],
    });
  });

  it('only staff roles that capture consent may record it, only on contacts they see', async () => {
    expect((await h.as('ANALYST')(grant, { input: input() })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await h.anonymous(grant, { input: input() })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const outside = await h.as('MARKETING')(grant, { input: input({ contact: gid('Contact', other) }) });
    expect(outside.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const unknown = await h.as('MARKETING')(grant, { input: input({ purpose: 'astrology' }) });
    expect(unknown.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(await h.t.db.consentEvent.count({ where: { contactId: other } })).toBe(0);
  });

  it('lets every staff role read consent states and history, not partners', async () => {
    for (const role of roles) {
      const r = await h.as(role)(
        `query($id: ID!) { contact(id: $id) { consents { status } consentHistory { status } } }`,
        { id: gid('Contact', contact) },
      );
      expect(r.errors, role).toBeUndefined();
    }
    await h.consent(contact, 'partner_sharing');
    const created = await h.as('ADMIN')(
      `mutation($b: [ID!]!) { createApiKey(input: { name: "P", brands: $b, purposes: ["partner_sharing"] }) { key } }`,
      { b: [gid('Brand', h.brands.a)] },
    );
    const r = await h.partner(created.data.createApiKey.key, 'partner_sharing')(
      `query($id: ID!) { contact(id: $id) { lastName consents { status } } }`,
      { id: gid('Contact', contact) },
    );
    expect(r.data.contact).toEqual({ lastName: 'Consenting', consents: null });
    expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
