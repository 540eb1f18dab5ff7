/**
 * Subject requests (issue 21): logging with the one-month due date, assignment, extension, rejection, the overdue
 * count, who may call them and how a hidden contact answers. Completion per type and partner notices are in
 * subject-requests-complete.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../generated/sqlite/enums.js';
import { staffContext } from '../access/staff-context.js';
import {
  addCalendarMonths,
  logSubjectRequest,
  subjectRequestsOverdue,
} from '../subject-rights/subject-request.service.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const fields =
  'id type status receivedAt dueAt overdue extensionReason notes version handler { email } loggedBy { email }';
const log = `mutation($input: LogSubjectRequestInput!) { logSubjectRequest(input: $input) { ${fields} } }`;
const extend = `mutation($id: ID!, $version: Int!, $reason: String!) {
  extendSubjectRequest(id: $id, version: $version, reason: $reason) { ${fields} } }`;
const assign = `mutation($id: ID!, $version: Int!, $handler: ID!) {
  assignSubjectRequest(id: $id, version: $version, handler: $handler) { ${fields} } }`;
const reject = `mutation($id: ID!, $version: Int!, $reason: String!) {
  rejectSubjectRequest(id: $id, version: $version, reason: $reason) { status rejectionReason version } }`;
const complete = `mutation($id: ID!, $version: Int!) { completeSubjectRequest(id: $id, version: $version) { status } }`;
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const utc = (s: string) => new Date(s);

describe('addCalendarMonths (UTC, the same day or the last day of a shorter month)', () => {
  it.each([
    ['2026-01-31T10:30:00.000Z', 1, '2026-02-28T10:30:00.000Z'],
    ['2028-01-31T10:30:00.000Z', 1, '2028-02-29T10:30:00.000Z'],
    ['2026-03-31T00:00:00.000Z', 1, '2026-04-30T00:00:00.000Z'],
    ['2026-12-15T23:59:00.000Z', 1, '2027-01-15T23:59:00.000Z'],
    ['2026-02-28T10:30:00.000Z', 2, '2026-04-28T10:30:00.000Z'],
    ['2026-12-31T08:00:00.000Z', 2, '2027-02-28T08:00:00.000Z'],
  ])('%s + %i month(s) = %s', (from, months, due) => {
    expect(addCalendarMonths(utc(from), months).toISOString()).toBe(due);
  });
});

describeEachDatabase('subject requests', (provider) => {
  let h: ApiHarness;
  let visible: number;
  let otherBrand: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const mk = async (lastName: string, brandId: number) =>
      (await h.t.db.contact.create({ data: { kind: 'CLIENT', lastName, brandId, zoneId: h.zones.north } })).id;
    visible = await mk('Visible', h.brands.a);
    otherBrand = await mk('Elsewhere', h.brands.b);
  });
  afterAll(() => h?.drop());

  const logFor = async (contactId: number, type: string, receivedAt: string, notes: string | null = 'By letter') => {
    const r = await h.as('ADMIN')(log, {
      input: { contact: gid('Contact', contactId), type, receivedAt, notes },
    });
    expect(r.errors).toBeUndefined();
    return r.data.logSubjectRequest;
  };

  it('logs a request due one calendar month after receipt (31 January: 28 February)', async () => {
    const r = await logFor(visible, 'ACCESS', '2026-01-31T10:30:00.000Z');
    expect(r).toMatchObject({
      type: 'ACCESS',
      status: 'RECEIVED',
      receivedAt: '2026-01-31T10:30:00.000Z',
      dueAt: '2026-02-28T10:30:00.000Z',
      notes: 'By letter',
      version: 1,
      handler: null,
      loggedBy: { email: 'admin@test.fidele' },
    });
    // Past its due date (the real clock is after February 2026): overdue.
    expect(r.overdue).toBe(true);
    const entry = await h.t.db.auditLog.findFirst({
      where: { operationName: 'logSubjectRequest' },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ entity: 'Contact', entityId: String(visible), outcome: 'ALLOWED' });
    expect(entry?.fields).toEqual(['contact', 'notes', 'receivedAt', 'type']);
  });

  it('refuses a receipt in the future and notes over 2,000 characters (VALIDATION)', async () => {
    const contact = gid('Contact', visible);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const late = await h.as('ADMIN')(log, { input: { contact, type: 'ACCESS', receivedAt: future } });
    expect(codes(late)).toEqual(['VALIDATION']);
    const long = await h.as('ADMIN')(log, {
      input: { contact, type: 'ACCESS', receivedAt: '2026-01-01T00:00:00Z', notes: 'x'.repeat(2001) },
    });
    expect(codes(long)).toEqual(['VALIDATION']);
  });

  it('extends the deadline once, by two months from the due date, with a reason', async () => {
    const r = await logFor(visible, 'ERASURE', '2026-01-31T10:30:00.000Z');
    const noReason = await h.as('ADMIN')(extend, { id: r.id, version: r.version, reason: '  ' });
    expect(codes(noReason)).toEqual(['VALIDATION']);
    const stale = await h.as('ADMIN')(extend, { id: r.id, version: r.version + 1, reason: 'Complex' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const done = await h.as('ADMIN')(extend, { id: r.id, version: r.version, reason: 'Many archives to search' });
    expect(done.errors).toBeUndefined();
    expect(done.data.extendSubjectRequest).toMatchObject({
      dueAt: '2026-04-28T10:30:00.000Z',
      extensionReason: 'Many archives to search',
      version: r.version + 1,
    });
    const again = await h.as('ADMIN')(extend, { id: r.id, version: r.version + 1, reason: 'Still more' });
    expect(codes(again)).toEqual(['VALIDATION']);
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'ALREADY_EXTENDED' });
  });

  it('assigns a handler (the request is then in progress) and refuses an unknown one', async () => {
    const r = await logFor(visible, 'RECTIFICATION', '2026-03-01T00:00:00Z');
    const handler = gid('StaffUser', h.users.SUPPORT);
    const done = await h.as('ADMIN')(assign, { id: r.id, version: r.version, handler });
    expect(done.data.assignSubjectRequest).toMatchObject({
      status: 'IN_PROGRESS',
      handler: { email: 'support@test.fidele' },
    });
    const unknown = await h.as('ADMIN')(assign, { id: r.id, version: r.version + 1, handler: gid('StaffUser', 99999) });
    expect(codes(unknown)).toEqual(['VALIDATION']);
  });

  it('rejects with a reason; a closed request cannot change any more', async () => {
    const r = await logFor(visible, 'OBJECTION', '2026-03-01T00:00:00Z');
    expect(codes(await h.as('ADMIN')(reject, { id: r.id, version: r.version, reason: '' }))).toEqual(['VALIDATION']);
    const done = await h.as('ADMIN')(reject, { id: r.id, version: r.version, reason: 'Identity not established' });
    expect(done.data.rejectSubjectRequest).toEqual({
      status: 'REJECTED',
      rejectionReason: 'Identity not established',
      version: r.version + 1,
    });
    const closed = await h.as('ADMIN')(complete, { id: r.id, version: r.version + 1 });
    expect(codes(closed)).toEqual(['VALIDATION']);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ reason: 'CLOSED' });
    const audited = await h.t.db.auditLog.count({
      where: { operationName: 'rejectSubjectRequest', entity: 'SubjectRequest', outcome: 'ALLOWED' },
    });
    expect(audited).toBe(1);
  });

  it('counts open requests past their due date, moving with the clock', async () => {
    await h.t.db.subjectRequest.deleteMany({});
    const recent = new Date(Date.now() - 5 * 86_400_000).toISOString();
    await logFor(visible, 'ACCESS', '2026-01-10T00:00:00Z'); // overdue
    await logFor(visible, 'PORTABILITY', recent); // due in about 25 days
    const closed = await logFor(visible, 'OBJECTION', '2026-01-10T00:00:00Z');
    await h.as('ADMIN')(reject, { id: closed.id, version: closed.version, reason: 'Not the person' });

    const count = await h.as('ADMIN')('{ subjectRequestsOverdue }');
    expect(count.data).toEqual({ subjectRequestsOverdue: 1 });
    const list = await h.as('ADMIN')(
      '{ overdue: subjectRequests(overdue: true) { totalCount edges { node { type } } } ' +
        'open: subjectRequests(status: [RECEIVED, IN_PROGRESS]) { totalCount } ' +
        'fine: subjectRequests(overdue: false) { totalCount } }',
    );
    expect(list.data.overdue).toEqual({ totalCount: 1, edges: [{ node: { type: 'ACCESS' } }] });
    expect(list.data.open.totalCount).toBe(2);
    expect(list.data.fine.totalCount).toBe(2);

    const ctx = await staffContext(h.t.db, provider, 'admin@test.fidele');
    const at = (d: Date) => subjectRequestsOverdue({ ...ctx, now: d });
    expect(await at(new Date('2026-02-09T00:00:00Z'))).toBe(0); // before the first is due
    expect(await at(new Date('2026-02-10T00:00:01Z'))).toBe(1);
    expect(await at(addCalendarMonths(new Date(), 2))).toBe(2); // the recent one too; the rejected never
  });

  it('is for admins only: every other role gets FORBIDDEN on every field', async () => {
    const r = await logFor(visible, 'ACCESS', '2026-03-01T00:00:00Z');
    const calls: [string, Record<string, unknown>][] = [
      [log, { input: { contact: gid('Contact', visible), type: 'ACCESS', receivedAt: '2026-03-01T00:00:00Z' } }],
      ['{ subjectRequests { totalCount } }', {}],
      ['query($id: ID!) { subjectRequest(id: $id) { id } }', { id: r.id }],
      ['{ subjectRequestsOverdue }', {}],
      [extend, { id: r.id, version: r.version, reason: 'x' }],
      [assign, { id: r.id, version: r.version, handler: gid('StaffUser', h.users.ADMIN) }],
      [complete, { id: r.id, version: r.version }],
      [reject, { id: r.id, version: r.version, reason: 'x' }],
      ['mutation($id: ID!) { markPartnerNoticeSent(id: $id) { id } }', { id: gid('PartnerNotice', 1) }],
    ];
    for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as Role[])
      for (const [query, variables] of calls)
        expect(codes(await h.as(role)(query, variables)), `${role} ${query.slice(0, 40)}`).toEqual(['FORBIDDEN']);
    expect(await h.t.db.subjectRequest.findUnique({ where: { id: Number(atob(r.id).split(':')[1]) } })).toMatchObject({
      version: 1,
      status: 'RECEIVED',
    });
  });

  it('answers a hidden contact exactly like a missing one', async () => {
    // Through the API: a missing contact.
    const missing = await h.as('ADMIN')(log, {
      input: { contact: gid('Contact', 987654), type: 'ACCESS', receivedAt: '2026-03-01T00:00:00Z' },
    });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    // Through the service under a scoped user (brand A): brand B's contact is hidden, and answers the same.
    const ctx = await staffContext(h.t.db, provider, 'marketing@test.fidele', 'marketing');
    const attempt = (contactId: number) =>
      logSubjectRequest(ctx, { contactId, type: 'ACCESS', receivedAt: new Date('2026-03-01T00:00:00Z') }).then(
        () => null,
        (e: { message: string; extensions: unknown }) => ({ message: e.message, extensions: e.extensions }),
      );
    const hidden = await attempt(otherBrand);
    expect(hidden).toEqual(await attempt(987654));
    expect(hidden).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    // A request about that contact, logged by an admin, does not exist for the scoped user either.
    await logFor(otherBrand, 'ACCESS', '2026-01-01T00:00:00Z');
    const all = await staffContext(h.t.db, provider, 'admin@test.fidele');
    const now = new Date();
    expect(await subjectRequestsOverdue({ ...ctx, now })).toBe((await subjectRequestsOverdue({ ...all, now })) - 1);
  });
});
