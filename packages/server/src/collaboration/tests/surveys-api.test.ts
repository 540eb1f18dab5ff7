import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const questions = [
  { type: 'RATING', label: 'How satisfied are you?' },
  { type: 'NPS', label: 'Would you recommend us?' },
  { type: 'CHOICE', label: 'Preferred channel', options: ['Store', 'Web', 'Phone'] },
  { type: 'TEXT', label: 'Anything to add?', required: false },
];

const create = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id version status questions { id position type scaleMax options required } } }`;
const update = `mutation($id: ID!, $version: Int!, $input: SurveyPatch!) { updateSurvey(id: $id, version: $version, input: $input) { id version name } }`;
const send = `mutation($id: ID!, $version: Int!, $to: SurveyRecipients!) {
  sendSurvey(id: $id, version: $version, to: $to) { invited alreadyInvited excludedWithoutConsent notFound survey { status version sentAt } } }`;
const results = `query($survey: ID!, $segment: ID) { surveyResults(survey: $survey, segment: $segment) {
  invitationCount responseCount responseRate satisfaction nps { score promoters passives detractors total }
  questions { position type answerCount meanRating satisfaction nps { score } distribution { value count } } } }`;

describeEachDatabase('surveys', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  const c: Record<string, number> = {};
  let survey: { id: string; version: number; questions: { id: string }[] };

  beforeAll(async () => {
    // The figures here are checked by hand on groups of 2 to 5; small-group suppression: surveys-small-groups.test.ts.
    process.env.FIDELE_MIN_GROUP_SIZE = '1';
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    const mk = async (name: string, brandId = h.brands.a) =>
      (await h.t.db.contact.create({ data: { kind: 'CLIENT', brandId, zoneId: h.zones.north, lastName: name } })).id;
    for (const n of ['ok1', 'ok2', 'ok3', 'ok4', 'ok5']) {
      c[n] = await mk(n);
      await h.consent(c[n]!, 'marketing');
    }
    c.silent = await mk('silent'); // no consent record: marketing is consent-based, so not invited
    c.denied = await mk('denied');
    await h.consent(c.denied, 'marketing', { status: 'DENIED' });
    c.otherBrand = await mk('otherBrand', h.brands.b);
    await h.consent(c.otherBrand, 'marketing');
  });
  afterAll(async () => {
    delete process.env.FIDELE_MIN_GROUP_SIZE;
    await server?.close();
    await h?.drop();
  });

  const answerUrl = (token: string) => `${server.url}/surveys/answer/${token}`;
  const post = (token: string, body: unknown) =>
    fetch(answerUrl(token), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const tokenOf = async (contactId: number) =>
    (await h.t.db.surveyInvitation.findFirstOrThrow({ where: { contactId } })).token;

  it('validates questions per type and refuses roles that do not write surveys', async () => {
    const bad = await h.as('MARKETING')(create, {
      input: {
        name: ' ',
        brand: gid('Brand', h.brands.a),
        questions: [
          { type: 'CHOICE', label: 'One option', options: ['only'] },
          { type: 'RATING', label: 'Too wide', scaleMax: 11 },
          { type: 'NPS', label: 'First' },
          { type: 'NPS', label: 'Second' },
          { type: 'TEXT', label: 'With a scale', scaleMax: 5 },
        ],
      },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(bad.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort()).toEqual([
      'input.name',
      'input.questions',
      'input.questions.0.options',
      'input.questions.1.scaleMax',
      'input.questions.4.scaleMax',
    ]);
    expect(await h.t.db.survey.count()).toBe(0);
    const analyst = await h.as('ANALYST')(create, { input: { name: 'x', brand: gid('Brand', h.brands.a), questions } });
    expect(analyst.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('creates a draft with its questions, editable until sent', async () => {
    const r = await h.as('MARKETING')(create, {
      input: { name: 'Satisfaction 2026', brand: gid('Brand', h.brands.a), questions },
    });
    expect(r.errors).toBeUndefined();
    survey = r.data.createSurvey;
    expect(r.data.createSurvey).toMatchObject({
      status: 'DRAFT',
      questions: [
        { position: 1, type: 'RATING', scaleMax: 5, options: [], required: true },
        { position: 2, type: 'NPS', scaleMax: null },
        { position: 3, type: 'CHOICE', options: ['Store', 'Web', 'Phone'] },
        { position: 4, type: 'TEXT', required: false },
      ],
    });
    const u = await h.as('MARKETING')(update, {
      id: survey.id,
      version: survey.version,
      input: { name: 'Satisfaction survey 2026' },
    });
    expect(u.data.updateSurvey).toMatchObject({ name: 'Satisfaction survey 2026', version: 2 });
    survey.version = 2;
  });

  it('sends only to contacts in scope whose consent covers marketing, once each, and reports the others', async () => {
    const to = { contacts: [c.ok1, c.ok2, c.silent, c.denied, c.otherBrand].map((id) => gid('Contact', id!)) };
    const r = await h.as('MARKETING')(send, { id: survey.id, version: survey.version, to });
    expect(r.errors).toBeUndefined();
    expect(r.data.sendSurvey).toMatchObject({
      invited: 2,
      alreadyInvited: 0,
      excludedWithoutConsent: 2,
      notFound: 1,
      survey: { status: 'OPEN', version: 3 },
    });
    const again = await h.as('MARKETING')(send, {
      id: survey.id,
      version: 3,
      to: { contacts: [c.ok1, c.ok3, c.ok4, c.ok5].map((id) => gid('Contact', id!)) },
    });
    expect(again.data.sendSurvey).toMatchObject({
      invited: 3,
      alreadyInvited: 1,
      excludedWithoutConsent: 0,
      notFound: 0,
    });
    survey.version = 4;
    const invited = await h.t.db.surveyInvitation.findMany({ select: { contactId: true, token: true } });
    expect(invited.map((i) => i.contactId).sort()).toEqual([c.ok1, c.ok2, c.ok3, c.ok4, c.ok5].sort());
    expect(new Set(invited.map((i) => i.token)).size).toBe(5);
    expect(invited.every((i) => /^[A-Za-z0-9_-]{32}$/.test(i.token))).toBe(true);
    const both = await h.as('MARKETING')(send, { id: survey.id, version: 4, to: { contacts: [], filter: {} } });
    expect(both.errors?.[0]?.extensions.code).toBe('VALIDATION');
    const edit = await h.as('MARKETING')(update, { id: survey.id, version: 4, input: { name: 'Too late' } });
    expect(edit.errors?.[0]?.extensions.code).toBe('VALIDATION');
  });

  it('serves the questions and takes the answers once through the public HTTP route', async () => {
    const token = await tokenOf(c.ok1!);
    const get = await fetch(answerUrl(token));
    expect(get.status).toBe(200);
    const form = await get.json();
    expect(form).toMatchObject({ survey: { name: 'Satisfaction survey 2026' }, respondedAt: null });
    expect(form.questions.map((q: { type: string; scaleMax: number | null }) => [q.type, q.scaleMax])).toEqual([
      ['RATING', 5],
      ['NPS', 10],
      ['CHOICE', null],
      ['TEXT', null],
    ]);
    expect(JSON.stringify(form)).not.toContain('ok1'); // nothing about the contact
    const [q1, q2, q3, q4] = form.questions.map((q: { id: string }) => q.id);

    const missing = await post(token, {
      answers: [
        { question: q1, rating: 6 },
        { question: q3, choice: 'Fax' },
      ],
    });
    expect(missing.status).toBe(400);
    const err = (await missing.json()).error;
    expect(err.code).toBe('VALIDATION');
    expect(err.fields.map((f: { path: string[] }) => f.path.join('.'))).toEqual([
      'answers.0.rating',
      'answers.1.choice',
      'answers',
    ]);
    expect((await post(token, 'not json')).status).toBe(400);
    expect((await fetch(answerUrl('unknown-token-0123456789'))).status).toBe(404);

    const ok = await post(token, {
      answers: [
        { question: q1, rating: 5 },
        { question: q2, rating: 10 },
        { question: q3, choice: 'Store' },
        { question: q4, text: 'Great service' },
      ],
    });
    expect(ok.status).toBe(201);
    const twice = await post(token, {
      answers: [
        { question: q1, rating: 1 },
        { question: q2, rating: 0 },
        { question: q3, choice: 'Web' },
      ],
    });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.code).toBe('CONFLICT');
    expect(await h.t.db.surveyAnswer.count()).toBe(4);
    expect((await (await fetch(answerUrl(token))).json()).respondedAt).not.toBeNull();

    for (const [contact, rating, nps, choice] of [
      [c.ok2, 4, 7, 'Web'],
      [c.ok3, 2, 3, 'Store'],
    ] as const) {
      const r = await post(await tokenOf(contact!), {
        answers: [
          { question: q1, rating },
          { question: q2, rating: nps },
          { question: q3, choice },
        ],
      });
      expect(r.status).toBe(201);
    }
  });

  it('records answers received by phone, once', async () => {
    const inv = await h.t.db.surveyInvitation.findFirstOrThrow({ where: { contactId: c.ok4 } });
    const [q1, q2, q3] = survey.questions.map((q) => q.id);
    const record = `mutation($inv: ID!, $answers: [SurveyAnswerInput!]!) { recordSurveyAnswers(invitation: $inv, answers: $answers) { respondedAt answers { rating choice } } }`;
    const answers = [
      { question: q1, rating: 5 },
      { question: q2, rating: 9 },
      { question: q3, choice: 'Phone' },
    ];
    const r = await h.as('SUPPORT')(record, { inv: gid('SurveyInvitation', inv.id), answers });
    expect(r.errors).toBeUndefined();
    expect(r.data.recordSurveyAnswers.answers).toEqual([
      { rating: 5, choice: null },
      { rating: 9, choice: null },
      { rating: null, choice: 'Phone' },
    ]);
    const again = await h.as('SUPPORT')(record, { inv: gid('SurveyInvitation', inv.id), answers });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('computes response rate, means, distributions, satisfaction and NPS as by hand, overall and per segment', async () => {
    // Answers: rating 5, 4, 2, 5; NPS 10, 7, 3, 9; choice Store, Web, Store, Phone; 4 responses of 5 invitations.
    const r = await h.as('ANALYST')(results, { survey: survey.id });
    expect(r.errors).toBeUndefined();
    const s = r.data.surveyResults;
    expect(s).toMatchObject({ invitationCount: 5, responseCount: 4, responseRate: 0.8, satisfaction: 0.75 });
    // promoters 10 and 9, passive 7, detractor 3: (2 - 1) / 4 = 25.
    expect(s.nps).toEqual({ score: 25, promoters: 2, passives: 1, detractors: 1, total: 4 });
    expect(s.questions[0]).toMatchObject({ answerCount: 4, meanRating: 4, satisfaction: 0.75 });
    expect(s.questions[0].distribution).toEqual(
      [1, 2, 3, 4, 5].map((v) => ({ value: String(v), count: { 2: 1, 4: 1, 5: 2 }[v] ?? 0 })),
    );
    expect(s.questions[1]).toMatchObject({ answerCount: 4, meanRating: 7.25, nps: { score: 25 } });
    expect(s.questions[1].distribution).toHaveLength(11);
    expect(s.questions[2].distribution).toEqual([
      { value: 'Store', count: 2 },
      { value: 'Web', count: 1 },
      { value: 'Phone', count: 1 },
    ]);
    expect(s.questions[3]).toMatchObject({ answerCount: 1, distribution: [] });

    const segment = await h.t.db.segment.create({
      data: {
        name: 'Ok1 and ok3',
        kind: 'STATIC',
        criteria: {},
        brandId: h.brands.a,
        members: { create: [{ contactId: c.ok1! }, { contactId: c.ok3! }] },
      },
    });
    const seg = (await h.as('MARKETING')(results, { survey: survey.id, segment: gid('Segment', segment.id) })).data
      .surveyResults;
    // Ratings 5 and 2: mean 3.5, one in the top two boxes; NPS 10 and 3: one promoter, one detractor.
    expect(seg).toMatchObject({ invitationCount: 2, responseCount: 2, responseRate: 1, satisfaction: 0.5 });
    expect(seg.nps).toEqual({ score: 0, promoters: 1, passives: 0, detractors: 1, total: 2 });
    expect(seg.questions[0].meanRating).toBe(3.5);
  });

  it('shows text answers only under a purpose the contact consented to; figures describe groups only', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Survey { invitations(responded: true) { totalCount edges { node { contact { id } answers { rating text } } } } } } }`;
    const text = (r: { data?: any }) =>
      r.data.node.invitations.edges.flatMap((e: any) => e.node.answers.map((a: any) => a.text)).filter(Boolean);
    const marketing = await h.as('MARKETING')(q, { id: survey.id });
    expect(marketing.errors).toBeUndefined();
    expect(text(marketing)).toEqual(['Great service']);
    // The analyst declares profiling, which ok1 never consented to: the rating shows, the text does not.
    const analyst = await h.as('ANALYST')(q, { id: survey.id });
    expect(analyst.data.node.invitations.totalCount).toBe(4);
    expect(text(analyst)).toEqual([]);
    expect(analyst.errors?.map((e) => e.extensions.code)).toEqual(['CONSENT_REQUIRED']);
    const audit = await h.t.db.auditLog.findMany({ where: { entity: 'SurveyAnswer', outcome: 'DENIED' } });
    expect(audit).toHaveLength(1);
  });

  it('sends to a segment: its members in scope, under the same consent rule', async () => {
    const segment = await h.t.db.segment.create({
      data: {
        name: 'Mixed',
        kind: 'STATIC',
        criteria: {},
        brandId: h.brands.a,
        members: { create: [c.ok1!, c.ok2!, c.silent!, c.otherBrand!].map((contactId) => ({ contactId })) },
      },
    });
    const s = (
      await h.as('MARKETING')(create, { input: { name: 'To a segment', brand: gid('Brand', h.brands.a), questions } })
    ).data.createSurvey;
    const r = await h.as('MARKETING')(send, {
      id: s.id,
      version: s.version,
      to: { segment: gid('Segment', segment.id) },
    });
    expect(r.errors).toBeUndefined();
    // ok1 and ok2 consent; silent does not; the brand-B member is outside marketing's scope (not a candidate).
    expect(r.data.sendSurvey).toMatchObject({
      invited: 2,
      alreadyInvited: 0,
      excludedWithoutConsent: 1,
      notFound: 0,
      survey: { status: 'OPEN' },
    });
    expect(
      await h.t.db.survey.findUniqueOrThrow({
        where: { id: Number(Buffer.from(s.id, 'base64').toString().split(':')[1]) },
      }),
    ).toMatchObject({ segmentId: segment.id });
    const hidden = await h.t.db.segment.create({
      data: { name: 'Brand B', kind: 'STATIC', criteria: {}, brandId: h.brands.b },
    });
    const refused = await h.as('MARKETING')(send, {
      id: s.id,
      version: s.version + 1,
      to: { segment: gid('Segment', hidden.id) },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('keeps a survey of another brand invisible, and stops taking answers once closed (410)', async () => {
    const other = await h.as('ADMIN')(create, {
      input: { name: 'Brand B only', brand: gid('Brand', h.brands.b), questions },
    });
    const node = `query($id: ID!) { node(id: $id) { id } surveys { totalCount } }`;
    const seen = await h.as('MARKETING')(node, { id: other.data.createSurvey.id });
    expect(seen.data).toEqual({ node: null, surveys: { totalCount: 2 } });
    const res = await h.as('MARKETING')(results, { survey: other.data.createSurvey.id });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const close = `mutation($id: ID!, $version: Int!) { closeSurvey(id: $id, version: $version) { status closedAt } }`;
    const closed = await h.as('MARKETING')(close, { id: survey.id, version: survey.version });
    expect(closed.data.closeSurvey.status).toBe('CLOSED');
    const token = await tokenOf(c.ok5!);
    expect((await fetch(answerUrl(token))).status).toBe(410);
    const late = await post(token, { answers: [] });
    expect(late.status).toBe(410);
    expect((await late.json()).error.code).toBe('SURVEY_CLOSED');
  });
});
