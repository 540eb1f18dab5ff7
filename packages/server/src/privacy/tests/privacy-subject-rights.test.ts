import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDatamodel } from '../../generated/sqlite/pothos-types.js';
import { subjectExportSections } from '../subject-rights/subject-rights.service.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/** Every relation of the data model that points at a contact, as `Model.field`, read from the Prisma DMMF. */
function relationsToContact(): string[] {
  const models = getDatamodel().datamodel.models as unknown as Record<
    string,
    { fields: { name: string; kind: string; type: string; relationFromFields?: string[] }[] }
  >;
  return Object.entries(models).flatMap(([model, m]) =>
    m.fields
      .filter((f) => f.kind === 'object' && f.type === 'Contact' && (f.relationFromFields?.length ?? 0) > 0)
      .map((f) => `${model}.${f.name}`),
  );
}

it('the subject export covers every relation to Contact in the data model (a new table cannot be forgotten)', () => {
  const relations = relationsToContact();
  expect(relations.length).toBeGreaterThan(5);
  const missing = relations.filter((r) => !(r in subjectExportSections));
  expect(missing, 'add these to subjectExportSections in privacy/subject-rights/subject-rights.service.ts').toEqual([]);
  const stale = Object.keys(subjectExportSections).filter((k) => !relations.includes(k));
  expect(stale).toEqual([]);
});

describeEachDatabase('data-subject rights', (provider) => {
  let h: ApiHarness;
  let subject: number;
  let relation: number;
  let partnerKey: string;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const base = { brandId: h.brands.a, zoneId: h.zones.north };
    subject = (
      await db.contact.create({
        data: {
          ...base,
          kind: 'CLIENT',
          firstName: 'Jeanne',
          lastName: 'Subject',
          email: 'jeanne@example.fr',
          phone: '0102030405',
          city: 'Lyon',
          incomeBand: 'OVER_80K',
          interests: { create: { interest: 'TRAVEL' } },
        },
      })
    ).id;
    relation = (
      await db.contact.create({
        data: {
          ...base,
          kind: 'RELATION',
          lastName: 'Friendofsubject',
          relationType: 'PRESCRIBER',
          relationOfId: subject,
        },
      })
    ).id;
    const duplicate = (
      await db.contact.create({ data: { ...base, kind: 'CLIENT', lastName: 'Subject', mergedIntoId: subject } })
    ).id;
    await db.mergeRecord.create({
      data: { survivorId: subject, mergedId: duplicate, fieldChoices: {}, movedCounts: {} },
    });
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({ data: { code: 'P', name: 'P', categoryId: cat.id, listPrice: '40' } });
    const action = await db.marketingAction.create({
      data: {
        code: 'A1',
        name: 'Spring',
        objective: 'LOYALTY',
        medium: 'MAILING',
        startDate: new Date('2026-01-01T00:00:00Z'),
        endDate: new Date('2026-02-01T00:00:00Z'),
        requiredPurposeId: h.purposes.marketing!,
        brandId: h.brands.a,
      },
    });
    const target = await db.actionTarget.create({
      data: { actionId: action.id, contactId: subject, targetedAt: new Date('2026-01-02T00:00:00Z') },
    });
    // A message sent to the subject, opened; and a double opt-in request (issue 20's tables name the contact too).
    await db.messageDelivery.create({
      data: {
        actionId: action.id,
        contactId: subject,
        targetId: target.id,
        medium: 'EMAIL',
        status: 'SENT',
        sentAt: new Date('2026-01-02T08:00:00Z'),
        trackingEvents: { create: { kind: 'OPEN', at: new Date('2026-01-02T09:00:00Z') } },
      },
    });
    await db.consentRequest.create({
      data: {
        contactId: subject,
        purposeId: h.purposes.marketing!,
        source: 'WEB_FORM',
        requestedAt: new Date('2026-01-03T00:00:00Z'),
        expiresAt: new Date('2026-01-10T00:00:00Z'),
      },
    });
    await db.subjectRequest.create({
      data: {
        contactId: subject,
        type: 'ACCESS',
        receivedAt: new Date('2026-01-04T00:00:00Z'),
        dueAt: new Date('2026-02-04T00:00:00Z'),
        notes: 'Asked by letter for a copy of her data',
      },
    });
    for (const [date, total] of [
      ['2026-01-10', '40'],
      ['2026-02-10', '80'],
    ] as const) {
      await db.sale.create({
        data: {
          brandId: h.brands.a,
          contactId: subject,
          saleDate: new Date(`${date}T10:00:00Z`),
          channel: 'STORE',
          total,
          lines: { create: { productId: product.id, quantity: Number(total) / 40, unitPrice: '40' } },
        },
      });
    }
    await db.activity.create({
      data: {
        contactId: subject,
        type: 'NOTE',
        occurredAt: new Date('2026-01-05T00:00:00Z'),
        subject: 'Prefers calls after 6pm',
        body: 'Lives with her mother',
      },
    });
    await db.task.create({
      data: { contactId: subject, title: 'Call Jeanne back', dueDate: new Date('2026-03-01T00:00:00Z') },
    });
    await h.consent(subject, 'marketing');
    await h.consent(subject, 'profiling');
    await h.consent(subject, 'partner_sharing');
    const snapshot = await db.scoreSnapshot.create({
      data: { asOf: new Date('2026-03-01T00:00:00Z'), status: 'COMPLETED' },
    });
    await db.contactScore.create({
      data: {
        snapshotId: snapshot.id,
        contactId: subject,
        recencyDays: 19,
        frequency: 2,
        monetary: '120',
        grossMargin: '0',
        firstPurchaseAt: new Date('2026-01-10T10:00:00Z'),
        lastPurchaseAt: new Date('2026-02-10T10:00:00Z'),
        recencyScore: 5,
        frequencyScore: 3,
        monetaryScore: 4,
        segment: 'LOYAL',
      },
    });
    // One row in each campaign and collaboration table that references the contact.
    const segment = await db.segment.create({ data: { name: 'S', kind: 'STATIC', criteria: {} } });
    await db.segmentMember.create({ data: { segmentId: segment.id, contactId: subject } });
    const run = await db.targetingRun.create({ data: { actionId: action.id, segmentId: segment.id } });
    await db.targetingExclusion.create({ data: { runId: run.id, contactId: subject, reason: 'PRESSURE_CAP' } });
    await db.contactChannelPreference.create({
      data: {
        contactId: subject,
        medium: 'TELEMARKETING',
        source: 'PHONE',
        changedAt: new Date('2026-01-03T00:00:00Z'),
      },
    });
    const trigger = await db.trigger.create({
      data: { name: 'T', kind: 'FIRST_PURCHASE', params: {}, actionId: action.id },
    });
    await db.triggerFiring.create({
      data: {
        triggerId: trigger.id,
        contactId: subject,
        occurrenceKey: 'sale:1',
        firedAt: new Date('2026-01-11T00:00:00Z'),
      },
    });
    await db.serviceCase.create({
      data: {
        reference: 'CAS-1',
        contactId: subject,
        subject: 'Broken lamp',
        description: 'She was upset',
        category: 'PRODUCT_DEFECT',
        openedAt: new Date('2026-02-12T00:00:00Z'),
        events: { create: { toStatus: 'OPEN', comment: 'Called her back', at: new Date('2026-02-12T00:00:00Z') } },
      },
    });
    const survey = await db.survey.create({
      data: { name: 'Satisfaction', questions: { create: { position: 1, type: 'TEXT', label: 'Comments?' } } },
      include: { questions: true },
    });
    await db.surveyInvitation.create({
      data: {
        surveyId: survey.id,
        contactId: subject,
        token: 'tok-1',
        sentAt: new Date('2026-02-15T00:00:00Z'),
        answers: { create: { questionId: survey.questions[0]!.id, text: 'My husband loved it' } },
      },
    });
    await db.document.create({
      data: {
        fileName: 'id-card.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 10,
        sha256: 'x',
        storageKey: 'k1',
        contactId: subject,
      },
    });
    await db.changeProposal.create({
      data: {
        contactId: subject,
        field: 'email',
        oldValue: '"jeanne@example.fr"',
        newValue: '"jeanne@new.example.fr"',
      },
    });
    const created = await h.as('ADMIN')(
      `mutation($b: [ID!]!) { createApiKey(input: { name: "P", brands: $b, purposes: ["partner_sharing"] }) { key } }`,
      { b: [gid('Brand', h.brands.a)] },
    );
    partnerKey = created.data.createApiKey.key;
    // A read to appear among the disclosures.
    await h.partner(partnerKey, 'partner_sharing')(`{ contacts(first: 5) { edges { node { email } } } }`);
  });
  afterAll(() => h?.drop());

  const exportMutation = `mutation($id: ID!) { exportContactData(id: $id) { generatedAt document } }`;

  describe('subject access export', () => {
    it('exports the contact and every row that references it, with the disclosures; audited as EXPORT', async () => {
      const r = await h.as('ADMIN')(exportMutation, { id: gid('Contact', subject) });
      expect(r.errors).toBeUndefined();
      const doc = JSON.parse(r.data.exportContactData.document);
      expect(doc.contact).toMatchObject({
        id: subject,
        firstName: 'Jeanne',
        lastName: 'Subject',
        email: 'jeanne@example.fr',
        incomeBand: 'OVER_80K',
      });
      for (const section of Object.keys(subjectExportSections)) {
        expect(doc.related[section], section).toBeInstanceOf(Array);
        if (section !== 'MergeRecord.merged') expect(doc.related[section].length, section).toBeGreaterThan(0);
      }
      expect(doc.related['Sale.contact']).toHaveLength(2);
      expect(doc.related['Sale.contact'][0].lines).toHaveLength(1);
      // Another person's data is not the subject's: a relation is exported as an id and a kind only.
      expect(doc.related['Contact.relationOf']).toEqual([
        { id: relation, kind: 'RELATION', relationType: 'PRESCRIBER' },
      ]);
      expect(r.data.exportContactData.document).not.toContain('Friendofsubject');
      expect(
        doc.disclosures.some(
          (d: any) => d.actorType === 'API_KEY' && d.purpose === 'partner_sharing' && d.fields.includes('email'),
        ),
      ).toBe(true);
      const audit = await h.t.db.auditLog.findFirst({ where: { operation: 'EXPORT' }, orderBy: { id: 'desc' } });
      expect(audit).toMatchObject({
        actorUserId: h.users.ADMIN,
        entity: 'Contact',
        entityId: String(subject),
        outcome: 'ALLOWED',
        operationName: 'exportContactData',
      });
    });

    it('is for admins only', async () => {
      for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
        expect(
          (await h.as(role)(exportMutation, { id: gid('Contact', subject) })).errors?.[0]?.extensions.code,
          role,
        ).toBe('FORBIDDEN');
      }
      expect(
        (await h.partner(partnerKey, 'partner_sharing')(exportMutation, { id: gid('Contact', subject) })).errors?.[0]
          ?.extensions.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('restriction of processing', () => {
    it('leaves the contact usable for customer service only, partners included', async () => {
      const other = (
        await h.t.db.contact.create({
          data: { kind: 'CLIENT', lastName: 'Restricted', brandId: h.brands.a, zoneId: h.zones.north },
        })
      ).id;
      // A contract on record (an open case), the basis customer_service rests on since the contract rule (consent.rules.ts).
      await h.t.db.serviceCase.create({
        data: {
          reference: 'CAS-R',
          contactId: other,
          subject: 'Question',
          category: 'PRODUCT_DEFECT',
          openedAt: new Date('2026-02-01T00:00:00Z'),
        },
      });
      for (const p of ['marketing', 'profiling', 'partner_sharing']) await h.consent(other, p);
      const q = `query($id: ID!) { contact(id: $id) { lastName } }`;
      const id = gid('Contact', other);
      expect((await h.as('MARKETING', 'newsletter')(q, { id })).data.contact.lastName).toBe('Restricted');
      const r = await h.as('ADMIN')(
        `mutation($id: ID!) { restrictContactProcessing(id: $id, reason: "Art. 18 request #12") }`,
        { id },
      );
      expect(r).toEqual({ data: { restrictContactProcessing: true } });
      expect((await h.as('MARKETING', 'newsletter')(q, { id })).data.contact.lastName).toBeNull();
      expect((await h.as('ANALYST', 'profiling')(q, { id })).data.contact.lastName).toBeNull();
      expect((await h.as('SUPPORT', 'customer_service')(q, { id })).data.contact.lastName).toBe('Restricted');
      expect((await h.partner(partnerKey, 'partner_sharing')(q, { id })).data.contact).toBeNull();
      expect(
        (await h.as('MARKETING')(`mutation($id: ID!) { restrictContactProcessing(id: $id, reason: "x") }`, { id }))
          .errors?.[0]?.extensions.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('erasure', () => {
    const erase = `mutation($id: ID!, $v: Int!) { eraseContact(id: $id, version: $v) { version deletedAt } }`;
    const stats = `{ overview { salesByMonth { month saleCount revenue } } }`;

    it('anonymises in place, keeps a tombstone so sales statistics stay right, and is audited', async () => {
      const before = await h.as('ADMIN')(stats);
      // What the import and duplicate detection keep about the person: its external reference and match keys.
      await h.t.db.contact.update({ where: { id: subject }, data: { externalRef: 'ERP-JEANNE-42' } });
      await h.t.db.contactMatchKey.create({
        data: { key: 'email:jeanne@example.fr', contactId: subject, computedAt: new Date() },
      });
      const { version } = await h.t.db.contact.findUniqueOrThrow({ where: { id: subject } });
      expect(
        (await h.as('ADMIN')(erase, { id: gid('Contact', subject), v: version - 1 })).errors?.[0]?.extensions.code,
      ).toBe('CONFLICT');
      expect(
        (await h.as('MARKETING')(erase, { id: gid('Contact', subject), v: version })).errors?.[0]?.extensions.code,
      ).toBe('FORBIDDEN');
      const r = await h.as('ADMIN')(erase, { id: gid('Contact', subject), v: version });
      expect(r.errors).toBeUndefined();
      expect(r.data.eraseContact.deletedAt).not.toBeNull();
      const row = await h.t.db.contact.findUniqueOrThrow({ where: { id: subject } });
      expect(row).toMatchObject({
        firstName: null,
        lastName: null,
        email: null,
        phone: null,
        city: null,
        incomeBand: null,
        externalRef: null,
        kind: 'CLIENT',
        brandId: h.brands.a,
      });
      expect(await h.t.db.contactMatchKey.count({ where: { contactId: subject } })).toBe(0);
      expect(await h.t.db.activity.count({ where: { contactId: subject } })).toBe(0);
      expect(await h.t.db.task.count({ where: { contactId: subject } })).toBe(0);
      expect(await h.t.db.contactInterest.count({ where: { contactId: subject } })).toBe(0);
      expect(await h.t.db.sale.count({ where: { contactId: subject } })).toBe(2);
      expect(await h.as('ADMIN')(stats)).toEqual(before);
      const doc = JSON.parse(
        (await h.as('ADMIN')(exportMutation, { id: gid('Contact', subject) })).data.exportContactData.document,
      );
      expect(JSON.stringify(doc)).not.toMatch(
        /Jeanne|jeanne@example|Lyon|Lives with her mother|She was upset|Called her back|My husband/,
      );
      expect(await h.t.db.serviceCase.count({ where: { contactId: subject } })).toBe(1);
      const audit = await h.t.db.auditLog.findFirst({ where: { operationName: 'eraseContact', outcome: 'ALLOWED' } });
      expect(audit).toMatchObject({
        operation: 'DELETE',
        actorUserId: h.users.ADMIN,
        entity: 'Contact',
        entityId: String(subject),
      });
      // The tombstone leaves the lists, and can never be restored.
      const listed = await h.as('ADMIN')(`{ contacts(first: 50) { edges { node { id } } } }`);
      expect(listed.data.contacts.edges.map((e: any) => e.node.id)).not.toContain(gid('Contact', subject));
      expect(row.erasedAt).not.toBeNull();
      const restore = await h.as('ADMIN')(
        `mutation($id: ID!, $v: Int!) { restoreContact(id: $id, version: $v) { id } }`,
        { id: gid('Contact', subject), v: row.version },
      );
      expect(restore.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['id'], message: 'this contact was erased: it cannot be restored' }],
      });
      expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: subject } })).deletedAt).not.toBeNull();
    });
  });
});
