import { createRequire } from 'node:module';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDatabase, type SeedSummary } from '../seed/seed.service.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

/** The official list of postal codes, read independently of the generator (same package, its own lookup). */
const require = createRequire(import.meta.url);
const postal = require('codes-postaux') as { find(code: string): { nomCommune: string }[] };

const asOf = new Date('2026-06-30T00:00:00Z');
const DAY = 86_400_000;

describeEachDatabase('demo seed', (provider) => {
  let t: TestDatabase;
  let summary: SeedSummary;
  const progress: { phase: string; done: number; total: number }[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    summary = await seedDatabase(t.db, {
      contacts: 600,
      seed: 3,
      asOf,
      batchSize: 150,
      onProgress: (p) => progress.push(p),
    });
  });
  afterAll(() => t?.drop());

  it('reports progress batch by batch up to the requested size', () => {
    const contacts = progress.filter((p) => p.phase === 'contacts').map((p) => p.done);
    expect(contacts).toEqual([0, 150, 300, 450, 600]);
    expect(summary.contacts).toBe(600);
    expect(summary.sales).toBeGreaterThan(600);
  });

  it('has every kind of contact, French postal codes whose cities really match', async () => {
    const kinds = await t.db.contact.groupBy({ by: ['kind'], _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'BANKER',
      'CLIENT',
      'FORMER_CLIENT',
      'JOURNALIST',
      'PROSPECT',
      'RELATION',
      'SUPPLIER',
    ]);
    const places = await t.db.contact.findMany({ select: { postalCode: true, city: true } });
    const mismatches = places.filter(
      (p) =>
        !postal.find(p.postalCode!).some((row) => row.nomCommune === p.city || row.nomCommune.startsWith(`${p.city} `)),
    );
    expect(mismatches).toEqual([]);
  });

  it('holds three years of sales whose totals are the sum of their lines', async () => {
    const range = await t.db.sale.aggregate({ _min: { saleDate: true }, _max: { saleDate: true } });
    expect(range._min.saleDate!.getTime()).toBeGreaterThanOrEqual(asOf.getTime() - 3 * 366 * DAY);
    expect(range._min.saleDate!.getTime()).toBeLessThan(asOf.getTime() - 2.5 * 365 * DAY);
    expect(range._max.saleDate!.getTime()).toBeLessThanOrEqual(asOf.getTime());
    const sales = await t.db.sale.findMany({
      select: { total: true, lines: { select: { quantity: true, unitPrice: true, discountRate: true } } },
    });
    for (const s of sales) {
      const expected = s.lines.reduce(
        (sum, l) => sum + Math.round(l.quantity * Number(l.unitPrice) * (1 - Number(l.discountRate) / 100) * 100) / 100,
        0,
      );
      expect(Number(s.total)).toBeCloseTo(expected, 2);
    }
  });

  it('has 20+ marketing actions with targets, responses and conversions', async () => {
    const actions = await t.db.marketingAction.findMany({ where: { targets: { some: {} } }, select: { id: true } });
    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(await t.db.actionTarget.count({ where: { respondedAt: { not: null } } })).toBeGreaterThan(20);
    expect(await t.db.actionTarget.count({ where: { conversionSaleId: { not: null } } })).toBeGreaterThan(5);
  });

  it('every conversion points at a later sale of the same contact, attributed to the action', async () => {
    const conversions = await t.db.actionTarget.findMany({
      where: { conversionSaleId: { not: null } },
      select: {
        contactId: true,
        actionId: true,
        targetedAt: true,
        respondedAt: true,
        conversionSale: { select: { contactId: true, saleDate: true, attributedActionId: true } },
      },
    });
    expect(conversions.length).toBeGreaterThan(0);
    for (const c of conversions) {
      expect(c.conversionSale!.contactId).toBe(c.contactId);
      expect(c.conversionSale!.saleDate.getTime()).toBeGreaterThanOrEqual(c.targetedAt.getTime());
      expect(c.conversionSale!.attributedActionId).toBe(c.actionId);
    }
  });

  it('a response never precedes its targeting and comes on a channel the action offers', async () => {
    const responses = await t.db.actionTarget.findMany({
      where: { respondedAt: { not: null } },
      select: {
        targetedAt: true,
        respondedAt: true,
        responseChannel: true,
        inControlGroup: true,
        action: { select: { responseChannels: { select: { channel: true } } } },
      },
    });
    for (const r of responses) {
      expect(r.respondedAt!.getTime()).toBeGreaterThanOrEqual(r.targetedAt.getTime());
      expect(r.action.responseChannels.map((c) => c.channel)).toContain(r.responseChannel);
      expect(r.inControlGroup).toBe(false);
    }
    expect(await t.db.actionTarget.count({ where: { respondedAt: null, responseChannel: { not: null } } })).toBe(0);
  });

  it('every demo e-mail action takes tracked clicks as responses, and no seeded response is a click', async () => {
    const mailings = await t.db.marketingAction.findMany({
      where: { medium: { in: ['EMAIL', 'NEWSLETTER'] } },
      select: { responseChannels: { select: { channel: true } } },
    });
    expect(mailings.length).toBeGreaterThan(0);
    for (const a of mailings) expect(a.responseChannels.map((c) => c.channel)).toContain('EMAIL_CLICK');
    // A click needs a tracked delivery with consent to tracking: the seed sends nothing, so it records none.
    expect(await t.db.actionTarget.count({ where: { responseChannel: 'EMAIL_CLICK' } })).toBe(0);
  });

  it('targets only contacts whose consent covered the action purpose on the day', async () => {
    const purposes = await t.db.purpose.findMany();
    const parent = new Map(purposes.map((p) => [p.id, p.parentId]));
    // Responses from people the action did not target (press coupons, web forms) are not targetings: nobody was
    // solicited, so no consent was needed to answer.
    const targets = await t.db.actionTarget.findMany({
      where: { untargeted: false },
      select: {
        targetedAt: true,
        action: { select: { requiredPurposeId: true } },
        contact: { select: { consentEvents: { orderBy: { capturedAt: 'asc' } } } },
      },
    });
    expect(targets.length).toBeGreaterThan(100);
    for (const target of targets) {
      const chain: number[] = [];
      for (let p: number | null | undefined = target.action.requiredPurposeId; p; p = parent.get(p)) chain.push(p);
      // Latest decision per purpose of the chain at the targeting date; a refusal anywhere wins, a grant is needed.
      const latest = new Map<number, string>();
      for (const e of target.contact.consentEvents)
        if (e.capturedAt <= target.targetedAt && chain.includes(e.purposeId)) latest.set(e.purposeId, e.status);
      const statuses = [...latest.values()];
      expect(statuses).toContain('GRANTED');
      expect(statuses.every((s) => s === 'GRANTED')).toBe(true);
    }
  });

  it('keeps a consent history, and the current state is the latest event', async () => {
    expect(await t.db.consentEvent.count({ where: { status: 'WITHDRAWN' } })).toBeGreaterThan(0);
    const states = await t.db.consentState.findMany({ include: { contact: { select: { consentEvents: true } } } });
    for (const s of states) {
      const events = s.contact.consentEvents
        .filter((e) => e.purposeId === s.purposeId)
        .sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime() || a.id - b.id);
      expect(events.at(-1)!.id).toBe(s.lastEventId);
      expect(events.at(-1)!.status).toBe(s.status);
    }
    expect(await t.db.consentState.count()).toBe(
      new Set(
        (await t.db.consentEvent.findMany({ select: { contactId: true, purposeId: true } })).map(
          (e) => `${e.contactId}:${e.purposeId}`,
        ),
      ).size,
    );
  });

  it('links source actions, activities, tasks and one demo login per role', async () => {
    const sourced = await t.db.contact.findMany({
      where: { sourceActionId: { not: null } },
      select: { firstContactAt: true, sourceAction: { select: { startDate: true } } },
    });
    expect(sourced.length).toBeGreaterThan(50);
    for (const c of sourced)
      expect(c.firstContactAt!.getTime()).toBeGreaterThanOrEqual(c.sourceAction!.startDate.getTime());
    expect(await t.db.activity.count()).toBeGreaterThan(100);
    expect(await t.db.task.count()).toBeGreaterThan(0);
    const users = await t.db.staffUser.findMany({ where: { email: { endsWith: '@fidele.demo' } } });
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST']));
    // Every demo user sees data: scopes are explicit rows (the sales user is narrowed to one brand, two zones).
    const brandCount = await t.db.brand.count();
    for (const u of users.filter((x) => x.role !== 'SALES')) {
      expect(await t.db.staffUserBrand.count({ where: { userId: u.id } })).toBe(brandCount);
      expect(await t.db.staffUserZone.count({ where: { userId: u.id } })).toBe(await t.db.zone.count());
    }
    const admin = users.find((u) => u.email === 'admin@fidele.demo')!;
    expect(await verify(admin.passwordHash, 'fidele-demo')).toBe(true);
    expect(await verify(admin.passwordHash, 'wrong')).toBe(false);
  });

  it('first sale dates agree with the sales held (older clients started before the three years)', async () => {
    const buyers = await t.db.contact.findMany({
      where: { sales: { some: {} } },
      select: { firstSaleAt: true, sales: { select: { saleDate: true }, orderBy: { saleDate: 'asc' }, take: 1 } },
    });
    for (const b of buyers) expect(b.firstSaleAt!.getTime()).toBeLessThanOrEqual(b.sales[0]!.saleDate.getTime());
  });
});

describeEachDatabase('demo seed determinism', (provider) => {
  it('the same seed, size and date give the same data', async () => {
    const dbs = [await createTestDatabase(provider), await createTestDatabase(provider)];
    try {
      const digests = [];
      for (const t of dbs) {
        await seedDatabase(t.db, { contacts: 80, seed: 11, asOf });
        digests.push({
          contacts: await t.db.contact.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true, updatedAt: true } }),
          sales: await t.db.sale.findMany({
            orderBy: { id: 'asc' },
            select: { contactId: true, saleDate: true, total: true },
          }),
          targets: await t.db.actionTarget.findMany({
            orderBy: { id: 'asc' },
            select: { contactId: true, actionId: true, respondedAt: true, conversionSaleId: true },
          }),
        });
      }
      expect(digests[0]!.contacts.length).toBe(80);
      expect(JSON.stringify(digests[1])).toBe(JSON.stringify(digests[0]));
    } finally {
      for (const t of dbs) await t.drop();
    }
    // Two seeds, each ending with its attribution run and three score snapshots (SEED.md).
  }, 180_000);
});
