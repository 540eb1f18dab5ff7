import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, roles, type ApiHarness } from '../../../testing/api.js';
import { describeEachDatabase } from '../../../testing/databases.js';
import { addMonths } from '../retention.activity.js';
import { ASOF, retentionWorld, type RetentionWorld } from './retention-fixture.js';

const PLAN = /* GraphQL */ `
  query ($asOf: DateTime, $horizonDays: Int, $first: Int) {
    retentionPlan(asOf: $asOf, horizonDays: $horizonDays, first: $first) {
      asOf
      horizonEnd
      rules {
        rule {
          kind
          purpose
          months
        }
        dueNow
        dueWithinHorizon
        items {
          contactId
          kind
          lastActivityAt
          purgeAt
        }
      }
    }
  }
`;

const iso = (day: string) => `${day}T00:00:00.000Z`;

it('adds calendar months, a missing day becoming the month end', () => {
  expect(addMonths(new Date('2027-03-31T00:00:00Z'), 13).toISOString()).toBe('2028-04-30T00:00:00.000Z');
  expect(addMonths(new Date('2028-01-31T00:00:00Z'), 1).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  expect(addMonths(new Date('2030-06-15T00:00:00Z'), -36).toISOString()).toBe('2027-06-15T00:00:00.000Z');
});

describeEachDatabase('retention: rules and dry run', (provider) => {
  let h: ApiHarness;
  let w: RetentionWorld;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    w = await retentionWorld(h);
  });
  afterAll(() => h.drop());

  it('creates the French defaults once, kinds then purposes', async () => {
    const q = `{ retentionRules { kind purpose months active } }`;
    const first = await h.as('ADMIN')(q);
    expect(first.errors).toBeUndefined();
    expect(first.data.retentionRules).toEqual([
      { kind: 'PROSPECT', purpose: null, months: 36, active: true },
      { kind: 'CLIENT', purpose: null, months: 36, active: true },
      { kind: 'FORMER_CLIENT', purpose: null, months: 36, active: true },
      { kind: null, purpose: 'tracking', months: 13, active: true },
    ]);
    expect((await h.as('ADMIN')(q)).data.retentionRules).toHaveLength(4);
    expect(await h.t.db.retentionRule.count()).toBe(4);
  });

  it('lists exactly the contacts due now and within the horizon, with their dates', async () => {
    const res = await h.as('ADMIN')(PLAN, { asOf: ASOF.toISOString(), horizonDays: 90 });
    expect(res.errors).toBeUndefined();
    const plan = res.data.retentionPlan;
    expect(plan.horizonEnd).toBe(iso('2030-09-13'));
    const item = (name: string, kind: string, last: string, purge: string) => ({
      contactId: gid('Contact', w.ids[name]!),
      kind,
      lastActivityAt: iso(last),
      purgeAt: iso(purge),
    });
    expect(plan.rules).toEqual([
      {
        rule: { kind: 'PROSPECT', purpose: null, months: 36 },
        dueNow: 1,
        dueWithinHorizon: 2,
        items: [item('p1', 'PROSPECT', '2027-01-10', '2030-01-10'), item('p2', 'PROSPECT', '2027-07-01', '2030-07-01')],
      },
      {
        rule: { kind: 'CLIENT', purpose: null, months: 36 },
        dueNow: 1,
        dueWithinHorizon: 1,
        items: [item('c1', 'CLIENT', '2027-03-31', '2030-03-31')],
      },
      {
        rule: { kind: 'FORMER_CLIENT', purpose: null, months: 36 },
        dueNow: 0,
        dueWithinHorizon: 1,
        items: [item('f1', 'FORMER_CLIENT', '2027-08-31', '2030-08-31')],
      },
      {
        rule: { kind: null, purpose: 'tracking', months: 13 },
        dueNow: 2,
        dueWithinHorizon: 2,
        items: [item('c1', 'CLIENT', '2027-03-31', '2028-04-30'), item('c2', 'CLIENT', '2029-02-10', '2030-03-10')],
      },
    ]);
  });

  it('bounds the list but not the counts, and writes nothing', async () => {
    const before = await h.t.db.retentionPurge.count();
    const res = await h.as('ADMIN')(PLAN, { asOf: ASOF.toISOString(), horizonDays: 0, first: 0 });
    expect(
      res.data.retentionPlan.rules.map((r: { dueNow: number; items: unknown[] }) => [r.dueNow, r.items.length]),
    ).toEqual([
      [1, 0],
      [1, 0],
      [0, 0],
      [2, 0],
    ]);
    expect(await h.t.db.retentionPurge.count()).toBe(before);
    const bad = await h.as('ADMIN')(PLAN, { horizonDays: -1, first: 501 });
    expect(bad.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(bad.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.'))).toEqual(['horizonDays', 'first']);
  });

  it('sets a rule (validated, audited) and the plan follows it', async () => {
    const set = `mutation ($kind: ContactKind, $purpose: String, $months: Int!, $active: Boolean!) {
      setRetentionRule(kind: $kind, purpose: $purpose, months: $months, active: $active) { kind purpose months active version }
    }`;
    for (const [vars, field] of [
      [{ kind: 'PROSPECT', months: 0, active: true }, 'months'],
      [{ kind: 'PROSPECT', months: 241, active: true }, 'months'],
      [{ months: 12, active: true }, 'kind'],
      [{ kind: 'PROSPECT', purpose: 'tracking', months: 12, active: true }, 'kind'],
      [{ purpose: 'nope', months: 12, active: true }, 'purpose'],
    ] as const) {
      const res = await h.as('ADMIN')(set, vars);
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(vars)).toBe('VALIDATION');
      expect(res.errors?.[0]?.extensions.fields?.[0]?.path).toEqual([field]);
    }
    const supplier = await h.as('ADMIN')(set, { kind: 'SUPPLIER', months: 240, active: true });
    expect(supplier.data.setRetentionRule).toEqual({
      kind: 'SUPPLIER',
      purpose: null,
      months: 240,
      active: true,
      version: 1,
    });
    const off = await h.as('ADMIN')(set, { kind: 'FORMER_CLIENT', months: 24, active: false });
    expect(off.data.setRetentionRule).toMatchObject({ months: 24, active: false, version: 2 });
    const audit = await h.t.db.auditLog.findMany({
      where: { entity: 'RetentionRule', operationName: 'setRetentionRule', outcome: 'ALLOWED' },
      select: { operation: true, actorUserId: true, fields: true },
      orderBy: { id: 'asc' },
    });
    // The service's own entries name the fields set (the request's entry, written by the audit plugin, does not).
    expect(audit.filter((a) => a.fields !== null)).toEqual([
      { operation: 'CREATE', actorUserId: h.users.ADMIN, fields: ['months', 'active'] },
      { operation: 'UPDATE', actorUserId: h.users.ADMIN, fields: ['months', 'active'] },
    ]);
    const res = await h.as('ADMIN')(PLAN, { asOf: ASOF.toISOString(), horizonDays: 90 });
    const rules = res.data.retentionPlan.rules.map((r: { rule: { kind: string | null }; dueNow: number }) => [
      r.rule.kind,
      r.dueNow,
    ]);
    // The former clients' rule is off; suppliers now have one (s1: created 2000, purge 2020-01-01).
    expect(rules).toEqual([
      ['PROSPECT', 1],
      ['CLIENT', 1],
      ['SUPPLIER', 1],
      [null, 2],
    ]);
    await h.as('ADMIN')(set, { kind: 'SUPPLIER', months: 240, active: false });
    await h.as('ADMIN')(set, { kind: 'FORMER_CLIENT', months: 36, active: true });
  });

  it('is for admins only: every other role is FORBIDDEN', async () => {
    const operations = [
      `{ retentionRules { months } }`,
      `{ retentionPlan { asOf } }`,
      `{ retentionPurges { id } }`,
      `mutation { setRetentionRule(kind: PROSPECT, months: 1, active: true) { months } }`,
      `mutation { startRetentionPurge(dryRun: false) { id } }`,
    ];
    for (const role of roles.filter((r) => r !== 'ADMIN'))
      for (const op of operations) {
        const res = await h.as(role)(op);
        expect(res.errors?.[0]?.extensions.code, `${role} ${op}`).toBe('FORBIDDEN');
      }
    expect(await h.t.db.retentionPurge.count()).toBe(0);
    expect((await h.t.db.retentionRule.findUnique({ where: { contactKind: 'PROSPECT' } }))?.months).toBe(36);
  });
});
