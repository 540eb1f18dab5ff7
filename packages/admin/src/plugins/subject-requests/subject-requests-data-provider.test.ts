import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { artefactFileName, createSubjectRequestsDataProvider, toLogInput } from './subject-requests-data-provider';

const row = {
  id: 'R1',
  type: 'ACCESS',
  status: 'RECEIVED',
  receivedAt: '2026-01-31T00:00:00.000Z',
  dueAt: '2026-02-28T00:00:00.000Z',
  overdue: true,
  version: 4,
  extensionReason: null,
  completedAt: null,
  contact: { id: 'C1' },
  handler: null,
};

describe('subject requests data provider', () => {
  it('sends the day of receipt as its first UTC instant, trimmed notes, and no blank notes', () => {
    expect(toLogInput('C1', { type: 'ERASURE', receivedAt: '2026-01-31', notes: '  By letter ' })).toEqual({
      contact: 'C1',
      type: 'ERASURE',
      receivedAt: '2026-01-31T00:00:00.000Z',
      notes: 'By letter',
    });
    expect(toLogInput('C1', { type: 'ACCESS', receivedAt: '2026-01-31', notes: '   ' })).not.toHaveProperty('notes');
  });

  it('names the artefact file after the type and the day of receipt', () => {
    expect(artefactFileName(row as never)).toBe('subject-request-access-2026-01-31.json');
  });

  it('lists with the filter it is given and sends only id and version with a change', async () => {
    const api = fakeApi({
      SubjectRequests: { data: { subjectRequests: connection([row], 1) } },
      CompleteSubjectRequest: { data: { completeSubjectRequest: { ...row, status: 'COMPLETED' } } },
    });
    const dp = createSubjectRequestsDataProvider(fakeClient(api, fakeSession()));
    const listed = await dp.getSubjectRequests({ status: ['RECEIVED', 'IN_PROGRESS'], overdue: true });
    expect(listed).toEqual({ total: 1, rows: [row] });
    expect(api.calls[0]!.variables).toEqual({ first: 100, status: ['RECEIVED', 'IN_PROGRESS'], overdue: true });
    await dp.getSubjectRequests({});
    expect(api.calls[1]!.variables).toEqual({ first: 100 });
    await dp.completeSubjectRequest(row as never);
    expect(api.calls[2]!.variables).toEqual({ id: 'R1', version: 4 });
  });

  it('maps a stale version to the CONFLICT message the admin shows', async () => {
    const api = fakeApi({
      ExtendSubjectRequest: { errors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }] },
    });
    const dp = createSubjectRequestsDataProvider(fakeClient(api, fakeSession()));
    await expect(dp.extendSubjectRequest({ id: 'R1', version: 1 }, 'Archives')).rejects.toMatchObject({
      message: 'fidele.errors.conflict',
      status: 409,
    });
  });
});
