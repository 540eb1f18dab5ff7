import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createRetentionDataProvider } from './retention-data-provider';

const rule = {
  id: '4',
  kind: null,
  purpose: 'tracking',
  months: 13,
  active: true,
  version: 1,
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('retention data provider', () => {
  it('sends a rule change with its kind or purpose, and maps a refusal to the months field', async () => {
    const api = fakeApi({
      SetRetentionRule: [
        { data: { setRetentionRule: { ...rule, months: 12, version: 2 } } },
        {
          errors: [
            {
              message: 'months: a whole number of months from 1 to 240',
              extensions: { code: 'VALIDATION', fields: [{ path: ['months'], message: 'out of range' }] },
            },
          ],
        },
      ],
    });
    const dp = createRetentionDataProvider(fakeClient(api, fakeSession()));
    expect((await dp.setRetentionRule({ purpose: 'tracking', months: 12, active: true })).version).toBe(2);
    expect(api.calls[0]).toMatchObject({
      operation: 'SetRetentionRule',
      variables: { kind: null, purpose: 'tracking', months: 12, active: true },
    });
    const refused = await dp.setRetentionRule({ kind: 'PROSPECT', months: 0, active: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).body).toMatchObject({ code: 'VALIDATION', errors: { months: 'out of range' } });
  });

  it('asks the plan for a horizon and a page size, and starts a dry or real run', async () => {
    const api = fakeApi({
      RetentionPlan: {
        data: { retentionPlan: { asOf: '2026-12-07T00:00:00Z', horizonEnd: '2027-03-07T00:00:00Z', rules: [] } },
      },
      StartRetentionPurge: (v) => ({
        data: {
          startRetentionPurge: {
            id: '1',
            dryRun: v.dryRun,
            asOf: '2026-12-07T00:00:00Z',
            state: 'SUCCEEDED',
            contactsDue: 3,
            contactsErased: v.dryRun ? 0 : 3,
            consentsDue: 0,
            consentsExpired: 0,
            startedAt: '2026-12-07T00:00:00Z',
            finishedAt: '2026-12-07T00:00:01Z',
            rules: [],
            requestedBy: null,
          },
        },
      }),
    });
    const dp = createRetentionDataProvider(fakeClient(api, fakeSession()));
    await dp.getRetentionPlan(30);
    expect(api.calls[0]).toMatchObject({ operation: 'RetentionPlan', variables: { horizonDays: 30, first: 50 } });
    expect((await dp.startRetentionPurge(true)).contactsErased).toBe(0);
    expect((await dp.startRetentionPurge(false)).contactsErased).toBe(3);
    expect(api.calls.slice(1).map((c) => c.variables)).toEqual([{ dryRun: true }, { dryRun: false }]);
  });
});
