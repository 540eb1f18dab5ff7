import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createJobsDataProvider, jobRunFilter } from './jobs-data-provider';

const run = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'import',
  kind: 'QUEUED',
  key: 'import:1',
  state: 'RUNNING',
  attempt: 1,
  resumed: false,
  progressDone: 10,
  progressTotal: 20,
  errorCode: null,
  errorMessage: null,
  instance: 'h:1',
  startedAt: '2026-03-01T10:00:00Z',
  finishedAt: null,
  durationMs: null,
  ...extra,
});

describe('jobs data provider', () => {
  it('maps the filters (a job, a state) and leaves out blank ones', () => {
    expect(jobRunFilter({ name: 'import', state: 'FAILED' })).toEqual({ name: ['import'], state: ['FAILED'] });
    expect(jobRunFilter({ name: '', state: '' })).toEqual({});
  });

  it('reads the runs (with their total) and the queues', async () => {
    const api = fakeApi({
      JobRuns: { data: { jobRuns: connection([run('1'), run('2', { state: 'FAILED' })], 7, true) } },
      JobQueues: {
        data: {
          jobQueues: [{ name: 'import', kind: 'QUEUED', periodSeconds: null, waiting: 1, running: 1, lastRun: null }],
        },
      },
    });
    const dp = createJobsDataProvider(fakeClient(api, fakeSession()));
    const page = await dp.getJobRuns({ state: 'FAILED' }, 2);
    expect(page.total).toBe(7);
    expect(page.runs.map((r) => [r.id, r.state])).toEqual([
      ['1', 'RUNNING'],
      ['2', 'FAILED'],
    ]);
    expect(api.calls[0]).toMatchObject({
      operation: 'JobRuns',
      variables: { filter: { state: ['FAILED'] }, first: 2 },
    });
    expect((await dp.getJobQueues()).map((q) => [q.name, q.waiting])).toEqual([['import', 1]]);
  });
});
