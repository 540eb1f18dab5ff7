import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * Targeting through the API: an action targeted from a segment with a control group, the run report (counts by
 * reason, exclusions with their contacts), the sending list without the control group, the control group kept for
 * the uplift of actionPerformance, pressure rules (CRUD, rights, caps) and the priority rule, channel opt-outs,
 * rights and bad input.
 */
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const fieldPaths = (r: { errors?: { extensions: { fields?: { path: string[] }[] } }[] }) =>
  r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort();

const target = `mutation($i: TargetActionInput!) { targetAction(input: $i) {
  id dryRun candidateCount targetedCount controlCount excludedCount controlGroupPercent randomSeed
  exclusionCounts { reason count }
  exclusions(first: 50) { totalCount edges { node { reason detail detailParams { name value } contact { id } } } }
  targets(first: 100) { totalCount edges { node { inControlGroup contact { id } } } }
} }`;

describeEachDatabase('campaigns API', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  let segment: string;
  const action = async (code: string, extra: Record<string, unknown> = {}) =>
    gid(
      'MarketingAction',
      (
        await h.t.db.marketingAction.create({
          data: {
            code,
            name: code,
            objective: 'LOYALTY',
            medium: 'EMAIL',
            brandId: h.brands.a,
            requiredPurposeId: h.purposes.newsletter!,
            status: 'RUNNING',
            startDate: new Date('2026-01-01'),
            endDate: new Date('2027-12-31'),
            responseChannels: { create: [{ channel: 'WEB' }] },
            ...extra,
          },
        })
      ).id,
    );
  const byName = (id: string) => Object.entries(c).find(([, v]) => gid('Contact', v) === id)?.[0];

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    // 8 consenting contacts with an e-mail (m0..m7), one without consent, one without e-mail, one that will opt out,
    // one in the south zone (outside the marketing user's rights).
    for (let i = 0; i < 8; i++)
      c[`m${i}`] = (
        await db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: `m${i}`,
            email: `m${i}@x.test`,
            brandId: h.brands.a,
            zoneId: h.zones.north,
          },
        })
      ).id;
    c.noConsent = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'nc', email: 'nc@x.test', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    c.noEmail = (
      await db.contact.create({ data: { kind: 'CLIENT', lastName: 'ne', brandId: h.brands.a, zoneId: h.zones.north } })
    ).id;
    c.optOut = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'oo', email: 'oo@x.test', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    c.south = (
      await db.contact.create({
        data: { kind: 'CLIENT', lastName: 'so', email: 'so@x.test', brandId: h.brands.a, zoneId: h.zones.south },
      })
    ).id;
    for (const [name, id] of Object.entries(c)) if (name !== 'noConsent') await h.consent(id, 'marketing');
    const s = await h.as(
      'ADMIN',
      'marketing',
    )(`mutation { createSegment(input: { name: "all A", criteria: { contact: { kind: [CLIENT] } } }) { id } }`);
    segment = s.data.createSegment.id;
  });
  afterAll(() => h?.drop());

  it('targets from a segment: report by reason, control group out of the sending list and kept for uplift', async () => {
    const optOut = await h.as('SUPPORT')(
      `mutation($c: ID!) { setChannelOptOut(contactId: $c, medium: EMAIL, source: PHONE) { medium optedOut source } }`,
      { c: gid('Contact', c.optOut!) },
    );
    expect(optOut.data.setChannelOptOut).toEqual({ medium: 'EMAIL', optedOut: true, source: 'PHONE' });
    const a = await action('SPRING');
    const r = await h.as('MARKETING')(target, { i: { action: a, segment, controlGroupPercent: 25, randomSeed: 7 } });
    expect(r.errors).toBeUndefined();
    const run = r.data.targetAction;
    // The marketing user sees 11 contacts of the segment (not the south one): 8 reachable, 2 of them held out.
    expect(run).toMatchObject({
      dryRun: false,
      candidateCount: 11,
      targetedCount: 6,
      controlCount: 2,
      excludedCount: 3,
      controlGroupPercent: 25,
      randomSeed: 7,
    });
    expect(run.exclusionCounts).toEqual([
      { reason: 'NO_CONSENT', count: 1 },
      { reason: 'CHANNEL_OPT_OUT', count: 1 },
      { reason: 'NO_CHANNEL_ADDRESS', count: 1 },
    ]);
    expect(
      Object.fromEntries(run.exclusions.edges.map((e: any) => [byName(e.node.contact.id), e.node.reason])),
    ).toEqual({
      noConsent: 'NO_CONSENT',
      optOut: 'CHANNEL_OPT_OUT',
      noEmail: 'NO_CHANNEL_ADDRESS',
    });
    const held = run.targets.edges
      .filter((e: any) => e.node.inControlGroup)
      .map((e: any) => e.node.contact.id)
      .sort();

    const list = await h.as('MARKETING')(
      `query($a: ID!) { sendingList(actionId: $a, first: 100) { totalCount edges { node { inControlGroup contact { id } } } } }`,
      { a },
    );
    expect(list.data.sendingList.totalCount).toBe(6);
    const sending = list.data.sendingList.edges.map((e: any) => e.node.contact.id);
    expect(sending.some((id: string) => held.includes(id))).toBe(false);
    expect([...sending, ...held].map(byName).sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);

    const perf = await h.as('ANALYST')(
      `query($a: ID!) { actionPerformance(action: $a) { targeted controlTargeted } }`,
      { a },
    );
    expect(perf.data.actionPerformance).toEqual({ targeted: 6, controlTargeted: 2 });

    const runs = await h.as('MARKETING')(
      `query($a: ID!) { node(id: $a) { ... on MarketingAction { priority targetingRuns(first: 5) { totalCount edges { node { id targetedCount } } } } } }`,
      { a },
    );
    expect(runs.data.node).toEqual({
      priority: 0,
      targetingRuns: { totalCount: 1, edges: [{ node: { id: run.id, targetedCount: 6 } }] },
    });

    // The same seed over the same candidates holds out the same contacts (a dry run shows it without targeting).
    const b = await action('SPRING-BIS');
    const dry = await h.as('MARKETING')(target, {
      i: { action: b, segment, controlGroupPercent: 25, randomSeed: 7, dryRun: true },
    });
    expect(dry.data.targetAction).toMatchObject({
      dryRun: true,
      targetedCount: 6,
      controlCount: 2,
      targets: { totalCount: 0 },
    });
  });

  it('pressure rules: who may write them, and the cap and priority they impose', async () => {
    const create = `mutation($i: PressureRuleInput!) { createPressureRule(input: $i) { id version brand { id } medium maxSolicitations periodDays active } }`;
    const allBrands = await h.as('MARKETING')(create, { i: { maxSolicitations: 1, periodDays: 30 } });
    expect(codes(allBrands)).toEqual(['VALIDATION']);
    expect(fieldPaths(allBrands)).toEqual(['input.brand']);
    expect(
      fieldPaths(
        await h.as('MARKETING')(create, { i: { brand: gid('Brand', h.brands.a), maxSolicitations: 0, periodDays: 0 } }),
      ),
    ).toEqual(['input.maxSolicitations', 'input.periodDays']);
    expect(codes(await h.as('ANALYST')(`{ pressureRules { id } }`))).toEqual(['FORBIDDEN']);
    const rule = await h.as('MARKETING')(create, {
      i: { brand: gid('Brand', h.brands.a), maxSolicitations: 1, periodDays: 30 },
    });
    expect(rule.data.createPressureRule).toMatchObject({
      version: 1,
      medium: null,
      maxSolicitations: 1,
      periodDays: 30,
      active: true,
    });
    const ruleId = rule.data.createPressureRule.id;
    const update = `mutation($id: ID!, $v: Int!, $i: PressureRuleInput!) { updatePressureRule(id: $id, version: $v, input: $i) { version maxSolicitations } }`;
    const i = { brand: gid('Brand', h.brands.a), maxSolicitations: 1, periodDays: 60 };
    expect((await h.as('MARKETING')(update, { id: ruleId, v: 1, i })).data.updatePressureRule).toEqual({
      version: 2,
      maxSolicitations: 1,
    });
    expect(codes(await h.as('MARKETING')(update, { id: ruleId, v: 1, i }))).toEqual(['CONFLICT']);

    // A higher-priority action planned for the segment reserves the contacts' only slot; those already solicited
    // by SPRING are capped; those SPRING held out in its control group are free for the winner.
    const high = await action('VIP', { status: 'PLANNED' });
    const set = await h.as('MARKETING')(
      `mutation($id: ID!, $s: ID) { updateActionTargeting(id: $id, version: 1, input: { priority: 5, segment: $s }) { priority segment { id } version } }`,
      { id: high, s: segment },
    );
    expect(set.data.updateActionTargeting).toEqual({ priority: 5, segment: { id: segment }, version: 2 });
    const low = await action('LOW');
    const r = await h.as('MARKETING')(target, { i: { action: low, segment, controlGroupPercent: 0 } });
    const reasons = r.data.targetAction.exclusionCounts;
    expect(reasons).toEqual(
      expect.arrayContaining([
        { reason: 'PRESSURE_CAP', count: 6 },
        { reason: 'LOWER_PRIORITY', count: 2 },
      ]),
    );
    expect(r.data.targetAction.exclusions.edges.find((e: any) => e.node.reason === 'LOWER_PRIORITY').node.detail).toBe(
      'VIP',
    );
    // The detail's parameters, for the admin to write it in the reader's language (kernel/message-codes.ts).
    const nodeOf = (reason: string) =>
      r.data.targetAction.exclusions.edges.find((e: any) => e.node.reason === reason).node;
    expect(nodeOf('LOWER_PRIORITY').detailParams).toEqual([{ name: 'actions', value: 'VIP' }]);
    expect(nodeOf('PRESSURE_CAP').detailParams).toEqual([
      { name: 'rule', value: expect.stringMatching(/^\d+$/) },
      { name: 'count', value: '1' },
      { name: 'max', value: '1' },
      { name: 'days', value: '60' },
    ]);
    expect(r.data.targetAction.targetedCount).toBe(0);
    const won = await h.as('MARKETING')(target, { i: { action: high, segment, controlGroupPercent: 0 } });
    expect(won.data.targetAction).toMatchObject({ targetedCount: 2 });

    expect(
      codes(await h.as('MARKETING')(`mutation($id: ID!) { deletePressureRule(id: $id, version: 1) }`, { id: ruleId })),
    ).toEqual(['CONFLICT']);
    expect(
      (await h.as('MARKETING')(`mutation($id: ID!) { deletePressureRule(id: $id, version: 2) }`, { id: ruleId })).data
        .deletePressureRule,
    ).toBe(ruleId);
  });

  it('targetContacts (an explicit list) applies the channel and pressure rules of targetAction, and says why', async () => {
    // Was: a list bypassed them, so the admin's bulk button targeted a contact who had opted out of e-mail, one
    // without an address, and one already at the pressure cap (SPRING sent to it above).
    const sent = await h.t.db.actionTarget.findFirstOrThrow({
      where: { action: { code: 'SPRING' }, inControlGroup: false },
      select: { contactId: true },
    });
    const capped = byName(gid('Contact', sent.contactId));
    const rule = await h.t.db.pressureRule.create({
      data: { brandId: h.brands.a, maxSolicitations: 1, periodDays: 30 },
    });
    const a = await action('LIST');
    const r = await h.as('MARKETING')(
      `mutation($a: ID!, $c: [ID!]!) { targetContacts(actionId: $a, contactIds: $c) {
        created { id } alreadyTargeted { id } excluded { reason detail contact { id } } } }`,
      { a, c: [gid('Contact', c.noEmail!), gid('Contact', c.optOut!), gid('Contact', sent.contactId)] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.targetContacts.created).toEqual([]);
    expect(
      Object.fromEntries(r.data.targetContacts.excluded.map((e: any) => [byName(e.contact.id), e.reason])),
    ).toEqual({ noEmail: 'NO_CHANNEL_ADDRESS', optOut: 'CHANNEL_OPT_OUT', [capped!]: 'PRESSURE_CAP' });
    const runs = await h.as('MARKETING')(
      `query($a: ID!) { node(id: $a) { ... on MarketingAction { targetingRuns(first: 5) { edges { node { candidateCount targetedCount excludedCount } } } } } }`,
      { a },
    );
    expect(runs.data.node.targetingRuns.edges).toEqual([
      { node: { candidateCount: 3, targetedCount: 0, excludedCount: 3 } },
    ]);
    expect(await h.t.db.actionTarget.count({ where: { action: { code: 'LIST' } } })).toBe(0);
    await h.t.db.pressureRule.delete({ where: { id: rule.id } });
  });

  it('rights and bad input: nothing written', async () => {
    const a = await action('BAD');
    const runs = await h.t.db.targetingRun.count();
    const both = await h.as('MARKETING')(target, { i: { action: a, segment, contacts: [gid('Contact', c.m0!)] } });
    expect(codes(both)).toEqual(['VALIDATION']);
    expect(codes(await h.as('MARKETING')(target, { i: { action: a, contacts: [gid('Contact', c.south!)] } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await h.as('MARKETING')(target, { i: { action: a, segment, controlGroupPercent: 101 } }))).toEqual([
      'VALIDATION',
    ]);
    expect(codes(await h.as('MARKETING')(target, { i: { action: gid('Segment', 1), segment } }))).toEqual([
      'VALIDATION',
    ]);
    const brandB = await action('B', { brandId: h.brands.b });
    expect(codes(await h.as('MARKETING')(target, { i: { action: brandB, segment } }))).toEqual(['NOT_FOUND']);
    for (const role of ['SALES', 'SUPPORT', 'ANALYST'] as const)
      expect(codes(await h.as(role)(target, { i: { action: a, segment } }))).toEqual(['FORBIDDEN']);
    expect(
      codes(await h.as('SALES')(`query($a: ID!) { sendingList(actionId: $a, first: 1) { totalCount } }`, { a })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await h.as('MARKETING')(
          `mutation($c: ID!) { setChannelOptOut(contactId: $c, medium: SMS, source: PHONE) { medium } }`,
          { c: gid('Contact', c.south!) },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await h.t.db.targetingRun.count()).toBe(runs);
  });
});
