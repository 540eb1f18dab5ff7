import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/** Customer-service cases: workflow, history, assignment, time to resolution, statistics, promises, access. */
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const paths = (r: { errors?: { extensions: { fields?: { path: string[] }[] } }[] }) =>
  r.errors?.flatMap((e) => e.extensions.fields?.map((f) => f.path.join('.')) ?? []).sort();

const caseFields = `id reference status nextStatuses priority category subject openedAt resolvedAt closedAt resolutionHours version
  assignee { email } openedBy { email } contact { lastName } events { fromStatus toStatus comment author { email } }`;

describeEachDatabase('collaboration: customer-service cases', (provider) => {
  let h: ApiHarness;
  let near: number;
  let far: number;
  let prospect: number; // brand A, north, owned by the admin: hidden from the sales user
  let farCase: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    near = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Near', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    far = (
      await db.contact.create({ data: { kind: 'CLIENT', lastName: 'Far', brandId: h.brands.b, zoneId: h.zones.south } })
    ).id;
    prospect = (
      await db.contact.create({
        data: {
          kind: 'PROSPECT',
          lastName: 'Lead',
          brandId: h.brands.a,
          zoneId: h.zones.north,
          ownerId: h.users.ADMIN,
        },
      })
    ).id;
    farCase = (
      await db.serviceCase.create({
        data: {
          reference: 'CAS-2026-900001',
          contactId: far,
          brandId: h.brands.b,
          subject: 'Hidden complaint',
          category: 'COMPLAINT',
          openedAt: new Date('2026-01-01T00:00:00Z'),
        },
      })
    ).id;
  });
  afterAll(() => h.drop());

  const open = (role: 'SUPPORT' | 'SALES' | 'ADMIN', input: Record<string, unknown>) =>
    h.as(role)(`mutation($input: ServiceCaseInput!) { createServiceCase(input: $input) { ${caseFields} } }`, { input });
  const move = (
    role: 'SUPPORT' | 'SALES' | 'ADMIN' | 'MARKETING',
    id: string,
    version: number,
    status: string,
    comment?: string,
  ) =>
    h.as(role)(
      `mutation($id: ID!, $v: Int!, $s: CaseStatus!, $c: String) { changeServiceCaseStatus(id: $id, version: $v, input: { status: $s, comment: $c }) { ${caseFields} } }`,
      { id, v: version, s: status, c: comment },
    );

  describe('workflow', () => {
    let id: string;

    it('opens a case with a generated reference and a first history event', async () => {
      const r = await open('SUPPORT', {
        contact: gid('Contact', near),
        subject: 'Parcel not delivered',
        category: 'DELIVERY',
        priority: 'HIGH',
        description: 'Ordered on the 3rd',
      });
      expect(r.errors).toBeUndefined();
      const c = r.data.createServiceCase;
      id = c.id;
      expect(c.reference).toMatch(new RegExp(`^CAS-${new Date().getUTCFullYear()}-\\d{6}$`));
      expect(c).toMatchObject({
        status: 'OPEN',
        nextStatuses: ['IN_PROGRESS', 'WAITING', 'RESOLVED'],
        priority: 'HIGH',
        openedBy: { email: 'support@test.fidele' },
        assignee: null,
        resolutionHours: null,
        version: 1,
      });
      expect(c.events).toEqual([
        { fromStatus: null, toStatus: 'OPEN', comment: 'Case opened', author: { email: 'support@test.fidele' } },
      ]);
      const byRef = await h.as('SUPPORT')(`query($r: String!) { serviceCase(reference: $r) { id } }`, {
        r: c.reference,
      });
      expect(byRef.data.serviceCase.id).toBe(id);
      expect(codes(await h.as('SUPPORT')(`{ serviceCase { id } }`))).toEqual(['VALIDATION']);
    });

    it('follows the allowed transitions, records each with who and why, stamps resolution and closing', async () => {
      let r = await move('SUPPORT', id, 1, 'IN_PROGRESS', 'Asked the carrier');
      expect(r.data.changeServiceCaseStatus).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
      r = await move('SUPPORT', id, 2, 'WAITING', 'Waiting for the carrier');
      r = await move('SALES', id, 3, 'RESOLVED', 'Parcel found');
      const resolved = r.data.changeServiceCaseStatus;
      expect(resolved).toMatchObject({ status: 'RESOLVED', nextStatuses: ['CLOSED', 'IN_PROGRESS'] });
      expect(resolved.resolvedAt).not.toBeNull();
      expect(resolved.resolutionHours).toBeGreaterThanOrEqual(0);
      r = await move('SUPPORT', id, 4, 'CLOSED');
      expect(r.data.changeServiceCaseStatus.closedAt).not.toBeNull();
      expect(
        r.data.changeServiceCaseStatus.events.map(
          (e: { fromStatus: string; toStatus: string; comment: string; author: { email: string } }) => [
            e.fromStatus,
            e.toStatus,
            e.comment,
            e.author.email,
          ],
        ),
      ).toEqual([
        [null, 'OPEN', 'Case opened', 'support@test.fidele'],
        ['OPEN', 'IN_PROGRESS', 'Asked the carrier', 'support@test.fidele'],
        ['IN_PROGRESS', 'WAITING', 'Waiting for the carrier', 'support@test.fidele'],
        ['WAITING', 'RESOLVED', 'Parcel found', 'sales@test.fidele'],
        ['RESOLVED', 'CLOSED', null, 'support@test.fidele'],
      ]);
    });

    it('refuses a transition outside the workflow (VALIDATION) and a stale version (CONFLICT), writing nothing', async () => {
      const c = (await open('SUPPORT', { contact: gid('Contact', near), subject: 'Wrong size', category: 'RETURN' }))
        .data.createServiceCase;
      const skip = await move('SUPPORT', c.id, 1, 'CLOSED');
      expect(codes(skip)).toEqual(['VALIDATION']);
      expect(paths(skip)).toEqual(['input.status']);
      const stale = await move('SUPPORT', c.id, 7, 'IN_PROGRESS');
      expect(codes(stale)).toEqual(['CONFLICT']);
      const closed = await move('SUPPORT', id, 5, 'IN_PROGRESS');
      expect(codes(closed)).toEqual(['VALIDATION']);
      const rows = await h.t.db.serviceCaseEvent.count({ where: { case: { reference: c.reference } } });
      expect(rows).toBe(1);
      // Reopening a resolved case clears its resolution.
      await move('SUPPORT', c.id, 1, 'RESOLVED');
      const reopened = await move('SUPPORT', c.id, 2, 'IN_PROGRESS', 'Customer wrote again');
      expect(reopened.data.changeServiceCaseStatus).toMatchObject({
        status: 'IN_PROGRESS',
        resolvedAt: null,
        resolutionHours: null,
      });
    });

    it('refuses bad input: blank subject, unknown contact, a future opening', async () => {
      const blank = await open('SUPPORT', {
        contact: gid('Contact', near),
        subject: ' ',
        category: 'OTHER',
        openedAt: '2099-01-01T00:00:00Z',
      });
      expect(paths(blank)).toEqual(['input.openedAt', 'input.subject']);
      const hidden = await open('SUPPORT', { contact: gid('Contact', far), subject: 'x', category: 'OTHER' });
      expect(codes(hidden)).toEqual(['NOT_FOUND']);
    });

    it('assigns only to a case worker who may see the contact, with a history line', async () => {
      const c = (
        await open('SUPPORT', {
          contact: gid('Contact', prospect),
          subject: 'Lead asks for a demo',
          category: 'QUESTION',
        })
      ).data.createServiceCase;
      const toMarketing = await h.as('SUPPORT')(
        `mutation($id: ID!, $u: ID) { assignServiceCase(id: $id, version: 1, assignee: $u) { id } }`,
        { id: c.id, u: gid('StaffUser', h.users.MARKETING) },
      );
      expect(paths(toMarketing)).toEqual(['assignee']);
      const toSales = await h.as('SUPPORT')(
        `mutation($id: ID!, $u: ID) { assignServiceCase(id: $id, version: 1, assignee: $u) { id } }`,
        { id: c.id, u: gid('StaffUser', h.users.SALES) },
      );
      expect(paths(toSales)).toEqual(['assignee']); // the sales user does not own this prospect
      const ok = await h.as('SUPPORT')(
        `mutation($id: ID!, $u: ID) { assignServiceCase(id: $id, version: 1, assignee: $u, comment: "Knows the product") { assignee { email } version events { comment } } }`,
        { id: c.id, u: gid('StaffUser', h.users.ADMIN) },
      );
      expect(ok.data.assignServiceCase).toMatchObject({ assignee: { email: 'admin@test.fidele' }, version: 2 });
      expect(ok.data.assignServiceCase.events.at(-1).comment).toBe('Assigned to ADMIN Tester: Knows the product');
      const comment = await h.as('SUPPORT')(
        `mutation($id: ID!) { commentServiceCase(id: $id, comment: "Called back") { version events { comment } } }`,
        { id: c.id },
      );
      expect(comment.data.commentServiceCase).toMatchObject({ version: 2 });
      expect(comment.data.commentServiceCase.events.at(-1).comment).toBe('Called back');
    });
  });

  describe('promises', () => {
    it('shows service what sales promised and the promises of the actions the contact received', async () => {
      const db = h.t.db;
      await db.activity.create({
        data: {
          contactId: near,
          authorId: h.users.SALES,
          type: 'CALL',
          occurredAt: new Date('2026-02-01T10:00:00Z'),
          subject: 'Offer',
          promised: 'Free delivery on the next order',
        },
      });
      const action = (code: string, brandId: number, promiseSummary: string) =>
        db.marketingAction.create({
          data: {
            code,
            name: code,
            objective: 'LOYALTY',
            medium: 'MAILING',
            brandId,
            promiseSummary,
            promiseType: 'DISCOUNT',
            requiredPurposeId: h.purposes.marketing!,
            startDate: new Date('2026-01-01'),
            endDate: new Date('2026-12-31'),
          },
        });
      const visible = await action('SPRING-A', h.brands.a, '20% off until April');
      const hidden = await action('SPRING-B', h.brands.b, 'Brand B secret offer');
      await db.actionTarget.createMany({
        data: [
          { actionId: visible.id, contactId: near, targetedAt: new Date('2026-03-01T00:00:00Z') },
          { actionId: hidden.id, contactId: near, targetedAt: new Date('2026-03-02T00:00:00Z') },
        ],
      });
      const c = (await h.t.db.serviceCase.findFirstOrThrow({ where: { contactId: near, category: 'DELIVERY' } })).id;
      const r = await h.as('SUPPORT')(
        `query($id: ID!, $c: ID!) { serviceCase(id: $id) { promises { at source text activity { subject author { email } } action { code } } }
        contact(id: $c) { promises { source text } } }`,
        { id: gid('ServiceCase', c), c: gid('Contact', near) },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.serviceCase.promises).toEqual([
        {
          at: '2026-03-01T00:00:00.000Z',
          source: 'ACTION',
          text: '20% off until April',
          activity: null,
          action: { code: 'SPRING-A' },
        },
        {
          at: '2026-02-01T10:00:00.000Z',
          source: 'ACTIVITY',
          text: 'Free delivery on the next order',
          activity: { subject: 'Offer', author: { email: 'sales@test.fidele' } },
          action: null,
        },
      ]);
      expect(r.data.contact.promises.map((p: { text: string }) => p.text)).not.toContain('Brand B secret offer');
      const admin = await h.as('ADMIN')(`query($c: ID!) { contact(id: $c) { promises { text } } }`, {
        c: gid('Contact', near),
      });
      expect(admin.data.contact.promises.map((p: { text: string }) => p.text)).toContain('Brand B secret offer');
    });
  });

  describe('statistics', () => {
    it('counts cases per category and averages the time to resolution in SQL, within the caller scope', async () => {
      const db = h.t.db;
      const opened = new Date('2025-06-01T00:00:00Z');
      const hours = (n: number) => new Date(opened.getTime() + n * 3_600_000);
      await db.serviceCase.createMany({
        data: [
          {
            reference: 'S-1',
            contactId: near,
            brandId: h.brands.a,
            subject: 's',
            category: 'BILLING',
            openedAt: opened,
            resolvedAt: hours(10),
            status: 'RESOLVED',
          },
          {
            reference: 'S-2',
            contactId: near,
            brandId: h.brands.a,
            subject: 's',
            category: 'BILLING',
            openedAt: opened,
            resolvedAt: hours(20),
            status: 'CLOSED',
          },
          {
            reference: 'S-3',
            contactId: near,
            brandId: h.brands.a,
            subject: 's',
            category: 'BILLING',
            openedAt: opened,
          },
          {
            reference: 'S-4',
            contactId: far,
            brandId: h.brands.b,
            subject: 's',
            category: 'BILLING',
            openedAt: opened,
            resolvedAt: hours(100),
            status: 'RESOLVED',
          },
        ],
      });
      const q = `{ caseStatistics(openedAt: { from: "2025-01-01T00:00:00Z", to: "2025-12-31T00:00:00Z" }) { category caseCount openCount resolvedCount averageResolutionHours } }`;
      const support = await h.as('SUPPORT')(q);
      expect(support.data.caseStatistics).toEqual([
        { category: 'BILLING', caseCount: 3, openCount: 1, resolvedCount: 2, averageResolutionHours: 15 },
      ]);
      const admin = await h.as('ADMIN')(q);
      expect(admin.data.caseStatistics).toEqual([
        { category: 'BILLING', caseCount: 4, openCount: 1, resolvedCount: 3, averageResolutionHours: 43.33 },
      ]);
      expect((await h.as('ANALYST')(q)).data.caseStatistics[0].caseCount).toBe(3);
      expect(codes(await h.as('MARKETING')(q))).toEqual(['FORBIDDEN']);
    });
  });

  describe('access', () => {
    it('hides a case of another brand from a scoped worker by every path', async () => {
      const id = gid('ServiceCase', farCase);
      const r = await h.as('SUPPORT')(
        `query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } serviceCase(id: $id) { id } byRef: serviceCase(reference: "CAS-2026-900001") { id }
        serviceCases(first: 100, filter: { search: "Hidden" }) { totalCount edges { node { id } } } }`,
        { id },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({
        node: null,
        nodes: [null],
        serviceCase: null,
        byRef: null,
        serviceCases: { totalCount: 0, edges: [] },
      });
      const write = await move('SUPPORT', id, 1, 'IN_PROGRESS');
      expect(codes(write)).toEqual(['NOT_FOUND']);
      const comment = await h.as('SUPPORT')(`mutation($id: ID!) { commentServiceCase(id: $id, comment: "x") { id } }`, {
        id,
      });
      expect(codes(comment)).toEqual(['NOT_FOUND']);
    });

    it("hides the cases of a prospect from a sales user who does not own it, through the contact's relation too", async () => {
      const c = await h.t.db.serviceCase.findFirstOrThrow({ where: { contactId: prospect } });
      const r = await h.as('SALES')(
        `query($id: ID!) { node(id: $id) { id } serviceCases(first: 100) { edges { node { contact { lastName } } } } }`,
        { id: gid('ServiceCase', c.id) },
      );
      expect(r.data.node).toBeNull();
      expect(
        r.data.serviceCases.edges.map((e: { node: { contact: { lastName: string } } }) => e.node.contact.lastName),
      ).not.toContain('Lead');
    });

    it('gives marketing and analysts no case: root fields FORBIDDEN, node null, contact relation empty', async () => {
      const c = await h.t.db.serviceCase.findFirstOrThrow({ where: { contactId: near } });
      for (const role of ['MARKETING', 'ANALYST'] as const) {
        const list = await h.as(role)(`{ serviceCases(first: 5) { totalCount } }`);
        expect(codes(list)).toEqual(['FORBIDDEN']);
        const r = await h.as(role)(
          `query($id: ID!, $c: ID!) { node(id: $id) { id } contact(id: $c) { serviceCases(first: 10) { totalCount } } }`,
          { id: gid('ServiceCase', c.id), c: gid('Contact', near) },
        );
        expect(r.errors).toBeUndefined();
        expect(r.data).toEqual({ node: null, contact: { serviceCases: { totalCount: 0 } } });
        const write = await h.as(role)(
          `mutation($c: ID!) { createServiceCase(input: { contact: $c, subject: "x", category: OTHER }) { id } }`,
          { c: gid('Contact', near) },
        );
        expect(codes(write)).toEqual(['FORBIDDEN']);
      }
    });

    it('keeps the personal fields of the contact consent-bound when read through a case', async () => {
      const named = await h.t.db.contact.create({
        data: {
          kind: 'CLIENT',
          lastName: 'Secret',
          email: 'secret@example.com',
          brandId: h.brands.a,
          zoneId: h.zones.north,
        },
      });
      await h.consent(named.id, 'customer_service', { status: 'DENIED' });
      const c = (
        await open('SUPPORT', { contact: gid('Contact', named.id), subject: 'Question', category: 'QUESTION' })
      ).data.createServiceCase;
      const r = await h.as('SUPPORT')(
        `query($id: ID!) { serviceCase(id: $id) { subject contact { lastName email } } }`,
        { id: c.id },
      );
      expect(r.data.serviceCase).toEqual({ subject: 'Question', contact: { lastName: null, email: null } });
      expect(codes(r)).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
    });
  });
});

describeEachDatabase('collaboration: demo data', (provider) => {
  it('seeds planned activities, promises and cases with their history, once', async () => {
    const { createTestDatabase } = await import('../../testing/databases.js');
    const { seedDatabase } = await import('../../platform/seed/seed.service.js');
    const { seedService } = await import('../../platform/seed/service-seed.js');
    const { caseTransitions } = await import('../cases/case.rules.js');
    const t = await createTestDatabase(provider);
    try {
      const asOf = new Date('2026-06-30T00:00:00Z');
      await seedDatabase(t.db, { contacts: 60, seed: 3, asOf });
      const cases = await t.db.serviceCase.findMany({
        include: { events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } },
      });
      expect(cases.length).toBeGreaterThan(5);
      for (const c of cases) {
        expect(c.reference).toMatch(/^CAS-2026-\d{6}$/);
        // The history replays to the stored status, through allowed moves only.
        expect(c.events.at(-1)!.toStatus).toBe(c.status);
        for (const e of c.events.slice(1)) expect(caseTransitions[e.fromStatus!]).toContain(e.toStatus);
        expect(c.resolvedAt === null).toBe(!c.events.some((e) => e.toStatus === 'RESOLVED'));
      }
      expect(await t.db.activity.count({ where: { status: 'PLANNED', remindAt: { not: null } } })).toBeGreaterThan(0);
      expect(await t.db.activity.count({ where: { promised: { not: null } } })).toBeGreaterThan(0);
      const before = await t.db.serviceCase.count();
      await seedService(t.db, asOf);
      expect(await t.db.serviceCase.count()).toBe(before);
    } finally {
      await t.drop();
    }
  });
});
