/**
 * Channel coordination: an e-mail followed by a phone call to those who did not answer within 7 days. Only the
 * non-responders of the sending list are followed up, once the delay has passed for each, once, through the
 * targeting rules (consent, channel address); the link is validated (brand, cycle, dates, condition, delay).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sequencesJob } from '../sequences/sequence.job.js';
import { runSequences } from '../sequences/sequence.service.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { runJob } from '../../platform/jobs/scheduler.js';
import { systemContext } from '../../privacy/access/system.js';

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

describeEachDatabase('campaigns: follow-up sequences', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  const act: Record<string, number> = {};
  const names = () => Object.fromEntries(Object.entries(c).map(([n, id]) => [id, n]));

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    for (const n of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']) {
      c[n] = (
        await db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: n,
            email: `${n}@example.org`,
            phone: n === 'c5' ? null : '+33142000000',
            brandId: h.brands.a,
            zoneId: h.zones.north,
          },
        })
      ).id;
      if (n !== 'c6') await h.consent(c[n]!, 'marketing');
    }
    const action = async (code: string, medium: 'EMAIL' | 'TELEMARKETING', extra: Record<string, unknown> = {}) =>
      (act[code] = (
        await db.marketingAction.create({
          data: {
            code,
            name: code,
            objective: 'LOYALTY',
            medium,
            startDate: at('2026-06-01'),
            endDate: at('2026-12-31'),
            status: 'RUNNING',
            requiredPurposeId: h.purposes.marketing!,
            brandId: h.brands.a,
            responseChannels: { create: { channel: 'WEB' } },
            ...extra,
          },
        })
      ).id);
    await action('MAIL', 'EMAIL');
    await action('CALL', 'TELEMARKETING', {
      previousActionId: act.MAIL,
      followUpCondition: 'NO_RESPONSE',
      followUpDelayDays: 7,
    });
    await action('THANKS', 'EMAIL', {
      previousActionId: act.MAIL,
      followUpCondition: 'RESPONDED',
      followUpDelayDays: 0,
    });
    /*
     * The e-mail, targeted 06-01 (c4 on 06-05):
     * c1 answered 06-03; c2 did not; c3 did not but was in the control group (got nothing); c4 did not (targeted
     * 06-05: due 06-12); c5 did not, has no phone; c6 did not, gave no marketing consent (fixture row).
     */
    const target = (who: string, when: string, extra: Record<string, unknown> = {}) =>
      db.actionTarget.create({ data: { actionId: act.MAIL!, contactId: c[who]!, targetedAt: at(when), ...extra } });
    await target('c1', '2026-06-01', { respondedAt: at('2026-06-03'), responseChannel: 'WEB' });
    await target('c2', '2026-06-01');
    await target('c3', '2026-06-01', { inControlGroup: true });
    await target('c4', '2026-06-05');
    await target('c5', '2026-06-01');
    await target('c6', '2026-06-01');
  });
  afterAll(() => h?.drop());

  const outcome = async (code: string) => {
    const byId = names();
    const [targets, exclusions] = await Promise.all([
      h.t.db.actionTarget.findMany({ where: { actionId: act[code]! }, select: { contactId: true } }),
      h.t.db.targetingExclusion.findMany({
        where: { run: { actionId: act[code]!, dryRun: false } },
        select: { contactId: true, reason: true },
      }),
    ]);
    return [
      ...targets.map((t) => `${byId[t.contactId]} TARGETED`),
      ...exclusions.map((e) => `${byId[e.contactId]} ${e.reason}`),
    ].sort();
  };

  it('calls, after 7 days, only those who did not answer the e-mail, under the targeting rules', async () => {
    await runJob(sequencesJob, h.t.db, provider, at('2026-06-10'));
    expect(await outcome('CALL')).toEqual(['c2 TARGETED', 'c5 NO_CHANNEL_ADDRESS', 'c6 NO_CONSENT']);
    // The run is recorded as a SEQUENCE targeting at the job's instant.
    const t = await h.t.db.actionTarget.findFirstOrThrow({ where: { actionId: act.CALL!, contactId: c.c2! } });
    expect(t.targetedAt.toISOString()).toBe('2026-06-10T09:00:00.000Z');
    // RESPONDED with no delay: the thank-you goes to c1 only.
    expect(await outcome('THANKS')).toEqual(['c1 TARGETED']);
  });

  it('follows up each contact once: nothing new the same day, c4 once its own delay has passed', async () => {
    const before = await outcome('CALL');
    await runJob(sequencesJob, h.t.db, provider, at('2026-06-11'));
    expect(await outcome('CALL')).toEqual(before);
    await runJob(sequencesJob, h.t.db, provider, at('2026-06-13'));
    expect(await outcome('CALL')).toEqual(['c2 TARGETED', 'c4 TARGETED', 'c5 NO_CHANNEL_ADDRESS', 'c6 NO_CONSENT']);
  });

  it('two runs at once target a newly due contact once', async () => {
    await h.t.db.actionTarget.create({ data: { actionId: act.MAIL!, contactId: c.c7!, targetedAt: at('2026-06-10') } });
    await Promise.all([
      runSequences(systemContext(h.t.db, provider, 'job:sequences', { now: at('2026-06-20') })),
      runSequences(systemContext(h.t.db, provider, 'job:sequences', { now: at('2026-06-20') })),
    ]);
    expect(await h.t.db.actionTarget.count({ where: { actionId: act.CALL!, contactId: c.c7! } })).toBe(1);
    expect((await outcome('CALL')).filter((o) => o.startsWith('c7'))).toContain('c7 TARGETED');
    expect(await h.t.db.actionTarget.count({ where: { actionId: act.CALL! } })).toBe(3);
  });

  it('shows the link on both actions and validates it', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on MarketingAction { code followUpCondition followUpDelayDays attributionWindowDays previousAction { code } followUps { code } } } }`;
    const mail = await h.as('MARKETING')(q, { id: gid('MarketingAction', act.MAIL!) });
    expect(mail.data.node).toEqual({
      code: 'MAIL',
      followUpCondition: null,
      followUpDelayDays: null,
      attributionWindowDays: 30,
      previousAction: null,
      followUps: [{ code: 'CALL' }, { code: 'THANKS' }],
    });
    const call = await h.as('MARKETING')(q, { id: gid('MarketingAction', act.CALL!) });
    expect(call.data.node).toMatchObject({
      followUpCondition: 'NO_RESPONSE',
      followUpDelayDays: 7,
      previousAction: { code: 'MAIL' },
    });

    const create = `mutation($i: MarketingActionInput!) { createMarketingAction(input: $i) { code previousAction { code } followUpCondition followUpDelayDays attributionWindowDays } }`;
    const base = {
      code: 'SMS1',
      name: 'SMS',
      objective: 'LOYALTY',
      medium: 'SMS',
      startDate: '2026-06-02T00:00:00Z',
      endDate: '2026-07-01T00:00:00Z',
      requiredPurpose: 'marketing',
      brand: gid('Brand', h.brands.a),
    };
    const ok = await h.as('MARKETING')(create, {
      i: {
        ...base,
        previousAction: gid('MarketingAction', act.CALL!),
        followUpCondition: 'ALL',
        followUpDelayDays: 3,
        attributionWindowDays: 14,
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createMarketingAction).toEqual({
      code: 'SMS1',
      previousAction: { code: 'CALL' },
      followUpCondition: 'ALL',
      followUpDelayDays: 3,
      attributionWindowDays: 14,
    });

    const problems = async (role: 'MARKETING' | 'ADMIN', i: object) => {
      const res = await h.as(role)(create, { i: { ...base, code: 'BAD', ...i } });
      expect(res.errors?.[0]?.extensions.code).toBe('VALIDATION');
      return res.errors![0]!.extensions.fields!.map((f) => `${f.path.join('.')}: ${f.message}`);
    };
    expect(await problems('MARKETING', { previousAction: gid('MarketingAction', act.MAIL!) })).toEqual([
      'input.followUpCondition: required with previousAction',
      'input.followUpDelayDays: required with previousAction',
    ]);
    expect(
      await problems('MARKETING', {
        previousAction: gid('MarketingAction', act.MAIL!),
        followUpCondition: 'ALL',
        followUpDelayDays: -1,
        startDate: '2026-05-01T00:00:00Z',
        attributionWindowDays: 0,
      }),
    ).toEqual([
      'input.attributionWindowDays: an integer from 1 to 3650',
      'input.followUpDelayDays: an integer from 0 to 365',
      'input.previousAction: a follow-up cannot start before the previous action',
    ]);
    expect(
      await problems('ADMIN', {
        brand: gid('Brand', h.brands.b),
        previousAction: gid('MarketingAction', act.MAIL!),
        followUpCondition: 'ALL',
        followUpDelayDays: 1,
      }),
    ).toEqual(['input.previousAction: a follow-up is of the same brand as the previous action']);
    expect(await problems('MARKETING', { followUpCondition: 'ALL' })).toEqual([
      'input.followUpCondition: only with previousAction',
    ]);

    // MAIL -> CALL -> SMS1: making MAIL follow SMS1 up would close a cycle.
    const version = (await h.t.db.marketingAction.findUniqueOrThrow({ where: { id: act.MAIL! } })).version;
    const cycle = await h.as('MARKETING')(
      `mutation($id: ID!, $v: Int!, $i: MarketingActionPatch!) { updateMarketingAction(id: $id, version: $v, input: $i) { code } }`,
      {
        id: gid('MarketingAction', act.MAIL!),
        v: version,
        i: {
          previousAction:
            ok.data &&
            gid('MarketingAction', (await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'SMS1' } })).id),
          followUpCondition: 'ALL',
          followUpDelayDays: 1,
          startDate: '2026-06-03T00:00:00Z',
        },
      },
    );
    expect(cycle.errors?.[0]?.extensions.fields).toEqual([
      {
        path: ['input', 'previousAction'],
        code: 'FOLLOW_UP_CYCLE',
        params: {},
        message: 'this link would make a cycle of follow-ups',
      },
    ]);
    // Unlinking clears the three fields.
    const sms = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'SMS1' } });
    const unlink = await h.as('MARKETING')(
      `mutation($id: ID!, $v: Int!) { updateMarketingAction(id: $id, version: $v, input: { previousAction: null }) { previousAction { code } followUpCondition followUpDelayDays } }`,
      { id: gid('MarketingAction', sms.id), v: sms.version },
    );
    expect(unlink.data.updateMarketingAction).toEqual({
      previousAction: null,
      followUpCondition: null,
      followUpDelayDays: null,
    });
  });
  it('runFollowUps: a dry run reports the due contact and writes nothing, then the run targets it; roles and ids checked', async () => {
    const db = h.t.db;
    const c8 = await db.contact.create({
      data: {
        kind: 'CLIENT',
        lastName: 'c8',
        email: 'c8@example.org',
        phone: '+33142000000',
        brandId: h.brands.a,
        zoneId: h.zones.north,
      },
    });
    await h.consent(c8.id, 'marketing');
    await db.actionTarget.create({ data: { actionId: act.MAIL!, contactId: c8.id, targetedAt: at('2026-06-01') } });
    const m = `mutation($dry: Boolean, $a: [ID!]) { runFollowUps(dryRun: $dry, actions: $a) { action previousAction due targeted control excluded { reason count } error } }`;
    const call = gid('MarketingAction', act.CALL!);
    // Evaluated at the server's clock (after 2026-06-08): c8's call is due.
    const dry = await h.as('MARKETING')(m, { dry: true, a: [call] });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.runFollowUps).toEqual([
      {
        action: call,
        previousAction: gid('MarketingAction', act.MAIL!),
        due: 1,
        targeted: 1,
        control: 0,
        excluded: [],
        error: null,
      },
    ]);
    expect(await db.actionTarget.count({ where: { actionId: act.CALL!, contactId: c8.id } })).toBe(0);
    const real = await h.as('MARKETING')(m, { dry: false, a: [call] });
    expect(real.data.runFollowUps[0]).toMatchObject({ due: 1, targeted: 1 });
    expect(await db.actionTarget.count({ where: { actionId: act.CALL!, contactId: c8.id } })).toBe(1);
    expect((await h.as('MARKETING')(m, { dry: false, a: [call] })).data.runFollowUps[0]).toMatchObject({
      due: 0,
      targeted: 0,
    });
    expect((await h.as('ANALYST')(m, { dry: true })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await h.as('MARKETING')(m, { dry: true, a: [gid('MarketingAction', 999_999)] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: ['actions', '0'] }] });
  });
});
