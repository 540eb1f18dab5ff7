import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { createDb, type Db } from '../../kernel/db/client.js';
import type { ActionMedium } from '../../generated/sqlite/enums.js';
import { systemContext } from '../../privacy/access/system.js';
import { runTargeting } from '../targeting/targeting.service.js';
import { drawControlGroup } from '../targeting/pressure.rules.js';
import { createConsentLoader } from '../../privacy/consent/consent.loader.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * The targeting engine, called as other modules call it (no GraphQL): every exclusion reason on hand-made
 * contacts, the seeded control group, pressure caps and the priority rule, caps under concurrent runs (two
 * database clients at once), and a property: no contact without consent to the action's purpose is ever targeted.
 */
const at = new Date('2026-06-15T10:00:00Z');
const day = 86_400_000;

describeEachDatabase('targeting engine', (provider) => {
  let h: ApiHarness;
  let db: Db;
  let sys: Context;
  let seq = 0;
  const contact = (data: Record<string, unknown> = {}) =>
    db.contact
      .create({
        data: {
          kind: 'CLIENT',
          lastName: `C${seq++}`,
          brandId: h.brands.a,
          zoneId: h.zones.north,
          email: `c${seq}@x.test`,
          ...data,
        },
        select: { id: true },
      })
      .then((c) => c.id);
  const action = (extra: Record<string, unknown> = {}) =>
    db.marketingAction.create({
      data: {
        code: `ACT${seq++}`,
        name: 'a',
        objective: 'LOYALTY',
        medium: 'EMAIL' as ActionMedium,
        brandId: h.brands.a,
        status: 'RUNNING',
        requiredPurposeId: h.purposes.newsletter!,
        startDate: new Date('2026-06-01T00:00:00Z'),
        endDate: new Date('2026-06-30T00:00:00Z'),
        ...extra,
      },
      select: { id: true, code: true },
    });
  const consenting = async (n: number, data: Record<string, unknown> = {}) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const id = await contact(data);
      await h.consent(id, 'marketing');
      ids.push(id);
    }
    return ids;
  };
  const solicited = (contactId: number) => db.actionTarget.count({ where: { contactId, inControlGroup: false } });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    db = h.t.db;
    sys = systemContext(db, provider, 'job:targeting-test', { now: at });
  });
  afterAll(() => h?.drop());

  it('reports each excluded candidate under the first rule it breaks, and targets the others', async () => {
    const ok = await contact();
    await h.consent(ok, 'marketing');
    const noConsent = await contact();
    const refused = await contact();
    await h.consent(refused, 'marketing');
    await h.consent(refused, 'newsletter', { status: 'DENIED' });
    const expired = await contact();
    await h.consent(expired, 'marketing', { to: new Date(at.getTime() - day) });
    const optOut = await contact();
    await h.consent(optOut, 'marketing');
    await db.contactChannelPreference.create({
      data: { contactId: optOut, medium: 'EMAIL', source: 'WEB_FORM', changedAt: at },
    });
    const smsOptOut = await contact(); // opted out of another medium only: targeted
    await h.consent(smsOptOut, 'marketing');
    await db.contactChannelPreference.create({
      data: { contactId: smsOptOut, medium: 'SMS', source: 'WEB_FORM', changedAt: at },
    });
    const noEmail = await contact({ email: null });
    const blankEmail = await contact({ email: '' });
    for (const id of [noEmail, blankEmail]) await h.consent(id, 'marketing');
    const deleted = await contact({ deletedAt: at });
    const otherBrand = await contact({ brandId: h.brands.b });
    for (const id of [deleted, otherBrand]) await h.consent(id, 'marketing');
    const a = await action();

    const r = await runTargeting(sys, {
      actionId: a.id,
      contactIds: [ok, noConsent, refused, expired, optOut, smsOptOut, noEmail, blankEmail, deleted, otherBrand],
      randomSeed: 1,
    });
    const reasons = Object.fromEntries(r.excluded.map((e) => [e.contactId, e.reason]));
    expect(reasons).toEqual({
      [noConsent]: 'NO_CONSENT',
      [refused]: 'NO_CONSENT',
      [expired]: 'NO_CONSENT',
      [optOut]: 'CHANNEL_OPT_OUT',
      [noEmail]: 'NO_CHANNEL_ADDRESS',
      [blankEmail]: 'NO_CHANNEL_ADDRESS',
      [deleted]: 'RESTRICTED',
      [otherBrand]: 'OUT_OF_SCOPE',
    });
    expect([r.candidates, r.targeted, r.control]).toEqual([10, 2, 0]);
    expect([...r.targetIdsByContact.keys()].sort((x, y) => x - y)).toEqual([ok, smsOptOut]);
    const run = await db.targetingRun.findUniqueOrThrow({
      where: { id: r.runId },
      include: { exclusions: true, targets: true },
    });
    expect([run.candidateCount, run.targetedCount, run.controlCount, run.excludedCount]).toEqual([10, 2, 0, 8]);
    expect(run.exclusions).toHaveLength(8);
    expect(run.targets.map((t) => t.contactId).sort((x, y) => x - y)).toEqual([ok, smsOptOut]);

    // The same list again: both already targeted, nothing duplicated.
    const again = await runTargeting(sys, { actionId: a.id, contactIds: [ok, smsOptOut] });
    expect(again.excluded.map((e) => e.reason)).toEqual(['ALREADY_TARGETED', 'ALREADY_TARGETED']);
    expect(await db.actionTarget.count({ where: { actionId: a.id } })).toBe(2);
  });

  it('needs the address of the medium: mobile for SMS, phone or mobile for calls, a postal address for mailings', async () => {
    const [mobile, phone, postal, none] = [
      await contact({ mobile: '0600000000' }),
      await contact({ phone: '0100000000' }),
      await contact({ addressLine1: '1 rue A', postalCode: '75001', city: 'Paris' }),
      await contact({ addressLine1: '1 rue A', postalCode: '75001' }),
    ];
    for (const id of [mobile, phone, postal, none]) await h.consent(id, 'marketing');
    const reached = async (medium: ActionMedium) => {
      const a = await action({ medium });
      const r = await runTargeting(sys, { actionId: a.id, contactIds: [mobile, phone, postal, none] });
      return [...r.targetIdsByContact.keys()].sort((x, y) => x - y);
    };
    expect(await reached('SMS')).toEqual([mobile]);
    expect(await reached('TELEMARKETING')).toEqual([mobile, phone]);
    expect(await reached('MAILING')).toEqual([postal]);
    expect(await reached('EVENT')).toEqual([mobile, phone, postal, none]);
  });

  it('holds out a seeded, reproducible control group, flagged and left out of the sending list', async () => {
    const ids = await consenting(20);
    const a1 = await action();
    const a2 = await action();
    const r1 = await runTargeting(sys, { actionId: a1.id, contactIds: ids, controlGroupPercent: 25, randomSeed: 42 });
    await runTargeting(sys, {
      actionId: a2.id,
      contactIds: [...ids].reverse(),
      controlGroupPercent: 25,
      randomSeed: 42,
    });
    expect([r1.targeted, r1.control]).toEqual([15, 5]);
    const held = async (actionId: number) =>
      (
        await db.actionTarget.findMany({
          where: { actionId, inControlGroup: true },
          select: { contactId: true },
          orderBy: { contactId: 'asc' },
        })
      ).map((t) => t.contactId);
    expect(await held(a1.id)).toEqual(await held(a2.id));
    expect(await held(a1.id)).toEqual([...drawControlGroup(ids, 25, 42)].sort((x, y) => x - y));
    expect(
      await db.targetingRun.findUniqueOrThrow({
        where: { id: r1.runId },
        select: { randomSeed: true, controlGroupPercent: true },
      }),
    ).toEqual({ randomSeed: 42, controlGroupPercent: 25 });
  });

  it('caps solicitations per period (control-group rows do not count), and a higher-priority action keeps its slot', async () => {
    const rule = await db.pressureRule.create({ data: { brandId: h.brands.a, maxSolicitations: 1, periodDays: 30 } });
    try {
      const [c1, c2, c3] = await consenting(3);
      const segment = await db.segment.create({
        data: { name: 'vip', kind: 'STATIC', criteria: { version: 1 }, members: { create: [{ contactId: c1! }] } },
      });
      const high = await action({ priority: 10, status: 'PLANNED', segmentId: segment.id });
      const low = await action({ priority: 0 });
      // c3 was in the control group of an earlier action: not a solicitation.
      const earlier = await action();
      await db.actionTarget.create({
        data: {
          actionId: earlier.id,
          contactId: c3!,
          targetedAt: new Date(at.getTime() - 2 * day),
          inControlGroup: true,
        },
      });

      const r = await runTargeting(sys, { actionId: low.id, contactIds: [c1!, c2!, c3!] });
      expect(r.excluded).toEqual([{ contactId: c1, reason: 'LOWER_PRIORITY', detail: high.code }]);
      expect(r.targeted).toBe(2);

      const won = await runTargeting(sys, { actionId: high.id, contactIds: [c1!, c2!] });
      expect(won.excluded).toEqual([
        { contactId: c2, reason: 'PRESSURE_CAP', detail: expect.stringContaining('1 of 1 in 30 days') },
      ]);
      expect([...won.targetIdsByContact.keys()]).toEqual([c1]);

      // Outside the window (31 days later) the slot is free again; the other brand's rule does not apply.
      const later = await runTargeting(
        systemContext(db, provider, 'job:targeting-test', { now: new Date(at.getTime() + 31 * day) }),
        { actionId: (await action()).id, contactIds: [c1!, c2!] },
      );
      expect(later.targeted).toBe(2);
    } finally {
      await db.pressureRule.delete({ where: { id: rule.id } });
    }
  });

  it("checks a caller's candidates' addresses under the action's purpose, whatever purpose the request declared", async () => {
    const [noEmail, withEmail] = [await contact({ email: null }), await contact()];
    for (const id of [noEmail, withEmail]) await h.consent(id, 'marketing');
    for (const purpose of [null, purposeIn(await loadPurposes(db), 'profiling')]) {
      const marketing: Context = {
        db,
        provider,
        now: at,
        purpose,
        loaders: { consent: createConsentLoader(db, purpose, at) },
        principal: {
          kind: 'staff',
          userId: h.users.MARKETING,
          role: 'MARKETING',
          brandIds: [h.brands.a],
          zoneIds: [h.zones.north],
        },
      };
      const r = await runTargeting(marketing, {
        actionId: (await action()).id,
        contactIds: [noEmail, withEmail],
        dryRun: true,
      });
      expect({ purpose: purpose?.code ?? null, targeted: r.targeted, excluded: r.excluded }).toEqual({
        purpose: purpose?.code ?? null,
        targeted: 1,
        excluded: [{ contactId: noEmail, reason: 'NO_CHANNEL_ADDRESS', detail: 'EMAIL' }],
      });
    }
  });

  it('names the winning action only to a caller who may see it', async () => {
    const rule = await db.pressureRule.create({ data: { brandId: null, maxSolicitations: 1, periodDays: 30 } });
    try {
      const [c1] = await consenting(1);
      const segment = await db.segment.create({
        data: { name: 'b-vip', kind: 'STATIC', criteria: { version: 1 }, members: { create: [{ contactId: c1! }] } },
      });
      const rival = await action({ priority: 50, status: 'PLANNED', segmentId: segment.id, brandId: h.brands.b });
      const marketing: Context = {
        db,
        provider,
        now: at,
        purpose: null,
        loaders: { consent: createConsentLoader(db, null, at) },
        principal: {
          kind: 'staff',
          userId: h.users.MARKETING,
          role: 'MARKETING',
          brandIds: [h.brands.a],
          zoneIds: [h.zones.north],
        },
      };
      const mine = await runTargeting(marketing, { actionId: (await action()).id, contactIds: [c1!], dryRun: true });
      expect(mine.excluded).toEqual([
        { contactId: c1, reason: 'LOWER_PRIORITY', detail: 'an action of another brand' },
      ]);
      const admin = await runTargeting(sys, { actionId: (await action()).id, contactIds: [c1!], dryRun: true });
      expect(admin.excluded).toEqual([{ contactId: c1, reason: 'LOWER_PRIORITY', detail: rival.code }]);
      await db.marketingAction.update({ where: { id: rival.id }, data: { status: 'CANCELLED' } });
    } finally {
      await db.pressureRule.delete({ where: { id: rule.id } });
    }
  });

  // PostgreSQL: two clients (two connection pools) at once. SQLite: one client, as one process uses it (better-sqlite3
  // is synchronous: a second connection in the same process would block the event loop in its busy wait).
  it('never exceeds a cap under concurrent runs', async () => {
    const rule = await db.pressureRule.create({
      data: { brandId: null, medium: 'EMAIL', maxSolicitations: 2, periodDays: 30 },
    });
    const other = provider === 'postgresql' ? createDb(h.t.target) : db;
    try {
      const ids = await consenting(12);
      const actions = await Promise.all(Array.from({ length: 8 }, () => action()));
      const clients = [db, other];
      const results = await Promise.all(
        actions.map((a, i) =>
          runTargeting(systemContext(clients[i % 2]!, provider, 'job:targeting-test', { now: at }), {
            actionId: a.id,
            contactIds: ids,
            controlGroupPercent: 0,
          }),
        ),
      );
      for (const id of ids) expect(await solicited(id)).toBe(2);
      expect(results.reduce((s, r) => s + r.targeted, 0)).toBe(24);
      expect(results.flatMap((r) => r.excluded).filter((e) => e.reason === 'PRESSURE_CAP')).toHaveLength(8 * 12 - 24);
    } finally {
      if (other !== db) await other.$disconnect();
      await db.pressureRule.delete({ where: { id: rule.id } });
    }
  });

  // SQLite across processes: the run's first statement (an INSERT) takes the database write lock, so a run in
  // another process waits (busy timeout) or retries, and the cap still holds.
  if (provider === 'sqlite')
    it('never exceeds a cap when another process targets the same contacts at once', async () => {
      const rule = await db.pressureRule.create({
        data: { brandId: null, medium: 'EMAIL', maxSolicitations: 2, periodDays: 30 },
      });
      try {
        const ids = await consenting(10);
        const actions = await Promise.all(Array.from({ length: 6 }, () => action()));
        const worker = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            path.join(import.meta.dirname, 'campaigns-targeting.worker.ts'),
            h.t.target.file!,
            at.toISOString(),
            ...actions.slice(3).map((a) => String(a.id)),
          ],
          {
            cwd: path.join(import.meta.dirname, '../../../../..'),
            env: { ...process.env, FIDELE_WORKER_CONTACTS: JSON.stringify(ids) },
            stdio: ['pipe', 'pipe', 'inherit'],
          },
        );
        const lines = createInterface({ input: worker.stdout! })[Symbol.asyncIterator]();
        expect((await lines.next()).value).toBe('ready');
        worker.stdin!.write('go\n');
        const mine = await Promise.all(
          actions
            .slice(0, 3)
            .map((a) => runTargeting(sys, { actionId: a.id, contactIds: ids, controlGroupPercent: 0 })),
        );
        const theirs = JSON.parse((await lines.next()).value as string) as number[];
        for (const id of ids) expect(await solicited(id)).toBe(2);
        expect([...mine.map((r) => r.targeted), ...theirs].reduce((s, n) => s + n, 0)).toBe(20);
      } finally {
        await db.pressureRule.delete({ where: { id: rule.id } });
      }
    });

  it('a dry run records the report but creates no target', async () => {
    const ids = await consenting(3);
    const a = await action();
    const r = await runTargeting(sys, { actionId: a.id, contactIds: ids, dryRun: true });
    expect(r.targeted).toBe(3);
    expect(r.targetIdsByContact.size).toBe(0);
    expect(await db.actionTarget.count({ where: { actionId: a.id } })).toBe(0);
    expect((await db.targetingRun.findUniqueOrThrow({ where: { id: r.runId } })).dryRun).toBe(true);
  });

  describe('bad input and rights', () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'OK',
        (e: { extensions?: { code?: string } }) => e.extensions?.code,
      );
    it('VALIDATION, NOT_FOUND; nothing written', async () => {
      const [c] = await consenting(1);
      const a = await action();
      const done = await action({ status: 'COMPLETED' });
      const runs = await db.targetingRun.count();
      expect(await codeOf(runTargeting(sys, { actionId: a.id }))).toBe('VALIDATION');
      expect(await codeOf(runTargeting(sys, { actionId: a.id, contactIds: [c!], segmentId: 1 }))).toBe('VALIDATION');
      expect(await codeOf(runTargeting(sys, { actionId: a.id, contactIds: [c!], controlGroupPercent: 101 }))).toBe(
        'VALIDATION',
      );
      expect(await codeOf(runTargeting(sys, { actionId: done.id, contactIds: [c!] }))).toBe('VALIDATION');
      expect(await codeOf(runTargeting(sys, { actionId: 999_999, contactIds: [c!] }))).toBe('NOT_FOUND');
      expect(await codeOf(runTargeting(sys, { actionId: a.id, contactIds: [999_999] }))).toBe('NOT_FOUND');
      expect(await codeOf(runTargeting(sys, { actionId: a.id, segmentId: 999_999 }))).toBe('NOT_FOUND');
      // A marketing user of brand A, north zone: a south contact is not found, an action of brand B neither.
      const marketing: Context = {
        db,
        provider,
        now: at,
        purpose: null,
        loaders: { consent: createConsentLoader(db, null, at) },
        principal: {
          kind: 'staff',
          userId: h.users.MARKETING,
          role: 'MARKETING',
          brandIds: [h.brands.a],
          zoneIds: [h.zones.north],
        },
      };
      const south = await contact({ zoneId: h.zones.south });
      const brandB = await action({ brandId: h.brands.b });
      expect(await codeOf(runTargeting(marketing, { actionId: a.id, contactIds: [south] }))).toBe('NOT_FOUND');
      expect(await codeOf(runTargeting(marketing, { actionId: brandB.id, contactIds: [c!] }))).toBe('NOT_FOUND');
      expect(await db.targetingRun.count()).toBe(runs);
      expect(await codeOf(runTargeting(marketing, { actionId: a.id, contactIds: [c!] }))).toBe('OK');
    });
  });

  it('property: a contact is targeted only if its consent covers the action purpose on the targeting day', async () => {
    type Status = 'GRANTED' | 'DENIED' | 'WITHDRAWN';
    const decision = fc.record({
      purpose: fc.constantFrom('marketing', 'newsletter', 'targeted_offers'),
      status: fc.constantFrom<Status>('GRANTED', 'DENIED', 'WITHDRAWN'),
      from: fc.integer({ min: -30, max: 10 }),
      length: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    });
    const parent: Record<string, string | undefined> = { newsletter: 'marketing', targeted_offers: 'marketing' };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(decision, { maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        async (histories) => {
          const a = await action();
          const ids: number[] = [];
          const expected = new Set<number>();
          for (const history of histories) {
            const id = await contact();
            ids.push(id);
            const last = new Map<string, (typeof history)[number]>();
            for (const d of history) {
              last.set(d.purpose, d);
              await h.consent(id, d.purpose, {
                status: d.status,
                from: new Date(at.getTime() + d.from * day),
                to: d.length === null ? null : new Date(at.getTime() + (d.from + d.length) * day),
              });
            }
            // Oracle: newsletter or its parent; a refusal in force refuses; else a grant in force allows.
            let granted = false;
            let refused = false;
            for (const p of ['newsletter', parent.newsletter!]) {
              const d = last.get(p);
              if (!d || d.from > 0 || (d.length !== null && d.from + d.length <= 0)) continue;
              if (d.status === 'GRANTED') granted = true;
              else refused = true;
            }
            if (granted && !refused) expected.add(id);
          }
          const r = await runTargeting(sys, { actionId: a.id, contactIds: ids });
          expect(new Set(r.targetIdsByContact.keys())).toEqual(expected);
          for (const e of r.excluded) expect(e.reason).toBe('NO_CONSENT');
        },
      ),
      { numRuns: 15 },
    );
  });
});
