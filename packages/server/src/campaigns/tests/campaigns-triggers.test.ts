/**
 * Triggers: every kind on a hand-built fixture (who matches, under which occurrence key), the job run twice and
 * twice at once (nobody targeted twice), consent still enforced for trigger-made targets, the GraphQL API (CRUD,
 * params validated per kind with field paths, firings, runTriggers, access rules).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triggersJob } from '../triggers/trigger.job.js';
import { runTriggers } from '../triggers/trigger.run.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { runJob } from '../../platform/jobs/scheduler.js';
import { systemContext } from '../../privacy/access/system.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

describeEachDatabase('campaigns: triggers', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  const actions: Record<string, number> = {};
  const triggers: Record<string, number> = {};
  const ids: Record<string, number> = {}; // sales and snapshots

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a, b } = h.brands;
    const [garden, kitchen] = await Promise.all([
      db.productCategory.create({ data: { code: 'GARDEN', name: 'Garden' } }),
      db.productCategory.create({ data: { code: 'KITCHEN', name: 'Kitchen' } }),
    ]);
    const rake = await db.product.create({
      data: { code: 'RAKE', name: 'Rake', categoryId: garden.id, listPrice: '20.00' },
    });
    const pan = await db.product.create({
      data: { code: 'PAN', name: 'Pan', categoryId: kitchen.id, listPrice: '30.00' },
    });
    for (const name of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']) {
      c[name] = (
        await db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: name,
            email: `${name}@example.org`,
            brandId: name === 'c5' ? b : a,
            zoneId: h.zones.north,
          },
        })
      ).id;
      if (name !== 'c3') await h.consent(c[name]!, 'marketing'); // c3 never consented
    }
    const sale = async (name: string, iso: string, productId = pan.id, brandId = a) =>
      db.sale.create({
        data: {
          contactId: c[name]!,
          brandId,
          saleDate: day(iso),
          channel: 'STORE',
          total: '30.00',
          lines: { create: { productId, quantity: 1, unitPrice: '30.00' } },
        },
      });
    /*
     * As of 2026-06-15 12:00, horizon 7 days (2026-06-08 12:00 onwards), brand A:
     * FIRST_PURCHASE: c1 (06-12), c3 (06-14, no consent); not c2 (bought in 2025), c4 (05-01: too old),
     *   c5 (brand B), c9 (06-10... but see below: c9 first bought 2026-06-10 -> matches too).
     * NO_PURCHASE_FOR_DAYS 30: the last sale is in (05-09 12:00, 05-16 12:00]: c6 (05-12); not c4 (05-01: the lapse
     *   began 05-31, before the horizon), not c7 (bought again 06-01).
     * CATEGORY_PURCHASE GARDEN: c2's sale of 06-13 (a rake); not c1 (a pan).
     * FIRST_PURCHASE_ANNIVERSARY: c2 (first 2025-06-10), c8 (first 2024-06-14); not c9 (first 2026-06-10: no year yet),
     *   not c4 (2026-05-01).
     */
    await sale('c1', '2026-06-12');
    await sale('c2', '2025-06-10');
    ids.s2 = (await sale('c2', '2026-06-13', rake.id)).id;
    await sale('c3', '2026-06-14');
    await sale('c4', '2026-05-01');
    await sale('c5', '2026-06-14', pan.id, b);
    ids.s6 = (await sale('c6', '2026-05-12')).id;
    await sale('c7', '2026-05-10');
    await sale('c7', '2026-06-01');
    await sale('c8', '2024-06-14');
    await sale('c9', '2026-06-10');

    // Two completed snapshots of brand A: c1 LOYAL -> AT_RISK, c2 stays LOYAL, c6 CHAMPIONS -> LOST.
    const snapshot = async (asOf: string, segments: Record<string, string>) => {
      const s = await db.scoreSnapshot.create({
        data: { asOf: day(asOf), brandId: a, status: 'COMPLETED', computedAt: day(asOf) },
      });
      for (const [name, segment] of Object.entries(segments)) {
        await db.contactScore.create({
          data: {
            snapshotId: s.id,
            contactId: c[name]!,
            recencyDays: 1,
            frequency: 1,
            monetary: '30.00',
            grossMargin: '10.00',
            firstPurchaseAt: day('2025-01-01'),
            lastPurchaseAt: day('2026-01-01'),
            recencyScore: 3,
            frequencyScore: 3,
            monetaryScore: 3,
            segment: segment as any,
          },
        });
      }
      return s.id;
    };
    await snapshot('2026-05-01', { c1: 'LOYAL', c2: 'LOYAL', c6: 'CHAMPIONS' });
    ids.snap = await snapshot('2026-06-01', { c1: 'AT_RISK', c2: 'LOYAL', c6: 'LOST' });

    const action = async (code: string) =>
      (actions[code] = (
        await db.marketingAction.create({
          data: {
            code,
            name: `Action ${code}`,
            objective: 'LOYALTY',
            medium: 'EMAIL',
            startDate: day('2026-01-01'),
            endDate: day('2026-12-31'),
            requiredPurposeId: h.purposes.marketing!,
            brandId: a,
            status: 'RUNNING',
          },
        })
      ).id);
    const trigger = async (name: string, kind: string, params: object) =>
      (triggers[name] = (
        await db.trigger.create({ data: { name, kind: kind as any, params, actionId: await action(name), brandId: a } })
      ).id);
    await trigger('FIRST', 'FIRST_PURCHASE', {});
    await trigger('LAPSE', 'NO_PURCHASE_FOR_DAYS', { days: 30 });
    await trigger('GARDEN', 'CATEGORY_PURCHASE', { categoryCode: 'GARDEN' });
    await trigger('RISK', 'SCORE_CHANGE', { to: 'AT_RISK' });
    await trigger('ANNIV', 'FIRST_PURCHASE_ANNIVERSARY', {});
  });
  afterAll(() => h?.drop());

  const names = () => Object.fromEntries(Object.entries(c).map(([k, v]) => [v, k]));
  const firingsOf = async (trigger: string) => {
    const byId = names();
    const rows = await h.t.db.triggerFiring.findMany({
      where: { triggerId: triggers[trigger]! },
      select: {
        contactId: true,
        occurrenceKey: true,
        targetId: true,
        exclusionReason: true,
        target: { select: { actionId: true, contactId: true } },
      },
      orderBy: { contactId: 'asc' },
    });
    for (const r of rows)
      if (r.target) expect(r.target).toEqual({ actionId: actions[trigger], contactId: r.contactId });
    return rows.map((r) => `${byId[r.contactId]} ${r.occurrenceKey} ${r.targetId ? 'TARGETED' : r.exclusionReason}`);
  };

  it('detects each kind with its occurrence key, targets through the targeting rules, refuses c3 for consent', async () => {
    const reports = await runTriggers(systemContext(h.t.db, provider, 'job:triggers', { now: NOW }));
    expect(reports.every((r) => r.error === null)).toBe(true);
    const sale = async (name: string) =>
      (await h.t.db.sale.findFirstOrThrow({ where: { contactId: c[name] }, orderBy: { saleDate: 'asc' } })).id;
    expect(await firingsOf('FIRST')).toEqual([
      `c1 sale:${await sale('c1')} TARGETED`,
      `c3 sale:${await sale('c3')} NO_CONSENT`,
      `c9 sale:${await sale('c9')} TARGETED`,
    ]);
    expect(await firingsOf('LAPSE')).toEqual([`c6 lapse:${ids.s6} TARGETED`]);
    expect(await firingsOf('GARDEN')).toEqual([`c2 sale:${ids.s2} TARGETED`]);
    expect(await firingsOf('RISK')).toEqual([`c1 snapshot:${ids.snap} TARGETED`]);
    expect(await firingsOf('ANNIV')).toEqual(['c2 anniversary:2026 TARGETED', 'c8 anniversary:2026 TARGETED']);
    // The consent refusal is also in the targeting run's exclusion report, and c3 has no target.
    const run = await h.t.db.targetingExclusion.findFirstOrThrow({
      where: { contactId: c.c3!, run: { actionId: actions.FIRST } },
    });
    expect(run.reason).toBe('NO_CONSENT');
    expect(await h.t.db.actionTarget.count({ where: { contactId: c.c3! } })).toBe(0);
    const first = reports.find((r) => r.triggerId === triggers.FIRST)!;
    expect(first).toMatchObject({
      matched: 3,
      fired: 3,
      targeted: 2,
      control: 0,
      excluded: [{ reason: 'NO_CONSENT', count: 1 }],
    });
  });

  it('is idempotent: the job again, then twice at once, fires nothing new and targets nobody twice', async () => {
    const before = await h.t.db.actionTarget.count();
    const firings = await h.t.db.triggerFiring.count();
    await runJob(triggersJob, h.t.db, provider, NOW);
    await Promise.all([runJob(triggersJob, h.t.db, provider, NOW), runJob(triggersJob, h.t.db, provider, NOW)]);
    expect(await h.t.db.actionTarget.count()).toBe(before);
    expect(await h.t.db.triggerFiring.count()).toBe(firings);
  });

  it('two runs at once on new occurrences: each occurrence fires once and each contact is targeted once', async () => {
    const db = h.t.db;
    // A second FIRST_PURCHASE trigger on a fresh action: its matches are new to both concurrent runs.
    const act = await db.marketingAction.create({
      data: {
        code: 'FIRST2',
        name: 'First 2',
        objective: 'LOYALTY',
        medium: 'EMAIL',
        startDate: day('2026-01-01'),
        endDate: day('2026-12-31'),
        requiredPurposeId: h.purposes.marketing!,
        brandId: h.brands.a,
        status: 'RUNNING',
      },
    });
    const t = await db.trigger.create({
      data: { name: 'FIRST2', kind: 'FIRST_PURCHASE', params: {}, actionId: act.id, brandId: h.brands.a },
    });
    const [r1, r2] = await Promise.all([
      runTriggers(systemContext(db, provider, 'job:triggers', { now: NOW }), { triggerIds: [t.id] }),
      runTriggers(systemContext(db, provider, 'job:triggers', { now: NOW }), { triggerIds: [t.id] }),
    ]);
    expect(r1[0]!.fired + r2[0]!.fired).toBe(3);
    expect(r1[0]!.targeted + r2[0]!.targeted).toBe(2);
    expect(await db.triggerFiring.count({ where: { triggerId: t.id } })).toBe(3);
    expect(await db.actionTarget.count({ where: { actionId: act.id } })).toBe(2);
    const pending = await db.triggerFiring.count({ where: { triggerId: t.id, targetId: null, exclusionReason: null } });
    expect(pending).toBe(0);
  });

  it('takes up a firing left pending by a stopped run, and keeps control-group targets on their firing', async () => {
    const db = h.t.db;
    // An action with a 50 % control group; a firing of c1's first purchase left without outcome 20 minutes ago.
    const act = await db.marketingAction.create({
      data: {
        code: 'RETRY',
        name: 'Retry',
        objective: 'LOYALTY',
        medium: 'EMAIL',
        startDate: day('2026-01-01'),
        endDate: day('2026-12-31'),
        requiredPurposeId: h.purposes.marketing!,
        brandId: h.brands.a,
        status: 'RUNNING',
        controlGroupPercent: 50,
      },
    });
    const t = await db.trigger.create({
      data: { name: 'RETRY', kind: 'FIRST_PURCHASE', params: {}, actionId: act.id, brandId: h.brands.a, active: false },
    });
    const c1Sale = await db.sale.findFirstOrThrow({ where: { contactId: c.c1! }, orderBy: { saleDate: 'asc' } });
    const stale = new Date(Date.now() - 20 * 60_000);
    await db.triggerFiring.create({
      data: { triggerId: t.id, contactId: c.c1!, occurrenceKey: `sale:${c1Sale.id}`, firedAt: NOW, createdAt: stale },
    });
    // An inactive trigger runs only when named.
    expect(
      (await runTriggers(systemContext(db, provider, 'job:triggers', { now: NOW }))).some((r) => r.triggerId === t.id),
    ).toBe(false);
    const [report] = await runTriggers(systemContext(db, provider, 'job:triggers', { now: NOW }), {
      triggerIds: [t.id],
    });
    // c3 and c9 are new occurrences, c1's is the pending one: three firings, none left open.
    expect(report).toMatchObject({ matched: 3, fired: 3, excluded: [{ reason: 'NO_CONSENT', count: 1 }] });
    expect(report!.targeted + report!.control).toBe(2);
    expect(report!.control).toBe(1);
    const firings = await db.triggerFiring.findMany({
      where: { triggerId: t.id },
      select: { contactId: true, exclusionReason: true, target: { select: { inControlGroup: true } } },
    });
    expect(firings.filter((f) => !f.target && !f.exclusionReason)).toEqual([]);
    expect(firings.filter((f) => f.target?.inControlGroup).length).toBe(1);
    expect(await db.actionTarget.count({ where: { actionId: act.id } })).toBe(2);
  });

  it('a dry run reports what would fire and writes no firing nor target', async () => {
    const db = h.t.db;
    const s = await db.sale.create({
      data: {
        contactId: c.c4!,
        brandId: h.brands.a,
        saleDate: day('2026-06-15'),
        channel: 'WEB',
        total: '10.00',
        lines: {
          create: {
            productId: (await db.product.findFirstOrThrow({ where: { code: 'RAKE' } })).id,
            quantity: 1,
            unitPrice: '10.00',
          },
        },
      },
    });
    const [targets, firings] = [await db.actionTarget.count(), await db.triggerFiring.count()];
    const reports = await runTriggers(systemContext(db, provider, 'job:triggers', { now: NOW }), { dryRun: true });
    // c4 bought a rake today: GARDEN would fire for it (one new occurrence); LAPSE still matches c6, already fired.
    expect(reports.find((r) => r.triggerId === triggers.GARDEN)).toMatchObject({
      matched: 2,
      fired: 1,
      targeted: 1,
      excluded: [],
    });
    expect(reports.find((r) => r.triggerId === triggers.LAPSE)).toMatchObject({ matched: 1, fired: 0, targeted: 0 });
    expect([await db.actionTarget.count(), await db.triggerFiring.count()]).toEqual([targets, firings]);
    // Through the API (evaluated at the server's clock): answers a report per trigger of the caller's brands.
    const dry = await h.as('MARKETING')(
      `mutation { runTriggers(dryRun: true) { trigger matched fired targeted control excluded { reason count } error } }`,
    );
    expect(dry.errors).toBeUndefined();
    const active = await db.trigger.findMany({ where: { active: true, brandId: h.brands.a }, select: { id: true } });
    expect(active.length).toBe(6);
    expect(dry.data.runTriggers.map((r: any) => r.trigger).sort()).toEqual(
      active.map((t) => gid('Trigger', t.id)).sort(),
    );
    expect(dry.data.runTriggers.every((r: any) => r.error === null)).toBe(true);
    expect([await db.actionTarget.count(), await db.triggerFiring.count()]).toEqual([targets, firings]);
    await db.sale.delete({ where: { id: s.id } });
  });

  it('lists triggers with their params and firings, for readers of their brand only', async () => {
    const q = `query($f: TriggerFilter) { triggers(filter: $f, orderBy: [{ field: NAME }]) { totalCount edges { node {
      id name kind active params { days categoryCode to } action { code } brand { code }
      firings(first: 10) { totalCount edges { node { occurrenceKey exclusionReason contact { id } target { id action { code } } } } } } } } }`;
    const res = await h.as('ANALYST')(q, { f: { kind: ['NO_PURCHASE_FOR_DAYS', 'FIRST_PURCHASE'] } });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.triggers.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.name)).toEqual(['FIRST', 'FIRST2', 'LAPSE', 'RETRY']);
    const first = nodes[0];
    expect(first.firings.totalCount).toBe(3);
    expect(first.firings.edges.map((e: any) => e.node.exclusionReason ?? e.node.target.action.code).sort()).toEqual([
      'FIRST',
      'FIRST',
      'NO_CONSENT',
    ]);
    expect(nodes[2].params).toEqual({ days: 30, categoryCode: null, to: null });
    const denied = await h.as('SALES')(`{ triggers { totalCount } }`);
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lists triggers with their firings in a number of statements that does not grow with the rows', async () => {
    const q = `{ triggers(first: 100) { totalCount edges { node { name params { days } action { code brand { code } } brand { code }
      firings(first: 5) { totalCount edges { node { occurrenceKey contact { id } target { id action { code } } } } } } } } }`;
    const count = async () => {
      h.statements.length = 0;
      const res = await h.as('ADMIN')(q);
      expect(res.errors).toBeUndefined();
      return { rows: res.data.triggers.totalCount as number, statements: h.statements.length };
    };
    const before = await count();
    // Ten more triggers, each with a targeted firing.
    const db = h.t.db;
    for (let i = 0; i < 10; i++) {
      const act = await db.marketingAction.create({
        data: {
          code: `MANY${i}`,
          name: 'm',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          startDate: day('2026-01-01'),
          endDate: day('2026-12-31'),
          requiredPurposeId: h.purposes.marketing!,
          brandId: h.brands.a,
        },
      });
      const t = await db.trigger.create({
        data: {
          name: `MANY${i}`,
          kind: 'FIRST_PURCHASE',
          params: {},
          actionId: act.id,
          brandId: h.brands.a,
          active: false,
        },
      });
      const target = await db.actionTarget.create({ data: { actionId: act.id, contactId: c.c1!, targetedAt: NOW } });
      await db.triggerFiring.create({
        data: { triggerId: t.id, contactId: c.c1!, occurrenceKey: `sale:${i}`, firedAt: NOW, targetId: target.id },
      });
    }
    const after = await count();
    expect(after.rows).toBe(before.rows + 10);
    expect(after.statements).toBe(before.statements);
  });

  describe('the API', () => {
    const create = `mutation($i: TriggerInput!) { createTrigger(input: $i) { id name kind version params { days sinceDays categoryCode from to } brand { code } action { code } } }`;

    it('creates, updates and deletes a trigger (brand from the action, version checked)', async () => {
      const m = h.as('MARKETING');
      const res = await m(create, {
        i: {
          name: ' Lapsed 60 ',
          kind: 'NO_PURCHASE_FOR_DAYS',
          params: { days: 60, sinceDays: 14 },
          action: gid('MarketingAction', actions.LAPSE!),
        },
      });
      expect(res.errors).toBeUndefined();
      const t = res.data.createTrigger;
      expect(t).toMatchObject({
        name: 'Lapsed 60',
        kind: 'NO_PURCHASE_FOR_DAYS',
        version: 1,
        params: { days: 60, sinceDays: 14, categoryCode: null },
        brand: { code: 'A' },
        action: { code: 'LAPSE' },
      });
      const upd = `mutation($id: ID!, $v: Int!, $i: TriggerPatch!) { updateTrigger(id: $id, version: $v, input: $i) { version kind active params { days sinceDays from to } } }`;
      const changed = await m(upd, {
        id: t.id,
        v: 1,
        i: { kind: 'SCORE_CHANGE', params: { from: 'LOYAL' }, active: false },
      });
      expect(changed.errors).toBeUndefined();
      expect(changed.data.updateTrigger).toEqual({
        version: 2,
        kind: 'SCORE_CHANGE',
        active: false,
        params: { days: null, sinceDays: null, from: 'LOYAL', to: null },
      });
      const stale = await m(upd, { id: t.id, v: 1, i: { name: 'x' } });
      expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const del = await m(`mutation($id: ID!) { deleteTrigger(id: $id, version: 2) }`, { id: t.id });
      expect(del.data.deleteTrigger).toBe(t.id);
    });

    it('answers VALIDATION with the path of each bad param, per kind, and writes nothing', async () => {
      const count = await h.t.db.trigger.count();
      const fieldsOf = async (i: object) => {
        const res = await h.as('MARKETING')(create, {
          i: { name: 'bad', action: gid('MarketingAction', actions.FIRST!), ...i },
        });
        expect(res.errors?.[0]?.extensions.code).toBe('VALIDATION');
        return res.errors![0]!.extensions.fields!.map((f) => `${f.path.join('.')}: ${f.message}`);
      };
      expect(await fieldsOf({ kind: 'NO_PURCHASE_FOR_DAYS' })).toEqual([
        'input.params.days: required for NO_PURCHASE_FOR_DAYS',
      ]);
      expect(await fieldsOf({ kind: 'NO_PURCHASE_FOR_DAYS', params: { days: 0, sinceDays: 9999 } })).toEqual([
        'input.params.days: an integer from 1 to 3650',
        'input.params.sinceDays: an integer from 1 to 3650',
      ]);
      expect(await fieldsOf({ kind: 'FIRST_PURCHASE', params: { days: 3, categoryCode: 'GARDEN' } })).toEqual([
        'input.params.days: not a parameter of FIRST_PURCHASE',
        'input.params.categoryCode: not a parameter of FIRST_PURCHASE',
      ]);
      expect(await fieldsOf({ kind: 'CATEGORY_PURCHASE', params: { categoryCode: 'NOPE' } })).toEqual([
        'input.params.categoryCode: unknown product category "NOPE"',
      ]);
      expect(await fieldsOf({ kind: 'CATEGORY_PURCHASE' })).toEqual([
        'input.params.categoryCode: required for CATEGORY_PURCHASE',
      ]);
      expect(await fieldsOf({ kind: 'SCORE_CHANGE', params: { from: 'LOST', to: 'LOST' } })).toEqual([
        'input.params.to: a change goes to another segment than `from`',
      ]);
      expect(await fieldsOf({ kind: 'FIRST_PURCHASE', name: '  ', brand: gid('Brand', h.brands.b) })).toEqual([
        'input.name: a name of 1 to 200 characters',
        "input.brand: a trigger of a brand's action has the action's brand",
        'input.brand: one of your brands (a trigger of no brand is for admins)',
      ]);
      expect(await h.t.db.trigger.count()).toBe(count);
    });

    it('keeps writes to ADMIN and MARKETING and triggers of other brands out of sight', async () => {
      const i = { name: 'x', kind: 'FIRST_PURCHASE', action: gid('MarketingAction', actions.FIRST!) };
      for (const role of ['ANALYST', 'SALES', 'SUPPORT'] as const) {
        const res = await h.as(role)(create, { i });
        expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        const run = await h.as(role)(`mutation { runTriggers(dryRun: true) { fired } }`);
        expect(run.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const db = h.t.db;
      const bAction = await db.marketingAction.create({
        data: {
          code: 'BACT',
          name: 'B',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          startDate: day('2026-01-01'),
          endDate: day('2026-12-31'),
          requiredPurposeId: h.purposes.marketing!,
          brandId: h.brands.b,
        },
      });
      const bTrigger = await db.trigger.create({
        data: { name: 'B', kind: 'FIRST_PURCHASE', params: {}, actionId: bAction.id, brandId: h.brands.b },
      });
      const seen = await h.as('MARKETING')(
        `query($id: ID!) { node(id: $id) { id } triggers { edges { node { name } } } }`,
        { id: gid('Trigger', bTrigger.id) },
      );
      expect(seen.data.node).toBeNull();
      expect(seen.data.triggers.edges.map((e: any) => e.node.name)).not.toContain('B');
      const admin = await h.as('ADMIN')(`query($id: ID!) { node(id: $id) { id } }`, {
        id: gid('Trigger', bTrigger.id),
      });
      expect(admin.data.node).toEqual({ id: gid('Trigger', bTrigger.id) });
      const upd = await h.as('MARKETING')(
        `mutation($id: ID!) { updateTrigger(id: $id, version: 1, input: { active: false }) { id } }`,
        { id: gid('Trigger', bTrigger.id) },
      );
      expect(upd.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const run = await h.as('MARKETING')(`mutation($t: [ID!]) { runTriggers(dryRun: true, triggers: $t) { fired } }`, {
        t: [gid('Trigger', triggers.FIRST!), gid('Trigger', bTrigger.id)],
      });
      expect(run.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        fields: [{ path: ['triggers', '1'], message: 'trigger not found' }],
      });
    });
  });
});
