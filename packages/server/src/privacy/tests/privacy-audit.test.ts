import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const auditQuery = `query($filter: AuditFilter, $first: Int) { auditLog(first: $first, filter: $filter) {
  totalCount edges { node { actorType actorUser { email } apiKey { name } purpose operation operationName entity entityId entityIds fields outcome errorCode requestId } } } }`;

describeEachDatabase('audit log', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  const entries = (where: object = {}) => h.t.db.auditLog.findMany({ where, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const base = {
      kind: 'CLIENT' as const,
      brandId: h.brands.a,
      zoneId: h.zones.north,
      incomeBand: 'OVER_80K' as const,
    };
    c.Yes = (await h.t.db.contact.create({ data: { ...base, lastName: 'Yes', email: 'yes@example.fr' } })).id;
    c.No = (await h.t.db.contact.create({ data: { ...base, lastName: 'No', email: 'no@example.fr' } })).id;
    await h.consent(c.Yes, 'marketing');
    await h.consent(c.Yes, 'partner_sharing');
  });
  afterAll(() => h?.drop());

  it('records each read of a consent-bound or confidential field, per row and outcome, with who and why', async () => {
    await h.t.db.auditLog.deleteMany();
    const r = await h.as('MARKETING')(
      `query Browse { contacts(first: 10, orderBy: [{ field: CREATED_AT }]) { edges { node { kind lastName email incomeBand } } } }`,
    );
    expect(r.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Yes', null]);
    const rows = await entries();
    const summary = rows.map((e) => [e.entityId, e.outcome, e.fields, e.errorCode]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [String(c.Yes), 'ALLOWED', ['email', 'incomeBand', 'lastName'], null],
        [String(c.No), 'ALLOWED', ['incomeBand'], null],
        [String(c.No), 'DENIED', ['email', 'lastName'], 'CONSENT_REQUIRED'],
      ]),
    );
    expect(rows).toHaveLength(3);
    for (const e of rows) {
      expect(e).toMatchObject({
        actorType: 'STAFF',
        actorUserId: h.users.MARKETING,
        apiKeyId: null,
        purpose: 'marketing',
        operation: 'READ',
        operationName: 'Browse',
        entity: 'Contact',
      });
    }
    expect(new Set(rows.map((e) => e.requestId)).size).toBe(1);
  });

  it('writes one entry per kind of read, naming every row read that way, and finds each row in it', async () => {
    const more = [];
    for (const lastName of ['Un', 'Deux', 'Trois']) {
      const row = await h.t.db.contact.create({
        data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, lastName, email: `${lastName}@x.fr` },
      });
      await h.consent(row.id, 'marketing');
      more.push(String(row.id));
    }
    await h.t.db.auditLog.deleteMany();
    const r = await h.as('MARKETING')(
      `query Page { contacts(first: 10, orderBy: [{ field: ID }]) { edges { node { email } } } }`,
    );
    expect(r.errors?.filter((e: any) => e.extensions.code !== 'CONSENT_REQUIRED') ?? []).toEqual([]);
    const rows = await entries();
    const allowed = rows.filter((e) => e.outcome === 'ALLOWED');
    // Yes and the three new contacts are read alike: one entry lists them all, not four entries.
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toMatchObject({ entity: 'Contact', entityId: null, fields: ['email'], operationName: 'Page' });
    expect(allowed[0]!.entityIds).toBe(`,${[String(c.Yes), ...more].join(',')},`);
    // A row listed among others is found by the admin's filter and by the subject's own export.
    const found = await h.as('ADMIN')(auditQuery, { first: 50, filter: { entityId: more[1], outcome: ['ALLOWED'] } });
    expect(found.data.auditLog.edges.map((e: any) => e.node.entityIds)).toEqual([[String(c.Yes), ...more]]);
    // Whole ids only: the id with a digit added is not "found" inside the list.
    const near = await h.as('ADMIN')(auditQuery, { first: 50, filter: { entityId: `${more[1]}0` } });
    expect(near.data.auditLog.totalCount).toBe(0);
    await h.t.db.contact.deleteMany({ where: { id: { in: more.map(Number) } } });
  });

  it('records a confidential field withheld from a role as DENIED / FORBIDDEN, and nothing for unguarded reads', async () => {
    await h.t.db.auditLog.deleteMany();
    await h.as('SUPPORT')(`query($id: ID!) { node(id: $id) { ... on Contact { incomeBand } } }`, {
      id: gid('Contact', c.Yes!),
    });
    expect((await entries()).map((e) => [e.outcome, e.fields, e.errorCode])).toEqual([
      ['DENIED', ['incomeBand'], 'FORBIDDEN'],
    ]);
    await h.t.db.auditLog.deleteMany();
    await h.as('SUPPORT')(`{ contacts(first: 5) { totalCount edges { node { kind countryCode } } } }`);
    expect(await entries()).toEqual([]);
  });

  it('records every disclosure to a partner against its key', async () => {
    const created = await h.as('ADMIN')(
      `mutation($b: [ID!]!) { createApiKey(input: { name: "Acme", brands: $b, purposes: ["partner_sharing"] }) { key apiKey { id } } }`,
      { b: [gid('Brand', h.brands.a)] },
    );
    const { key } = created.data.createApiKey;
    await h.t.db.auditLog.deleteMany();
    const r = await h.partner(key, 'partner_sharing')(`{ contacts(first: 5) { edges { node { email } } } }`);
    expect(r.data.contacts.edges).toEqual([{ node: { email: 'yes@example.fr' } }]);
    const rows = await entries();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorType: 'API_KEY',
      actorUserId: null,
      purpose: 'partner_sharing',
      entity: 'Contact',
      entityId: String(c.Yes),
      fields: ['email'],
      outcome: 'ALLOWED',
    });
    expect(rows[0]!.apiKeyId).toBe((await h.t.db.apiKey.findFirstOrThrow({ where: { name: 'Acme' } })).id);
  });

  it('records every mutation: who, purpose, operation, entity, row, fields written (never values), outcome', async () => {
    await h.t.db.auditLog.deleteMany();
    const update = `mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { lastName: "Oui" }) { version } }`;
    const ok = await h.as('MARKETING')(update, { id: gid('Contact', c.Yes!), v: 1 });
    expect(ok.errors).toBeUndefined();
    const stale = await h.as('MARKETING')(update, { id: gid('Contact', c.Yes!), v: 1 });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const refused = await h.as('ANALYST')(update, { id: gid('Contact', c.Yes!), v: 2 });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const rows = (await entries({ operation: { not: 'READ' } })).map((e) => [
      e.actorUserId,
      e.purpose,
      e.operation,
      e.operationName,
      e.entity,
      e.entityId,
      e.fields,
      e.outcome,
      e.errorCode,
    ]);
    expect(rows).toEqual([
      [
        h.users.MARKETING,
        'marketing',
        'UPDATE',
        'updateContact',
        'Contact',
        String(c.Yes),
        ['lastName'],
        'ALLOWED',
        null,
      ],
      [
        h.users.MARKETING,
        'marketing',
        'UPDATE',
        'updateContact',
        'Contact',
        String(c.Yes),
        ['lastName'],
        'FAILED',
        'CONFLICT',
      ],
      [
        h.users.ANALYST,
        'profiling',
        'UPDATE',
        'updateContact',
        'Contact',
        String(c.Yes),
        ['lastName'],
        'DENIED',
        'FORBIDDEN',
      ],
    ]);
    expect(JSON.stringify(await entries())).not.toContain('Oui');
  });

  it('lets admins, and only admins, query the log by actor, entity, operation, outcome and date range', async () => {
    const byActor = await h.as('ADMIN')(auditQuery, {
      first: 50,
      filter: { actorUser: [gid('StaffUser', h.users.ANALYST)], operation: ['UPDATE'] },
    });
    expect(byActor.errors).toBeUndefined();
    expect(byActor.data.auditLog.totalCount).toBe(1);
    expect(byActor.data.auditLog.edges[0].node).toMatchObject({
      actorType: 'STAFF',
      actorUser: { email: 'analyst@test.fidele' },
      outcome: 'DENIED',
      errorCode: 'FORBIDDEN',
      entity: 'Contact',
    });
    const byEntity = await h.as('ADMIN')(auditQuery, {
      first: 50,
      filter: { entity: ['Contact'], entityId: String(c.Yes), outcome: ['ALLOWED'] },
    });
    expect(byEntity.data.auditLog.totalCount).toBeGreaterThan(0);
    expect(
      byEntity.data.auditLog.edges.every(
        (e: any) => e.node.entityIds.includes(String(c.Yes)) && e.node.outcome === 'ALLOWED',
      ),
    ).toBe(true);
    const future = await h.as('ADMIN')(auditQuery, { first: 5, filter: { at: { from: '2099-01-01T00:00:00Z' } } });
    expect(future.data.auditLog.totalCount).toBe(0);
    const past = await h.as('ADMIN')(auditQuery, { first: 5, filter: { at: { to: new Date().toISOString() } } });
    expect(past.data.auditLog.totalCount).toBeGreaterThan(0);
    for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
      expect((await h.as(role)(auditQuery, { first: 1 })).errors?.[0]?.extensions.code, role).toBe('FORBIDDEN');
    }
  });
});
