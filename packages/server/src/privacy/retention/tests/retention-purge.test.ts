import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeEntityIds } from '../../../kernel/audit-recorder.js';
import { createApiHarness, gid, type ApiHarness } from '../../../testing/api.js';
import { describeEachDatabase } from '../../../testing/databases.js';
import { systemContext } from '../../access/system.js';
import { erasedColumns } from '../../subject-rights/subject-rights.service.js';
import { retentionPurgeJob, retentionPurgeOn } from '../retention.job.js';
import { runRetentionPurge } from '../retention.service.js';
import { ASOF, retentionWorld, type RetentionWorld } from './retention-fixture.js';

const STATS = /* GraphQL */ `
  query ($action: ID!) {
    marketingAction(id: $action) {
      targetCount
      responseCount
      conversionCount
    }
    actionPerformance(action: $action) {
      targeted
      responses
      conversions
      attributedRevenue
    }
    sales(first: 100) {
      totalCount
      edges {
        node {
          total
        }
      }
    }
  }
`;

const RUNS = `{ retentionPurges { dryRun state contactsDue contactsErased consentsDue consentsExpired rules { rule months due } requestedBy { id } } }`;

it('reads FIDELE_RETENTION_PURGE: off unless on, anything else refused', () => {
  expect(retentionPurgeOn({})).toBe(false);
  expect(retentionPurgeOn({ FIDELE_RETENTION_PURGE: 'off' })).toBe(false);
  expect(retentionPurgeOn({ FIDELE_RETENTION_PURGE: 'on' })).toBe(true);
  expect(() => retentionPurgeOn({ FIDELE_RETENTION_PURGE: 'yes' })).toThrow(/FIDELE_RETENTION_PURGE/);
});

describeEachDatabase('retention: the purge', (provider) => {
  let h: ApiHarness;
  let w: RetentionWorld;
  let statsBefore: unknown;
  const jobCtx = () => systemContext(h.t.db, provider, 'job:retention-purge', { now: ASOF });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    w = await retentionWorld(h);
    statsBefore = (await h.as('ADMIN')(STATS, { action: gid('MarketingAction', w.actionId) })).data;
  });
  afterAll(() => h.drop());

  it('does nothing on its daily run while FIDELE_RETENTION_PURGE is off', async () => {
    expect(process.env.FIDELE_RETENTION_PURGE).toBeUndefined();
    await retentionPurgeJob.run(h.t.db, provider, ASOF, jobCtx());
    expect(await h.t.db.retentionPurge.count()).toBe(0);
    expect(await h.t.db.contact.count({ where: { erasedAt: { not: null } } })).toBe(1);
  });

  it('a dry run records what is due, per rule, and changes nothing', async () => {
    const run = await runRetentionPurge(jobCtx(), { dryRun: true });
    expect(run).toMatchObject({ dryRun: true, state: 'SUCCEEDED', contactsDue: 2, contactsErased: 0, consentsDue: 2 });
    expect(run.report).toEqual({
      rules: [
        { rule: 'kind:PROSPECT', months: 36, due: 1, contactIds: [w.ids.p1], truncated: false },
        { rule: 'kind:CLIENT', months: 36, due: 1, contactIds: [w.ids.c1], truncated: false },
        { rule: 'kind:FORMER_CLIENT', months: 36, due: 0, contactIds: [], truncated: false },
        { rule: 'purpose:tracking', months: 13, due: 2, contactIds: [w.ids.c1, w.ids.c2], truncated: false },
      ],
    });
    expect(await h.t.db.contact.count({ where: { erasedAt: { not: null } } })).toBe(1);
    expect(await h.t.db.consentEvent.count({ where: { source: 'RETENTION' } })).toBe(0);
  });

  it('anonymises the due contacts with the erasure, and lapses the due tracking consents', async () => {
    process.env.FIDELE_RETENTION_PURGE = 'on';
    try {
      await retentionPurgeJob.run(h.t.db, provider, ASOF, jobCtx());
    } finally {
      delete process.env.FIDELE_RETENTION_PURGE;
    }
    const rows = await h.t.db.contact.findMany({ where: { lastName: null }, orderBy: { id: 'asc' } });
    expect(rows.map((c) => c.id)).toEqual([w.ids.p1, w.ids.c1]);
    for (const c of rows) {
      for (const col of erasedColumns) expect((c as Record<string, unknown>)[col] ?? null, col).toBeNull();
      expect(c.erasedAt).toEqual(ASOF);
      expect(c.deletedAt).toEqual(ASOF);
    }
    // Not due: p2 (2030-07-01), c2 (2032), f1 (2030-08-31), p3, the supplier; they keep their data.
    for (const name of ['p2', 'p3', 'c2', 'f1', 's1'])
      expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: w.ids[name]! } })).email).toBe(
        `${name}@example.fr`,
      );
    const tracking = h.t.db.purpose.findUniqueOrThrow({ where: { code: 'tracking' } });
    const states = await h.t.db.consentState.findMany({
      where: { purposeId: (await tracking).id },
      select: { contactId: true, status: true },
      orderBy: { contactId: 'asc' },
    });
    expect(states).toEqual([
      { contactId: w.ids.c1, status: 'WITHDRAWN' },
      { contactId: w.ids.c2, status: 'WITHDRAWN' },
    ]);
    const events = await h.t.db.consentEvent.findMany({
      where: { source: 'RETENTION' },
      orderBy: { contactId: 'asc' },
    });
    expect(events.map((e) => [e.contactId, e.status, e.effectiveFrom.toISOString()])).toEqual([
      [w.ids.c1, 'WITHDRAWN', ASOF.toISOString()],
      [w.ids.c2, 'WITHDRAWN', ASOF.toISOString()],
    ]);
    // c2's marketing-free profile stays whole: only the consent went.
    expect(await h.t.db.consentState.count({ where: { contactId: w.ids.p3, status: 'GRANTED' } })).toBe(1);
  });

  it('records the run with its counters and audits the run and each erased batch', async () => {
    const run = await h.t.db.retentionPurge.findFirstOrThrow({ where: { dryRun: false } });
    expect(run).toMatchObject({
      state: 'SUCCEEDED',
      contactsDue: 2,
      contactsErased: 2,
      consentsDue: 2,
      consentsExpired: 2,
    });
    expect(run.asOf).toEqual(ASOF);
    const audit = await h.t.db.auditLog.findMany({
      where: { systemReason: 'job:retention-purge', entity: { in: ['Contact', 'RetentionPurge'] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.entity, a.operation, a.operationName, a.outcome])).toEqual([
      ['RetentionPurge', 'READ', 'retentionPurge:dryRun', 'ALLOWED'],
      ['Contact', 'DELETE', `retentionPurge:${run.id}:kind:PROSPECT`, 'ALLOWED'],
      ['Contact', 'DELETE', `retentionPurge:${run.id}:kind:CLIENT`, 'ALLOWED'],
      ['RetentionPurge', 'DELETE', 'retentionPurge', 'ALLOWED'],
    ]);
    expect(decodeEntityIds(audit[1]!.entityIds)).toEqual([String(w.ids.p1)]);
    expect(audit[1]!.fields).toEqual([...erasedColumns]);
    expect(audit.every((a) => a.actorType === 'SYSTEM')).toBe(true);
  });

  it('keeps the statistics: sales and targets still count the tombstones', async () => {
    const after = await h.as('ADMIN')(STATS, { action: gid('MarketingAction', w.actionId) });
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(statsBefore);
    expect(after.data.sales.totalCount).toBe(2);
    expect(after.data.marketingAction).toEqual({ targetCount: 3, responseCount: 2, conversionCount: 1 });
  });

  it('runs from the API for an admin in the background, and the runs are listed', async () => {
    // Due today (the API runs on the real clock): a prospect silent since 2020. The fixture's are gone already.
    const old = await h.t.db.contact.create({
      data: {
        kind: 'PROSPECT',
        brandId: h.brands.a,
        zoneId: h.zones.north,
        lastName: 'Silent',
        createdAt: new Date('2020-01-01'),
      },
    });
    const res = await h.as('ADMIN')(
      `mutation { startRetentionPurge(dryRun: false) { dryRun state contactsDue contactsErased } }`,
    );
    expect(res.errors).toBeUndefined();
    // A real run answers at once; the erasure goes on in the job runner, its counters showing the progress.
    expect(res.data.startRetentionPurge).toEqual({
      dryRun: false,
      state: 'RUNNING',
      contactsDue: 1,
      contactsErased: 0,
    });
    let runs = await h.as('ADMIN')(RUNS);
    while (runs.data.retentionPurges[0].state === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      runs = await h.as('ADMIN')(RUNS);
    }
    expect(runs.errors).toBeUndefined();
    expect(runs.data.retentionPurges[0]).toMatchObject({ state: 'SUCCEEDED', contactsErased: 1 });
    expect(await h.t.db.contact.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ lastName: null });
    expect(runs.data.retentionPurges.map((r: { dryRun: boolean; state: string }) => [r.dryRun, r.state])).toHaveLength(
      3,
    );
    expect(runs.data.retentionPurges[0].requestedBy).toEqual({ id: gid('StaffUser', h.users.ADMIN) });
    expect(runs.data.retentionPurges[1]).toMatchObject({
      dryRun: false,
      contactsErased: 2,
      consentsExpired: 2,
      requestedBy: null,
      rules: [
        { rule: 'kind:PROSPECT', months: 36, due: 1 },
        { rule: 'kind:CLIENT', months: 36, due: 1 },
        { rule: 'kind:FORMER_CLIENT', months: 36, due: 0 },
        { rule: 'purpose:tracking', months: 13, due: 2 },
      ],
    });
  });
});
