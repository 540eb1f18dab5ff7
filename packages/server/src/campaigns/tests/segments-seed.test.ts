import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemContext } from '../../privacy/access/system.js';
import { runTargeting } from '../targeting/targeting.service.js';
import { consentAllows } from '../../privacy/consent/consent.rules.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { segmentWhere } from '../segments/segment.service.js';
import { seedDatabase } from '../../platform/seed/seed.service.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

/**
 * The demo segments and pressure rules of the seed: each segment selects exactly the contacts recomputed here in
 * JavaScript from the raw rows, seeding twice duplicates nothing, and a targeting of a seeded action from a seeded
 * segment respects the seeded caps.
 */
const asOf = new Date('2026-06-30T00:00:00Z');
const yearAgo = new Date(asOf.getTime() - 365 * 86_400_000);

describeEachDatabase('demo segments', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDatabase(t.db, { contacts: 300, seed: 5, asOf });
  });
  afterAll(() => t?.drop());

  it('each seeded segment selects exactly the contacts computed by hand', async () => {
    const db = t.db;
    const ctx = systemContext(db, provider, 'test:segments-seed', {
      now: asOf,
      purpose: purposeIn(await loadPurposes(db), 'marketing'),
    });
    const members = async (name: string) => {
      const s = await db.segment.findFirstOrThrow({ where: { name } });
      return (
        await db.contact.findMany({
          where: (await segmentWhere(ctx, s)) as never,
          select: { id: true },
          orderBy: { id: 'asc' },
        })
      ).map((c) => c.id);
    };
    const contacts = await db.contact.findMany({
      select: {
        id: true,
        kind: true,
        deletedAt: true,
        mergedIntoId: true,
        sales: { select: { saleDate: true } },
        consentStates: true,
      },
    });
    const live = contacts.filter((c) => !c.deletedAt && !c.mergedIntoId);
    const ids = (list: typeof contacts) => list.map((c) => c.id).sort((a, b) => a - b);
    const boughtIn = (c: (typeof contacts)[number], from: Date | null, to: Date) =>
      c.sales.some((s) => (!from || s.saleDate >= from) && s.saleDate <= to);

    const active = ids(live.filter((c) => c.kind === 'CLIENT' && boughtIn(c, yearAgo, asOf)));
    const lapsed = ids(live.filter((c) => boughtIn(c, null, yearAgo) && !boughtIn(c, yearAgo, asOf)));
    const newsletter = purposeIn(await loadPurposes(db), 'newsletter')!;
    const subscribers = ids(live.filter((c) => consentAllows(c.consentStates, newsletter, asOf)));
    expect(await members('Clients actifs (12 mois)')).toEqual(active);
    expect(await members('Acheteurs inactifs')).toEqual(lapsed);
    expect(await members('Abonnés à la lettre d’information')).toEqual(subscribers);
    for (const list of [active, lapsed, subscribers]) expect(list.length).toBeGreaterThan(0);
  });

  it('seeding again duplicates neither segments nor rules', async () => {
    const before = [await t.db.segment.count(), await t.db.pressureRule.count()];
    await seedDatabase(t.db, { contacts: 0, seed: 5, asOf });
    expect([await t.db.segment.count(), await t.db.pressureRule.count()]).toEqual(before);
    expect(before).toEqual([3, 2]);
  });

  it('a seeded action targeted from a seeded segment never breaks a seeded cap', async () => {
    const db = t.db;
    const action = await db.marketingAction.findFirstOrThrow({
      where: { status: { in: ['PLANNED', 'RUNNING'] } },
      orderBy: { id: 'asc' },
    });
    const segment = await db.segment.findFirstOrThrow({ where: { name: 'Clients actifs (12 mois)' } });
    const r = await runTargeting(systemContext(db, provider, 'test:segments-seed', { now: asOf }), {
      actionId: action.id,
      segmentId: segment.id,
      randomSeed: 1,
    });
    expect(r.targeted + r.control + r.excluded.length).toBe(r.candidates);
    const rules = await db.pressureRule.findMany();
    for (const rule of rules) {
      const counts = await db.actionTarget.groupBy({
        by: ['contactId'],
        where: {
          targetingRunId: r.runId,
          inControlGroup: false,
        },
        _count: { _all: true },
      });
      for (const { contactId } of counts) {
        const n = await db.actionTarget.count({
          where: {
            contactId,
            inControlGroup: false,
            action: { medium: rule.medium ?? undefined },
            targetedAt: {
              gt: new Date(asOf.getTime() - rule.periodDays * 86_400_000),
              lt: new Date(asOf.getTime() + rule.periodDays * 86_400_000),
            },
          },
        });
        expect(n).toBeLessThanOrEqual(rule.maxSolicitations);
      }
    }
  });
});
