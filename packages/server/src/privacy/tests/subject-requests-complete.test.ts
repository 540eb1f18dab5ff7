/**
 * Completing a subject request performs its answer and keeps the artefact (issue 21): the export for access and
 * portability, the erasure report, the restriction, the withdrawal of marketing for an objection, the note of the
 * fields rectified; and the partner notices of art. 19, from the disclosure log only.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const log = `mutation($input: LogSubjectRequestInput!) { logSubjectRequest(input: $input) { id version } }`;
const complete = `mutation($id: ID!, $version: Int!) { completeSubjectRequest(id: $id, version: $version) {
  id status completedAt artefact version notes
  notices { id toNotify sentAt lastDisclosedAt apiKey { name } } } }`;
const markSent = `mutation($id: ID!) { markPartnerNoticeSent(id: $id) { toNotify sentAt } }`;
const createKey = `mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`;
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);

describeEachDatabase('completing subject requests', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const mk = async (lastName: string, brandId = h.brands.a) =>
      (
        await h.t.db.contact.create({
          data: {
            kind: 'CLIENT',
            firstName: 'Jeanne',
            lastName,
            email: `${lastName.toLowerCase()}@example.fr`,
            city: 'Lyon',
            brandId,
            zoneId: h.zones.north,
            interests: { create: [{ interest: 'TRAVEL' }, { interest: 'GASTRONOMY' }] },
          },
        })
      ).id;
    for (const name of ['Access', 'Erased', 'Restricted', 'Objector', 'Rectified', 'Shared']) c[name] = await mk(name);
    for (const name of ['Erased', 'Restricted', 'Shared']) await h.consent(c[name]!, 'partner_sharing');
    await h.consent(c.Objector!, 'marketing');
    await h.consent(c.Rectified!, 'marketing');
    await h.t.db.activity.create({
      data: { contactId: c.Erased!, type: 'CALL', subject: 'Called about her order', occurredAt: new Date() },
    });
  });
  afterAll(() => h?.drop());

  const logged = async (contactId: number, type: string, notes = 'Asked by e-mail') => {
    const r = await h.as('ADMIN')(log, {
      input: { contact: gid('Contact', contactId), type, receivedAt: '2026-03-01T09:00:00Z', notes },
    });
    expect(r.errors).toBeUndefined();
    return r.data.logSubjectRequest as { id: string; version: number };
  };
  const completed = async (r: { id: string; version: number }) => {
    const done = await h.as('ADMIN')(complete, r);
    expect(done.errors).toBeUndefined();
    return done.data.completeSubjectRequest;
  };
  const rowId = (global: string) => Number(Buffer.from(global, 'base64').toString().split(':')[1]);

  it('ACCESS and PORTABILITY run the subject export and keep the document', async () => {
    for (const type of ['ACCESS', 'PORTABILITY']) {
      const done = await completed(await logged(c.Access!, type));
      expect(done).toMatchObject({ status: 'COMPLETED', version: 2, notices: [] });
      expect(done.completedAt).not.toBeNull();
      const doc = JSON.parse(done.artefact);
      expect(doc.format).toBe('fidele-subject-export/1');
      expect(doc.contact).toMatchObject({ id: c.Access, lastName: 'Access', email: 'access@example.fr' });
      expect(doc.related['ContactInterest.contact']).toHaveLength(2);
    }
  });

  it('a stale version is CONFLICT and performs nothing', async () => {
    const r = await logged(c.Restricted!, 'RESTRICTION');
    expect(codes(await h.as('ADMIN')(complete, { id: r.id, version: r.version + 1 }))).toEqual(['CONFLICT']);
    expect(await h.t.db.consentEvent.count({ where: { contactId: c.Restricted!, status: 'DENIED' } })).toBe(0);
  });

  it('RESTRICTION denies every root purpose but customer_service', async () => {
    const [r] = await h.t.db.subjectRequest.findMany({ where: { contactId: c.Restricted!, status: 'RECEIVED' } });
    const done = await completed({ id: gid('SubjectRequest', r!.id), version: r!.version });
    expect(JSON.parse(done.artefact)).toMatchObject({
      denied: ['marketing', 'partner_sharing', 'profiling'],
      stillAllowed: 'customer_service',
    });
    const states = await h.t.db.consentState.findMany({
      where: { contactId: c.Restricted! },
      include: { purpose: { select: { code: true } } },
    });
    expect(Object.fromEntries(states.map((s) => [s.purpose.code, s.status]))).toEqual({
      marketing: 'DENIED',
      partner_sharing: 'DENIED',
      profiling: 'DENIED',
    });
  });

  it('OBJECTION withdraws marketing and its subtree, nothing else', async () => {
    const done = await completed(await logged(c.Objector!, 'OBJECTION'));
    expect(JSON.parse(done.artefact).withdrawn).toEqual(['marketing', 'newsletter', 'targeted_offers']);
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: c.Objector!, status: 'WITHDRAWN' },
      include: { purpose: { select: { code: true } } },
    });
    expect(events.map((e) => e.purpose.code).sort()).toEqual(['marketing', 'newsletter', 'targeted_offers']);
    expect(events.every((e) => e.proof?.startsWith('objection: subject request'))).toBe(true);
  });

  it('RECTIFICATION notes the fields changed through updateContact since receipt, and needs one', async () => {
    const r = await logged(c.Rectified!, 'RECTIFICATION');
    const none = await h.as('ADMIN')(complete, r);
    expect(codes(none)).toEqual(['VALIDATION']);
    expect(none.errors?.[0]?.extensions).toMatchObject({ reason: 'NOTHING_RECTIFIED' });
    const version = (await h.t.db.contact.findUniqueOrThrow({ where: { id: c.Rectified! } })).version;
    const update = await h.as('ADMIN', 'marketing')(
      'mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { city: "Paris", firstName: "Jeanne-Marie" }) { city } }',
      { id: gid('Contact', c.Rectified!), v: version },
    );
    expect(update.errors).toBeUndefined();
    const done = await completed(r);
    const note = JSON.parse(done.artefact);
    expect(note.fieldsChanged).toEqual(['city', 'firstName']);
    expect(done.artefact).not.toContain('Paris');
  });

  it('ERASURE erases, reports tables and counts without values, clears other requests but keeps them', async () => {
    // Three partner keys: A reads the contact twice, B (another brand) cannot see it, C (same brand) never reads.
    const key = async (name: string, brand: number) => {
      const k = await h.as('ADMIN')(createKey, {
        input: { name, brands: [gid('Brand', brand)], purposes: ['partner_sharing'] },
      });
      expect(k.errors).toBeUndefined();
      return k.data.createApiKey.key as string;
    };
    const [a, b] = [await key('Partner A', h.brands.a), await key('Partner B', h.brands.b)];
    await key('Partner C', h.brands.a);
    const read = '{ contacts(first: 50) { edges { node { id lastName email } } } }';
    for (const k of [a, a, b]) expect((await h.partner(k, 'partner_sharing')(read)).errors).toBeUndefined();
    const lastRead = await h.t.db.auditLog.findFirstOrThrow({
      where: { apiKey: { name: 'Partner A' }, entityIds: { contains: `,${c.Erased},` } },
      orderBy: { at: 'desc' },
    });

    const access = await completed(await logged(c.Erased!, 'ACCESS', 'First a copy'));
    expect(access.artefact).toContain('erased@example.fr');
    const r = await logged(c.Erased!, 'ERASURE', 'Then forget me, Jeanne Erased');
    const done = await completed(r);

    const report = JSON.parse(done.artefact);
    expect(report.format).toBe('fidele-erasure-report/1');
    expect(report.contact.columnsCleared).toEqual(expect.arrayContaining(['email', 'firstName', 'lastName', 'city']));
    expect(report.tables).toMatchObject({
      ContactInterest: { action: 'deleted', rows: 2 },
      Activity: { action: 'deleted', rows: 1 },
      SubjectRequest: { action: 'cleared', columns: ['notes', 'artefact'], rows: 2 },
    });
    for (const value of ['Jeanne', 'Erased', 'erased@example.fr', 'Lyon', 'TRAVEL', 'Called'])
      expect(done.artefact).not.toContain(value);
    expect(done.notes).toBeNull();

    const contact = await h.t.db.contact.findUniqueOrThrow({ where: { id: c.Erased! } });
    expect(contact).toMatchObject({ lastName: null, email: null });
    expect(contact.erasedAt).not.toBeNull();
    const before = await h.t.db.subjectRequest.findUniqueOrThrow({ where: { id: rowId(access.id) } });
    expect(before).toMatchObject({ type: 'ACCESS', status: 'COMPLETED', notes: null, artefact: null });

    // Art. 19: one notice, to the partner that read the contact, dated by its latest read; to notify by hand.
    expect(done.notices).toEqual([
      {
        id: expect.any(String),
        toNotify: true,
        sentAt: null,
        lastDisclosedAt: lastRead.at.toISOString(),
        apiKey: { name: 'Partner A' },
      },
    ]);
    const sent = await h.as('ADMIN')(markSent, { id: done.notices[0].id });
    expect(sent.data.markPartnerNoticeSent.toNotify).toBe(false);
    const again = await h.as('ADMIN')(markSent, { id: done.notices[0].id });
    expect(again.data.markPartnerNoticeSent.sentAt).toBe(sent.data.markPartnerNoticeSent.sentAt);
    expect(codes(await h.as('ADMIN')(markSent, { id: gid('PartnerNotice', 99999) }))).toEqual(['NOT_FOUND']);
  });

  it('RESTRICTION notices partners too; a contact no partner read gets none', async () => {
    const [restricted] = await h.t.db.subjectRequest.findMany({
      where: { contactId: c.Restricted!, type: 'RESTRICTION', status: 'COMPLETED' },
      include: { notices: { include: { apiKey: { select: { name: true } } } } },
    });
    // Completed before any key existed: no disclosure, no notice.
    expect(restricted!.notices).toEqual([]);
    const done = await completed(await logged(c.Shared!, 'RESTRICTION'));
    // Partner A read it in the previous test (its page of contacts); B (another brand) and C did not.
    expect(done.notices.map((n: { apiKey: { name: string } }) => n.apiKey.name)).toEqual(['Partner A']);
  });
});
