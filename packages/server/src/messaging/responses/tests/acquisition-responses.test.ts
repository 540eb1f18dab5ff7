import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../platform/http/start-server.js';
import { createApiHarness, gid, type ApiHarness } from '../../../testing/api.js';
import { describeEachDatabase } from '../../../testing/databases.js';

/**
 * Acquisition responses (issue 20) over HTTP and GraphQL, on both databases: the hosted form (consent unticked,
 * FR/EN), an untargeted reader created as a prospect with the consent's proof and the action as source, a known
 * reader matched by the duplicate rules, a coupon keyed in by staff, the same public answer either way, and the
 * action's metrics counting the responses apart from targets (hand-computed below).
 */
const comparison = `query { actionComparison { actions { action { code } cost targeted responses responseRate
  conversions costPerResponse costPerConversion untargetedResponses untargetedConversions untargetedConversionRate
  untargetedRevenue channels { channel responses } } totals { targeted responses untargetedResponses } } }`;

describeEachDatabase('acquisition responses', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  const a: Record<string, number> = {};
  const c: Record<string, number> = {};
  const T0 = new Date('2026-01-01T00:00:00Z');

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const action = async (code: string, data: Record<string, unknown>) =>
      (a[code] = (
        await h.t.db.marketingAction.create({
          data: {
            code,
            name: `Action ${code}`,
            objective: 'ACQUISITION',
            medium: 'PRESS',
            brandId: h.brands.a,
            requiredPurposeId: h.purposes.marketing!,
            status: 'RUNNING',
            startDate: T0,
            endDate: new Date('2030-01-01'),
            responseChannels: { create: [{ channel: 'MAIL_COUPON' }, { channel: 'WEB' }] },
            ...data,
          } as any,
        })
      ).id);
    await action('PRESS-1', { cost: '900.00', publicResponses: true });
    await action('CLOSED-1', { cost: '100.00' }); // publicResponses false
    c.marie = (
      await h.t.db.contact.create({
        data: {
          kind: 'CLIENT',
          brandId: h.brands.a,
          zoneId: h.zones.north,
          firstName: 'Marie',
          lastName: 'Dupont',
          email: 'marie.dupont@example.fr',
          postalCode: '75001',
          city: 'Paris',
        },
      })
    ).id;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  const post = (path: string, body: string, type = 'application/x-www-form-urlencoded') =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': type, 'user-agent': 'Reader/1.0', 'accept-language': 'fr' },
      body,
    });

  it('serves the form with the consent unticked, in French or English; a closed action answers like an unknown code', async () => {
    const fr = await fetch(`${server.url}/respond/PRESS-1`, { headers: { 'accept-language': 'fr-FR' } });
    expect(fr.status).toBe(200);
    const html = await fr.text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain('name="consent"');
    expect(html).not.toMatch(/checked/);
    expect(html).toContain('value="PRESS-1"');
    const en = await (await fetch(`${server.url}/respond/PRESS-1?lang=en`)).text();
    expect(en).toContain('I agree to be contacted');
    const closed = await fetch(`${server.url}/respond/CLOSED-1`);
    const unknown = await fetch(`${server.url}/respond/NOPE`);
    expect([closed.status, unknown.status]).toEqual([404, 404]);
    expect(await closed.text()).toBe(await unknown.text());
    const json = await post(
      '/respond',
      JSON.stringify({ code: 'CLOSED-1', lastName: 'X', email: 'x@x.fr' }),
      'application/json',
    );
    expect(json.status).toBe(404);
    expect((await json.json()).error.code).toBe('NOT_FOUND');
  });

  it('an unknown reader becomes a prospect with the consent, its proof and the action as source; an untargeted response', async () => {
    const form =
      'firstName=Paul&lastName=Martin&email=Paul.Martin%40example.fr&postalCode=75002&consent=yes&code=PRESS-1';
    const res = await post('/respond/PRESS-1', form);
    expect(res.status).toBe(201);
    const thanks = await res.text();
    const paul = await h.t.db.contact.findFirstOrThrow({ where: { email: 'paul.martin@example.fr' } });
    c.paul = paul.id;
    expect(paul).toMatchObject({ kind: 'PROSPECT', sourceActionId: a['PRESS-1'], brandId: h.brands.a });
    const consent = await h.t.db.consentEvent.findFirstOrThrow({ where: { contactId: paul.id } });
    expect(consent).toMatchObject({ status: 'GRANTED', source: 'RESPONSE_FORM', purposeId: h.purposes.marketing });
    expect(consent.proof).toMatch(/PRESS-1/);
    expect(consent.proof).toMatch(/Reader\/1\.0/);
    const row = await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: paul.id } });
    expect(row).toMatchObject({ actionId: a['PRESS-1'], untargeted: true, responseChannel: 'WEB' });
    expect(row.respondedAt!.getTime()).toBe(row.targetedAt.getTime());

    // A known reader (same person, e-mail typed in capitals): matched, not created; the page is the same.
    const before = await h.t.db.contact.count();
    const known = await post(
      '/respond/PRESS-1',
      'firstName=marie&lastName=DUPONT&email=MARIE.DUPONT%40example.fr&postalCode=75001&code=PRESS-1',
    );
    expect(known.status).toBe(201);
    expect(await known.text()).toBe(thanks);
    expect(await h.t.db.contact.count()).toBe(before);
    expect(await h.t.db.actionTarget.count({ where: { contactId: c.marie, untargeted: true } })).toBe(1);
    // Not ticked: no consent recorded for her.
    expect(await h.t.db.consentEvent.count({ where: { contactId: c.marie } })).toBe(0);

    // A second submission changes nothing and answers the same.
    const again = await post('/respond/PRESS-1', form);
    expect([again.status, await again.text()]).toEqual([201, thanks]);
    expect(await h.t.db.actionTarget.count({ where: { actionId: a['PRESS-1'] } })).toBe(2);
  });

  it('the JSON endpoint answers the same for a known and an unknown person, and checks its input', async () => {
    const send = (body: unknown) => post('/respond', JSON.stringify(body), 'application/json');
    const knownRes = await send({
      code: 'PRESS-1',
      firstName: 'Marie',
      lastName: 'Dupont',
      email: 'marie.dupont@example.fr',
    });
    const newRes = await send({
      code: 'PRESS-1',
      firstName: 'Léa',
      lastName: 'Bernard',
      email: 'lea.bernard@example.fr',
      postalCode: '69001',
      consents: ['marketing'],
      channel: 'MAIL_COUPON',
    });
    expect([knownRes.status, newRes.status]).toEqual([201, 201]);
    expect(await knownRes.text()).toBe(await newRes.text());
    c.lea = (await h.t.db.contact.findFirstOrThrow({ where: { email: 'lea.bernard@example.fr' } })).id;
    const bad = await send({ code: 'PRESS-1', lastName: '', email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('VALIDATION');
    const foreign = await send({ code: 'PRESS-1', lastName: 'Roux', email: 'r@example.fr', consents: ['profiling'] });
    expect((await foreign.json()).error.code).toBe('VALIDATION');
    const huge = await send({ code: 'PRESS-1', lastName: 'x'.repeat(20_000), email: 'h@example.fr' });
    expect(huge.status).toBe(400); // bounded body: refused before any work
    expect((await huge.json()).error.fields[0].message).toBe('too large');
  });

  it('staff key in a coupon through the same service (recordCouponResponse)', async () => {
    const r = await h.as('MARKETING')(
      `mutation($a: ID!) { recordCouponResponse(action: $a, firstName: "Jean", lastName: "Petit", email: "jean.petit@example.fr", postalCode: "75003", consent: true) {
        untargeted responseChannel contact { kind sourceAction { code } } } }`,
      { a: gid('MarketingAction', a['PRESS-1']!) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.recordCouponResponse).toEqual({
      untargeted: true,
      responseChannel: 'MAIL_COUPON',
      contact: { kind: 'PROSPECT', sourceAction: { code: 'PRESS-1' } },
    });
    c.jean = (await h.t.db.contact.findFirstOrThrow({ where: { email: 'jean.petit@example.fr' } })).id;
  });

  it('the metrics count the responses of an action without targets; a conversion counts for it', async () => {
    // Paul buys 50 € ten days after his response and the sale converts his row: 1 conversion, revenue 50.
    const row = await h.t.db.actionTarget.findFirstOrThrow({ where: { contactId: c.paul } });
    const sale = await h.t.db.sale.create({
      data: {
        contactId: c.paul!,
        brandId: h.brands.a,
        saleDate: new Date(row.respondedAt!.getTime() + 10 * 86_400_000),
        channel: 'WEB',
        total: '50.00',
      },
    });
    await h.t.db.actionTarget.update({ where: { id: row.id }, data: { conversionSaleId: sale.id } });
    const r = await h.as('ANALYST')(comparison);
    expect(r.errors).toBeUndefined();
    const press = r.data.actionComparison.actions.find((x: any) => x.action.code === 'PRESS-1');
    // Paul (WEB), Marie (WEB), Léa (MAIL_COUPON), Jean (MAIL_COUPON): 4 responses, no target; cost 900:
    // 900 / 4 = 225 per response, 900 / 1 per conversion; 1 of 4 responders bought.
    expect(press).toEqual({
      action: { code: 'PRESS-1' },
      cost: 900,
      targeted: 0,
      responses: 4,
      responseRate: null,
      conversions: 1,
      costPerResponse: 225,
      costPerConversion: 900,
      untargetedResponses: 4,
      untargetedConversions: 1,
      untargetedConversionRate: 0.25,
      untargetedRevenue: 50,
      channels: [
        { channel: 'MAIL_COUPON', responses: 2 },
        { channel: 'WEB', responses: 2 },
      ],
    });
    expect(r.data.actionComparison.totals).toMatchObject({ targeted: 0, responses: 4, untargetedResponses: 4 });
  });

  it("an untargeted response never changes a targeted action's targets, rates or control group", async () => {
    // MIX: Marie targeted and responded, Paul held out (control), Léa answers a coupon without being targeted.
    await h.t.db.marketingAction.create({
      data: {
        code: 'MIX-1',
        name: 'Mixed',
        objective: 'LOYALTY',
        medium: 'MAILING',
        brandId: h.brands.a,
        requiredPurposeId: h.purposes.marketing!,
        status: 'RUNNING',
        publicResponses: true,
        startDate: T0,
        endDate: new Date('2030-01-01'),
        cost: '100.00',
        responseChannels: { create: [{ channel: 'MAIL_COUPON' }] },
        targets: {
          create: [
            {
              contactId: c.marie!,
              targetedAt: T0,
              respondedAt: new Date('2026-01-05'),
              responseChannel: 'MAIL_COUPON',
            },
            { contactId: c.paul!, targetedAt: T0, inControlGroup: true },
          ],
        },
      },
    });
    const res = await post(
      '/respond',
      JSON.stringify({
        code: 'MIX-1',
        firstName: 'Léa',
        lastName: 'Bernard',
        email: 'lea.bernard@example.fr',
        channel: 'MAIL_COUPON',
      }),
      'application/json',
    );
    expect(res.status).toBe(201);
    const r = await h.as(
      'ANALYST',
    )(`query { actionComparison { actions { action { code } targeted responses responseRate
      controlTargeted responseUplift costPerResponse untargetedResponses } } }`);
    const mix = r.data.actionComparison.actions.find((x: any) => x.action.code === 'MIX-1');
    // 1 treated target who responded: rate 1; 1 held out without response: uplift 1 − 0; 100 € / 1 response.
    expect(mix).toEqual({
      action: { code: 'MIX-1' },
      targeted: 1,
      responses: 1,
      responseRate: 1,
      controlTargeted: 1,
      responseUplift: 1,
      costPerResponse: 100,
      untargetedResponses: 1,
    });
  });
});
