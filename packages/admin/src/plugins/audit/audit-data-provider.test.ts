import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { auditFilter, createAuditDataProvider } from './audit-data-provider';

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  at: '2026-03-01T10:00:00Z',
  actorType: 'STAFF',
  actorUser: { email: 'a@fidele.demo', firstName: 'Camille', lastName: 'Admin', role: 'ADMIN' },
  apiKey: null,
  operation: 'READ',
  operationName: 'Contact',
  entity: 'Contact',
  entityId: '12',
  fields: ['email'],
  purpose: 'marketing',
  outcome: 'ALLOWED',
  errorCode: null,
  requestId: 'r1',
  ...extra,
});

describe('audit data provider', () => {
  it('maps the filters (actor, entity, operation, outcome, date range) and pages with cursors', async () => {
    const api = fakeApi({
      AuditLog: { data: { auditLog: connection([entry('A1'), entry('A2', { outcome: 'DENIED' })], 30, true) } },
    });
    const session = fakeSession();
    const dp = createAuditDataProvider(fakeClient(api, session));
    const res = await dp.getList!('auditLog', {
      filter: {
        actorUser: 'U1',
        entity: ' Contact ',
        entityId: '12',
        operation: ['READ', 'EXPORT'],
        outcome: 'DENIED',
        from: '2026-03-01',
        to: '2026-03-31',
      },
      sort: { field: 'at', order: 'DESC' },
      pagination: { page: 1, perPage: 2 },
    });
    expect(res.total).toBe(30);
    expect(res.data.map((r) => r.id)).toEqual(['A1', 'A2']);
    expect(api.calls[0]).toMatchObject({
      operation: 'AuditLog',
      variables: {
        filter: {
          actorUser: ['U1'],
          entity: ['Contact'],
          entityId: '12',
          operation: ['READ', 'EXPORT'],
          outcome: ['DENIED'],
          at: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' },
        },
        first: 2,
      },
    });
    expect(api.calls[0]!.variables.orderBy).toBeUndefined();
    await dp.getList!('auditLog', {
      filter: {},
      sort: { field: 'at', order: 'DESC' },
      pagination: { page: 2, perPage: 2 },
    });
    expect(api.calls[1]!.variables).toMatchObject({ filter: {}, first: 2 });
  });

  it('leaves out blank filters and open date bounds', () => {
    expect(auditFilter({ entity: '  ', operation: [], outcome: '', from: '2026-01-05' })).toEqual({
      at: { from: '2026-01-05T00:00:00.000Z' },
    });
    expect(auditFilter({ to: '2026-01-05T00:00:00Z' })).toEqual({ at: { to: '2026-01-05T23:59:59.999Z' } });
  });

  it('lists the staff users for the actor filter', async () => {
    const api = fakeApi({
      StaffUsers: {
        data: {
          staffUsers: [{ id: 'U1', email: 'a@fidele.demo', firstName: 'Camille', lastName: 'Admin', role: 'ADMIN' }],
        },
      },
    });
    const session = fakeSession();
    expect((await createAuditDataProvider(fakeClient(api, session)).getAuditActors()).map((u) => u.id)).toEqual(['U1']);
  });
});
