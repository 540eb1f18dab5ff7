/**
 * Data quality, step 3: merging a duplicate. No child record is lost (every one is moved or reported as dropped with
 * its equivalent kept), consents combine by the least permissive rule, the dry run writes nothing, and the merge is
 * recorded (MergeRecord) and audited (MERGE).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('merge contacts', (provider) => {
  let h: ApiHarness;
  let S: number;
  let M: number;
  const merge = `mutation($s: ID!, $m: ID!, $choices: [MergeFieldChoice!], $dry: Boolean) {
    mergeContacts(survivorId: $s, mergedId: $m, fieldChoices: $choices, dryRun: $dry) {
      dryRun mergeRecordId survivor { id version firstName email phone city interests } merged { id mergedInto { id } }
      changes { field before after from withheld } moved { kind count } dropped { kind id reason } } }`;

  /** Every child row of the two contacts, by table (ids), to prove nothing is lost. */
  const children = async () => {
    const db = h.t.db;
    const w = { contactId: { in: [S, M] } };
    return {
      targets: (await db.actionTarget.findMany({ where: w })).length,
      sales: (await db.sale.findMany({ where: w, select: { id: true } })).map((x) => x.id).sort(),
      activities: (await db.activity.findMany({ where: w, select: { id: true } })).map((x) => x.id).sort(),
      tasks: (await db.task.findMany({ where: w, select: { id: true } })).map((x) => x.id).sort(),
      events: (await db.consentEvent.findMany({ where: w, select: { id: true } })).map((x) => x.id).sort(),
      scores: (await db.contactScore.findMany({ where: w })).length,
    };
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    S = (
      await db.contact.create({
        data: {
          ...base,
          firstName: 'Jean',
          lastName: 'Dupont',
          email: null,
          city: 'Paris',
          postalCode: '75003',
          incomeBand: 'OVER_80K',
          interests: { create: [{ interest: 'TRAVEL' }] },
        },
      })
    ).id;
    M = (
      await db.contact.create({
        data: {
          ...base,
          firstName: 'Jean-Pierre',
          lastName: 'Dupond',
          email: 'jp@exemple.fr',
          phone: '+33142685300',
          city: 'Lyon',
          postalCode: '69001',
          firstSaleAt: new Date('2024-01-01'),
          interests: { create: [{ interest: 'TRAVEL' }, { interest: 'SPORTS' }] },
        },
      })
    ).id;
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({ data: { code: 'P', name: 'P', categoryId: cat.id, listPrice: '10' } });
    const action = (code: string) =>
      db.marketingAction.create({
        data: {
          code,
          name: code,
          objective: 'LOYALTY',
          medium: 'EMAIL',
          startDate: new Date('2024-01-01'),
          endDate: new Date('2024-02-01'),
          requiredPurposeId: h.purposes.marketing!,
        },
      });
    const [a1, a2] = [await action('A1'), await action('A2')];
    const sale = (contactId: number, ref: string) =>
      db.sale.create({
        data: {
          contactId,
          brandId: h.brands.a,
          saleDate: new Date('2024-01-10'),
          channel: 'STORE',
          total: '10',
          externalRef: ref,
          lines: { create: { productId: product.id, quantity: 1, unitPrice: '10' } },
        },
      });
    const s1 = await sale(M, 'S-1');
    await sale(M, 'S-2');
    await sale(S, 'S-3');
    // Both targeted by A1: the survivor did not answer, the merged contact answered and converted.
    await db.actionTarget.create({ data: { actionId: a1.id, contactId: S, targetedAt: new Date('2024-01-02') } });
    await db.actionTarget.create({
      data: {
        actionId: a1.id,
        contactId: M,
        targetedAt: new Date('2024-01-02'),
        respondedAt: new Date('2024-01-05'),
        responseChannel: 'WEB',
        conversionSaleId: s1.id,
      },
    });
    await db.actionTarget.create({ data: { actionId: a2.id, contactId: M, targetedAt: new Date('2024-01-03') } });
    await db.activity.create({
      data: { contactId: M, type: 'CALL', occurredAt: new Date('2024-01-04'), subject: 'call' },
    });
    await db.task.create({ data: { contactId: M, title: 'call back', dueDate: new Date('2024-02-01') } });
    await db.task.create({ data: { contactId: S, title: 'visit', dueDate: new Date('2024-02-01') } });
    // Consents: the survivor granted marketing, the merged contact denied newsletter; both granted profiling.
    await h.consent(S, 'marketing');
    await h.consent(S, 'customer_service');
    await h.consent(M, 'newsletter', { status: 'DENIED', from: new Date('2023-01-01') });
    await h.consent(M, 'marketing', { from: new Date('2021-01-01') });
    await h.consent(M, 'profiling');
    // Score rows: snapshot 1 scored both, snapshot 2 only the merged contact.
    const snap = (day: string) => db.scoreSnapshot.create({ data: { asOf: new Date(day), status: 'COMPLETED' } });
    const [sn1, sn2] = [await snap('2024-06-01'), await snap('2024-07-01')];
    const score = (snapshotId: number, contactId: number) =>
      db.contactScore.create({
        data: {
          snapshotId,
          contactId,
          recencyDays: 1,
          frequency: 1,
          monetary: '10',
          grossMargin: '1',
          firstPurchaseAt: new Date('2024-01-10'),
          lastPurchaseAt: new Date('2024-01-10'),
          recencyScore: 3,
          frequencyScore: 3,
          monetaryScore: 3,
          segment: 'LOYAL',
        },
      });
    await score(sn1.id, S);
    await score(sn1.id, M);
    await score(sn2.id, M);
  });
  afterAll(() => h?.drop());

  it('dry run: reports the changes and moves, writes nothing', async () => {
    const before = await children();
    const survivorBefore = await h.t.db.contact.findUniqueOrThrow({ where: { id: S } });
    const r = await h.as('ADMIN')(merge, {
      s: gid('Contact', S),
      m: gid('Contact', M),
      choices: [{ field: 'firstName', from: 'MERGED' }],
      dry: true,
    });
    expect(r.errors).toBeUndefined();
    const res = r.data.mergeContacts;
    expect(res.dryRun).toBe(true);
    expect(res.mergeRecordId).toBeNull();
    expect(res.changes).toEqual(
      expect.arrayContaining([
        { field: 'firstName', before: 'Jean', after: 'Jean-Pierre', from: 'MERGED', withheld: false },
        { field: 'email', before: null, after: 'jp@exemple.fr', from: 'MERGED', withheld: false },
        { field: 'phone', before: null, after: '+33142685300', from: 'MERGED', withheld: false },
      ]),
    );
    // The address stays the survivor's as a block.
    expect(res.changes.map((c: any) => c.field)).not.toContain('city');
    expect(res.moved).toEqual(
      expect.arrayContaining([
        { kind: 'Sale', count: 2 },
        { kind: 'ActionTarget', count: 1 },
        { kind: 'Task', count: 1 },
      ]),
    );
    expect(res.dropped.map((d: any) => d.kind).sort()).toEqual(['ActionTarget', 'ContactScore']);
    expect(await children()).toEqual(before);
    expect(await h.t.db.contact.findUniqueOrThrow({ where: { id: S } })).toEqual(survivorBefore);
    expect(await h.t.db.mergeRecord.count()).toBe(0);
    expect(await h.t.db.auditLog.count({ where: { operation: 'MERGE', entity: 'Contact' } })).toBe(0);
  });

  it('withholds values the caller may not read, refuses merging outside its rights', async () => {
    const r = await h.as('SUPPORT')(merge, {
      s: gid('Contact', S),
      m: gid('Contact', M),
      choices: [{ field: 'incomeBand', from: 'MERGED' }],
      dry: true,
    });
    expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const other = await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Dupont', brandId: h.brands.b, zoneId: h.zones.north },
    });
    const outside = await h.as('MARKETING')(merge, { s: gid('Contact', S), m: gid('Contact', other.id), dry: true });
    expect(outside.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(
      (await h.as('SALES')(merge, { s: gid('Contact', S), m: gid('Contact', M), dry: true })).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
  });

  it('needs the right to read and write both contacts’ personal fields: CONSENT_REQUIRED, nothing written', async () => {
    const snapshot = async () =>
      JSON.stringify(await h.t.db.contact.findMany({ where: { id: { in: [S, M] } }, orderBy: { id: 'asc' } }));
    const before = await snapshot();
    // For "newsletter" the survivor's identity is readable (marketing granted) and the merged contact's is not
    // (newsletter denied): one readable contact is not enough, in a dry run as in a real merge.
    for (const dry of [true, false]) {
      const r = await h.as('MARKETING', 'newsletter')(merge, { s: gid('Contact', S), m: gid('Contact', M), dry });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'newsletter' });
    }
    expect(await snapshot()).toBe(before);
    expect(await h.t.db.mergeRecord.count()).toBe(0);
  });

  it('merges: every child record moved or reported, consents least permissive, recorded and audited', async () => {
    const before = await children();
    const r = await h.as('ADMIN')(merge, {
      s: gid('Contact', S),
      m: gid('Contact', M),
      choices: [{ field: 'firstName', from: 'MERGED' }],
    });
    expect(r.errors).toBeUndefined();
    const res = r.data.mergeContacts;
    expect(res.survivor).toMatchObject({
      firstName: 'Jean-Pierre',
      email: 'jp@exemple.fr',
      city: 'Paris',
      interests: ['SPORTS', 'TRAVEL'],
    });
    expect(res.merged.mergedInto.id).toBe(gid('Contact', S));
    const after = await children();
    // Sales, activities, tasks, consent events: same rows, all on the survivor now.
    for (const k of ['sales', 'activities', 'tasks', 'events'] as const) expect(after[k]).toEqual(before[k]);
    const db = h.t.db;
    for (const table of [db.sale, db.activity, db.task, db.consentEvent, db.actionTarget, db.contactScore] as any[]) {
      expect(await table.count({ where: { contactId: M } })).toBe(0);
    }
    // Targets: A1 kept once (the survivor's, completed with the response and conversion), A2 moved.
    expect(after.targets).toBe(before.targets - 1);
    const a1 = await db.actionTarget.findFirstOrThrow({ where: { contactId: S, action: { code: 'A1' } } });
    expect(a1.respondedAt).not.toBeNull();
    expect(a1.conversionSaleId).not.toBeNull();
    expect(await db.actionTarget.count({ where: { contactId: S, action: { code: 'A2' } } })).toBe(1);
    expect(after.scores).toBe(before.scores - 1);
    expect(res.dropped).toHaveLength(2);
    // Consent: newsletter denied by the merged contact stays denied; profiling granted moves over.
    const states = await db.consentState.findMany({ where: { contactId: S }, include: { purpose: true } });
    const status = Object.fromEntries(states.map((s) => [s.purpose.code, s.status]));
    expect(status).toEqual({
      marketing: 'GRANTED',
      newsletter: 'DENIED',
      profiling: 'GRANTED',
      customer_service: 'GRANTED',
    });
    expect(await db.consentState.count({ where: { contactId: M } })).toBe(0);
    expect(await db.contactInterest.count({ where: { contactId: M } })).toBe(0);
    // First sale: the earliest of the two.
    expect((await db.contact.findUniqueOrThrow({ where: { id: S } })).firstSaleAt).toEqual(new Date('2024-01-01'));
    // Record and audit.
    const record = await db.mergeRecord.findFirstOrThrow({ where: { survivorId: S, mergedId: M } });
    expect(record.fieldChoices).toMatchObject({ firstName: 'MERGED', email: 'MERGED', phone: 'MERGED' });
    expect(record.movedCounts).toMatchObject({ moved: { Sale: 2, ActionTarget: 1 } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { operation: 'MERGE', entity: 'Contact', entityId: String(M) },
    });
    expect(audit).toMatchObject({ actorUserId: h.users.ADMIN, outcome: 'ALLOWED', operationName: 'mergeContacts' });
    // The merged contact: out of the lists, found by id.
    const list = await h.as('ADMIN')(`{ contacts(first: 50) { edges { node { id } } } }`);
    expect(list.data.contacts.edges.map((e: any) => e.node.id)).not.toContain(gid('Contact', M));
    const found = await h.as('ADMIN')(`query($id: ID!) { contact(id: $id) { id mergedInto { id } } }`, {
      id: gid('Contact', M),
    });
    expect(found.data.contact).toEqual({ id: gid('Contact', M), mergedInto: { id: gid('Contact', S) } });
    // A second merge of the same contact is refused.
    const again = await h.as('ADMIN')(merge, { s: gid('Contact', S), m: gid('Contact', M) });
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
