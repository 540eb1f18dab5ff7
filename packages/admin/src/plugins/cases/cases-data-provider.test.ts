import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createCasesDataProvider } from './cases-data-provider';

const serviceCase = { id: 'K1', version: 2, reference: 'CAS-2026-000001', status: 'OPEN', contact: { id: 'C1' } };

describe('cases data provider', () => {
  it('maps status, category, priority, mine and search filters and the sort', async () => {
    const api = fakeApi({ ServiceCases: { data: { serviceCases: connection([serviceCase], 1) } } });
    const session = fakeSession();
    const dp = createCasesDataProvider(fakeClient(api, session));
    const { data } = await dp.getList!('cases', {
      filter: { status: ['OPEN'], category: 'DELIVERY', priority: ['HIGH'], mine: true, q: 'parcel' },
      sort: { field: 'openedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(data[0]).toMatchObject({ id: 'K1', contactId: 'C1' });
    expect(api.calls[0]!.variables).toMatchObject({
      filter: { status: ['OPEN'], category: ['DELIVERY'], priority: ['HIGH'], mine: true, search: 'parcel' },
      orderBy: [{ field: 'OPENED_AT', direction: 'DESC' }],
    });
  });

  it('sends a status change with its comment and the version read; a refused move is a validation error', async () => {
    const refused = {
      errors: [
        {
          message: 'input.status: a OPEN case may move to IN_PROGRESS',
          extensions: {
            code: 'VALIDATION',
            fields: [{ path: ['input', 'status'], message: 'a OPEN case may move to IN_PROGRESS' }],
          },
        },
      ],
    };
    const api = fakeApi({
      ChangeServiceCaseStatus: [
        { data: { changeServiceCaseStatus: { ...serviceCase, status: 'IN_PROGRESS', events: [] } } },
        refused,
      ],
    });
    const session = fakeSession();
    const dp = createCasesDataProvider(fakeClient(api, session));
    await dp.changeCaseStatus('K1', 2, 'IN_PROGRESS', 'Asked the carrier');
    expect(api.calls[0]!.variables).toEqual({
      id: 'K1',
      version: 2,
      input: { status: 'IN_PROGRESS', comment: 'Asked the carrier' },
    });
    await expect(dp.changeCaseStatus('K1', 3, 'CLOSED')).rejects.toMatchObject({
      status: 400,
      body: { code: 'VALIDATION', errors: { status: 'a OPEN case may move to IN_PROGRESS' } },
    });
    expect(api.calls[1]!.variables.input).toEqual({ status: 'CLOSED' });
  });
});
