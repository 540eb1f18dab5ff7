/**
 * Data quality, merge continued: the merge handles every relation of the data model to Contact. A static check walks
 * the Prisma DMMF (a new table referencing Contact fails it until its merge policy is decided), and a merge over
 * rows in the newer tables (cases, documents, proposals, segment memberships, survey invitations, channel
 * preferences) proves that no row is lost: each moves to the survivor, or stays with the merged contact and is reported.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contactRelations, mergeContacts, mergePolicy } from '../quality/merge.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

it('every relation to Contact in the data model has a merge policy (a new table cannot be forgotten)', () => {
  const relations = contactRelations().map((r) => r.name);
  expect(relations.length).toBeGreaterThan(10);
  const missing = relations.filter((r) => !(r in mergePolicy));
  expect(
    missing,
    'decide how a merge treats these relations: mergePolicy in contacts/quality/merge.service.ts',
  ).toEqual([]);
  expect(Object.keys(mergePolicy).filter((k) => !relations.includes(k))).toEqual([]);
  // Unique keys containing the contact are known, so a move cannot break them.
  expect(contactRelations().find((r) => r.name === 'SurveyInvitation.contact')?.uniqueWith).toEqual([['surveyId']]);
});

describeEachDatabase('merge moves every kind of child record', (provider) => {
  let h: ApiHarness;
  let S: number;
  let M: number;
  const ids = {} as Record<string, number>;

  /** Rows of every `move` relation referencing either contact, by model: the survivor's and the merged one's. */
  const rows = async () => {
    const out: Record<string, { S: number; M: number }> = {};
    for (const r of contactRelations()) {
      if (mergePolicy[r.name] !== 'move' && r.name !== 'ContactChannelPreference.contact') continue;
      const delegate = (h.t.db as any)[r.model[0]!.toLowerCase() + r.model.slice(1)];
      out[r.model] = {
        S: await delegate.count({ where: { [r.column]: S } }),
        M: await delegate.count({ where: { [r.column]: M } }),
      };
    }
    return out;
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    S = (await db.contact.create({ data: { ...base, lastName: 'Survivant' } })).id;
    M = (await db.contact.create({ data: { ...base, lastName: 'Fusionne' } })).id;
    const now = new Date('2024-05-01T00:00:00Z');
    for (const [i, c] of [S, M, M].entries()) {
      await db.serviceCase.create({
        data: { reference: `CAS-${i}`, contactId: c, subject: 'Colis', category: 'DELIVERY', openedAt: now },
      });
    }
    await db.document.create({
      data: {
        fileName: 'a.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1,
        sha256: 'x',
        storageKey: 'k1',
        contactId: M,
      },
    });
    await db.changeProposal.create({ data: { contactId: M, field: 'email', newValue: '"x@y.fr"' } });
    const seg = (name: string) => db.segment.create({ data: { name, criteria: {} } });
    const [both, only] = [await seg('both'), await seg('only')];
    await db.segmentMember.createMany({
      data: [
        { segmentId: both.id, contactId: S },
        { segmentId: both.id, contactId: M },
        { segmentId: only.id, contactId: M },
      ],
    });
    const survey = await db.survey.create({ data: { name: 'NPS' } });
    await db.surveyInvitation.create({ data: { surveyId: survey.id, contactId: S, token: 't-s', sentAt: now } });
    ids.kept = (
      await db.surveyInvitation.create({
        data: { surveyId: survey.id, contactId: M, token: 't-m', sentAt: now, respondedAt: now },
      })
    ).id;
    // Channel preferences: the merged contact opted out of e-mail (wins), both have SMS (the survivor's later one stays).
    await db.contactChannelPreference.createMany({
      data: [
        { contactId: S, medium: 'EMAIL', optedOut: false, source: 'WEB_FORM', changedAt: now },
        { contactId: M, medium: 'EMAIL', optedOut: true, source: 'PHONE', changedAt: new Date('2024-01-01') },
        { contactId: S, medium: 'SMS', optedOut: true, source: 'WEB_FORM', changedAt: now },
        { contactId: M, medium: 'SMS', optedOut: true, source: 'STORE', changedAt: new Date('2024-01-01') },
        { contactId: M, medium: 'MAILING', optedOut: true, source: 'STORE', changedAt: now },
      ],
    });
  });
  afterAll(() => h?.drop());

  it('moves each row or leaves it, reported, with the merged contact; nothing is deleted but equivalent preferences', async () => {
    const ctx = await staffContext(h.t.db, provider, 'admin@test.fidele', 'customer_service');
    const before = await rows();
    const dry = await mergeContacts(ctx, { survivorId: S, mergedId: M, dryRun: true });
    expect(await rows()).toEqual(before);
    const result = await mergeContacts(ctx, { survivorId: S, mergedId: M });
    expect(result.moved).toEqual(dry.moved);
    const after = await rows();
    const left = (model: string) => result.dropped.filter((d) => d.kind === model).length;
    for (const [model, n] of Object.entries(before)) {
      if (model === 'ContactChannelPreference') continue;
      // Every row is still there: on the survivor, or left with the merged contact and reported.
      expect({ model, total: after[model]!.S + after[model]!.M }).toEqual({ model, total: n.S + n.M });
      expect({ model, left: after[model]!.M }).toEqual({ model, left: left(model) });
    }
    expect(after.ServiceCase).toEqual({ S: 3, M: 0 });
    expect(after.Document).toEqual({ S: 1, M: 0 });
    expect(after.ChangeProposal).toEqual({ S: 1, M: 0 });
    expect(after.SegmentMember).toEqual({ S: 2, M: 1 });
    // The survey answered by the merged contact stays with it (the survivor was invited too): reported, not lost.
    expect(after.SurveyInvitation).toEqual({ S: 1, M: 1 });
    expect(await h.t.db.surveyInvitation.findUniqueOrThrow({ where: { id: ids.kept! } })).toMatchObject({
      contactId: M,
      respondedAt: expect.any(Date),
    });
    expect(result.dropped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'SurveyInvitation',
          reason: expect.stringContaining('left with the merged contact'),
        }),
      ]),
    );
    expect(result.moved).toEqual(
      expect.arrayContaining([
        { kind: 'ServiceCase', count: 2 },
        { kind: 'Document', count: 1 },
        { kind: 'ChangeProposal', count: 1 },
        { kind: 'SegmentMember', count: 1 },
      ]),
    );
    // Channel preferences: an opt-out wins, one row per medium on the survivor.
    const prefs = Object.fromEntries(
      (await h.t.db.contactChannelPreference.findMany({ where: { contactId: S } })).map((p) => [
        p.medium,
        [p.optedOut, p.source],
      ]),
    );
    expect(prefs).toEqual({ EMAIL: [true, 'PHONE'], SMS: [true, 'WEB_FORM'], MAILING: [true, 'STORE'] });
    expect(after.ContactChannelPreference).toEqual({ S: 3, M: 0 });
    // Recorded and audited.
    expect(await h.t.db.auditLog.count({ where: { operation: 'MERGE', entity: 'Contact', entityId: String(M) } })).toBe(
      1,
    );
    expect(
      (await h.t.db.mergeRecord.findFirstOrThrow({ where: { survivorId: S, mergedId: M } })).movedCounts,
    ).toMatchObject({ moved: { ServiceCase: 2, Document: 1 } });
  });
});
